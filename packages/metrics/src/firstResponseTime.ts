import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { FirstResponseTimeInput, KpiResult, MetricsPolicy } from './types.js';

/**
 * The first response time of customer service (响应时间, PAY-20): the mean of each conversation's
 * first-response time, in seconds to one decimal place (rounded half-up); `null` for no conversations.
 *
 * @param input - `{ responseSeconds }`: one non-negative number (or decimal string) of seconds per conversation
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * firstResponseTime({ responseSeconds: [12, 30, 45, 8] }, presets.generic, { locale: 'en-US' })
 * //=> { value: '23.8', formula: 'sum of first-response seconds ÷ conversations', reasons: [… 'First response time = 95 s ÷ 4 conversations = 23.8 s' (PAY-20)] }
 */
export function firstResponseTime(input: FirstResponseTimeInput, policy: MetricsPolicy = presets.generic, context?: Context): KpiResult {
  return createMetrics(policy).firstResponseTime(input, context);
}
