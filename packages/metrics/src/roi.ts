import type { Context } from '@zhidu/core';
import { createMetrics } from './createMetrics.js';
import { presets } from './metricsPolicy.js';
import type { KpiResult, MetricsPolicy, RoiInput } from './types.js';

/**
 * ROI (MET-2), as the policy's `roiDefinition` says: `'sales_over_cost'` — sales ÷ cost, the
 * 投产比 of Chinese e-commerce, the default of the `generic` and `douyinShop` presets — or
 * `'profit_over_cost'` — (sales − cost) ÷ cost, the `usStore` default, negative at a loss. A ratio
 * rounded half-up to the policy's precision; `formula` says which definition applied; `null` when
 * the cost is zero.
 *
 * @param input - `{ sales, cost, currency? }`: non-negative decimals; with a currency, their decimals are checked
 *   against it and the reason shows them as money
 * @param policy - the metrics policy; the generic preset by default
 * @param context - the locale of `formula` and the reasons (the policy's by default)
 * @returns `{ value, formula, reasons }`: the reasons state the definition (MET-1) and the numbers used
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad field (negative, fractional, NaN, unknown key)
 * @example
 * [roi({ sales: '1500', cost: '1200' }).value, roi({ sales: '1500', cost: '1200' }, presets.usStore).value]
 * //=> ['1.2500', '0.2500']
 */
export function roi(input: RoiInput, policy: MetricsPolicy = presets.generic, context?: Context): KpiResult {
  return createMetrics(policy).roi(input, context);
}
