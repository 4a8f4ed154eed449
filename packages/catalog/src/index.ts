export { catalogPolicySchema, listingFieldSchema, listingSchema, priceChangeSchema, promotionPlanSchema, promotionTypeSchema } from './schema.js';
export { catalogPolicy, defineCatalogPolicy, presets } from './catalogPolicy.js';
export { catalogMessages } from './messages.js';
export { validateListing } from './validateListing.js';
export { checkPriceChange } from './checkPriceChange.js';
export { checkPromotion } from './checkPromotion.js';
export { listingDueBy } from './listingDueBy.js';
export { createCatalogChecker } from './createCatalogChecker.js';
export { safeCheckPriceChange, safeCheckPromotion, safeListingDueBy, safeValidateListing } from './safeVariants.js';

export type {
  CatalogPolicy,
  CatalogPolicyInput,
  Listing,
  ListingCheck,
  ListingDeadline,
  PriceChange,
  PriceChangeCheck,
  PromotionCheck,
  PromotionPlan,
} from './types.js';
export type { CatalogChecker } from './createCatalogChecker.js';
