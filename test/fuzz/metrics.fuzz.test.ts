import type { Context } from '@zhidu/core';
import {
  afterSalesRate,
  averageOrderValue,
  clickThroughRate,
  complaintRate,
  conversionRate,
  createMetrics,
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
  type MetricsPolicy,
} from '@zhidu/metrics';
import { describe } from 'vitest';
import { fuzz, noPolicy } from './harness.js';

// Samples from packages/metrics/test/kpis.test.ts and the input schemas (packages/metrics/src/schema.ts).
const context: Context = { locale: 'en-US' };
const policies: Readonly<Record<string, MetricsPolicy>> = presets;
type Kpi = (input: never, policy: MetricsPolicy, context?: Context) => unknown;
const kpis: [name: string, kpi: Kpi, sample: object][] = [
  ['conversionRate', conversionRate, { orders: 13, visitors: 400 }],
  ['clickThroughRate', clickThroughRate, { clicks: 25, impressions: 1000 }],
  ['averageOrderValue', averageOrderValue, { sales: '12345.67', orders: 89, currency: 'CNY' }],
  ['repurchaseRate', repurchaseRate, { repeatCustomers: 30, customers: 120 }],
  ['afterSalesRate', afterSalesRate, { afterSalesOrders: 4, orders: 200 }],
  ['complaintRate', complaintRate, { complaints: 2, orders: 200 }],
  ['customerAcquisitionCost', customerAcquisitionCost, { marketingCost: '5000.00', newCustomers: 125, currency: 'USD' }],
  ['retentionRate', retentionRate, { customersAtStart: 200, customersAtEnd: 210, newCustomers: 30 }],
  ['roi', roi, { sales: '1500', cost: '1200', currency: 'CNY' }],
  ['firstResponseTime', firstResponseTime, { responseSeconds: [12, '30.5', 8, 0] }],
  ['replyAccuracy', replyAccuracy, { correct: 95, total: 100 }],
  ['resolutionRate', resolutionRate, { resolved: 40, total: 50 }],
  ['satisfactionRate', satisfactionRate, { satisfied: 88, rated: 90 }],
];

describe('fuzz @zhidu/metrics', () => {
  for (const [name, kpi, sample] of kpis) {
    fuzz({ name, policies, runs: 250, sample: () => [sample, context], call: ([input, c], p) => kpi(input as never, p, c as Context) });
  }
  fuzz({
    name: 'defineMetricsPolicy',
    policies: noPolicy,
    refusal: 'config',
    sample: () => [structuredClone(presets.generic), 'generic'],
    call: ([overrides, base]) => defineMetricsPolicy(overrides as never, base as never),
    returns: 'json',
  });
  fuzz({
    name: 'createMetrics(policy).conversionRate',
    policies,
    runs: 100,
    sample: () => [{ orders: 13, visitors: 400 }, context],
    call: ([input, c], p) => createMetrics(p).conversionRate(input as never, c as Context),
  });
});
