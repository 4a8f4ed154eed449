import type { DeepReadonly, Locale, Money, Reason } from '@zhidu/core';
import type * as z from 'zod/mini';
import type { ValidEvent } from './readEvent.js';
import type { lineTagSchema, orderEventSchema, orderInputSchema, orderPolicySchema } from './schema.js';

/** The fourteen states of the order lifecycle (the machine's `value`). */
export const orderStates = [
  'pending_payment',
  'under_review',
  'on_hold',
  'awaiting_fulfillment',
  'awaiting_stock',
  'allocated',
  'packed',
  'shipped',
  'in_transit',
  'delivery_exception',
  'delivered',
  'completed',
  'cancelled',
  'refunded',
] as const;

/** A state of the order lifecycle. */
export type OrderStateValue = (typeof orderStates)[number];

/** The event types of the order lifecycle. */
export const orderEventTypes = [
  'PAY',
  'REMIND_PAYMENT',
  'EXPIRE_PAYMENT',
  'AUDIT',
  'CONFIRM',
  'ALLOCATE',
  'REPORT_SHORTAGE',
  'STOCK_ARRIVED',
  'RESOLVE_SHORTAGE',
  'PACK',
  'SHIP',
  'IN_TRANSIT',
  'DELIVER',
  'REPORT_EXCEPTION',
  'RESHIP',
  'REFUND',
  'COMPLETE',
  'CANCEL',
] as const;

/** An event type of the order lifecycle. */
export type OrderEventType = (typeof orderEventTypes)[number];

/** An order as the host passes it in (amounts as decimal strings or numbers, instants as ISO strings or Dates). */
export type OrderInput = DeepReadonly<z.input<typeof orderInputSchema>>;

/** A tag on an order line. */
export type LineTag = z.output<typeof lineTagSchema>;

/** An event as the host sends it. */
export type OrderEvent = DeepReadonly<z.input<typeof orderEventSchema>>;

/** The order policy as a host writes overrides against it. */
export type OrderPolicyInput = z.input<typeof orderPolicySchema>;

/** A complete, validated order policy. */
export type OrderPolicy = DeepReadonly<z.output<typeof orderPolicySchema>>;

/** A quantity of a SKU. */
export interface OrderItem {
  readonly sku: string;
  readonly quantity: number;
}

/** An order line as the state keeps it: amounts as decimal strings at the currency's minor unit. */
export interface OrderLine {
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice: string;
  readonly tags: readonly LineTag[];
}

/** An order as the state keeps it: validated, amounts at the currency's minor unit, instants in UTC. */
export interface Order {
  readonly id: string;
  readonly currency: string;
  readonly placedAt: string;
  readonly customer: { readonly name: string; readonly phone: string; readonly address: string };
  readonly lines: readonly OrderLine[];
  readonly shipping: string;
  readonly discount: string;
  readonly total: string;
  readonly payment: { readonly method: string } | null;
  readonly note: string | null;
}

/** An event as the history records it: validated, its instant in UTC and its amount as money. */
export type RecordedEvent = { readonly type: OrderEventType; readonly id?: string | undefined; readonly at: string } & Readonly<
  Record<string, unknown>
>;

/** The deadlines of an order, as UTC ISO strings, `null` until they apply or when the policy sets no limit. */
export interface OrderDeadlines {
  /** ORD-11: the last instant the order may be paid. */
  readonly paymentDueAt: string | null;
  /** ORD-7: the last instant the order may ship on time (set when it is paid). */
  readonly shipBy: string | null;
  /** ORD-12: the last instant of the after-sales window (set when it is delivered). */
  readonly afterSalesUntil: string | null;
}

/** A shipment of the order (a reship adds another). */
export interface Shipment {
  readonly carrier: string;
  readonly trackingNumber: string;
  readonly shippedAt: string;
  readonly nodes: readonly { readonly at: string; readonly node: string | null }[];
}

/** One transition of the order, as the history keeps it. */
export interface HistoryEntry {
  readonly at: string;
  readonly version: number;
  readonly event: RecordedEvent;
  readonly from: OrderStateValue;
  readonly to: OrderStateValue;
  readonly reasons: readonly Reason[];
}

/** The order's state: plain JSON a host keeps in its own database and passes back to {@link transition}. */
export interface OrderState {
  /** Where the order is in its lifecycle. */
  readonly value: OrderStateValue;
  /** Goes up by one per transition, for optimistic locking. */
  readonly version: number;
  /** The version of the policy the order started under; its rules never change under it. */
  readonly policyVersion: string;
  /** The store's time zone the deadlines are computed in. */
  readonly timeZone: string;
  /** The locale of the reasons in the history. */
  readonly locale: Locale;
  /** The order as validated at the start (the customer's fields as last confirmed). */
  readonly order: Order;
  /** The deadlines that apply. */
  readonly deadlines: OrderDeadlines;
  /** What the customer paid, once paid. */
  readonly paid: Money | null;
  /** The running total refunded; never more than what was paid. */
  readonly refunded: Money;
  /** The warehouse or supplier the order is allocated to (ORD-6). */
  readonly warehouse: string | null;
  /** What is still to ship: the order's lines less any shortage refunded (ORD-5). */
  readonly toShip: readonly OrderItem[];
  /** An open stock shortage (ORD-5): the lines short, and how the customer chose to resolve it. */
  readonly shortage: { readonly lines: readonly OrderItem[]; readonly resolution: 'exchange' | 'backorder' | null } | null;
  /** The shipments, the latest last (ORD-9). */
  readonly shipments: readonly Shipment[];
  /** An open logistics exception (ORD-10). */
  readonly exception: { readonly kind: 'delayed' | 'lost' | 'damaged'; readonly reportedAt: string } | null;
  /** When the order was delivered (signed for). */
  readonly deliveredAt: string | null;
  /** One entry per transition. */
  readonly history: readonly HistoryEntry[];
}

/** What the host must do after a transition: the machine performs no side effects itself. */
export type OrderCommand =
  | { readonly type: 'REQUEST_PAYMENT'; readonly orderId: string; readonly amount: Money; readonly dueAt: string | null }
  | { readonly type: 'NOTIFY_CUSTOMER'; readonly orderId: string; readonly topic: NotifyTopic }
  | { readonly type: 'CONTACT_CUSTOMER'; readonly orderId: string; readonly about: readonly string[] }
  | { readonly type: 'BOOK_CARRIER'; readonly orderId: string; readonly warehouse: string | null; readonly reship: boolean }
  | { readonly type: 'CONTACT_CARRIER'; readonly orderId: string; readonly carrier: string; readonly trackingNumber: string; readonly kind: 'delayed' | 'lost' | 'damaged' }
  | { readonly type: 'ISSUE_REFUND'; readonly orderId: string; readonly amount: Money; readonly cause: RefundCause }
  | { readonly type: 'REPLENISH'; readonly orderId: string; readonly lines: readonly OrderItem[] };

/** What a customer notification is about. */
export type NotifyTopic =
  | 'payment_received'
  | 'order_cancelled'
  | 'order_shipped'
  | 'order_in_transit'
  | 'order_delivered'
  | 'shipment_exception'
  | 'order_reshipped'
  | 'stock_shortage'
  | 'shortage_resolved'
  | 'refund_issued';

/** Why a refund is issued. */
export type RefundCause = 'cancelled' | 'shortage' | 'logistics_exception' | 'after_sales' | 'requested';

/** The result of {@link transition}: the next state and the host's commands, or the refusal. */
export type TransitionResult =
  | { readonly ok: true; readonly state: OrderState; readonly commands: readonly OrderCommand[] }
  | { readonly ok: false; readonly error: Reason };

declare const parsedOrderState: unique symbol;
declare const parsedOrderEvent: unique symbol;

/**
 * An order state that {@link parseOrderState} checked, or that {@link OrderLifecycle.transitionParsed}
 * returned. The brand exists only in the type: it keeps an unchecked object from reaching
 * `transitionParsed` by accident. Do not change a parsed state: the next call would not check it again.
 */
export type ParsedOrderState = OrderState & { readonly [parsedOrderState]: true };

/**
 * An event as {@link parseOrderEvent} gives it back — and as the history records it: validated, its
 * instant a UTC ISO string, its amount money in the order's currency, required text trimmed. The
 * brand exists only in the type (see {@link ParsedOrderState}).
 */
export type ParsedOrderEvent = ValidEvent & { readonly [parsedOrderEvent]: true };

/** The result of {@link OrderLifecycle.transitionParsed}: as {@link TransitionResult}, with the next state still parsed. */
export type ParsedTransitionResult =
  | { readonly ok: true; readonly state: ParsedOrderState; readonly commands: readonly OrderCommand[] }
  | { readonly ok: false; readonly error: Reason };
