import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { KpiResult, MetricsPolicy, ResolutionRateInput } from './types.js';

/**
 * The resolution rate of customer service (解决问题效率, PAY-20): issues resolved ÷ issues
 * received; `null` when none were received.
 *
 * @param input - `{ resolved, total }`, non-negative integers; resolved cannot exceed total
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * resolutionRate({ resolved: 88, total: 90 }).value
 * //=> '0.9778'
 */
export function resolutionRate(input: ResolutionRateInput, policy: MetricsPolicy = presets.generic, context?: Context): KpiResult {
  return createMetrics(policy).resolutionRate(input, context);
}
