import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { ComplaintRateInput, KpiResult, MetricsPolicy } from './types.js';

/**
 * The complaint rate (投诉率, MET-2): complaints ÷ orders; `null` when there were no orders.
 *
 * @param input - `{ complaints, orders }`, non-negative integers
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * complaintRate({ complaints: 2, orders: 800 }).value
 * //=> '0.0025'
 */
export function complaintRate(input: ComplaintRateInput, policy: MetricsPolicy = presets.generic, context?: Context): KpiResult {
  return createMetrics(policy).complaintRate(input, context);
}
