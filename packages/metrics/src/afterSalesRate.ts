import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { AfterSalesRateInput, KpiResult, MetricsPolicy } from './types.js';

/**
 * The after-sales rate (售后率, MET-2): orders with an after-sales request (return, exchange,
 * refund) ÷ orders; `null` when there were no orders.
 *
 * @param input - `{ afterSalesOrders, orders }`, non-negative integers
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * afterSalesRate({ afterSalesOrders: 7, orders: 250 }).value
 * //=> '0.0280'
 */
export function afterSalesRate(input: AfterSalesRateInput, policy: MetricsPolicy = presets.generic, context?: Context): KpiResult {
  return createMetrics(policy).afterSalesRate(input, context);
}
