import type { Decision, DeepReadonly, Reason } from '@zhidu/core';
import type * as z from 'zod/mini';
import type { catalogPolicySchema, listingSchema, priceChangeSchema, promotionPlanSchema } from './schema.js';

/** A listing. */
export type Listing = DeepReadonly<z.input<typeof listingSchema>>;
/** A price change. */
export type PriceChange = DeepReadonly<z.input<typeof priceChangeSchema>>;
/** A promotion plan. */
export type PromotionPlan = DeepReadonly<z.input<typeof promotionPlanSchema>>;
/** The catalog policy as overrides are written against it. */
export type CatalogPolicyInput = z.input<typeof catalogPolicySchema>;
/** A complete, validated catalog policy. */
export type CatalogPolicy = DeepReadonly<z.output<typeof catalogPolicySchema>>;

/** The check of a listing (LST-1, 2, 4, 7, 8): every issue at once, each with its clause and field path (`params.path`). */
export type ListingCheck = Decision<{ readonly complete: boolean; readonly issues: readonly Reason[] }>;

/** The check of a price change (LST-5). */
export type PriceChangeCheck = Decision<{
  readonly allowed: boolean;
  readonly requiresApproval: boolean;
  /** (new − old) ÷ old in percent, two decimals; `null` when the old price is 0. */
  readonly changePercent: string | null;
  /** Who approved and when, as recorded. */
  readonly approval: { readonly by: string; readonly at: string } | null;
}>;

/** The check of a promotion plan (LST-6). */
export type PromotionCheck = Decision<{ readonly allowed: boolean }>;

/** When new goods must be listed (LST-3). */
export type ListingDeadline = Decision<{ readonly dueBy: string | null; readonly overdue: boolean }>;
