import type { Context } from '@zhidu/core';
import { presets } from './catalogPolicy.js';
import { createCatalogChecker } from './createCatalogChecker.js';
import type { CatalogPolicy, PriceChange, PriceChangeCheck } from './types.js';

/**
 * Checks a price change (LST-5): a change needs a superior's approval recorded **before** it takes
 * effect (every change in the presets; or only changes above a percentage); a new price below cost
 * is refused; the record of who approved and when is returned. A price leaving the store's price
 * band is flagged (LST-8).
 *
 * @param change - the SKU, old and new price, when it takes effect, the approval, the cost
 * @param policy - the catalog policy; the generic preset by default
 * @param context - the time zone and locale of the reasons
 * @returns `{ allowed, requiresApproval, changePercent, approval, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} on a malformed price or instant
 * @example
 * checkPriceChange({ sku: 'TEA-250', oldPrice: '59.00', newPrice: '49.00', at: '2026-06-01T00:00:00+08:00',
 *   approval: { by: '运营经理', at: '2026-05-31T18:00:00+08:00' } }).allowed
 * //=> true
 */
export function checkPriceChange(change: PriceChange, policy: CatalogPolicy = presets.generic, context?: Context): PriceChangeCheck {
  return createCatalogChecker(policy).checkPriceChange(change, context);
}
