import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { CustomerAcquisitionCostInput, MetricsPolicy, MoneyKpiResult } from './types.js';

/**
 * The customer acquisition cost (获客成本, MET-2): marketing cost ÷ new customers, money at the
 * currency's minor unit (rounded half-up); `null` when no customer was won.
 *
 * @param input - `{ marketingCost, newCustomers, currency }`: the cost a non-negative decimal with no more decimals than the currency has
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }` and `currency`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * customerAcquisitionCost({ marketingCost: '2500.00', newCustomers: 120, currency: 'USD' }, presets.usStore).value
 * //=> '20.83'
 */
export function customerAcquisitionCost(input: CustomerAcquisitionCostInput, policy: MetricsPolicy = presets.generic, context?: Context): MoneyKpiResult {
  return createMetrics(policy).customerAcquisitionCost(input, context);
}
