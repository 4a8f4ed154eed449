import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { ClickThroughRateInput, KpiResult, MetricsPolicy } from './types.js';

/**
 * The click-through rate (点击率, MET-2): clicks ÷ impressions, a ratio rounded half-up to the
 * policy's precision; `null` when there were no impressions.
 *
 * @param input - `{ clicks, impressions }`, non-negative integers
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * clickThroughRate({ clicks: 1, impressions: 3 }, presets.usStore).value
 * //=> '0.3333'
 */
export function clickThroughRate(input: ClickThroughRateInput, policy: MetricsPolicy = presets.generic, context?: Context): KpiResult {
  return createMetrics(policy).clickThroughRate(input, context);
}
