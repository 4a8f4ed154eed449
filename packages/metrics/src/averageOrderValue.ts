import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { AverageOrderValueInput, MetricsPolicy, MoneyKpiResult } from './types.js';

/**
 * The average order value (客单价, MET-2): sales ÷ orders, money at the currency's minor unit
 * (rounded half-up); `null` when there were no orders.
 *
 * @param input - `{ sales, orders, currency }`: sales a non-negative decimal with no more decimals than the currency has
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }` and `currency`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * averageOrderValue({ sales: '1000.00', orders: 3, currency: 'CNY' }, presets.generic, { locale: 'en-US' })
 * //=> { value: '333.33', formula: 'sales ÷ orders', currency: 'CNY', reasons: [… 'Average order value = CN¥1,000.00 sales ÷ 3 orders = CN¥333.33' (MET-2)] }
 */
export function averageOrderValue(input: AverageOrderValueInput, policy: MetricsPolicy = presets.generic, context?: Context): MoneyKpiResult {
  return createMetrics(policy).averageOrderValue(input, context);
}
