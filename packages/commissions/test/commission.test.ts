import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { commission, createCommissionCalculator, defineCommissionPolicy, presets, safeCommission, type CommissionRole } from '../src/index.js';
import { clauseOf, cny, codes, issuePaths, reasonOf, usd } from './fixtures.js';

// The example tables of the presets (the seeds give no rates):
//   staff and customer service: from 0 → 0, 0.5 → 0.5%, 0.8 → 1%, 1 → 1.5%, 1.2 → 2%
//   supervisor:                 from 0 → 0, 0.8 → 0.5%, 1 → 1%
// A target of 100,000.00 makes net sales read as completion directly.

const target = '100000.00';
const sale = (role: CommissionRole, net: string) => commission({ role, orders: [{ amount: net }], returns: [], target });

describe('commission: net sales (PAY-16)', () => {
  it('PAY-16: net sales are all the stores\' order amounts less the amounts returned', () => {
    const decision = commission({ role: 'staff', orders: [{ amount: '60000.00' }, { amount: 40000 }, { id: 'DY-9', amount: '0.50' }], returns: [{ amount: '10000.50' }], target });
    expect(decision.netSales).toEqual(cny('90000.00'));
    expect(decision.completion).toBe('0.9000');
    expect(reasonOf(decision, 'COMMISSION_NET_SALES')).toMatchObject({
      clause: 'PAY-16',
      params: { orders: cny('100000.50'), returns: cny('10000.50'), orderCount: 3, returnCount: 1, netSales: cny('90000.00') },
    });
  });

  it('PAY-16: no orders and no returns is a commission of zero at the first tier', () => {
    expect(commission({ role: 'staff', orders: [], returns: [], target })).toMatchObject({ netSales: cny('0.00'), completion: '0.0000', rate: '0', amount: cny('0.00') });
  });
});

describe('commission: the tiers (PAY-16)', () => {
  // [net sales, rate, amount]: at each `from`, and one cent below it.
  const staffCases: [string, string, string][] = [
    ['0.00', '0', '0.00'],
    ['49999.99', '0', '0.00'],
    ['50000.00', '0.005', '250.00'],
    ['79999.99', '0.005', '400.00'], // 399.99995 → 400.00 (half-up)
    ['80000.00', '0.01', '800.00'],
    ['99999.99', '0.01', '1000.00'], // 999.9999 → 1000.00
    ['100000.00', '0.015', '1500.00'],
    ['119999.99', '0.015', '1800.00'], // 1799.99985 → 1800.00
    ['120000.00', '0.02', '2400.00'],
    ['250000.00', '0.02', '5000.00'],
  ];

  it.each(staffCases)('PAY-16: staff with net sales %s of a 100,000 target earn %s → %s', (net, rate, amount) => {
    const decision = sale('staff', net);
    expect(decision).toMatchObject({ rate, amount: cny(amount), netSales: cny(net) });
    expect(clauseOf(decision, 'COMMISSION_TIER')).toBe('PAY-16');
  });

  const supervisorCases: [string, string, string][] = [
    ['79999.99', '0', '0.00'],
    ['80000.00', '0.005', '400.00'],
    ['99999.99', '0.005', '500.00'], // 499.99995 → 500.00
    ['100000.00', '0.01', '1000.00'],
    ['130000.00', '0.01', '1300.00'],
  ];

  it.each(supervisorCases)('PAY-16: the supervisor with net sales %s earns %s → %s', (net, rate, amount) => {
    expect(sale('supervisor', net)).toMatchObject({ rate, amount: cny(amount) });
  });

  it('PAY-17: customer service is paid by completion of its target, citing PAY-17', () => {
    const below = sale('customer_service', '79999.99');
    expect(below).toMatchObject({ rate: '0.005', amount: cny('400.00'), completion: '0.7999' });
    expect(clauseOf(below, 'COMMISSION_CUSTOMER_SERVICE_TIER')).toBe('PAY-17');
    expect(codes(below)).not.toContain('COMMISSION_TIER');
    expect(sale('customer_service', '80000.00')).toMatchObject({ rate: '0.01', amount: cny('800.00') });
    expect(reasonOf(below, 'COMMISSION_CUSTOMER_SERVICE_TIER')?.message).toContain('30日前');
  });

  it('PAY-16: the reason names the tier, the rate and the sum', () => {
    const decision = commission({ role: 'staff', orders: [{ amount: '100000.00' }], returns: [], target }, presets.generic, { locale: 'en-US' });
    expect(reasonOf(decision, 'COMMISSION_TIER')).toMatchObject({ params: { from: '1', rate: '0.015', completion: '1.0000', amount: cny('1500.00') } });
    expect(reasonOf(decision, 'COMMISSION_TIER')?.message).toBe(
      'Completed 100% of the target CN¥100,000.00: the rate from 100% is 1.5%; CN¥100,000.00 × 1.5% = CN¥1,500.00',
    );
  });

  it('PAY-16: the tables are policy parameters (a host replaces the examples)', () => {
    const policy = defineCommissionPolicy({ commission: { tiers: { staff: [{ from: 0, rate: '0.01' }, { from: '0.9', rate: '0.03' }] } } });
    expect(commission({ role: 'staff', orders: [{ amount: 899 }], returns: [], target: 1000 }, policy)).toMatchObject({ rate: '0.01', amount: cny('8.99') });
    expect(commission({ role: 'staff', orders: [{ amount: 900 }], returns: [], target: 1000 }, policy)).toMatchObject({ rate: '0.03', amount: cny('27.00') });
    // The other positions keep the example tables.
    expect(commission({ role: 'supervisor', orders: [{ amount: 900 }], returns: [], target: 1000 }, policy).rate).toBe('0.005');
  });

  it('PAY-16: the usStore preset pays in USD', () => {
    expect(commission({ role: 'staff', orders: [{ amount: '1000.00' }], returns: [], target: 1000 }, presets.usStore).amount).toEqual(usd('15.00'));
  });
});

describe('commission: claw-back (PAY-16)', () => {
  it('PAY-16: returns of earlier months can make net sales negative: the commission is clawed back', () => {
    const decision = commission({ role: 'staff', orders: [{ amount: '1000.00' }], returns: [{ amount: '3000.00' }], target });
    expect(decision).toMatchObject({ netSales: cny('-2000.00'), completion: '-0.0200', rate: '0.005', amount: cny('-10.00') });
    expect(clauseOf(decision, 'COMMISSION_CLAWBACK')).toBe('PAY-16');
  });

  it('PAY-16: the claw-back rate is the lowest positive rate of the position\'s table unless the policy sets one', () => {
    expect(commission({ role: 'supervisor', orders: [], returns: [{ amount: 1000 }], target }).amount).toEqual(cny('-5.00'));
    const policy = defineCommissionPolicy({ commission: { clawbackRate: '0.015' } });
    expect(commission({ role: 'staff', orders: [], returns: [{ amount: 1000 }], target }, policy)).toMatchObject({ rate: '0.015', amount: cny('-15.00') });
  });

  it('PAY-16: a claw-back rounds half-up, away from zero', () => {
    // −1.00 × 0.5% = −0.005 → −0.01; −0.10 × 0.5% = −0.0005 → 0.00.
    expect(commission({ role: 'staff', orders: [], returns: [{ amount: '1.00' }], target }).amount).toEqual(cny('-0.01'));
    expect(commission({ role: 'staff', orders: [], returns: [{ amount: '0.10' }], target }).amount).toEqual(cny('0.00'));
  });

  it('PAY-16: with clawback off a negative net pays nothing', () => {
    const policy = defineCommissionPolicy({ commission: { clawback: false } });
    const decision = commission({ role: 'staff', orders: [], returns: [{ amount: '3000.00' }], target }, policy);
    expect(decision).toMatchObject({ netSales: cny('-3000.00'), rate: '0', amount: cny('0.00') });
    expect(clauseOf(decision, 'COMMISSION_NO_CLAWBACK')).toBe('PAY-16');
  });
});

describe('commission: bad input (PAY-16)', () => {
  it('PAY-16: throws PolicyInputError listing every bad field', () => {
    const run = () =>
      commission({
        role: 'manager' as 'staff',
        orders: [{ amount: '10.005' }, { amount: -1 }, { amount: Number.NaN }],
        returns: [{ amount: '1e2' }],
        target: 0,
      });
    expect(run).toThrow(PolicyInputError);
    expect(issuePaths(run)).toEqual(expect.arrayContaining(['role', 'orders.0.amount', 'orders.1.amount', 'orders.2.amount', 'returns.0.amount', 'target']));
  });

  it('PAY-16: an amount with more decimals than the currency has is an error, not a rounding', () => {
    expect(issuePaths(() => commission({ role: 'staff', orders: [{ amount: 0.1 + 0.2 }], returns: [], target }))).toEqual(['orders.0.amount']);
    expect(issuePaths(() => commission({ role: 'staff', orders: [], returns: [], target: '100.001' }))).toEqual(['target']);
  });

  it('PAY-16: safeCommission returns the error; the calculator matches the plain function', () => {
    expect(safeCommission({ role: 'staff', orders: [], returns: [], target: -1 }).ok).toBe(false);
    const input = { role: 'staff', orders: [{ amount: '123456.78' }], returns: [{ amount: '3456.78' }], target } as const;
    expect(createCommissionCalculator(presets.generic).commission(input)).toEqual(commission(input));
  });
});
