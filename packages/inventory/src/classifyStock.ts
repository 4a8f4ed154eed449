import type { Context } from '@zhidu/core';
import { createStockClassifier } from './createStockClassifier.js';
import { presets } from './inventoryPolicy.js';
import type { InventoryPolicy, StockClassification, StockItem } from './types.js';

/**
 * Classifies an item's stock (INV-1, 2, 3, 5, 9, 10, 11): available = on hand − reserved (+ inbound
 * where the policy counts it); the level against the lower and upper limits (the item's, else its
 * category's, else the policy's), "approaching" a limit inside a warning margin in units or percent
 * (`below_min`: available < min; `near_min`: min ≤ available ≤ min + margin; `near_max`:
 * max − margin ≤ available ≤ max; `above_max`: available > max); days of cover; the reorder
 * decision and quantity (up to the upper limit, in multiples of the pack size, never above it);
 * slow-moving after N days without a sale or above M days of cover; and whether to mark the variant
 * sold out on its listing.
 *
 * @param item - the item's stock figures
 * @param policy - the inventory policy; the generic preset by default
 * @param context - `now` (for slow movers), the time zone and the locale
 * @returns `{ level, available, daysOfCover, reorder, slowMoving, markSoldOut, limits, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} on negative or fractional units, NaN, or a lower limit above the upper
 * @example
 * classifyStock({ sku: 'TEA-250', onHand: 26, reserved: 6, min: 20, max: 120, avgDailySales: 4 })
 * //=> { level: 'near_min', available: 20, daysOfCover: 5, reorder: { needed: true, quantity: 100 }, slowMoving: false, … }
 */
export function classifyStock(item: StockItem, policy: InventoryPolicy = presets.generic, context?: Context): StockClassification {
  return createStockClassifier(policy).classify(item, context);
}
