import { definePolicyFamily, storePresets, type PolicyOverrides, type PresetName } from '@zhidu/core';
import { metricsPolicySchema } from './schema.js';
import type { MetricsPolicy, MetricsPolicyInput } from './types.js';

/**
 * The metrics policy family: its schema, presets and `define`.
 *
 * Presets: rates to 4 decimal places (rounded half-up) in all three. ROI (MET-2) is sales ÷ cost —
 * the 投产比 Chinese e-commerce reports — in `generic` and `douyinShop`, and (sales − cost) ÷ cost —
 * return on investment as US reports mean it — in `usStore`.
 *
 * @example
 * metricsPolicy.presets.usStore.roiDefinition
 * //=> 'profit_over_cost'
 */
export const metricsPolicy = /* @__PURE__ */ definePolicyFamily({
  name: 'metrics',
  schema: metricsPolicySchema,
  presets: {
    generic: { store: storePresets.generic, roiDefinition: 'sales_over_cost' },
    usStore: { store: storePresets.usStore, roiDefinition: 'profit_over_cost' },
    douyinShop: { store: storePresets.douyinShop, roiDefinition: 'sales_over_cost' },
  },
});

/**
 * The metrics policies of the three store types.
 *
 * @example
 * presets.douyinShop.precision
 * //=> 4
 */
export const presets: Readonly<Record<PresetName, MetricsPolicy>> = metricsPolicy.presets;

/**
 * Makes a metrics policy: deep-merges overrides onto a preset (or a policy), validates, freezes.
 *
 * @param overrides - the fields to change
 * @param base - a preset name or a policy; `'generic'` by default
 * @returns the frozen policy
 * @throws {@link @zhidu/core!PolicyConfigError} when the merged policy is invalid (e.g. a precision above 20)
 * @example
 * defineMetricsPolicy({ precision: 2, roiDefinition: 'profit_over_cost' }, 'douyinShop').roiDefinition
 * //=> 'profit_over_cost'
 */
export function defineMetricsPolicy(overrides?: PolicyOverrides<MetricsPolicyInput>, base?: PresetName | MetricsPolicy): MetricsPolicy {
  return metricsPolicy.define(overrides, base);
}
