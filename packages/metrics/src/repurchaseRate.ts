import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { KpiResult, MetricsPolicy, RepurchaseRateInput } from './types.js';

/**
 * The repurchase rate (复购率, MET-2): customers who bought more than once in the period ÷ the
 * customers who bought in it; `null` when no one bought.
 *
 * @param input - `{ repeatCustomers, customers }`, non-negative integers; repeat customers cannot exceed customers
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * repurchaseRate({ repeatCustomers: 45, customers: 300 }).value
 * //=> '0.1500'
 */
export function repurchaseRate(input: RepurchaseRateInput, policy: MetricsPolicy = presets.generic, context?: Context): KpiResult {
  return createMetrics(policy).repurchaseRate(input, context);
}
