import { PolicyConfigError, PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import {
  averageOrderValue,
  clickThroughRate,
  conversionRate,
  customerAcquisitionCost,
  firstResponseTime,
  replyAccuracy,
  repurchaseRate,
  resolutionRate,
  retentionRate,
  roi,
  safeAverageOrderValue,
  safeConversionRate,
  safeRetentionRate,
  safeRoi,
  safeSatisfactionRate,
  satisfactionRate,
} from '../src/index.js';

/** The issues a call throws, as `path: code`. */
function issues(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return (error as PolicyInputError).issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`);
  }
  throw new Error('expected a PolicyInputError');
}

/** An input the types forbid, as a host's untyped JSON may carry it. */
const bad = (value: unknown): never => value as never;

describe('bad input', () => {
  it('MET-1: a negative, fractional, NaN, infinite or string count is refused', () => {
    for (const orders of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null, 2 ** 53]) {
      // A number that is not a whole count: `custom`; not a finite number at all: `invalid_type`.
      const expected = typeof orders === 'number' && Number.isFinite(orders) ? 'custom' : 'invalid_type';
      expect(issues(() => conversionRate(bad({ orders, visitors: 10 })))).toEqual([`orders: ${expected}`]);
    }
  });

  it('MET-1: every bad field is listed at once, with unknown keys named', () => {
    expect(issues(() => conversionRate(bad({ orders: -1, visitors: 0.5 })))).toEqual(['orders: custom', 'visitors: custom']);
    const error = safeConversionRate(bad({ orders: 1, visitors: 2, uv: 2, pv: 9 }));
    expect(error.ok).toBe(false);
    if (!error.ok) expect(error.error.issues).toEqual([{ path: [], message: 'Unknown key(s): uv, pv', code: 'unrecognized_keys' }]);
    expect(issues(() => clickThroughRate(bad({ clicks: 1 })))).toEqual(['impressions: invalid_type']);
    expect(issues(() => conversionRate(bad(null)))).toHaveLength(1);
  });

  it('MET-1: an amount with more decimals than the currency has is an input error, listed beside the others', () => {
    expect(issues(() => averageOrderValue({ sales: '10.005', orders: 2, currency: 'CNY' }))).toEqual(['sales: custom']);
    expect(issues(() => averageOrderValue({ sales: 0.1 + 0.2, orders: 2, currency: 'USD' }))).toEqual(['sales: custom']);
    expect(issues(() => averageOrderValue({ sales: '10.5', orders: 2, currency: 'JPY' }))).toEqual(['sales: custom']);
    const all = safeAverageOrderValue(bad({ sales: '10.005', orders: 2.5, currency: 'CNY', note: 'x' }));
    expect(all.ok).toBe(false);
    if (!all.ok) expect(all.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['', 'orders', 'sales']);
  });

  it('MET-1: negative or malformed amounts and unknown currencies are refused', () => {
    expect(issues(() => customerAcquisitionCost({ marketingCost: '-5', newCustomers: 1, currency: 'USD' }))).toEqual(['marketingCost: custom']);
    expect(issues(() => customerAcquisitionCost({ marketingCost: '1e3', newCustomers: 1, currency: 'USD' }))).toEqual(['marketingCost: custom']);
    expect(issues(() => averageOrderValue({ sales: '1', orders: 1, currency: 'XXY' }))).toEqual(['currency: custom']);
    expect(issues(() => averageOrderValue(bad({ sales: Number.NaN, orders: 1 })))).toEqual(['sales: invalid_union', 'currency: invalid_type']);
    expect(issues(() => roi({ sales: '-1', cost: 'free' }))).toEqual(['sales: custom', 'cost: custom']);
    expect(issues(() => roi({ sales: '1.005', cost: '1', currency: 'USD' }))).toEqual(['sales: custom']);
    expect(roi({ sales: '1.005', cost: '1' }).value).toBe('1.0050');
  });

  it('MET-2: a part cannot exceed its whole (repeat customers, kept customers)', () => {
    expect(issues(() => repurchaseRate({ repeatCustomers: 5, customers: 4 }))).toEqual(['repeatCustomers: custom']);
    expect(issues(() => retentionRate({ customersAtStart: 10, customersAtEnd: 5, newCustomers: 6 }))).toEqual(['newCustomers: custom']);
    expect(issues(() => retentionRate({ customersAtStart: 1, customersAtEnd: 5, newCustomers: 1 }))).toEqual(['customersAtEnd: custom']);
    const both = safeRetentionRate(bad({ customersAtStart: -1, customersAtEnd: 5, newCustomers: 6 }));
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.error.issues.map((issue) => issue.path.join('.'))).toEqual(['customersAtStart', 'newCustomers']);
  });

  it('PAY-20: correct, resolved and satisfied cannot exceed what was checked, received and rated', () => {
    expect(issues(() => replyAccuracy({ correct: 51, total: 50 }))).toEqual(['correct: custom']);
    expect(issues(() => resolutionRate({ resolved: 3, total: 2 }))).toEqual(['resolved: custom']);
    expect(issues(() => satisfactionRate({ satisfied: 1, rated: 0 }))).toEqual(['satisfied: custom']);
  });

  it('PAY-20: response times must be non-negative finite seconds; each bad one is listed', () => {
    expect(issues(() => firstResponseTime(bad({ responseSeconds: [12, -3, Number.NaN, 'soon'] })))).toEqual([
      'responseSeconds.1: custom',
      'responseSeconds.2: invalid_union',
      'responseSeconds.3: custom',
    ]);
    expect(issues(() => firstResponseTime(bad({})))).toEqual(['responseSeconds: invalid_type']);
  });

  it('MET-1: safe variants return the error instead of throwing', () => {
    expect(safeSatisfactionRate({ satisfied: 9, rated: 10 })).toMatchObject({ ok: true, value: { value: '0.9000' } });
    const result = safeRoi(bad({ sales: '1', cost: '1', extra: true }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(PolicyInputError);
    expect(safeConversionRate({ orders: 1, visitors: 1 }, bad({ precision: 99 }))).toMatchObject({ ok: false, error: expect.any(PolicyConfigError) as unknown });
  });
});
