import type { Context } from '@zhidu/core';
import {
  checkPriceChange,
  checkPromotion,
  createCatalogChecker,
  defineCatalogPolicy,
  listingDueBy,
  presets,
  validateListing,
  type CatalogPolicy,
  type Listing,
  type PriceChange,
  type PromotionPlan,
} from '@zhidu/catalog';
import { describe } from 'vitest';
import { genericListing, priceChange, promotion } from '../../packages/catalog/test/fixtures.js';
import { fuzz, noPolicy } from './harness.js';

// The samples of packages/catalog/test/fixtures.ts.
const context: Context = { now: '2026-06-12T12:00:00+08:00', locale: 'en-US' };
const policies: Readonly<Record<string, CatalogPolicy>> = presets;
const listing: Listing = genericListing;

describe('fuzz @zhidu/catalog', () => {
  fuzz({ name: 'validateListing', policies, sample: () => [listing, context], call: ([l, c], p) => validateListing(l as Listing, p, c as Context) });
  fuzz({ name: 'checkPriceChange', policies, sample: () => [priceChange, context], call: ([i, c], p) => checkPriceChange(i as PriceChange, p, c as Context) });
  fuzz({ name: 'checkPromotion', policies, sample: () => [promotion, context], call: ([i, c], p) => checkPromotion(i as PromotionPlan, p, c as Context) });
  fuzz({
    name: 'listingDueBy',
    policies,
    sample: () => ['2026-06-01T23:59:00+08:00', { now: '2026-06-02T09:00:00+08:00' }],
    call: ([arrivedAt, c], p) => listingDueBy(arrivedAt as string, p, c as Context),
  });
  fuzz({
    name: 'defineCatalogPolicy',
    policies: noPolicy,
    refusal: 'config',
    sample: () => [structuredClone(presets.generic), 'generic'],
    call: ([overrides, base]) => defineCatalogPolicy(overrides as never, base as never),
    returns: 'json',
  });
  fuzz({
    name: 'createCatalogChecker(policy).validateListing',
    policies,
    runs: 100,
    sample: () => [listing, context],
    call: ([l, c], p) => createCatalogChecker(p).validateListing(l as Listing, c as Context),
  });
});
