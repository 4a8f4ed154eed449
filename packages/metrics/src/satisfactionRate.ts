import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { KpiResult, MetricsPolicy, SatisfactionRateInput } from './types.js';

/**
 * The satisfaction rate (消费者满意度, PAY-20): satisfied ratings ÷ ratings given; `null` when no
 * one rated.
 *
 * @param input - `{ satisfied, rated }`, non-negative integers; satisfied cannot exceed rated
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * satisfactionRate({ satisfied: 0, rated: 0 })
 * //=> { value: null, formula: '满意评价数 ÷ 评价总数', reasons: [METRIC_SATISFACTION_RATE_DEFINITION (MET-1), METRIC_NO_DENOMINATOR (MET-1)] }
 */
export function satisfactionRate(input: SatisfactionRateInput, policy: MetricsPolicy = presets.generic, context?: Context): KpiResult {
  return createMetrics(policy).satisfactionRate(input, context);
}
