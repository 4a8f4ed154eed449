import { fc, test } from '@fast-check/vitest';
import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { assessAdministrativePenalty, createPenaltyAssessor, definePenaltyPolicy, presets, safeAssessAdministrativePenalty } from '../src/index.js';
import { clauseOf, codes, issuePaths } from './fixtures.js';

// PAY-9: "行政处罚额度在50-200元内" — 内 includes both ends. Legal limits (工资支付暂行规定 art. 16):
// a month's deductions at most 20% of the wage; the wage paid never below the minimum wage (the
// generic preset's 2740.00). All expected amounts are worked out by hand below.

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const WAGE = '10000'; // 20% = 2000, minimum wage leaves 7260: neither limit touches a 200 fine

describe('PAY-9: the 50–200 range', () => {
  it('PAY-9: 50 and 200 are allowed (both ends included)', () => {
    for (const amount of ['50', '50.00', 50, '200', 200, '123.45']) {
      const decision = assessAdministrativePenalty({ amount, monthlyWage: WAGE });
      expect(decision.allowed, String(amount)).toBe(true);
      expect(decision.amount).toEqual(cny(Number(amount).toFixed(2)));
      expect(codes(decision)).toEqual(['PENALTY_WITHIN_RANGE', 'PENALTY_NO_LEGAL_BASIS']);
      expect(clauseOf(decision, 'PENALTY_WITHIN_RANGE')).toBe('PAY-9');
    }
  });

  it('PAY-9: 49.99, 200.01 and 201 are refused, with nothing to deduct', () => {
    for (const amount of ['49.99', '200.01', '201', '0']) {
      const decision = assessAdministrativePenalty({ amount, monthlyWage: WAGE });
      expect(decision.allowed, amount).toBe(false);
      expect(decision.amount).toEqual(cny('0.00'));
      expect(codes(decision)).toEqual(['PENALTY_OUT_OF_RANGE', 'PENALTY_NO_LEGAL_BASIS']);
      expect(clauseOf(decision, 'PENALTY_OUT_OF_RANGE')).toBe('PAY-9');
    }
    expect(assessAdministrativePenalty({ amount: '201', monthlyWage: WAGE }).reasons[0]?.message).toBe('行政处罚 ¥201.00 超出 ¥50.00–¥200.00 的权限范围，不予处罚');
  });
});

describe('PAY-9: the legal limits on deductions', () => {
  it('PAY-9: the month’s deductions at most 20% of the wage — wage 6000, 1100 already deducted → at most 100', () => {
    // 20% of 6000 = 1200; 1200 − 1100 = 100 left; the minimum wage leaves 6000 − 1100 − 2740 = 2160.
    const decision = assessAdministrativePenalty({ amount: '200', monthlyWage: '6000', otherDeductions: '1100' });
    expect(decision).toMatchObject({ allowed: true, amount: cny('100.00') });
    expect(codes(decision)).toEqual(['PENALTY_WITHIN_RANGE', 'PENALTY_CAPPED_BY_DEDUCTION_LIMIT', 'PENALTY_NO_LEGAL_BASIS']);
    expect(clauseOf(decision, 'PENALTY_CAPPED_BY_DEDUCTION_LIMIT')).toBe('PAY-9');
    expect(decision.reasons[1]?.params).toEqual({ wage: cny('6000.00'), rate: '20%', cap: cny('1200.00'), other: cny('1100.00'), room: cny('100.00') });
    // Asking for 100 or less is not capped.
    expect(codes(assessAdministrativePenalty({ amount: '100', monthlyWage: '6000', otherDeductions: '1100' }))).not.toContain('PENALTY_CAPPED_BY_DEDUCTION_LIMIT');
    // 1200 already deducted: no room at all, refused.
    const full = assessAdministrativePenalty({ amount: '50', monthlyWage: '6000', otherDeductions: '1200' });
    expect(full).toMatchObject({ allowed: false, amount: cny('0.00') });
    expect(codes(full)).toContain('PENALTY_NO_ROOM');
  });

  it('PAY-9: the 20% cap rounds down to the cent (wage 3333.33 → 666.66)', () => {
    // 3333.33 × 0.2 = 666.666 → 666.66; 666.66 − 500 = 166.66; minimum wage: 3333.33 − 500 − 2740 = 93.33.
    const decision = assessAdministrativePenalty({ amount: '200', monthlyWage: '3333.33', otherDeductions: '500' }, definePenaltyPolicy({ administrative: { minimumWage: null } }));
    expect(decision.amount).toEqual(cny('166.66'));
  });

  it('PAY-9: the wage paid never below the minimum wage — wage 3000 with 2740.00 leaves 260', () => {
    // 3000 − 2740 = 260 ≥ 200 (and 20% = 600): a 200 fine is untouched.
    expect(assessAdministrativePenalty({ amount: '200', monthlyWage: '3000' })).toMatchObject({ allowed: true, amount: cny('200.00') });
    // With 100 already deducted: 3000 − 100 − 2740 = 160 (20% room 600 − 100 = 500 is not the limit).
    const decision = assessAdministrativePenalty({ amount: '200', monthlyWage: '3000', otherDeductions: '100' });
    expect(decision).toMatchObject({ allowed: true, amount: cny('160.00') });
    expect(codes(decision)).toEqual(['PENALTY_WITHIN_RANGE', 'PENALTY_CAPPED_BY_MINIMUM_WAGE', 'PENALTY_NO_LEGAL_BASIS']);
    expect(clauseOf(decision, 'PENALTY_CAPPED_BY_MINIMUM_WAGE')).toBe('PAY-9');
    expect(decision.reasons[1]?.params).toEqual({ minimumWage: cny('2740.00'), room: cny('160.00') });
    // A wage at or below the minimum leaves nothing: refused.
    expect(assessAdministrativePenalty({ amount: '50', monthlyWage: '2740' })).toMatchObject({ allowed: false, amount: cny('0.00') });
    // Wage 2000: 20% = 400 leaves room for 50, the minimum wage leaves none.
    expect(codes(assessAdministrativePenalty({ amount: '50', monthlyWage: '2000' }))).toEqual(['PENALTY_WITHIN_RANGE', 'PENALTY_CAPPED_BY_MINIMUM_WAGE', 'PENALTY_NO_ROOM', 'PENALTY_NO_LEGAL_BASIS']);
  });

  it('PAY-9: both limits apply and the smaller wins', () => {
    // Wage 3400, 500 deducted: 20% room = 680 − 500 = 180; minimum-wage room = 3400 − 500 − 2740 = 160 → 160.
    const minWins = assessAdministrativePenalty({ amount: '200', monthlyWage: '3400', otherDeductions: '500' });
    expect(minWins.amount).toEqual(cny('160.00'));
    expect(codes(minWins)).toEqual(['PENALTY_WITHIN_RANGE', 'PENALTY_CAPPED_BY_DEDUCTION_LIMIT', 'PENALTY_CAPPED_BY_MINIMUM_WAGE', 'PENALTY_NO_LEGAL_BASIS']);
    // Wage 3500, 600 deducted: 20% room = 700 − 600 = 100; minimum-wage room = 3500 − 600 − 2740 = 160 → 100.
    const capWins = assessAdministrativePenalty({ amount: '200', monthlyWage: '3500', otherDeductions: '600' });
    expect(capWins.amount).toEqual(cny('100.00'));
    expect(codes(capWins)).toEqual(['PENALTY_WITHIN_RANGE', 'PENALTY_CAPPED_BY_DEDUCTION_LIMIT', 'PENALTY_NO_LEGAL_BASIS']);
  });

  it('PAY-9: the input minimumWage overrides the policy’s; null turns the limit off', () => {
    // Wage 3000, minimum 2900: 100 left.
    expect(assessAdministrativePenalty({ amount: '200', monthlyWage: '3000', minimumWage: '2900' }).amount).toEqual(cny('100.00'));
    // Wage 2800: 2800 − 2740 = 60 with the policy's minimum; with none, 20% = 560 leaves the whole 200.
    expect(assessAdministrativePenalty({ amount: '200', monthlyWage: '2800' }).amount).toEqual(cny('60.00'));
    const off = assessAdministrativePenalty({ amount: '200', monthlyWage: '2800', minimumWage: null });
    expect(off.amount).toEqual(cny('200.00'));
    expect(codes(off)).not.toContain('PENALTY_CAPPED_BY_MINIMUM_WAGE');
    // A policy with another city's minimum wage.
    expect(assessAdministrativePenalty({ amount: '200', monthlyWage: '2800' }, definePenaltyPolicy({ administrative: { minimumWage: '2690' } })).amount).toEqual(cny('110.00'));
  });

  it('PAY-9: usStore has no range, no 20% cap, no minimum wage, and no warning', () => {
    expect(presets.usStore.administrative).toEqual({ min: '0', max: null, deductionCapRate: null, minimumWage: null, warnNoLegalBasis: false });
    const decision = assessAdministrativePenalty({ amount: '500', monthlyWage: '1000', otherDeductions: '400' }, presets.usStore);
    expect(decision).toMatchObject({ allowed: true, amount: { amount: '500.00', currency: 'USD' } });
    expect(codes(decision)).toEqual(['PENALTY_WITHIN_RANGE']);
    expect(decision.reasons[0]?.message).toBe('An administrative penalty of $500.00 is within the $0.00–∞ range');
  });
});

describe('PAY-9: the warning that fines lost their legal basis', () => {
  it('PAY-9: every decision of the CN presets carries PENALTY_NO_LEGAL_BASIS, usStore none', () => {
    for (const policy of [presets.generic, presets.douyinShop]) {
      for (const amount of ['100', '300']) {
        const decision = assessAdministrativePenalty({ amount, monthlyWage: WAGE }, policy);
        expect(codes(decision).at(-1)).toBe('PENALTY_NO_LEGAL_BASIS');
        expect(clauseOf(decision, 'PENALTY_NO_LEGAL_BASIS')).toBe('PAY-9');
      }
    }
    expect(assessAdministrativePenalty({ amount: '100', monthlyWage: WAGE }).reasons.at(-1)?.message).toContain('《企业职工奖惩条例》已于 2008 年废止');
    expect(assessAdministrativePenalty({ amount: '100', monthlyWage: WAGE }, presets.generic, { locale: 'en-US' }).reasons.at(-1)?.message).toBe(
      'Warning: disciplinary fines lost their legal basis when the Enterprise Staff Rewards and Penalties Regulations were repealed in 2008',
    );
    expect(codes(assessAdministrativePenalty({ amount: '100', monthlyWage: WAGE }, presets.usStore))).not.toContain('PENALTY_NO_LEGAL_BASIS');
  });
});

describe('PAY-9: bad input', () => {
  it('PAY-9: an amount with 3 decimals, a negative amount, a malformed wage are PolicyInputError with paths', () => {
    expect(() => assessAdministrativePenalty({ amount: '100.005', monthlyWage: WAGE })).toThrow(PolicyInputError);
    expect(issuePaths(() => assessAdministrativePenalty({ amount: 100.005, monthlyWage: WAGE }))).toEqual(['amount']);
    expect(issuePaths(() => assessAdministrativePenalty({ amount: '-50', monthlyWage: WAGE }))).toEqual(['amount']);
    expect(issuePaths(() => assessAdministrativePenalty({ amount: '100', monthlyWage: 'lots' }))).toEqual(['monthlyWage']);
    expect(issuePaths(() => assessAdministrativePenalty({ amount: '100', monthlyWage: '6000.001', otherDeductions: '1.001' }))).toEqual(['monthlyWage', 'otherDeductions']);
    const safe = safeAssessAdministrativePenalty({ amount: '1.005', monthlyWage: '3000' });
    expect(safe.ok).toBe(false);
  });

  it('PAY-9: decisions are JSON and the compiled assessor agrees', () => {
    const input = { amount: '200', monthlyWage: '3400', otherDeductions: '500' };
    const decision = assessAdministrativePenalty(input);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(createPenaltyAssessor(presets.generic).administrativePenalty(input)).toEqual(decision);
  });
});

// Oracle, in cents, from PAY-9 alone: refused outside [5000, 20000]; else
// min(asked, floor(wage × 20%) − other, wage − other − 274000), floored at 0, and refused when 0.
const cents = fc.integer({ min: 0, max: 2_000_000 });
const fmt = (c: number) => `${String(Math.floor(c / 100))}.${String(c % 100).padStart(2, '0')}`;
const toCents = (amount: string) => Math.round(Number(amount) * 100);

describe('PAY-9: properties', () => {
  test.prop([fc.integer({ min: 0, max: 40_000 }), cents, cents])('PAY-9: never more than asked, never negative, and as the oracle says', (asked, wage, other) => {
    const decision = assessAdministrativePenalty({ amount: fmt(asked), monthlyWage: fmt(wage), otherDeductions: fmt(other) });
    const got = toCents(decision.amount.amount);
    expect(got).toBeGreaterThanOrEqual(0);
    expect(got).toBeLessThanOrEqual(asked);
    const inRange = asked >= 5000 && asked <= 20_000;
    const room = Math.max(0, Math.min(asked, Math.floor((wage * 20) / 100) - other, wage - other - 274_000));
    expect(got).toBe(inRange ? room : 0);
    expect(decision.allowed).toBe(inRange && room > 0);
    if (decision.allowed) {
      expect(other + got).toBeLessThanOrEqual(Math.floor(wage / 5));
      expect(wage - other - got).toBeGreaterThanOrEqual(274_000);
    }
  });

  test.prop([fc.integer({ min: 0, max: 10_000_000 }), cents])('PAY-9: usStore deducts exactly what was asked', (asked, wage) => {
    expect(assessAdministrativePenalty({ amount: fmt(asked), monthlyWage: fmt(wage) }, presets.usStore)).toMatchObject({
      allowed: true,
      amount: { amount: fmt(asked), currency: 'USD' },
    });
  });
});

describe('PAY-9: the range at its edges', () => {
  it('PAY-9: a range of one amount (100–100) allows exactly 100', () => {
    const policy = definePenaltyPolicy({ administrative: { min: '100', max: '100' } });
    expect(assessAdministrativePenalty({ amount: '100', monthlyWage: WAGE }, policy)).toMatchObject({ allowed: true, amount: cny('100.00') });
    for (const amount of ['99.99', '100.01']) {
      expect(codes(assessAdministrativePenalty({ amount, monthlyWage: WAGE }, policy))[0], amount).toBe('PENALTY_OUT_OF_RANGE');
    }
  });

  it('PAY-9: with no maximum, anything from the minimum up is within the range (still under the legal limits)', () => {
    const policy = definePenaltyPolicy({ administrative: { max: null } });
    const decision = assessAdministrativePenalty({ amount: '500', monthlyWage: WAGE }, policy);
    expect(decision).toMatchObject({ allowed: true, amount: cny('500.00') });
    expect(decision.reasons[0]).toMatchObject({ code: 'PENALTY_WITHIN_RANGE', params: { amount: cny('500.00'), min: cny('50.00'), max: '∞' } });
    expect(assessAdministrativePenalty({ amount: '49.99', monthlyWage: WAGE }, policy).allowed).toBe(false);
  });
});

describe('PAY-9: the issues of bad input', () => {
  it('PAY-9: a negative amount is refused as input, with its message and code', () => {
    try {
      assessAdministrativePenalty({ amount: '-50', monthlyWage: WAGE });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyInputError);
      expect((error as PolicyInputError).issues).toEqual([{ path: ['amount'], message: 'Expected an amount ≥ 0', code: 'too_small' }]);
    }
  });

  it('PAY-9: a minimum wage passed with the call is read as money of the store currency, at its own path', () => {
    expect(issuePaths(() => assessAdministrativePenalty({ amount: '100', monthlyWage: WAGE, minimumWage: '2740.001' }))).toEqual(['minimumWage']);
  });
});
