import { PolicyConfigError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { defineCommissionPolicy } from '../src/index.js';
import { issuePaths, issuesOf } from './fixtures.js';

// What a bad pay policy is refused with: one issue per bad value, at its path, with a message.

/** The issues of the PolicyConfigError a policy is refused with. */
const refusedWith = (overrides: unknown): unknown[] => issuesOf(() => defineCommissionPolicy(overrides as never), PolicyConfigError);

describe('defineCommissionPolicy: malformed numbers are reported once, at their path', () => {
  it('PAY-9: a malformed rate is a malformed decimal, not also a rate above 1', () => {
    expect(issuePaths(() => defineCommissionPolicy({ deductionCapRate: 'a fifth' }))).toEqual(['deductionCapRate']);
  });

  it('PAY-16: a malformed tier start is reported at the tier, not again as an unsorted table', () => {
    expect(issuePaths(() => defineCommissionPolicy({ commission: { tiers: { staff: [{ from: 'zero', rate: '0' }] } } }))).toEqual(['commission.tiers.staff.0.from']);
  });

  it('PAY-12: a malformed end of a bonus range is reported at that end only', () => {
    expect(issuePaths(() => defineCommissionPolicy({ performance: { bonus: { staff: { min: 'fifty', max: '100.00' } } } }))).toEqual(['performance.bonus.staff.min']);
    expect(issuePaths(() => defineCommissionPolicy({ performance: { bonus: { staff: { min: '50.00', max: 'a hundred' } } } }))).toEqual(['performance.bonus.staff.max']);
  });
});

describe('defineCommissionPolicy: the messages of the consistency checks', () => {
  it('PAY-16: a table must start at 0 and rise strictly, and says so', () => {
    expect(refusedWith({ commission: { tiers: { staff: [{ from: '0.1', rate: '0' }] } } })).toEqual([
      { path: ['commission', 'tiers', 'staff', 0, 'from'], message: 'The first tier must start at 0', code: 'custom' },
    ]);
    expect(refusedWith({ commission: { tiers: { staff: [{ from: 0, rate: '0' }, { from: 0, rate: '0.01' }] } } })).toEqual([
      { path: ['commission', 'tiers', 'staff', 1, 'from'], message: 'Tiers must be sorted by `from`, strictly ascending', code: 'custom' },
    ]);
  });

  it('PAY-10: an amount with more decimals than the store currency has is refused with the count of each', () => {
    expect(refusedWith({ store: { currency: 'JPY' }, base: { staff: '2000.50' } })).toEqual([
      { path: ['base', 'staff'], message: '2000.5 has 1 decimal places; JPY allows 0', code: 'custom' },
    ]);
  });
});
