import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { ConversionRateInput, KpiResult, MetricsPolicy } from './types.js';

/**
 * The conversion rate (转化率, MET-2): orders ÷ unique visitors (UV) of the same period, a ratio
 * rounded half-up to the policy's precision; `null` when there were no visitors.
 *
 * @param input - `{ orders, visitors }`, non-negative integers (orders may exceed visitors: a visitor can order twice)
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * conversionRate({ orders: 13, visitors: 400 })
 * //=> { value: '0.0325', formula: '订单数 ÷ 访客数（UV）', reasons: [METRIC_CONVERSION_RATE_DEFINITION (MET-1), METRIC_CONVERSION_RATE (MET-2)] }
 */
export function conversionRate(input: ConversionRateInput, policy: MetricsPolicy = presets.generic, context?: Context): KpiResult {
  return createMetrics(policy).conversionRate(input, context);
}
