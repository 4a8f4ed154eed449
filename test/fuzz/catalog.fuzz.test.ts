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
import { fuzz, noPolicy } from './harness.js';

// Samples copied from packages/catalog/test/fixtures.ts and listingDueBy.test.ts.
const context: Context = { now: '2026-06-12T12:00:00+08:00', locale: 'en-US' };
const policies: Readonly<Record<string, CatalogPolicy>> = presets;
const detail = (n: number) => ({ annotated: true, fileName: `LJ2026-d${String(n)}.jpg` });
const listing: Listing = {
  sku: 'TEA-250',
  name: '西湖龙井 250g',
  price: '59.00',
  stock: 120,
  spec: '250g / 罐',
  description: '明前龙井，手工炒制。',
  articleNo: 'LJ2026',
  category: '茶叶/绿茶',
  brand: '知度',
  discount: { participates: true },
  images: {
    main: { width: 800, fileName: 'LJ2026-main.jpg', labels: ['name', 'articleNo', 'colour', 'fabric', 'size'] },
    details: [1, 2, 3, 4, 5].map(detail),
    watermark: true,
  },
  qualityInspection: { passed: true, at: '2026-06-01T09:00:00+08:00' },
};
const priceChange: PriceChange = {
  sku: 'TEA-250',
  oldPrice: '100.00',
  newPrice: '90.00',
  at: '2026-06-01T00:00:00+08:00',
  approval: { by: '运营经理 王芳', at: '2026-05-31T18:00:00+08:00' },
};
const promotion: PromotionPlan = {
  id: 'P-618',
  type: 'spend_and_save',
  startsAt: '2026-06-10T00:00:00+08:00',
  endsAt: '2026-06-18T23:59:59+08:00',
  budget: '20000.00',
  expectedResult: 'GMV ¥300,000, 2,000 orders',
  approval: { by: '总经理', at: '2026-06-03T10:00:00+08:00' },
};

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
