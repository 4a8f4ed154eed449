import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { createCommissionCalculator, defineCommissionPolicy, performancePay, presets, safePerformancePay } from '../src/index.js';
import { clauseOf, cny, codes, issuePaths, reasonOf, usd } from './fixtures.js';

// Worked by hand from PAY-11..14: full performance pay 500; completion = actual ÷ plan; below 30%
// (不到30%) nothing, at 30% and above (30%以上) min(completion, 1) × 500 rounded half-up to the cent.

describe('performancePay: staff and customer service (PAY-11)', () => {
  it('PAY-11: 29.99% of the plan (不到30%) earns no performance pay', () => {
    const decision = performancePay({ role: 'staff', plan: 10000, actual: 2999 });
    expect(decision).toMatchObject({ amount: cny('0.00'), completion: '0.2999', pay: cny('0.00'), deductions: cny('0.00'), bonus: cny('0.00') });
    expect(codes(decision)).toEqual(['PERFORMANCE_BELOW_THRESHOLD']);
    expect(clauseOf(decision, 'PERFORMANCE_BELOW_THRESHOLD')).toBe('PAY-11');
    expect(reasonOf(decision, 'PERFORMANCE_BELOW_THRESHOLD')?.params).toMatchObject({ completion: '0.2999', threshold: '0.3', plan: '10000', actual: '2999' });
  });

  it('PAY-11: exactly 30% (30%以上 includes 30%) earns 30% × 500 = 150.00', () => {
    const decision = performancePay({ role: 'staff', plan: 10000, actual: 3000 });
    expect(decision).toMatchObject({ amount: cny('150.00'), completion: '0.3000', pay: cny('150.00') });
    expect(codes(decision)).toEqual(['PERFORMANCE_PRORATED']);
    expect(clauseOf(decision, 'PERFORMANCE_PRORATED')).toBe('PAY-11');
  });

  it('PAY-11: a hair below 30% is still below, though it shows as 0.2999 (the rules use the exact ratio)', () => {
    // 2999.99 / 10000 = 0.299999: truncated for display, never rounded up across the threshold.
    const decision = performancePay({ role: 'staff', plan: '10000', actual: '2999.99' });
    expect(decision.completion).toBe('0.2999');
    expect(decision.amount).toEqual(cny('0.00'));
  });

  it('PAY-11: prorates on the exact ratio and rounds the pay half-up to the cent', () => {
    // 1/3 × 500 = 166.666… → 166.67; 2/3 × 500 = 333.33…
    expect(performancePay({ role: 'staff', plan: 3, actual: 1 })).toMatchObject({ amount: cny('166.67'), completion: '0.3333' });
    expect(performancePay({ role: 'staff', plan: 3, actual: 2 })).toMatchObject({ amount: cny('333.33'), completion: '0.6666' });
    // 0.30001 × 500 = 150.005 → 150.01 (half-up).
    expect(performancePay({ role: 'staff', plan: 100000, actual: 30001 }).amount).toEqual(cny('150.01'));
  });

  it('PAY-11: completion above 100% is paid the full 500, no more', () => {
    expect(performancePay({ role: 'staff', plan: 100, actual: 100 })).toMatchObject({ amount: cny('500.00'), completion: '1.0000' });
    expect(performancePay({ role: 'staff', plan: 100, actual: 250 })).toMatchObject({ amount: cny('500.00'), completion: '2.5000' });
  });

  it('PAY-11: customer service is paid like staff (客服人员，与推广员一样)', () => {
    const decision = performancePay({ role: 'customer_service', plan: 10000, actual: 2999 });
    expect(decision.amount).toEqual(cny('0.00'));
    expect(clauseOf(decision, 'PERFORMANCE_BELOW_THRESHOLD')).toBe('PAY-11');
    expect(performancePay({ role: 'customer_service', plan: 10, actual: 8 }).amount).toEqual(cny('400.00'));
  });

  it('PAY-11: nothing achieved is a completion of 0, no pay', () => {
    expect(performancePay({ role: 'staff', plan: 5, actual: 0 })).toMatchObject({ amount: cny('0.00'), completion: '0.0000' });
  });

  it('PAY-11: the messages are in the context locale, with the numbers used', () => {
    const zh = performancePay({ role: 'staff', plan: 10000, actual: 2999 });
    expect(zh.reasons[0]?.message).toBe('完成计划 29.99%（2999 / 10000），不到 30%，不计绩效工资');
    const en = performancePay({ role: 'staff', plan: 10000, actual: 3000 }, presets.generic, { locale: 'en-US' });
    expect(en.reasons[0]?.message).toBe('Completed 30% of the plan (3000 / 10000), 30% or more: prorated performance pay 30% × CN¥500.00 = CN¥150.00');
  });

  it('PAY-11: the usStore preset pays in USD with the same rules', () => {
    expect(performancePay({ role: 'staff', plan: 10, actual: 5 }, presets.usStore)).toMatchObject({ amount: usd('250.00') });
  });
});

describe('performancePay: the over-completion bonus (PAY-12, PAY-13)', () => {
  const staff = (actual: number, bonus: string | number) => performancePay({ role: 'staff', plan: 10000, actual, exceeded: { bonus } });
  const supervisor = (actual: number, bonus: string | number) => performancePay({ role: 'supervisor', plan: 10000, actual, exceeded: { bonus } });

  it('PAY-12: exactly 100% of the plan is not exceeding it: the bonus is refused with its reason', () => {
    const decision = staff(10000, 80);
    expect(decision).toMatchObject({ amount: cny('500.00'), bonus: cny('0.00'), completion: '1.0000' });
    expect(clauseOf(decision, 'PERFORMANCE_BONUS_NOT_EXCEEDED')).toBe('PAY-12');
  });

  it('PAY-12: 100.01% of the plan exceeds it: the bonus is granted', () => {
    const decision = staff(10001, 80);
    expect(decision).toMatchObject({ amount: cny('580.00'), bonus: cny('80.00'), completion: '1.0001' });
    expect(clauseOf(decision, 'PERFORMANCE_BONUS_GRANTED')).toBe('PAY-12');
  });

  it('PAY-12: the staff range 50–100 includes both ends: 49.99 and 100.01 are refused, 50 and 100 granted', () => {
    expect(staff(12000, '49.99')).toMatchObject({ bonus: cny('0.00'), amount: cny('500.00') });
    expect(clauseOf(staff(12000, '49.99'), 'PERFORMANCE_BONUS_OUT_OF_RANGE')).toBe('PAY-12');
    expect(staff(12000, 50)).toMatchObject({ bonus: cny('50.00'), amount: cny('550.00') });
    expect(staff(12000, '100.00')).toMatchObject({ bonus: cny('100.00'), amount: cny('600.00') });
    expect(staff(12000, '100.01')).toMatchObject({ bonus: cny('0.00'), amount: cny('500.00') });
    expect(codes(staff(12000, '100.01'))).toContain('PERFORMANCE_BONUS_OUT_OF_RANGE');
  });

  it('PAY-13: the supervisor range 100–150 includes both ends: 99.99 and 150.01 are refused, 100 and 150 granted', () => {
    expect(supervisor(12000, '99.99')).toMatchObject({ bonus: cny('0.00'), amount: cny('500.00') });
    expect(clauseOf(supervisor(12000, '99.99'), 'PERFORMANCE_SUPERVISOR_BONUS_OUT_OF_RANGE')).toBe('PAY-13');
    expect(supervisor(12000, 100)).toMatchObject({ bonus: cny('100.00'), amount: cny('600.00') });
    expect(clauseOf(supervisor(12000, 100), 'PERFORMANCE_SUPERVISOR_BONUS_GRANTED')).toBe('PAY-13');
    expect(supervisor(12000, '150.00')).toMatchObject({ bonus: cny('150.00'), amount: cny('650.00') });
    expect(supervisor(12000, '150.01')).toMatchObject({ bonus: cny('0.00'), amount: cny('500.00') });
  });

  it('PAY-13: a supervisor whose department only met the plan gets no bonus', () => {
    const decision = supervisor(10000, 120);
    expect(decision.bonus).toEqual(cny('0.00'));
    expect(clauseOf(decision, 'PERFORMANCE_SUPERVISOR_BONUS_NOT_EXCEEDED')).toBe('PAY-13');
    expect(supervisor(10001, 120).bonus).toEqual(cny('120.00'));
  });

  it('PAY-12: a refused bonus is an outcome with a reason, not an error', () => {
    expect(() => staff(5000, 500)).not.toThrow();
    expect(staff(5000, 500).reasons.at(-1)?.code).toBe('PERFORMANCE_BONUS_NOT_EXCEEDED');
  });

  it('PAY-12: the bonus range is a policy parameter', () => {
    const policy = defineCommissionPolicy({ performance: { bonus: { staff: { min: '20.00', max: '60.00' } } } });
    expect(performancePay({ role: 'staff', plan: 1, actual: 2, exceeded: { bonus: 20 } }, policy).bonus).toEqual(cny('20.00'));
    expect(performancePay({ role: 'staff', plan: 1, actual: 2, exceeded: { bonus: 61 } }, policy).bonus).toEqual(cny('0.00'));
  });
});

describe('performancePay: the supervisor (PAY-13)', () => {
  it('PAY-13: the department below 30% means no performance pay; at 30% it is prorated', () => {
    const below = performancePay({ role: 'supervisor', plan: 10000, actual: 2999 });
    expect(below.amount).toEqual(cny('0.00'));
    expect(clauseOf(below, 'PERFORMANCE_DEPARTMENT_BELOW_THRESHOLD')).toBe('PAY-13');
    const at = performancePay({ role: 'supervisor', plan: 10000, actual: 3000 });
    expect(at.amount).toEqual(cny('150.00'));
    expect(clauseOf(at, 'PERFORMANCE_DEPARTMENT_PRORATED')).toBe('PAY-13');
  });

  it('PAY-13: 50 is deducted for each team member below 30% (0.2999 counts, 0.3 does not)', () => {
    const decision = performancePay({ role: 'supervisor', plan: 100, actual: 50, teamCompletions: [0.2999, 0.3, '0.1', '0.5'] });
    expect(decision).toMatchObject({ pay: cny('250.00'), deductions: cny('100.00'), amount: cny('150.00') });
    expect(reasonOf(decision, 'PERFORMANCE_TEAM_DEDUCTION')).toMatchObject({ clause: 'PAY-13', params: { count: 2, members: 4, due: cny('100.00') } });
  });

  it('PAY-13: a team all at 30% or more costs nothing', () => {
    const decision = performancePay({ role: 'supervisor', plan: 100, actual: 50, teamCompletions: [0.3, 1.2] });
    expect(decision.deductions).toEqual(cny('0.00'));
    expect(clauseOf(decision, 'PERFORMANCE_TEAM_NO_DEDUCTION')).toBe('PAY-13');
  });

  it('PAY-13: the performance pay never goes below zero: deductions stop at the pay', () => {
    // 30% → 150.00; four members below 30% → 200.00 due, 150.00 deducted.
    const decision = performancePay({ role: 'supervisor', plan: 100, actual: 30, teamCompletions: [0, 0.1, 0.2, 0.29] });
    expect(decision).toMatchObject({ pay: cny('150.00'), deductions: cny('150.00'), amount: cny('0.00') });
    expect(reasonOf(decision, 'PERFORMANCE_DEDUCTION_LIMITED')).toMatchObject({ clause: 'PAY-13', params: { due: cny('200.00'), deduction: cny('150.00') } });
    // Below 30% there is no pay to deduct from.
    const none = performancePay({ role: 'supervisor', plan: 100, actual: 29, teamCompletions: [0.1] });
    expect(none).toMatchObject({ pay: cny('0.00'), deductions: cny('0.00'), amount: cny('0.00') });
  });

  it('PAY-13: the bonus is added after the deductions are limited to the pay', () => {
    const team = Array.from({ length: 11 }, () => 0.1);
    const decision = performancePay({ role: 'supervisor', plan: 100, actual: 120, teamCompletions: team, exceeded: { bonus: 120 } });
    expect(decision).toMatchObject({ pay: cny('500.00'), deductions: cny('500.00'), bonus: cny('120.00'), amount: cny('120.00') });
  });

  it('PAY-13: the deduction and the team threshold are policy parameters', () => {
    const policy = defineCommissionPolicy({ performance: { teamDeduction: '30.00', teamThreshold: '0.5' } });
    const decision = performancePay({ role: 'supervisor', plan: 1, actual: 1, teamCompletions: [0.4, 0.5] }, policy);
    expect(decision.deductions).toEqual(cny('30.00'));
  });

  it('PAY-13: team completions belong to a supervisor: for staff they are an input error', () => {
    expect(issuePaths(() => performancePay({ role: 'staff', plan: 1, actual: 1, teamCompletions: [0.1] }))).toEqual(['teamCompletions']);
    // An empty team is harmless.
    expect(performancePay({ role: 'staff', plan: 1, actual: 1, teamCompletions: [] }).amount).toEqual(cny('500.00'));
  });
});

describe('performancePay: the override (PAY-14)', () => {
  it('PAY-14: full performance pay whatever the completion, recording by whom and why', () => {
    const decision = performancePay({ role: 'staff', plan: 100, actual: 5, override: { by: '王经理', reason: '平台完善中' } });
    expect(decision).toMatchObject({ amount: cny('500.00'), pay: cny('500.00'), completion: '0.0500' });
    const reason = reasonOf(decision, 'PERFORMANCE_OVERRIDE');
    expect(reason).toMatchObject({ clause: 'PAY-14', params: { by: '王经理', reason: '平台完善中', full: cny('500.00') } });
    expect(reason?.message).toContain('王经理');
    expect(reason?.message).toContain('平台完善中');
  });

  it('PAY-14: an overridden supervisor gets the full pay without team deductions', () => {
    const decision = performancePay({ role: 'supervisor', plan: 100, actual: 10, teamCompletions: [0.1, 0.2], override: { by: 'CEO', reason: 'launch month' } });
    expect(decision).toMatchObject({ amount: cny('500.00'), deductions: cny('0.00') });
    expect(reasonOf(decision, 'PERFORMANCE_OVERRIDE_NO_DEDUCTION')).toMatchObject({ clause: 'PAY-14', params: { count: 2, due: cny('100.00') } });
  });

  it('PAY-14: the override does not make a bonus: that still needs the plan exceeded', () => {
    const decision = performancePay({ role: 'staff', plan: 100, actual: 50, exceeded: { bonus: 80 }, override: { by: 'A', reason: 'B' } });
    expect(decision).toMatchObject({ amount: cny('500.00'), bonus: cny('0.00') });
  });
});

describe('performancePay: bad input (PAY-11)', () => {
  it('PAY-11: throws PolicyInputError listing every bad field', () => {
    const run = () =>
      performancePay({
        role: 'boss' as 'staff',
        plan: -5,
        actual: Number.NaN,
        exceeded: { bonus: '80.005' },
        override: { by: ' ', reason: 'x' },
      });
    expect(run).toThrow(PolicyInputError);
    expect(issuePaths(run)).toEqual(expect.arrayContaining(['role', 'plan', 'actual', 'exceeded.bonus', 'override.by']));
  });

  it('PAY-11: a plan of 0 cannot be completed: an input error, not a division by zero', () => {
    expect(issuePaths(() => performancePay({ role: 'staff', plan: 0, actual: 1 }))).toEqual(['plan']);
    expect(issuePaths(() => performancePay({ role: 'staff', plan: '0.00', actual: 1 }))).toEqual(['plan']);
  });

  it('PAY-11: negative amounts, unknown keys, exponents and a bad context are refused', () => {
    expect(issuePaths(() => performancePay({ role: 'staff', plan: 1, actual: -1 }))).toEqual(['actual']);
    expect(issuePaths(() => performancePay({ role: 'staff', plan: '1e3', actual: 1 }))).toEqual(['plan']);
    expect(issuePaths(() => performancePay({ role: 'staff', plan: 1, actual: 1, exceeded: { bonus: -50 } }))).toEqual(['exceeded.bonus']);
    expect(issuePaths(() => performancePay({ role: 'staff', plan: 1, actual: 1, teamCompletions: [-0.1] }))).toEqual(['teamCompletions.0']);
    expect(issuePaths(() => performancePay({ role: 'staff', plan: 1, actual: 1, extra: 1 } as never))).toEqual(['extra']);
    expect(issuePaths(() => performancePay({ role: 'staff', plan: 1, actual: 1 }, presets.generic, { locale: 'fr-FR' as 'en-US' }))).toEqual(['context.locale']);
  });

  it('PAY-11: safePerformancePay returns the error instead of throwing', () => {
    const result = safePerformancePay({ role: 'staff', plan: 0, actual: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(PolicyInputError);
    expect(safePerformancePay({ role: 'staff', plan: 1, actual: 1 })).toMatchObject({ ok: true, value: { amount: cny('500.00') } });
  });

  it('PAY-11: the calculator gives the same answer as the plain function', () => {
    const calculator = createCommissionCalculator(presets.douyinShop);
    const input = { role: 'supervisor', plan: 80, actual: 100, teamCompletions: [0.2], exceeded: { bonus: 150 } } as const;
    expect(calculator.performancePay(input)).toEqual(performancePay(input, presets.douyinShop));
    expect(createCommissionCalculator(presets.douyinShop)).toBe(calculator);
  });
});
