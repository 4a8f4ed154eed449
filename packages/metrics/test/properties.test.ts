import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  afterSalesRate,
  averageOrderValue,
  clickThroughRate,
  complaintRate,
  conversionRate,
  customerAcquisitionCost,
  defineMetricsPolicy,
  firstResponseTime,
  presets,
  replyAccuracy,
  repurchaseRate,
  resolutionRate,
  retentionRate,
  roi,
  satisfactionRate,
  type KpiResult,
} from '../src/index.js';

const finiteDecimal = /^-?\d+(?:\.\d+)?$/u;
const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }), fc.maxSafeNat());
/** A non-negative amount in cents written as a decimal string with two places. */
const amount = fc.oneof(fc.constant(0), fc.bigInt({ min: 0n, max: 10n ** 15n })).map((cents) => {
  const value = BigInt(cents);
  return `${String(value / 100n)}.${String(value % 100n).padStart(2, '0')}`;
});
const policy = fc.constantFrom(presets.generic, presets.usStore, presets.douyinShop, defineMetricsPolicy({ precision: 0 }), defineMetricsPolicy({ precision: 9 }));
/** A part and a whole with part ≤ whole. */
const partOfWhole = fc.tuple(count, count).map(([a, b]): [part: number, whole: number] => (a <= b ? [a, b] : [b, a]));

function wellFormed(result: KpiResult): void {
  expect(result.value === null || finiteDecimal.test(result.value)).toBe(true);
  if (result.value !== null) expect(result.value).not.toMatch(/NaN|Infinity|e/u);
  expect(result.reasons).toHaveLength(2);
  expect(result.reasons[0]?.clause).toBe('MET-1');
  expect(result.reasons[1]?.code === 'METRIC_NO_DENOMINATOR').toBe(result.value === null);
}

function inUnitInterval(result: KpiResult): void {
  expect(result.value).not.toBeNull();
  const value = Number(result.value);
  expect(value >= 0 && value <= 1).toBe(true);
}

describe('never NaN or Infinity', () => {
  test.prop([count, count, policy])('MET-1, MET-2: count ratios are null (zero denominator) or a finite decimal string', (a, b, p) => {
    for (const result of [
      conversionRate({ orders: a, visitors: b }, p),
      clickThroughRate({ clicks: a, impressions: b }, p),
      afterSalesRate({ afterSalesOrders: a, orders: b }, p),
      complaintRate({ complaints: a, orders: b }, p),
    ]) {
      wellFormed(result);
      expect(result.value === null).toBe(b === 0);
    }
  });

  test.prop([amount, count, fc.constantFrom('CNY', 'USD'), policy])('MET-1, MET-2: money KPIs are null or a decimal at the minor unit', (sales, n, currency, p) => {
    for (const result of [averageOrderValue({ sales, orders: n, currency }, p), customerAcquisitionCost({ marketingCost: sales, newCustomers: n, currency }, p)]) {
      wellFormed(result);
      expect(result.value === null).toBe(n === 0);
      if (result.value !== null) expect(result.value).toMatch(/^\d+\.\d{2}$/u);
    }
  });

  test.prop([amount, amount, policy])('MET-2: roi is null when the cost is zero, else a finite decimal', (sales, cost, p) => {
    const result = roi({ sales, cost }, p);
    wellFormed(result);
    expect(result.value === null).toBe(Number(cost) === 0);
    if (result.value !== null && p.roiDefinition === 'profit_over_cost') expect(Number(result.value)).toBeGreaterThanOrEqual(-1);
  });

  test.prop([fc.array(fc.oneof(fc.nat({ max: 86_400 }), fc.double({ min: 0, max: 86_400, noNaN: true })), { maxLength: 50 })])(
    'PAY-20: first response time is null for no conversations, else a decimal with one place within the range of the times',
    (responseSeconds) => {
      const result = firstResponseTime({ responseSeconds });
      wellFormed(result);
      expect(result.value === null).toBe(responseSeconds.length === 0);
      if (result.value !== null) {
        expect(result.value).toMatch(/^\d+\.\d$/u);
        expect(Number(result.value)).toBeGreaterThanOrEqual(Math.floor(Math.min(...responseSeconds) * 10) / 10);
        expect(Number(result.value)).toBeLessThanOrEqual(Math.ceil(Math.max(...responseSeconds) * 10) / 10);
      }
    },
  );
});

describe('rates with numerator ≤ denominator lie in [0, 1]', () => {
  test.prop([partOfWhole.filter(([, whole]) => whole > 0), policy])('MET-2, PAY-20: part ÷ whole', ([part, whole], p) => {
    for (const result of [
      conversionRate({ orders: part, visitors: whole }, p),
      clickThroughRate({ clicks: part, impressions: whole }, p),
      repurchaseRate({ repeatCustomers: part, customers: whole }, p),
      afterSalesRate({ afterSalesOrders: part, orders: whole }, p),
      complaintRate({ complaints: part, orders: whole }, p),
      replyAccuracy({ correct: part, total: whole }, p),
      resolutionRate({ resolved: part, total: whole }, p),
      satisfactionRate({ satisfied: part, rated: whole }, p),
    ]) {
      wellFormed(result);
      inUnitInterval(result);
    }
  });

  test.prop([count, count, count])('MET-2: retention of consistent counts lies in [0, 1]', (start, kept, added) => {
    fc.pre(kept <= start && start > 0 && kept + added <= Number.MAX_SAFE_INTEGER);
    const result = retentionRate({ customersAtStart: start, customersAtEnd: kept + added, newCustomers: added });
    wellFormed(result);
    inUnitInterval(result);
  });

  test.prop([partOfWhole.filter(([, whole]) => whole > 0)])('MET-1: the value is the exact quotient rounded half-up', ([part, whole]) => {
    // Oracle in BigInt: round(part × 10^4 ÷ whole) half-up.
    const scaled = BigInt(part) * 10_000n;
    const q = scaled / BigInt(whole);
    const r = scaled % BigInt(whole);
    const rounded = 2n * r >= BigInt(whole) ? q + 1n : q;
    const expected = `${String(rounded / 10_000n)}.${String(rounded % 10_000n).padStart(4, '0')}`;
    expect(conversionRate({ orders: part, visitors: whole }).value).toBe(expected);
  });
});
