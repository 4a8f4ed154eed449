import { definePolicyFamily, storePresets, type PolicyOverrides, type PresetName } from '@zhidu/core';
import { inventoryPolicySchema } from './schema.js';
import type { InventoryPolicy, InventoryPolicyInput } from './types.js';

/**
 * The inventory policy family: its schema, presets and `define`.
 *
 * Presets: `generic` (warn within 20% of a limit; reorder at or below the lower limit; slow-moving
 * after 90 days without a sale or above 180 days of cover; stocktake tolerance A ±1%, B ±3%,
 * C ±5%, accuracy target 95%); `usStore` (USD, America/New_York; slow-moving after 180 days, dead
 * stock's convention, or 365 days of cover); `douyinShop` (fast-moving live-commerce stock: slow
 * after 30 days without a sale or 90 days of cover; sold out marked after 7 days without restock).
 *
 * @example
 * inventoryPolicy.presets.douyinShop.slowMoving.noSaleDays
 * //=> 30
 */
export const inventoryPolicy = /* @__PURE__ */ definePolicyFamily({
  name: 'inventory',
  schema: inventoryPolicySchema,
  presets: {
    generic: { store: storePresets.generic },
    usStore: { store: storePresets.usStore, slowMoving: { noSaleDays: 180, maxCoverDays: 365 } },
    douyinShop: { store: storePresets.douyinShop, slowMoving: { noSaleDays: 30, maxCoverDays: 90 }, soldOutAfterDays: 7 },
  },
});

/**
 * The inventory policies of the three store types.
 *
 * @example
 * presets.generic.levels.margin
 * //=> { kind: 'percent', value: 20 }
 */
export const presets: Readonly<Record<PresetName, InventoryPolicy>> = inventoryPolicy.presets;

/**
 * Makes an inventory policy: deep-merges overrides onto a preset (or a policy), validates, freezes.
 *
 * @param overrides - the fields to change
 * @param base - a preset name or a policy; `'generic'` by default
 * @returns the frozen policy
 * @throws {@link @zhidu/core!PolicyConfigError} when the merged policy is invalid (e.g. a lower limit above its upper limit)
 * @example
 * defineInventoryPolicy({ levels: { byCategory: { tea: { min: 20, max: 200 } } } }).levels.byCategory.tea
 * //=> { min: 20, max: 200 }
 */
export function defineInventoryPolicy(overrides?: PolicyOverrides<InventoryPolicyInput>, base?: PresetName | InventoryPolicy): InventoryPolicy {
  return inventoryPolicy.define(overrides, base);
}
