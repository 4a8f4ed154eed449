import { toSafe } from '@zhidu/core';
import { checkPriceChange } from './checkPriceChange.js';
import { checkPromotion } from './checkPromotion.js';
import { listingDueBy } from './listingDueBy.js';
import { validateListing } from './validateListing.js';

/**
 * {@link validateListing} that returns a result instead of throwing.
 * @example
 * safeValidateListing({ sku: 'A', price: '1.005' }).ok
 * //=> false
 */
export const safeValidateListing = /* @__PURE__ */ toSafe(validateListing);

/**
 * {@link checkPriceChange} that returns a result instead of throwing.
 * @example
 * safeCheckPriceChange({ sku: 'A', oldPrice: '1', newPrice: '2', at: 'tomorrow' }).ok
 * //=> false
 */
export const safeCheckPriceChange = /* @__PURE__ */ toSafe(checkPriceChange);

/**
 * {@link checkPromotion} that returns a result instead of throwing.
 * @example
 * safeCheckPromotion({ id: 'P', type: 'raffle' as never }).ok
 * //=> false
 */
export const safeCheckPromotion = /* @__PURE__ */ toSafe(checkPromotion);

/**
 * {@link listingDueBy} that returns a result instead of throwing.
 * @example
 * safeListingDueBy('2026-06-01').ok
 * //=> false
 */
export const safeListingDueBy = /* @__PURE__ */ toSafe(listingDueBy);
