import {
  businessCalendarSchema,
  decimalSchema,
  instantSchema,
  moneySchema,
  nonNegativeDecimalSchema,
  readDecimal,
  storeSettingsSchema,
  windowSpecSchema,
} from '@zhidu/core';
import * as z from 'zod/mini';
import { orderStates } from './types.js';

/** The tags a line may carry; `perishable` lines ship under the stricter handling time (ORD-7). */
export const lineTagSchema = z.enum(['perishable', 'fragile', 'custom', 'digital', 'sealed_media', 'periodical', 'hygiene', 'final_sale', 'gift']);

const text = z.string().check(z.maxLength(2_000));
const nonEmpty = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** One line of an order: a SKU, how many, the unit price (a decimal in the order's currency), tags. */
export const orderLineSchema = z.strictObject({
  sku: nonEmpty,
  quantity: z.int().check(z.minimum(1), z.maximum(1_000_000)),
  unitPrice: nonNegativeDecimalSchema,
  tags: z.optional(z.array(lineTagSchema)),
});

/**
 * An order as the host hands it to {@link startOrder} and {@link auditOrder}. The customer's fields
 * may be empty strings: an incomplete order is not malformed, the audit holds it (ORD-2, ORD-3).
 */
export const orderInputSchema = z.strictObject({
  id: nonEmpty,
  currency: z.string(),
  placedAt: instantSchema,
  customer: z.strictObject({ name: text, phone: text, address: text }),
  lines: z.array(orderLineSchema).check(z.minLength(1), z.maxLength(10_000)),
  shipping: z.optional(nonNegativeDecimalSchema),
  discount: z.optional(nonNegativeDecimalSchema),
  total: nonNegativeDecimalSchema,
  payment: z.optional(z.nullable(z.strictObject({ method: text }))),
  note: z.optional(z.nullable(text)),
});

/** An amount in an event: a decimal in the order's currency, or a money object in it. */
export const eventAmountSchema = z.union([decimalSchema, moneySchema]);

const id = z.optional(z.string().check(z.minLength(1), z.maxLength(200)));
const at = instantSchema;
const event = <T extends string, S extends Record<string, z.core.SomeType>>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), id, at, ...shape });

const itemsSchema = z.array(z.strictObject({ sku: nonEmpty, quantity: z.int().check(z.minimum(1), z.maximum(1_000_000)) }));

/** Every event the order lifecycle accepts, by `type`; every event may carry an `id` for idempotency. */
export const orderEventSchema = z.discriminatedUnion('type', [
  event('PAY', { amount: eventAmountSchema }),
  event('REMIND_PAYMENT', {}),
  event('EXPIRE_PAYMENT', {}),
  event('AUDIT', {}),
  event('CONFIRM', {
    by: nonEmpty,
    override: z.optional(z.boolean()),
    customer: z.optional(z.strictObject({ name: z.optional(text), phone: z.optional(text), address: z.optional(text) })),
  }),
  event('ALLOCATE', { warehouse: nonEmpty }),
  event('REPORT_SHORTAGE', { lines: z.optional(itemsSchema.check(z.minLength(1))) }),
  event('STOCK_ARRIVED', {}),
  event('RESOLVE_SHORTAGE', { resolution: z.enum(['refund', 'exchange', 'backorder']) }),
  event('PACK', { items: itemsSchema }),
  event('SHIP', { carrier: nonEmpty, trackingNumber: text }),
  event('IN_TRANSIT', { node: z.optional(text) }),
  event('DELIVER', {}),
  event('REPORT_EXCEPTION', { kind: z.enum(['delayed', 'lost', 'damaged']) }),
  event('RESHIP', { carrier: nonEmpty, trackingNumber: text }),
  event('REFUND', { amount: eventAmountSchema }),
  event('COMPLETE', {}),
  event('CANCEL', { by: nonEmpty, reason: text }),
]);

/** The order policy: the store, payment window, audit rules, handling times and after-sales window. */
export const orderPolicySchema = z.strictObject({
  store: storeSettingsSchema,
  /** Working days and holidays, for handling times in business days. */
  calendar: z._default(businessCalendarSchema, {}),
  payment: z._default(
    z.strictObject({
      /** ORD-11: how long an unpaid order waits before it may be cancelled. */
      window: z._default(windowSpecSchema, { length: 24, unit: 'hours' }),
    }),
    { window: { length: 24, unit: 'hours' } },
  ),
  audit: z._default(
    z.strictObject({
      /** `auto`: PAY runs the audit; `manual`: PAY leads to `under_review` until AUDIT. */
      mode: z._default(z.enum(['auto', 'manual']), 'auto'),
      /** ORD-4: an order with a buyer note is held for review before it ships. */
      holdOnNote: z._default(z.boolean(), true),
      /** ORD-2: the payment methods the store takes; `null` accepts any stated method. */
      acceptedPaymentMethods: z._default(z.nullable(z.array(nonEmpty)), null),
      /** ORD-2: what a valid phone number looks like (a regular expression). */
      phonePattern: z._default(
        z.string().check(
          z.refine(
            (pattern) => {
              try {
                new RegExp(pattern, 'u');
                return true;
              } catch {
                return false;
              }
            },
            { message: 'Expected a regular expression' },
          ),
        ),
        '^\\+?[0-9][0-9 ()-]{5,19}$',
      ),
      /** ORD-3: an order total above this is held as suspicious; `null` for no limit. */
      holdTotalAbove: z._default(z.nullable(nonNegativeDecimalSchema), null),
      /** ORD-3: a line quantity above this is held as suspicious; `null` for no limit. */
      holdQuantityAbove: z._default(z.nullable(z.int().check(z.minimum(1))), null),
    }),
    {
      mode: 'auto',
      holdOnNote: true,
      acceptedPaymentMethods: null,
      phonePattern: '^\\+?[0-9][0-9 ()-]{5,19}$',
      holdTotalAbove: null,
      holdQuantityAbove: null,
    },
  ),
  shipping: z._default(
    z.strictObject({
      /** ORD-7: the stated handling time from payment to shipment; `null` when the store states none. */
      handling: z._default(z.nullable(windowSpecSchema), { length: 48, unit: 'hours' }),
      /** ORD-7: the handling time when none is stated (the US rule: 30 days). */
      unstatedHandling: z._default(windowSpecSchema, { length: 30, unit: 'calendar_days' }),
      /** ORD-7: the stricter handling time for lines tagged `perishable`; `null` for none. */
      perishableHandling: z._default(z.nullable(windowSpecSchema), { length: 24, unit: 'hours' }),
    }),
    {
      handling: { length: 48, unit: 'hours' },
      unstatedHandling: { length: 30, unit: 'calendar_days' },
      perishableHandling: { length: 24, unit: 'hours' },
    },
  ),
  afterSales: z._default(
    z.strictObject({
      /** ORD-12: how long after delivery the after-sales window stays open before COMPLETE. */
      window: z._default(windowSpecSchema, { length: 15, unit: 'calendar_days' }),
    }),
    { window: { length: 15, unit: 'calendar_days' } },
  ),
});

/** A decimal string as the state stores amounts (`'59.00'`). */
const storedDecimal = z.string().check(z.refine((value) => readDecimal(value) !== undefined, { message: 'Expected a decimal string' }));

/** The shape of a stored order state: exactly the keys the lifecycle writes (the history's entries are its own). */
export const orderStateShapeSchema = z.strictObject({
  value: z.enum(orderStates),
  version: z.int().check(z.minimum(0)),
  policyVersion: z.string(),
  timeZone: z.string(),
  locale: z.enum(['zh-CN', 'en-US']),
  order: z.strictObject({
    id: z.string(),
    currency: z.string(),
    placedAt: z.string(),
    customer: z.strictObject({ name: z.string(), phone: z.string(), address: z.string() }),
    lines: z.array(z.strictObject({ sku: z.string(), quantity: z.int().check(z.minimum(1)), unitPrice: storedDecimal, tags: z.array(z.string()) })).check(z.minLength(1)),
    shipping: storedDecimal,
    discount: storedDecimal,
    total: storedDecimal,
    payment: z.nullable(z.looseObject({ method: z.string() })),
    note: z.nullable(z.string()),
  }),
  warehouse: z.nullable(z.string()),
  toShip: z.array(z.strictObject({ sku: z.string(), quantity: z.int().check(z.minimum(1)) })),
  shortage: z.nullable(
    z.strictObject({ lines: z.array(z.strictObject({ sku: z.string(), quantity: z.int().check(z.minimum(1)) })), resolution: z.nullable(z.enum(['exchange', 'backorder'])) }),
  ),
  shipments: z.array(
    z.strictObject({
      carrier: z.string(),
      trackingNumber: z.string(),
      shippedAt: z.string(),
      nodes: z.array(z.strictObject({ at: z.string(), node: z.nullable(z.string()) })),
    }),
  ),
  exception: z.nullable(z.strictObject({ kind: z.enum(['delayed', 'lost', 'damaged']), reportedAt: z.string() })),
  deliveredAt: z.nullable(z.string()),
  deadlines: z.strictObject({ paymentDueAt: z.nullable(z.string()), shipBy: z.nullable(z.string()), afterSalesUntil: z.nullable(z.string()) }),
  paid: z.nullable(moneySchema),
  refunded: moneySchema,
  // Entries are written by transition itself; only the last one is read back (its instant), so the
  // growing history is not re-validated on every event.
  history: z.array(z.unknown()),
});
