import { definePolicyFamily, storePresets, type PolicyOverrides, type PresetName } from '@zhidu/core';
import { returnPolicySchema } from './schema.js';
import type { ReturnPolicy, ReturnPolicyInput } from './types.js';

/**
 * The returns policy family: its schema, presets and `define`.
 *
 * Presets: `generic` and `douyinShop` follow PRC law (RET-7: 7 days from the day after signing,
 * buyer pays return shipping, opened-to-inspect goods are still intact, used or damaged goods are
 * not; RET-8: quality issues 7 days return, 15 days exchange, seller pays); price protection 7 days
 * (generic) or 15 days (Douyin). `usStore` (RET-9): 30 days from delivery, a 15% restocking fee on
 * opened non-defective items, used items reviewed; seller-fault returns 30 days; price adjustment
 * 14 days.
 *
 * @example
 * returnPolicy.presets.usStore.noReason.window
 * //=> { length: 30, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true }
 */
export const returnPolicy = /* @__PURE__ */ definePolicyFamily({
  name: 'returns',
  schema: returnPolicySchema,
  presets: {
    generic: { store: storePresets.generic },
    usStore: {
      store: storePresets.usStore,
      law: 'us',
      noReason: {
        window: { length: 30, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true },
        excludedTags: ['custom', 'perishable', 'digital', 'sealed_media', 'hygiene', 'final_sale'],
        opened: 'restocking_fee',
        used: 'review',
        restockingFeeRate: '0.15',
      },
      sellerFault: {
        returnWindow: { length: 30, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true },
        exchangeWindow: { length: 30, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true },
      },
      refundWithinDays: 7,
      priceProtection: { window: { length: 14, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true } },
    },
    douyinShop: {
      store: storePresets.douyinShop,
      priceProtection: { window: { length: 15, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true } },
    },
  },
});

/**
 * The returns policies of the three store types.
 *
 * @example
 * presets.generic.noReason.window.length
 * //=> 7
 */
export const presets: Readonly<Record<PresetName, ReturnPolicy>> = returnPolicy.presets;

/**
 * Makes a returns policy: deep-merges overrides onto a preset (or a policy), validates, freezes.
 *
 * @param overrides - the fields to change
 * @param base - a preset name or a policy; `'generic'` by default
 * @returns the frozen policy
 * @throws {@link @zhidu/core!PolicyConfigError} when the merged policy is invalid
 * @example
 * defineReturnPolicy({ noReason: { window: { length: 15, unit: 'calendar_days' } } }).noReason.window.length
 * //=> 15
 */
export function defineReturnPolicy(overrides?: PolicyOverrides<ReturnPolicyInput>, base?: PresetName | ReturnPolicy): ReturnPolicy {
  return returnPolicy.define(overrides, base);
}
