import type { Context } from '@zhidu/core';
import { presets } from './catalogPolicy.js';
import { createCatalogChecker } from './createCatalogChecker.js';
import type { CatalogPolicy, ListingDeadline } from './types.js';

/**
 * When new goods must be photographed, retouched and listed (LST-3: within 3 days of arrival,
 * counted from the day after, to the end of the 3rd day in the store's time zone; calendar or
 * business days as the policy says), and whether that has passed at `context.now`.
 *
 * @param arrivedAt - when the goods arrived
 * @param policy - the catalog policy; the generic preset by default
 * @param context - `now`, the time zone and the locale
 * @returns `{ dueBy, overdue, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} on an instant without an offset
 * @example
 * listingDueBy('2026-06-01T10:00:00+08:00', presets.generic, { now: '2026-06-02T09:00:00+08:00' }).dueBy
 * //=> '2026-06-04T15:59:59.999Z'
 */
export function listingDueBy(arrivedAt: string | Date, policy: CatalogPolicy = presets.generic, context?: Context): ListingDeadline {
  return createCatalogChecker(policy).listingDueBy(arrivedAt, context);
}
