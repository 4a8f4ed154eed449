import { describe, expect, it } from 'vitest';
import { commission, createCommissionCalculator, defineCommissionPolicy, payStatement, performancePay } from '../src/index.js';
import { cny, codes, reasonOf, usd } from './fixtures.js';

// A calculator reads the numbers of its policy once, when the policy is first used. Each test here
// makes its own policy, so the numbers are read afresh in it: the currency's minor unit, the default
// claw-back rate and the minimum wage. Expected amounts are worked out by hand.

const kwd = (amount: string) => ({ amount, currency: 'KWD' });

describe('a policy’s numbers, read when it is first used', () => {
  it('PAY-11: amounts follow the store currency’s minor unit — a KWD store pays to the fils (3 places)', () => {
    const policy = defineCommissionPolicy({ store: { currency: 'KWD' } });
    // 1 / 3 of 500 = 166.6666… → 166.667 (half-up to 3 places).
    const decision = performancePay({ role: 'staff', plan: 3, actual: 1 }, policy);
    expect(decision).toMatchObject({ pay: kwd('166.667'), amount: kwd('166.667'), deductions: kwd('0.000') });
    // PAY-16: 1234.567 × 0.5% = 6.172835 → 6.173.
    expect(commission({ role: 'staff', orders: [{ amount: '1234.567' }], returns: [], target: '2000' }, policy).amount).toEqual(kwd('6.173'));
  });

  it('PAY-16: the default claw-back rate is the lowest positive rate of the position’s table, wherever it sits in the table', () => {
    // Rates 0, 2%, 1%: the lowest positive is 1%, not the 0 of the first tier and not the 2%.
    const policy = defineCommissionPolicy({
      commission: { tiers: { staff: [{ from: 0, rate: '0' }, { from: '0.5', rate: '0.02' }, { from: 1, rate: '0.01' }] } },
    });
    const decision = commission({ role: 'staff', orders: [{ amount: '1000.00' }], returns: [{ amount: '2000.00' }], target: '10000.00' }, policy);
    expect(decision).toMatchObject({ netSales: cny('-1000.00'), rate: '0.01', amount: cny('-10.00') });
    expect(reasonOf(decision, 'COMMISSION_CLAWBACK')?.params).toEqual({ netSales: cny('-1000.00'), rate: '0.01', ratePercent: '1%', amount: cny('-10.00') });
  });

  it('PAY-16: a table with no positive rate claws back nothing', () => {
    const policy = defineCommissionPolicy({ commission: { tiers: { staff: [{ from: 0, rate: '0' }] } } });
    const decision = commission({ role: 'staff', orders: [], returns: [{ amount: '2000.00' }], target: '10000.00' }, policy);
    expect(decision).toMatchObject({ netSales: cny('-2000.00'), rate: '0', amount: cny('0.00') });
    expect(codes(decision)).toEqual(['COMMISSION_NET_SALES', 'COMMISSION_CLAWBACK']);
  });

  it('PAY-9: with no minimum wage (a policy made from usStore) penalties are deducted in full, even below zero', () => {
    const policy = defineCommissionPolicy({}, 'usStore');
    // 2000 + 500 = 2500 gross; a 3000 penalty leaves −500: usStore applies no US wage law.
    const statement = payStatement({ employee: { id: 'U', role: 'staff' }, month: '2026-03', performance: { plan: 1, actual: 1 }, penalties: [{ amount: 3000 }] }, policy);
    expect(statement.lines.map((line) => line.kind)).toEqual(['base', 'performance', 'penalty']);
    expect([statement.gross, statement.deductions, statement.net]).toEqual([usd('2500.00'), usd('3000.00'), usd('-500.00')]);
    expect(codes(statement)).toEqual(['STATEMENT_BASE', 'PERFORMANCE_PRORATED', 'STATEMENT_PENALTIES', 'STATEMENT_NET']);
  });

  it('PAY-9: a policy with the CN minimum wage warns on a gross below it', () => {
    const policy = defineCommissionPolicy({});
    const statement = payStatement({ employee: { id: 'E', role: 'staff' }, month: '2026-03', performance: { plan: 1, actual: 1 } }, policy);
    expect(reasonOf(statement, 'STATEMENT_GROSS_BELOW_MINIMUM_WAGE')?.params).toEqual({ gross: cny('2500.00'), minimumWage: cny('2740.00') });
  });

  it('PAY-10: createCommissionCalculator compiles a policy once: the same policy gives the same calculator', () => {
    const policy = defineCommissionPolicy({ fullAttendanceBonus: '100.00' });
    expect(createCommissionCalculator(policy)).toBe(createCommissionCalculator(policy));
  });
});
