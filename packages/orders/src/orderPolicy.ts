import { definePolicyFamily, storePresets, type PolicyOverrides, type PresetName } from '@zhidu/core';
import { orderPolicySchema } from './schema.js';
import type { OrderPolicy, OrderPolicyInput } from './types.js';

/**
 * The order policy family: its schema, its presets and `define`.
 *
 * Presets: `generic` (S0: CNY, Asia/Shanghai, pay within 24 h, ship within 48 h of payment and
 * perishable lines within 24 h, after-sales 15 days after delivery); `usStore` (S1: USD,
 * America/New_York, en-US; no handling time stated, so the FTC rule's 30 days applies until the
 * store states one; after-sales 30 days); `douyinShop` (S2: CNY, 48 h handling, perishable 24 h,
 * pay within 30 minutes as flash-sale flows do; after-sales 15 days).
 *
 * @example
 * orderPolicy.presets.usStore.shipping.handling
 * //=> null
 */
export const orderPolicy = /* @__PURE__ */ definePolicyFamily({
  name: 'orders',
  schema: orderPolicySchema,
  presets: {
    generic: { store: storePresets.generic },
    usStore: {
      store: storePresets.usStore,
      shipping: { handling: null, unstatedHandling: { length: 30, unit: 'calendar_days' }, perishableHandling: { length: 1, unit: 'business_days' } },
      afterSales: { window: { length: 30, unit: 'calendar_days' } },
      calendar: { weekend: [6, 7] },
    },
    douyinShop: {
      store: storePresets.douyinShop,
      payment: { window: { length: 30, unit: 'minutes' } },
      shipping: { handling: { length: 48, unit: 'hours' }, perishableHandling: { length: 24, unit: 'hours' } },
    },
  },
});

/**
 * The order policies of the three store types of the catalog.
 *
 * @example
 * presets.douyinShop.payment.window
 * //=> { length: 30, unit: 'minutes' }
 */
export const presets: Readonly<Record<PresetName, OrderPolicy>> = orderPolicy.presets;

/**
 * Makes an order policy: deep-merges the overrides onto a preset (or another policy), validates
 * the result listing every issue, and freezes it.
 *
 * @param overrides - the fields to change
 * @param base - a preset name or a policy; `'generic'` by default
 * @returns the frozen policy
 * @throws {@link @zhidu/core!PolicyConfigError} when the merged policy is invalid
 * @example
 * defineOrderPolicy({ shipping: { handling: { length: 2, unit: 'business_days' } } }, 'usStore').shipping.handling
 * //=> { length: 2, unit: 'business_days' }
 */
export function defineOrderPolicy(overrides?: PolicyOverrides<OrderPolicyInput>, base?: PresetName | OrderPolicy): OrderPolicy {
  return orderPolicy.define(overrides, base);
}
