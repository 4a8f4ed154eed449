import type { Decision, DeepReadonly, Money } from '@zhidu/core';
import type * as z from 'zod/mini';
import type { inventoryPolicySchema, outboundInputSchema, receiptInputSchema, reorderPointInputSchema, stockItemSchema, stocktakeLineSchema } from './schema.js';

/** An item as {@link classifyStock} takes it. */
export type StockItem = DeepReadonly<z.input<typeof stockItemSchema>>;
/** The input of {@link reorderPoint}. */
export type ReorderPointInput = DeepReadonly<z.input<typeof reorderPointInputSchema>>;
/** One line of a stocktake. */
export type StocktakeLine = DeepReadonly<z.input<typeof stocktakeLineSchema>>;
/** A goods receipt against a purchase order. */
export type ReceiptInput = DeepReadonly<z.input<typeof receiptInputSchema>>;
/** An outbound check. */
export type OutboundInput = DeepReadonly<z.input<typeof outboundInputSchema>>;
/** The inventory policy as overrides are written against it. */
export type InventoryPolicyInput = z.input<typeof inventoryPolicySchema>;
/** A complete, validated inventory policy. */
export type InventoryPolicy = DeepReadonly<z.output<typeof inventoryPolicySchema>>;

/** A stock level, from empty to overstocked. */
export type StockLevel = 'out_of_stock' | 'below_min' | 'near_min' | 'ok' | 'near_max' | 'above_max';

/** The classification of one item (INV-1, 3, 5, 9, 10, 11). */
export type StockClassification = Decision<{
  readonly sku: string;
  readonly level: StockLevel;
  /** On hand − reserved (+ inbound when the policy counts it). */
  readonly available: number;
  /** Available ÷ average daily sales, to one decimal; `null` without sales. */
  readonly daysOfCover: number | null;
  readonly reorder: { readonly needed: boolean; readonly quantity: number };
  readonly slowMoving: boolean;
  /** INV-11: mark the variant sold out on its listing. */
  readonly markSoldOut: boolean;
  /** The limits that applied, and where they came from. */
  readonly limits: { readonly min: number | null; readonly max: number | null; readonly source: 'item' | 'category' | 'policy' };
}>;

/** Reorder point and safety stock (INV-2, INV-10). */
export type ReorderPointResult = Decision<{
  /** Units: demand over the lead time plus safety stock, rounded up. */
  readonly reorderPoint: number;
  /** Units, rounded up. */
  readonly safetyStock: number;
  /** The normal quantile of the service level. */
  readonly z: number;
}>;

/** One reconciled stocktake line. */
export interface StocktakeResultLine {
  readonly sku: string;
  readonly book: number;
  readonly counted: number;
  /** Counted − book. */
  readonly variance: number;
  readonly kind: 'match' | 'gain' | 'loss';
  readonly withinTolerance: boolean;
  /** The tolerance that applied, in units. */
  readonly tolerance: number;
  /** Variance × unit cost, when the cost is known. */
  readonly value?: Money;
}

/** A reconciled stocktake (INV-4). */
export type StocktakeResult = Decision<{
  readonly lines: readonly StocktakeResultLine[];
  readonly totals: {
    readonly lines: number;
    readonly matches: number;
    readonly gains: number;
    readonly losses: number;
    readonly outOfTolerance: number;
    /** Net variance in units. */
    readonly variance: number;
    readonly gainValue: Money;
    readonly lossValue: Money;
    readonly netValue: Money;
    /** Lines within tolerance, in percent, to two decimals. */
    readonly accuracy: number;
  };
}>;

/** A difference between what was expected and what came. */
export interface GoodsDifference {
  readonly sku: string;
  readonly field: 'missing' | 'unexpected' | 'name' | 'quantity' | 'spec';
  readonly expected: string | number | null;
  readonly actual: string | number | null;
}

/** The check of a goods receipt (INV-7). */
export type ReceiptCheck = Decision<{
  readonly accepted: boolean;
  readonly differences: readonly GoodsDifference[];
  /** What enters stock: nothing when refused; conforming units only when accepted. */
  readonly stockIn: readonly { readonly sku: string; readonly quantity: number }[];
  /** Units returned to the factory. */
  readonly returnToSupplier: readonly { readonly sku: string; readonly quantity: number }[];
}>;

/** The check of an outbound (INV-8). */
export type OutboundCheck = Decision<{
  readonly allowed: boolean;
  readonly differences: readonly GoodsDifference[];
}>;
