import { instantSchema, nonNegativeDecimalSchema, storeSettingsSchema } from '@zhidu/core';
import * as z from 'zod/mini';

const sku = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
/** A whole number of units (stock can be negative when oversold). */
const units = z.int().check(z.minimum(-1_000_000_000), z.maximum(1_000_000_000));
const nonNegativeUnits = z.int().check(z.minimum(0), z.maximum(1_000_000_000));
const nonNegative = z.number().check(z.refine((value) => Number.isFinite(value) && value >= 0, { message: 'Expected a finite number ≥ 0' }));

/** A warning margin: units above the lower limit (below the upper), or a percentage of the limit. */
export const marginSchema = z.strictObject({
  kind: z.enum(['units', 'percent']),
  value: nonNegative,
});

/** Lower and upper stock limits (INV-3); `null` for none. */
export const limitsSchema = z.strictObject({
  min: z.optional(z.nullable(nonNegativeUnits)),
  max: z.optional(z.nullable(nonNegativeUnits)),
  margin: z.optional(marginSchema),
});

/** An item as {@link classifyStock} takes it. */
export const stockItemSchema = z.strictObject({
  sku,
  onHand: units,
  reserved: z.optional(nonNegativeUnits),
  inbound: z.optional(nonNegativeUnits),
  min: z.optional(z.nullable(nonNegativeUnits)),
  max: z.optional(z.nullable(nonNegativeUnits)),
  category: z.optional(z.string()),
  avgDailySales: z.optional(nonNegative),
  lastSoldAt: z.optional(z.nullable(instantSchema)),
  firstStockedAt: z.optional(z.nullable(instantSchema)),
  /** When the item is expected back in stock; `null` when it cannot be restocked (INV-11). */
  restockExpectedAt: z.optional(z.nullable(instantSchema)),
});

/** The input of {@link reorderPoint}. */
export const reorderPointInputSchema = z.strictObject({
  avgDailyDemand: nonNegative,
  demandStdDev: nonNegative,
  leadTimeDays: nonNegative,
  leadTimeStdDev: z.optional(nonNegative),
  serviceLevel: z.number().check(z.refine((value) => value > 0 && value < 1, { message: 'Expected a service level between 0 and 1, e.g. 0.95' })),
});

/** One line of a stocktake (INV-4). */
export const stocktakeLineSchema = z.strictObject({
  sku,
  book: units,
  counted: nonNegativeUnits,
  unitCost: z.optional(nonNegativeDecimalSchema),
  abcClass: z.optional(z.enum(['A', 'B', 'C'])),
});

const goodsLine = z.strictObject({
  sku,
  name: z.string().check(z.maxLength(500)),
  quantity: nonNegativeUnits,
  spec: z.optional(z.string().check(z.maxLength(500))),
});

/** A goods receipt against a purchase order (INV-7). */
export const receiptInputSchema = z.strictObject({
  purchaseOrder: z.strictObject({ id: z.optional(z.string()), lines: z.array(goodsLine).check(z.minLength(1)) }),
  received: z.array(
    z.strictObject({
      sku,
      name: z.string().check(z.maxLength(500)),
      quantity: nonNegativeUnits,
      spec: z.optional(z.string().check(z.maxLength(500))),
      /** Units that failed inspection: returned to the factory, never stock. */
      nonConforming: z.optional(nonNegativeUnits),
    }),
  ),
});

/** An outbound check (INV-8): what the outbound order asks for, what was picked, and the stock available. */
export const outboundInputSchema = z.strictObject({
  order: z.array(z.strictObject({ sku, quantity: z.int().check(z.minimum(1), z.maximum(1_000_000_000)) })).check(z.minLength(1)),
  picked: z.array(z.strictObject({ sku, quantity: nonNegativeUnits })),
  available: z.optional(z.record(z.string(), units)),
});

/**
 * A policy's limits (defaults or a category's). The lower limit must not be above the upper one; the
 * check sits on each limits object, so it names the limits at fault and runs whatever else is wrong
 * in the policy (a check on the whole policy would be skipped once any other field is bad).
 */
const categoryLimits = z
  .strictObject({
    min: z.optional(z.nullable(nonNegativeUnits)),
    max: z.optional(z.nullable(nonNegativeUnits)),
    margin: z.optional(marginSchema),
  })
  .check(
    z.refine((limits) => limits.min == null || limits.max == null || limits.min <= limits.max, {
      message: 'A lower limit is above its upper limit',
      path: ['max'],
    }),
  );

const percent = z.number().check(z.refine((value) => Number.isFinite(value) && value >= 0 && value <= 100, { message: 'Expected a percentage from 0 to 100' }));

/** The inventory policy. */
export const inventoryPolicySchema = z.strictObject({
  store: storeSettingsSchema,
  levels: z._default(
    z.strictObject({
      /** Limits for items that state none and whose category states none. */
      defaults: z._default(categoryLimits, {}),
      /** Limits by category (INV-6). */
      byCategory: z._default(z.record(z.string(), categoryLimits), {}),
      /** INV-3: "approaches" a limit = within this margin of it. */
      margin: z._default(marginSchema, { kind: 'percent', value: 20 }),
      /** Whether inbound (ordered, not yet received) stock counts as available. */
      countInbound: z._default(z.boolean(), false),
    }),
    { defaults: {}, byCategory: {}, margin: { kind: 'percent', value: 20 }, countInbound: false },
  ),
  reorder: z._default(
    z.strictObject({
      /** When to reorder: `below_min` (available < min, as Odoo does), `at_min` (≤ min, as ERPNext does) or `near_min` (inside the warning margin). */
      trigger: z._default(z.enum(['below_min', 'at_min', 'near_min']), 'at_min'),
      /** Order quantities are a multiple of this (pack size). */
      multiple: z._default(z.int().check(z.minimum(1)), 1),
      /** With no upper limit: order enough for this many days of sales above the lower limit. */
      coverDays: z._default(nonNegative, 30),
    }),
    { trigger: 'at_min', multiple: 1, coverDays: 30 },
  ),
  slowMoving: z._default(
    z.strictObject({
      /** INV-5: no sale for this many days (or more) is slow-moving; `null` to not use it. */
      noSaleDays: z._default(z.nullable(z.int().check(z.minimum(1))), 90),
      /** INV-5: more than this many days of cover is slow-moving; `null` to not use it. */
      maxCoverDays: z._default(z.nullable(nonNegative), 180),
      /** Items first stocked less than this many days ago are not judged yet. */
      newItemDays: z._default(z.int().check(z.minimum(0)), 30),
    }),
    { noSaleDays: 90, maxCoverDays: 180, newItemDays: 30 },
  ),
  /** INV-11: an item out of stock with no restock within this many days (or none at all) is marked sold out on its listing. */
  soldOutAfterDays: z._default(z.int().check(z.minimum(0)), 15),
  stocktake: z._default(
    z.strictObject({
      /** INV-4: the tolerance of a line without an ABC class. */
      tolerance: z._default(marginSchema, { kind: 'percent', value: 3 }),
      /** Tolerance by ABC class, in percent of the book quantity (A ±1%, B ±3%, C ±5%). */
      byClass: z._default(z.strictObject({ A: percent, B: percent, C: percent }), { A: 1, B: 3, C: 5 }),
      /** The share of lines that must be within tolerance (record accuracy), in percent. */
      accuracyTarget: z._default(percent, 95),
    }),
    { tolerance: { kind: 'percent', value: 3 }, byClass: { A: 1, B: 3, C: 5 }, accuracyTarget: 95 },
  ),
});
