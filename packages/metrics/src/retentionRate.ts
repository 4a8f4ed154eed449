import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { KpiResult, MetricsPolicy, RetentionRateInput } from './types.js';

/**
 * The customer retention rate (客户留存率, MET-2): (customers at the end − new customers won in
 * the period) ÷ customers at the start; `null` when there were none at the start.
 *
 * @param input - `{ customersAtStart, customersAtEnd, newCustomers }`, non-negative integers; the new customers
 *   are those still customers at the end, so they cannot exceed `customersAtEnd`, and the customers
 *   kept (`customersAtEnd − newCustomers`) cannot exceed `customersAtStart`
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * retentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 40 }).value
 * //=> '0.8500'
 */
export function retentionRate(input: RetentionRateInput, policy: MetricsPolicy = presets.generic, context?: Context): KpiResult {
  return createMetrics(policy).retentionRate(input, context);
}
