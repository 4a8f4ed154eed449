import { businessCalendarSchema, instantSchema, nonNegativeDecimalSchema, storeSettingsSchema, windowSpecSchema } from '@zhidu/core';
import * as z from 'zod/mini';

/** Line tags that matter to returns (RET-7, RET-9). */
export const returnTagSchema = z.enum(['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'final_sale', 'hygiene']);

/** Why the customer wants to return. */
export const returnReasonSchema = z.enum(['no_reason', 'quality_issue', 'wrong_item', 'damaged_in_transit', 'not_as_described']);

/** What the customer asks for: a refund without sending the goods back, a return and refund, or an exchange. */
export const resolutionSchema = z.enum(['refund', 'return_refund', 'exchange']);

/** The state of the goods. */
export const conditionSchema = z.enum(['intact', 'opened', 'used', 'damaged']);

const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

interface WindowLength {
  readonly length: number | null;
  readonly unit: string;
}

/** Whether window `a` certainly closes before window `b`: both in the same unit, `a` shorter (`null` or -1: no limit). */
function closesFirst(a: WindowLength, b: WindowLength): boolean {
  const endless = (w: WindowLength): boolean => w.length === null || w.length === -1;
  if (endless(a) || a.unit !== b.unit) return false;
  return endless(b) || (a.length ?? 0) < (b.length ?? 0);
}
const quantity = z.int().check(z.minimum(1), z.maximum(1_000_000));

/** The input of {@link evaluateReturn}: the order (each line with what was actually paid for it) and the request. */
export const returnInputSchema = z.strictObject({
  order: z.strictObject({
    id,
    currency: z.string(),
    placedAt: instantSchema,
    deliveredAt: z.optional(z.nullable(instantSchema)),
    lines: z
      .array(
        z.strictObject({
          id,
          sku: id,
          quantity,
          unitPrice: nonNegativeDecimalSchema,
          paid: nonNegativeDecimalSchema,
          tags: z.optional(z.array(returnTagSchema)),
        }),
      )
      .check(z.minLength(1), z.maxLength(10_000)),
  }),
  request: z.strictObject({
    lineId: id,
    quantity,
    requestedAt: instantSchema,
    reason: returnReasonSchema,
    resolution: resolutionSchema,
    condition: conditionSchema,
    alreadyReturned: z.optional(z.int().check(z.minimum(0), z.maximum(1_000_000))),
  }),
});

/** The input of {@link evaluatePriceProtection}. */
export const priceProtectionInputSchema = z.strictObject({
  paidUnitPrice: nonNegativeDecimalSchema,
  purchasedAt: instantSchema,
  currentUnitPrice: nonNegativeDecimalSchema,
  observedAt: instantSchema,
  quantity,
  currency: z.string(),
});

/** How the policy treats goods that are not intact on a no-reason return. */
export const conditionRuleSchema = z.enum(['accept', 'restocking_fee', 'review', 'reject']);

const rate = nonNegativeDecimalSchema.check(z.refine((value) => Number(value) <= 1, { message: 'Expected a rate from 0 to 1' }));

/** The returns policy. */
export const returnPolicySchema = z.strictObject({
  store: storeSettingsSchema,
  /** Whose consumer law frames the rules: PRC (RET-7, RET-8) or a US store's own policy (RET-9). */
  law: z._default(z.enum(['cn', 'us']), 'cn'),
  calendar: z._default(businessCalendarSchema, {}),
  /** RET-7 (CN) / RET-9 (US): returns without a reason. */
  noReason: z._default(
    z.strictObject({
      /** Whether the store takes returns without a reason at all. */
      enabled: z._default(z.boolean(), true),
      /** The window from delivery (or placement when never delivered); `length: null` for no limit. */
      window: z._default(windowSpecSchema, { length: 7, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true }),
      /** Tags that exclude a line from no-reason returns (`sealed_media` only once opened). */
      excludedTags: z._default(z.array(returnTagSchema), ['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'hygiene', 'final_sale']),
      /** Who pays the return shipping. */
      returnShippingPaidBy: z._default(z.enum(['buyer', 'seller']), 'buyer'),
      /** What happens to opened, used or damaged goods. */
      opened: z._default(conditionRuleSchema, 'accept'),
      used: z._default(conditionRuleSchema, 'reject'),
      damaged: z._default(conditionRuleSchema, 'reject'),
      /** The restocking fee, as a share of the refund, where a condition rule says `restocking_fee`. */
      restockingFeeRate: z._default(rate, '0'),
    }),
    {
      enabled: true,
      window: { length: 7, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true },
      excludedTags: ['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'hygiene', 'final_sale'],
      returnShippingPaidBy: 'buyer',
      opened: 'accept',
      used: 'reject',
      damaged: 'reject',
      restockingFeeRate: '0',
    },
  ),
  /** RET-8: quality issues, wrong items, damage in transit, not as described — the seller's fault. */
  sellerFault: z._default(
    z.strictObject({
      /** Return (refund) within this window. */
      returnWindow: z._default(windowSpecSchema, { length: 7, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true }),
      /** Exchange within this window (after the return window, only an exchange or repair); in the return window's unit, never shorter than it. */
      exchangeWindow: z._default(windowSpecSchema, { length: 15, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true }),
      /** A used item claimed defective: a person decides (`review`), or it is accepted or rejected. */
      usedItem: z._default(z.enum(['accept', 'review', 'reject']), 'review'),
      /** A refund without sending the goods back. */
      refundWithoutReturn: z._default(z.enum(['accept', 'review', 'reject']), 'review'),
    }).check(
      // RET-8: return, exchange or repair within the return window; exchange or repair after it.
      // An exchange window that closes first would leave, inside the return window, exchanges
      // decided past their own deadline. Windows in different units are not compared.
      z.refine((fault) => !closesFirst(fault.exchangeWindow, fault.returnWindow), {
        message: 'The exchange window closes before the return window; exchange is open at least as long as return (RET-8)',
        path: ['exchangeWindow', 'length'],
      }),
    ),
    {
      returnWindow: { length: 7, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true },
      exchangeWindow: { length: 15, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true },
      usedItem: 'review',
      refundWithoutReturn: 'review',
    },
  ),
  /** RET-7: the refund is paid within this many days of receiving the return. */
  refundWithinDays: z._default(z.int().check(z.minimum(0)), 7),
  /** RET-6: price protection. */
  priceProtection: z._default(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      window: z._default(windowSpecSchema, { length: 7, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true }),
    }),
    { enabled: true, window: { length: 7, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true } },
  ),
});
