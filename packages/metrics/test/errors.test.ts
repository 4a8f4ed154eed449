import { PolicyConfigError, PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import {
  afterSalesRate,
  averageOrderValue,
  clickThroughRate,
  complaintRate,
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

/** The issues a call throws, as `{ path, code, message }`. */
function issueList(call: () => unknown): { path: string; code: string; message: string }[] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return (error as PolicyInputError).issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
  }
  throw new Error('expected a PolicyInputError');
}

/** Every KPI function, called with an untyped input. */
const everyKpi: Record<string, (input: never) => unknown> = {
  conversionRate,
  clickThroughRate,
  averageOrderValue,
  repurchaseRate,
  afterSalesRate,
  complaintRate,
  customerAcquisitionCost,
  retentionRate,
  roi,
  firstResponseTime,
  replyAccuracy,
  resolutionRate,
  satisfactionRate,
};

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
    if (!error.ok) expect(error.error.issues).toEqual([
        { path: ['uv'], message: 'Unknown key "uv"', code: 'unrecognized_keys' },
        { path: ['pv'], message: 'Unknown key "pv"', code: 'unrecognized_keys' },
      ]);
    expect(issues(() => clickThroughRate(bad({ clicks: 1 })))).toEqual(['impressions: invalid_type']);
    expect(issues(() => conversionRate(bad(null)))).toHaveLength(1);
  });

  it('MET-1: an amount with more decimals than the currency has is an input error, listed beside the others', () => {
    expect(issues(() => averageOrderValue({ sales: '10.005', orders: 2, currency: 'CNY' }))).toEqual(['sales: custom']);
    expect(issues(() => averageOrderValue({ sales: 0.1 + 0.2, orders: 2, currency: 'USD' }))).toEqual(['sales: custom']);
    expect(issues(() => averageOrderValue({ sales: '10.5', orders: 2, currency: 'JPY' }))).toEqual(['sales: custom']);
    const all = safeAverageOrderValue(bad({ sales: '10.005', orders: 2.5, currency: 'CNY', note: 'x' }));
    expect(all.ok).toBe(false);
    if (!all.ok) expect(all.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['note', 'orders', 'sales']);
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

describe('bad input: the cross-field checks', () => {
  it('MET-1: an input that is not an object is one invalid_type issue at the root, for every KPI', () => {
    for (const [name, kpi] of Object.entries(everyKpi)) {
      for (const input of [null, 'orders', 7, []]) {
        expect(issues(() => kpi(bad(input))), `${name}(${JSON.stringify(input)})`).toEqual([': invalid_type']);
      }
    }
  });

  it('MET-1: an amount with too many decimals is named with its decimals and the currency\'s', () => {
    expect(issueList(() => averageOrderValue({ sales: '10.005', orders: 2, currency: 'CNY' }))).toEqual([
      { path: 'sales', code: 'custom', message: '10.005 has 3 decimal places; CNY allows 2' },
    ]);
    expect(issueList(() => customerAcquisitionCost({ marketingCost: '12.5', newCustomers: 1, currency: 'JPY' }))).toEqual([
      { path: 'marketingCost', code: 'custom', message: '12.5 has 1 decimal places; JPY allows 0' },
    ]);
    // At the minor unit itself it is accepted.
    expect(averageOrderValue({ sales: '10.01', orders: 1, currency: 'CNY' }).value).toBe('10.01');
  });

  it('MET-2: a part above its whole is named with both counts; equal to it is accepted', () => {
    expect(issueList(() => repurchaseRate({ repeatCustomers: 5, customers: 4 }))).toEqual([
      { path: 'repeatCustomers', code: 'custom', message: 'repeatCustomers (5) cannot exceed customers (4): it counts some of them' },
    ]);
    expect(repurchaseRate({ repeatCustomers: 4, customers: 4 }).value).toBe('1.0000');
    expect(issueList(() => satisfactionRate({ satisfied: 11, rated: 10 }))).toEqual([
      { path: 'satisfied', code: 'custom', message: 'satisfied (11) cannot exceed rated (10): it counts some of them' },
    ]);
  });

  it('MET-2: a part is compared with its whole only when both are counts, so each bad field is named once', () => {
    // The whole is not a count: only the whole is named, not the part "above" it.
    expect(issues(() => repurchaseRate(bad({ repeatCustomers: 5, customers: -1 })))).toEqual(['customers: custom']);
    expect(issues(() => repurchaseRate(bad({ repeatCustomers: 5, customers: 4.5 })))).toEqual(['customers: custom']);
    // The part is not a count: it is named once, for what it is, not again as above its whole.
    expect(issues(() => repurchaseRate(bad({ repeatCustomers: 2.5, customers: 1 })))).toEqual(['repeatCustomers: custom']);
    expect(issues(() => replyAccuracy(bad({ correct: '7', total: 5 })))).toEqual(['correct: invalid_type']);
    expect(issues(() => resolutionRate(bad({ resolved: Number.POSITIVE_INFINITY, total: 5 })))).toEqual(['resolved: invalid_type']);
  });

  it('MET-2: customers kept (end − new) above those at the start is refused, with the numbers; equal is accepted', () => {
    expect(issueList(() => retentionRate({ customersAtStart: 3, customersAtEnd: 5, newCustomers: 1 }))).toEqual([
      {
        path: 'customersAtEnd',
        code: 'custom',
        message: 'customersAtEnd − newCustomers (4) cannot exceed customersAtStart (3): the customers kept are some of those at the start',
      },
    ]);
    // (5 − 1) ÷ 4: every customer at the start was kept.
    expect(retentionRate({ customersAtStart: 4, customersAtEnd: 5, newCustomers: 1 }).value).toBe('1.0000');
  });

  it('MET-2: customers kept are compared with those at the start only when all three are counts', () => {
    expect(issues(() => retentionRate(bad({ customersAtStart: -1, customersAtEnd: 5, newCustomers: 1 })))).toEqual(['customersAtStart: custom']);
    expect(issues(() => retentionRate(bad({ customersAtStart: 3, customersAtEnd: 5.5, newCustomers: 1 })))).toEqual(['customersAtEnd: custom']);
    expect(issues(() => retentionRate(bad({ customersAtStart: 5, customersAtEnd: 5, newCustomers: -1 })))).toEqual(['newCustomers: custom']);
  });

  it('MET-1: a count of -0 is a count of zero, written as 0 so the result survives JSON', () => {
    const result = conversionRate({ orders: -0, visitors: 4 });
    expect(result.value).toBe('0.0000');
    expect(result.reasons[1]?.params?.orders).toBe(0);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
