import { definePolicyFamily, storePresets, type PolicyOverrides, type PresetName } from '@zhidu/core';
import { catalogPolicySchema } from './schema.js';
import type { CatalogPolicy, CatalogPolicyInput } from './types.js';

/**
 * The catalog policy family: its schema, presets and `define`.
 *
 * Presets: `generic` (S3: name, price, stock, spec, description; at least 5 annotated detail
 * images, own watermark, main image ≥ 800 px labelled with name, article no., colour, fabric and
 * size, files named by article no.; category, brand and discount stated; inspected before listing;
 * every price change approved in advance; new goods listed within 3 days); `usStore` (S1: adds
 * model, material, function, usage and after-sales guarantee; no watermark or label rules);
 * `douyinShop` (S2: title, images, price, stock, spec, description; listed within 3 days).
 *
 * @example
 * catalogPolicy.presets.usStore.listing.requiredFields.includes('afterSalesGuarantee')
 * //=> true
 */
export const catalogPolicy = /* @__PURE__ */ definePolicyFamily({
  name: 'catalog',
  schema: catalogPolicySchema,
  presets: {
    generic: { store: storePresets.generic },
    usStore: {
      store: storePresets.usStore,
      listing: {
        requiredFields: ['name', 'price', 'stock', 'spec', 'description', 'model', 'material', 'function', 'usage', 'afterSalesGuarantee'],
        minDetailImages: 5,
        requireAnnotatedDetails: false,
        requireWatermark: false,
        mainImageMinWidth: 1000,
        mainImageLabels: [],
        filesNamedByArticleNo: false,
        requireCategory: true,
        requireBrand: true,
        requireDiscountStated: false,
        requireQualityInspection: true,
        priceBand: null,
      },
    },
    douyinShop: {
      store: storePresets.douyinShop,
      listing: {
        requiredFields: ['title', 'price', 'stock', 'spec', 'description'],
        minDetailImages: 5,
        requireAnnotatedDetails: true,
        requireWatermark: true,
        mainImageMinWidth: 800,
        mainImageLabels: [],
        filesNamedByArticleNo: false,
        requireCategory: true,
        requireBrand: true,
        requireDiscountStated: true,
        requireQualityInspection: true,
        priceBand: null,
      },
    },
  },
});

/**
 * The catalog policies of the three store types.
 *
 * @example
 * presets.generic.listing.minDetailImages
 * //=> 5
 */
export const presets: Readonly<Record<PresetName, CatalogPolicy>> = catalogPolicy.presets;

/**
 * Makes a catalog policy: deep-merges overrides onto a preset (or a policy), validates, freezes.
 *
 * @param overrides - the fields to change
 * @param base - a preset name or a policy; `'generic'` by default
 * @returns the frozen policy
 * @throws {@link @zhidu/core!PolicyConfigError} when the merged policy is invalid
 * @example
 * defineCatalogPolicy({ listing: { priceBand: { min: '50', max: '300' } } }).listing.priceBand
 * //=> { min: '50', max: '300' }
 */
export function defineCatalogPolicy(overrides?: PolicyOverrides<CatalogPolicyInput>, base?: PresetName | CatalogPolicy): CatalogPolicy {
  return catalogPolicy.define(overrides, base);
}
