import { PolicyConfigError, storePresets } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { commissionMessages, commissionPolicy, createCommissionCalculator, defineCommissionPolicy, payLineLabels, presets, type CommissionPolicy } from '../src/index.js';
import { issuePaths } from './fixtures.js';

const exampleTiers = [
  { from: '0', rate: '0' },
  { from: '0.5', rate: '0.005' },
  { from: '0.8', rate: '0.01' },
  { from: '1', rate: '0.015' },
  { from: '1.2', rate: '0.02' },
];

describe('pay presets (as commissionPolicy.ts documents them)', () => {
  it('PAY-8..17: generic carries S3\'s pay rules and PRC deduction limits', () => {
    const p = presets.generic;
    expect(p.store).toEqual(storePresets.generic);
    expect(p.base).toEqual({ staff: '2000.00', customer_service: '2000.00', supervisor: '3500.00' });
    expect(p.performance).toEqual({
      full: '500.00',
      threshold: '0.3',
      teamThreshold: '0.3',
      teamDeduction: '50.00',
      bonus: { staff: { min: '50.00', max: '100.00' }, supervisor: { min: '100.00', max: '150.00' } },
    });
    expect(p.commission).toEqual({
      tiers: {
        staff: exampleTiers,
        customer_service: exampleTiers,
        supervisor: [
          { from: '0', rate: '0' },
          { from: '0.8', rate: '0.005' },
          { from: '1', rate: '0.01' },
        ],
      },
      clawback: true,
      clawbackRate: null,
    });
    expect(p.fullAttendanceBonus).toBe('0.00');
    expect(p.daysPerMonth).toBe('21.75');
    expect(p.deductionCapRate).toBe('0.2');
    expect(p.minimumWage).toBe('2740.00');
    expect(p.warnOnFines).toBe(true);
  });

  it('PAY-9: douyinShop is generic; usStore pays in USD with no deduction cap, no minimum wage and no fines warning', () => {
    expect({ ...presets.douyinShop, store: null }).toEqual({ ...presets.generic, store: null });
    expect(presets.douyinShop.store).toEqual(storePresets.douyinShop);
    const us = presets.usStore;
    expect(us.store).toEqual(storePresets.usStore);
    expect(us.deductionCapRate).toBeNull();
    expect(us.minimumWage).toBeNull();
    expect(us.warnOnFines).toBe(false);
    expect(us.performance).toEqual(presets.generic.performance);
  });

  it('PAY-10: presets are frozen', () => {
    for (const p of Object.values(presets)) {
      expect(Object.isFrozen(p)).toBe(true);
      expect(Object.isFrozen(p.commission.tiers.staff)).toBe(true);
      expect(Object.isFrozen(p.performance.bonus.staff)).toBe(true);
    }
  });

  it('PAY-10: every reason code is prefixed and names a clause this package applies, in both locales', () => {
    for (const [code, definition] of Object.entries(commissionMessages)) {
      expect(code).toMatch(/^(?:PERFORMANCE|COMMISSION|STATEMENT)_/u);
      expect(definition.clause, code).toMatch(/^PAY-(?:8|9|1[0-7])$/u);
      expect(definition['zh-CN'].length, code).toBeGreaterThan(0);
      expect(definition['en-US'].length, code).toBeGreaterThan(0);
    }
    for (const label of Object.values(payLineLabels)) expect(label['zh-CN'].length * label['en-US'].length).toBeGreaterThan(0);
  });
});

describe('defineCommissionPolicy', () => {
  it('PAY-16: deep-merges overrides onto a preset, validates and freezes', () => {
    const policy = defineCommissionPolicy({ minimumWage: '2520.00', commission: { clawback: false } });
    expect(policy.minimumWage).toBe('2520.00');
    expect(policy.commission.clawback).toBe(false);
    expect(policy.commission.tiers.staff).toEqual(exampleTiers);
    expect(Object.isFrozen(policy.commission)).toBe(true);
    const us = defineCommissionPolicy({ base: { supervisor: '5200.00' } }, 'usStore');
    expect(us.base).toEqual({ staff: '2000.00', customer_service: '2000.00', supervisor: '5200.00' });
    expect(us.store.currency).toBe('USD');
    expect(defineCommissionPolicy({ fullAttendanceBonus: 100 }, us).fullAttendanceBonus).toBe(100);
  });

  it('PAY-16: commission tiers must start at 0 and rise strictly', () => {
    const tiers = (staff: { from: string | number; rate: string | number }[]) => () => defineCommissionPolicy({ commission: { tiers: { staff } } });
    expect(tiers([{ from: '0.1', rate: '0' }])).toThrow(PolicyConfigError);
    expect(issuePaths(tiers([{ from: '0.1', rate: '0' }]))).toEqual(['commission.tiers.staff.0.from']);
    expect(issuePaths(tiers([{ from: 0, rate: 0 }, { from: '0.8', rate: '0.01' }, { from: '0.5', rate: '0.02' }]))).toEqual(['commission.tiers.staff.2.from']);
    expect(issuePaths(tiers([{ from: 0, rate: 0 }, { from: 0, rate: '0.01' }]))).toEqual(['commission.tiers.staff.1.from']);
    expect(issuePaths(tiers([]))).toEqual(['commission.tiers.staff']);
    expect(issuePaths(tiers([{ from: 0, rate: '1.5' }]))).toEqual(['commission.tiers.staff.0.rate']);
    expect(issuePaths(tiers([{ from: 0, rate: '-0.01' }]))).toEqual(['commission.tiers.staff.0.rate']);
  });

  it('PAY-9..13: refuses a bad policy, listing the path of every issue', () => {
    const paths = issuePaths(() =>
      defineCommissionPolicy({
        base: { staff: '2000.005' },
        performance: { threshold: '1.5', bonus: { staff: { min: '120.00', max: '100.00' } } },
        deductionCapRate: '-0.2',
        minimumWage: '2740.001',
        daysPerMonth: 0,
      }),
    );
    expect(paths).toEqual(
      expect.arrayContaining(['base.staff', 'performance.threshold', 'performance.bonus.staff.max', 'deductionCapRate', 'minimumWage', 'daysPerMonth']),
    );
    expect(issuePaths(() => defineCommissionPolicy({ bogus: 1 } as never))).toEqual(['bogus']);
    expect(issuePaths(() => defineCommissionPolicy({}, 'nope' as 'generic'))).toEqual(['base']);
  });

  it('PAY-10: amounts are checked against the store currency (JPY has no decimals)', () => {
    const jpy = { store: { currency: 'JPY' } } as const;
    // '2000.00' is a whole number of yen; '2000.50' is not.
    expect(defineCommissionPolicy(jpy).base.staff).toBe('2000.00');
    expect(issuePaths(() => defineCommissionPolicy({ ...jpy, base: { staff: '2000.50' }, performance: { full: 500.5 } }))).toEqual(['base.staff', 'performance.full']);
    const policy = defineCommissionPolicy({
      ...jpy,
      base: { staff: 250000, customer_service: 250000, supervisor: 400000 },
      performance: { full: 50000, teamDeduction: 5000, bonus: { staff: { min: 5000, max: 10000 }, supervisor: { min: 10000, max: 15000 } } },
      fullAttendanceBonus: 0,
      minimumWage: null,
    });
    expect(createCommissionCalculator(policy).performancePay({ role: 'staff', plan: 3, actual: 1 }).amount).toEqual({ amount: '16667', currency: 'JPY' });
  });

  it('PAY-10: a calculator refuses a policy the family did not make, and accepts one rebuilt from JSON', () => {
    expect(() => createCommissionCalculator({ nope: true } as unknown as CommissionPolicy)).toThrow(PolicyConfigError);
    const stored = commissionPolicy.parse(JSON.parse(JSON.stringify(presets.usStore)));
    expect(createCommissionCalculator(stored).policy).toEqual(presets.usStore);
    expect(commissionPolicy.version(stored)).toBe(commissionPolicy.version(presets.usStore));
  });
});
