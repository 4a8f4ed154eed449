import { businessCalendarSchema, currencyMinorUnit, instantSchema, nonNegativeDecimalSchema, readDecimal, storeSettingsSchema, windowSpecSchema } from '@zhidu/core';
import * as z from 'zod/mini';

const text = z.string().check(z.maxLength(20_000));
const nonNegativeInt = z.int().check(z.minimum(0), z.maximum(1_000_000_000));
const approvalSchema = z.strictObject({ by: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)), at: instantSchema });

/** The fields a listing may carry (LST-1), as named in the policy's `requiredFields`. */
export const listingFieldSchema = z.enum([
  'name',
  'title',
  'price',
  'stock',
  'spec',
  'description',
  'model',
  'material',
  'function',
  'usage',
  'afterSalesGuarantee',
  'articleNo',
  'dimensions',
]);

/** A listing as {@link validateListing} takes it; every field optional, so a draft can be checked. */
export const listingSchema = z.strictObject({
  sku: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  name: z.optional(text),
  title: z.optional(text),
  price: z.optional(z.nullable(nonNegativeDecimalSchema)),
  stock: z.optional(z.nullable(nonNegativeInt)),
  spec: z.optional(text),
  description: z.optional(text),
  model: z.optional(text),
  material: z.optional(text),
  function: z.optional(text),
  usage: z.optional(text),
  afterSalesGuarantee: z.optional(text),
  articleNo: z.optional(text),
  /** Measured dimensions (LST-2: measured from the goods). */
  dimensions: z.optional(z.nullable(z.strictObject({ length: z.number(), width: z.number(), height: z.number(), unit: z.string() }))),
  category: z.optional(text),
  brand: z.optional(text),
  /** LST-4: whether the listing takes part in discounts — stated either way. */
  discount: z.optional(z.nullable(z.strictObject({ participates: z.boolean() }))),
  images: z.optional(
    z.strictObject({
      main: z.optional(z.nullable(z.strictObject({ width: nonNegativeInt, fileName: z.optional(text), labels: z.optional(z.array(z.string())) }))),
      details: z.optional(z.array(z.strictObject({ annotated: z.boolean(), fileName: z.optional(text) }))),
      watermark: z.optional(z.boolean()),
    }),
  ),
  /** LST-7: the quality inspection before listing. */
  qualityInspection: z.optional(z.nullable(z.strictObject({ passed: z.boolean(), at: z.optional(instantSchema) }))),
});

/** The input of {@link checkPriceChange} (LST-5). */
export const priceChangeSchema = z.strictObject({
  sku: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  oldPrice: nonNegativeDecimalSchema,
  newPrice: nonNegativeDecimalSchema,
  /** When the new price takes effect. */
  at: instantSchema,
  approval: z.optional(z.nullable(approvalSchema)),
  cost: z.optional(nonNegativeDecimalSchema),
});

/** The promotion types of LST-6: discount, spend-and-save (满减), gift, limited-time, live stream. */
export const promotionTypeSchema = z.enum(['discount', 'spend_and_save', 'gift', 'limited_time', 'live_stream']);

/** A promotion plan (LST-6). */
export const promotionPlanSchema = z.strictObject({
  id: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  type: z.optional(promotionTypeSchema),
  startsAt: z.optional(instantSchema),
  endsAt: z.optional(instantSchema),
  budget: z.optional(nonNegativeDecimalSchema),
  expectedResult: z.optional(text),
  approval: z.optional(z.nullable(approvalSchema)),
  items: z.optional(z.array(z.strictObject({ sku: z.string().check(z.minLength(1)), price: nonNegativeDecimalSchema, cost: z.optional(nonNegativeDecimalSchema), floorPrice: z.optional(nonNegativeDecimalSchema) }))),
});

const percent = z.number().check(z.refine((value) => Number.isFinite(value) && value >= 0, { message: 'Expected a percentage ≥ 0' }));

/** The catalog policy. */
export const catalogPolicySchema = z.strictObject({
  store: storeSettingsSchema,
  calendar: z._default(businessCalendarSchema, {}),
  listing: z._default(
    z.strictObject({
      /** LST-1: the fields every listing must carry. */
      requiredFields: z.array(listingFieldSchema),
      /** LST-2: at least this many detail images, each annotated. */
      minDetailImages: nonNegativeInt,
      requireAnnotatedDetails: z.boolean(),
      requireWatermark: z.boolean(),
      /** LST-2: the main image's minimum width in pixels; `null` for none. */
      mainImageMinWidth: z.nullable(nonNegativeInt),
      /** LST-2: what the main image must be labelled with. */
      mainImageLabels: z.array(z.string()),
      /** LST-2: image files named by the article number. */
      filesNamedByArticleNo: z.boolean(),
      /** LST-4: category, brand and discount participation stated. */
      requireCategory: z.boolean(),
      requireBrand: z.boolean(),
      requireDiscountStated: z.boolean(),
      /** LST-7: quality inspection passed before listing. */
      requireQualityInspection: z.boolean(),
      /** LST-8: the store's price band; a listing outside it is flagged. */
      priceBand: z.nullable(
        z
          .strictObject({ min: nonNegativeDecimalSchema, max: nonNegativeDecimalSchema })
          .check(z.refine((band) => Number(band.min) <= Number(band.max), { message: 'The band starts above its end', path: ['max'] })),
      ),
    }),
    {
      requiredFields: ['name', 'price', 'stock', 'spec', 'description'],
      minDetailImages: 5,
      requireAnnotatedDetails: true,
      requireWatermark: true,
      mainImageMinWidth: 800,
      mainImageLabels: ['name', 'articleNo', 'colour', 'fabric', 'size'],
      filesNamedByArticleNo: true,
      requireCategory: true,
      requireBrand: true,
      requireDiscountStated: true,
      requireQualityInspection: true,
      priceBand: null,
    },
  ),
  priceChange: z._default(
    z.strictObject({
      /** LST-5: changes above this many percent need approval in advance; `null`: every change does. */
      approvalAbovePercent: z.nullable(percent),
      /** Refuse a new price below cost. */
      refuseBelowCost: z.boolean(),
    }),
    { approvalAbovePercent: null, refuseBelowCost: true },
  ),
  promotion: z._default(
    z.strictObject({
      /** LST-6: what a plan must state. */
      requiredFields: z.array(z.enum(['type', 'startsAt', 'endsAt', 'budget', 'expectedResult'])),
      /** The lowest promotion price as a markup on cost (0 = at cost), where no floor price is given. */
      minMarginPercent: z.nullable(percent),
    }),
    { requiredFields: ['type', 'startsAt', 'endsAt', 'budget', 'expectedResult'], minMarginPercent: 0 },
  ),
  /** LST-3: new goods are listed within this window from arrival. */
  listingWindow: z._default(windowSpecSchema, { length: 3, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true }),
}).check(
  // LST-8: the band's ends are prices in the store's currency, so they have no more decimals than
  // it has (a listing's price is held to the same rule); a finer end could never be shown as money.
  z.superRefine((policy, ctx) => {
    const band = policy.listing.priceBand;
    const scale = currencyMinorUnit(policy.store.currency);
    if (band === null || scale === undefined) return;
    for (const end of ['min', 'max'] as const) {
      const value = readDecimal(band[end]);
      if (value !== undefined && value.decimalPlaces() > scale) {
        ctx.issues.push({
          code: 'custom',
          input: band[end],
          path: ['listing', 'priceBand', end],
          message: `${value.toString()} has ${String(value.decimalPlaces())} decimal places; ${policy.store.currency} allows ${String(scale)}`,
        });
      }
    }
  }),
);
