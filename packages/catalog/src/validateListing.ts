import type { Context } from '@zhidu/core';
import { presets } from './catalogPolicy.js';
import { createCatalogChecker } from './createCatalogChecker.js';
import type { CatalogPolicy, Listing, ListingCheck } from './types.js';

/**
 * Checks a listing against the store's rules and returns every issue at once, each with its clause
 * and the path of the field (`params.path`): the required fields of the store type (LST-1: S3's
 * name, price, stock, spec, description; S1's model, material, function, usage, after-sales
 * guarantee; S2's title), the images (LST-2: at least 5 annotated detail images, own watermark,
 * main image width and labels, files named by article number), category, brand and discount
 * participation (LST-4), quality inspection passed (LST-7), and the store's price band (LST-8).
 *
 * @param listing - the listing (every field optional, so a draft can be checked)
 * @param policy - the catalog policy; the generic preset by default
 * @param context - the locale of the reasons
 * @returns `{ complete, issues, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} on a malformed field (a price with 3 decimals, a negative stock)
 * @example
 * validateListing({ sku: 'TEA-250', name: '龙井 250g' }).issues.map((issue) => issue.params?.path)
 * //=> ['price', 'stock', 'spec', 'description', 'images.details', 'images.watermark', 'images.main', 'category', 'brand', 'discount', 'qualityInspection']
 */
export function validateListing(listing: Listing, policy: CatalogPolicy = presets.generic, context?: Context): ListingCheck {
  return createCatalogChecker(policy).validateListing(listing, context);
}
