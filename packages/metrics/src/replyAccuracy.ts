import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { KpiResult, MetricsPolicy, ReplyAccuracyInput } from './types.js';

/**
 * The reply accuracy of customer service (回复准确率, PAY-20): correct replies ÷ replies checked;
 * `null` when none were checked.
 *
 * @param input - `{ correct, total }`, non-negative integers; correct cannot exceed total
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * replyAccuracy({ correct: 47, total: 50 }).value
 * //=> '0.9400'
 */
export function replyAccuracy(input: ReplyAccuracyInput, policy: MetricsPolicy = presets.generic, context?: Context): KpiResult {
  return createMetrics(policy).replyAccuracy(input, context);
}
