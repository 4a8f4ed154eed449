import {
  addMoney,
  allocate,
  compareMoney,
  createReason,
  Decimal,
  isNegativeMoney,
  isZeroMoney,
  localDateTime,
  money,
  subtractMoney,
  sumMoney,
  type Money,
  type Reason,
  type ReasonParams,
} from '@zhidu/core';
import { auditValidOrder } from './auditOrder.js';
import { afterSalesUntil, shipBy } from './deadlines.js';
import { orderMessages } from './messages.js';
import type { ValidEvent } from './readEvent.js';
import type { Order, OrderCommand, OrderEventType, OrderItem, OrderPolicy, OrderState, OrderStateValue, RefundCause } from './types.js';

/** The changes a step makes to the state (the keys it leaves out stay as they were). */
export type Patch = { -readonly [K in keyof OrderState]?: OrderState[K] };

/** What one event does to an order: the next state's value and changes, the reasons and the host's commands; or a refusal. */
export type Step =
  | { readonly ok: true; readonly to: OrderStateValue; readonly patch: Patch; readonly reasons: readonly Reason[]; readonly commands: readonly OrderCommand[] }
  | { readonly ok: false; readonly error: Reason };

type EventOf<T extends OrderEventType> = Extract<ValidEvent, { type: T }>;
type Handler<T extends OrderEventType> = (state: OrderState, event: EventOf<T>, policy: OrderPolicy) => Step;
type MessageCode = keyof typeof orderMessages;

const reason = (state: OrderState, code: MessageCode, params?: ReasonParams): Reason => createReason(orderMessages, code, params, state.locale);
const local = (state: OrderState, instant: string | null): string | null => localDateTime(instant, state.timeZone);
const refuse = (state: OrderState, code: MessageCode, params?: ReasonParams): Step => ({ ok: false, error: reason(state, code, params) });
const go = (to: OrderStateValue, patch: Patch, reasons: readonly Reason[], commands: readonly OrderCommand[] = []): Step => ({
  ok: true,
  to,
  patch,
  reasons,
  commands,
});

/** Quantities by SKU, in first-seen order. */
export function bySku(items: readonly OrderItem[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(item.sku, (totals.get(item.sku) ?? 0) + item.quantity);
  return totals;
}

const toItems = (totals: ReadonlyMap<string, number>): OrderItem[] =>
  [...totals].filter(([, quantity]) => quantity > 0).map(([sku, quantity]) => ({ sku, quantity }));

/** `sku: expected → actual` for every SKU whose quantities differ. */
function differences(expected: readonly OrderItem[], actual: readonly OrderItem[]): string[] {
  const want = bySku(expected);
  const got = bySku(actual);
  const out: string[] = [];
  for (const sku of new Set([...want.keys(), ...got.keys()])) {
    const a = want.get(sku) ?? 0;
    const b = got.get(sku) ?? 0;
    if (a !== b) out.push(`${sku}: ${String(a)} → ${String(b)}`);
  }
  return out;
}

const paidOf = (state: OrderState): Money => state.paid ?? money(0, state.order.currency);
const refundable = (state: OrderState): Money => subtractMoney(paidOf(state), state.refunded);

/** The audit's outcome as a step: on to fulfilment, or held with the customer contacted (ORD-2..4). */
function audited(state: OrderState, order: Order, policy: OrderPolicy, lead: readonly Reason[], commands: readonly OrderCommand[], patch: Patch): Step {
  const audit = auditValidOrder(order, policy, state.locale);
  const reasons = [...lead, ...audit.reasons];
  if (!audit.hold) return go('awaiting_fulfillment', patch, reasons, commands);
  const about = audit.reasons.map((r) => r.code).filter((code) => code !== 'ORDER_AUDIT_PASSED' && code !== 'ORDER_HELD_CONTACT_CUSTOMER');
  return go('on_hold', patch, reasons, [...commands, { type: 'CONTACT_CUSTOMER', orderId: state.order.id, about }]);
}

/** A refund step: the running total never exceeds what was paid (RET-10); everything refunded closes the order. */
function refundStep(state: OrderState, amount: Money, cause: RefundCause, stay: OrderStateValue, lead: readonly Reason[] = [], patch: Patch = {}): Step {
  const left = refundable(state);
  if (compareMoney(amount, left) > 0) {
    return refuse(state, 'ORDER_REFUND_EXCEEDS_PAID', { amount, refundable: left, paid: paidOf(state), refunded: state.refunded });
  }
  const refunded = addMoney(state.refunded, amount);
  const full = compareMoney(refunded, paidOf(state)) === 0;
  const reasons = [...lead, reason(state, 'ORDER_REFUND_RECORDED', { amount, refunded, paid: paidOf(state) })];
  if (full) reasons.push(reason(state, 'ORDER_FULLY_REFUNDED'));
  const orderId = state.order.id;
  return go(full ? 'refunded' : stay, { ...patch, refunded }, reasons, [
    { type: 'ISSUE_REFUND', orderId, amount, cause },
    { type: 'NOTIFY_CUSTOMER', orderId, topic: 'refund_issued' },
  ]);
}

/**
 * The share of what was paid for some units of the order (ORD-5 refunds of a shortage): the goods'
 * part of the payment (less shipping, which still buys the delivery of the rest) apportioned over
 * the lines by their price, so the order discount is shared as RET-10 requires. A SKU's units are
 * refunded in turn (those already refunded by earlier shortages are no longer to ship): the share of
 * units [from, from + n) is that of the first from + n units less that of the first from, so the
 * refunds of one SKU add up to at most what was paid for it, however many shortages it takes.
 */
function paidShare(state: OrderState, items: readonly OrderItem[]): Money {
  const { order } = state;
  const shipping = money(order.shipping, order.currency);
  const goods = subtractMoney(paidOf(state), shipping);
  const paid = isNegativeMoney(goods) ? money(0, order.currency) : goods;
  const totals = order.lines.map((line) => new Decimal(line.unitPrice).times(line.quantity));
  if (totals.every((total) => total.isZero())) return money(0, order.currency);
  const shares = allocate(paid, totals.map((total) => total.toFixed()));
  const skuPaid = new Map<string, Money>();
  const skuUnits = new Map<string, number>();
  order.lines.forEach((line, index) => {
    const share = shares[index] ?? money(0, order.currency);
    skuPaid.set(line.sku, addMoney(skuPaid.get(line.sku) ?? money(0, order.currency), share));
    skuUnits.set(line.sku, (skuUnits.get(line.sku) ?? 0) + line.quantity);
  });
  const open = bySku(state.toShip);
  const parts = items.map((item) => {
    const units = skuUnits.get(item.sku) ?? 0;
    const whole = skuPaid.get(item.sku) ?? money(0, order.currency);
    if (units === 0) return money(0, order.currency);
    const firstUnits = (count: number): Money => allocate(whole, [Math.min(count, units), Math.max(units - count, 0)])[0] ?? money(0, order.currency);
    const from = Math.max(units - (open.get(item.sku) ?? 0), 0);
    return subtractMoney(firstUnits(from + item.quantity), firstUnits(from));
  });
  return sumMoney(parts, order.currency);
}

function cancel(state: OrderState, event: EventOf<'CANCEL'>): Step {
  const orderId = state.order.id;
  const reasons = [reason(state, 'ORDER_CANCELLED', { by: event.by, reason: event.reason })];
  const commands: OrderCommand[] = [{ type: 'NOTIFY_CUSTOMER', orderId, topic: 'order_cancelled' }];
  const left = refundable(state);
  if (isZeroMoney(left)) return go('cancelled', {}, reasons, commands);
  reasons.push(reason(state, 'ORDER_CANCEL_REFUND', { refund: left }));
  commands.unshift({ type: 'ISSUE_REFUND', orderId, amount: left, cause: 'cancelled' });
  return go('cancelled', { refunded: paidOf(state) }, reasons, commands);
}

const logisticsCodes = { delayed: 'ORDER_LOGISTICS_DELAYED', lost: 'ORDER_LOGISTICS_LOST', damaged: 'ORDER_LOGISTICS_DAMAGED' } as const;

const refuseCancel: Handler<'CANCEL'> = (state) => refuse(state, 'ORDER_CANCEL_AFTER_PACKING', { state: state.value });

const handlers: { readonly [T in OrderEventType]: Handler<T> } = {
  PAY(state, event, policy) {
    const due = state.deadlines.paymentDueAt;
    if (due !== null && event.at > due) return refuse(state, 'ORDER_PAYMENT_WINDOW_CLOSED', { paymentDueAt: due, paymentDueLocal: local(state, due) });
    // The amount is written at the currency's minor unit, and so is the stored total: equal text is
    // an equal amount, and only different text needs the decimal comparison.
    if (event.amount.amount !== state.order.total) {
      const total = money(state.order.total, state.order.currency);
      if (compareMoney(event.amount, total) !== 0) return refuse(state, 'ORDER_PAYMENT_AMOUNT_MISMATCH', { amount: event.amount, total });
    }
    const ship = shipBy(state.order, event.at, policy, state.timeZone);
    const shipCode: MessageCode =
      ship.rule === 'none' ? 'ORDER_NO_SHIP_DEADLINE' : ship.rule === 'perishable' ? 'ORDER_SHIP_BY_PERISHABLE' : ship.rule === 'unstated' ? 'ORDER_SHIP_BY_UNSTATED' : 'ORDER_SHIP_BY';
    const lead = [
      reason(state, 'ORDER_PAID', { amount: event.amount, at: event.at, atLocal: local(state, event.at), paymentDueAt: due, paymentDueLocal: local(state, due) }),
      reason(
        state,
        shipCode,
        ship.spec === null ? undefined : { shipBy: ship.shipBy, shipByLocal: local(state, ship.shipBy), length: ship.spec.length, unit: ship.spec.unit },
      ),
    ];
    const patch: Patch = { paid: event.amount, deadlines: { ...state.deadlines, shipBy: ship.shipBy } };
    const commands: OrderCommand[] = [{ type: 'NOTIFY_CUSTOMER', orderId: state.order.id, topic: 'payment_received' }];
    if (policy.audit.mode === 'manual') return go('under_review', patch, [...lead, reason(state, 'ORDER_AWAITING_REVIEW')], commands);
    return audited(state, state.order, policy, lead, commands, patch);
  },
  REMIND_PAYMENT(state, event) {
    const due = state.deadlines.paymentDueAt;
    if (due !== null && event.at > due) return refuse(state, 'ORDER_PAYMENT_WINDOW_CLOSED', { paymentDueAt: due, paymentDueLocal: local(state, due) });
    return go('pending_payment', {}, [reason(state, 'ORDER_PAYMENT_REMINDED', { paymentDueAt: due, paymentDueLocal: local(state, due) })], [
      { type: 'REQUEST_PAYMENT', orderId: state.order.id, amount: money(state.order.total, state.order.currency), dueAt: due },
    ]);
  },
  EXPIRE_PAYMENT(state, event) {
    const due = state.deadlines.paymentDueAt;
    const params = { paymentDueAt: due, paymentDueLocal: local(state, due) };
    if (due === null || event.at < due) return refuse(state, 'ORDER_PAYMENT_WINDOW_OPEN', params);
    return go('cancelled', {}, [reason(state, 'ORDER_PAYMENT_EXPIRED', params)], [{ type: 'NOTIFY_CUSTOMER', orderId: state.order.id, topic: 'order_cancelled' }]);
  },
  AUDIT(state, _event, policy) {
    return audited(state, state.order, policy, [], [], {});
  },
  CONFIRM(state, event, policy) {
    const order: Order = event.customer === undefined ? state.order : { ...state.order, customer: { ...state.order.customer, ...stripUndefined(event.customer) } };
    const patch: Patch = order === state.order ? {} : { order };
    if (event.override === true) return go('awaiting_fulfillment', patch, [reason(state, 'ORDER_HOLD_OVERRIDDEN', { by: event.by })]);
    // The customer confirmed, so a buyer note no longer holds the order (ORD-4); everything else is audited again.
    const recheck: OrderPolicy = { ...policy, audit: { ...policy.audit, holdOnNote: false } };
    return audited(state, order, recheck, [reason(state, 'ORDER_CONFIRMED_BY_CUSTOMER', { by: event.by })], [], patch);
  },
  ALLOCATE(state, event) {
    return go('allocated', { warehouse: event.warehouse }, [reason(state, 'ORDER_ALLOCATED', { warehouse: event.warehouse })]);
  },
  REPORT_SHORTAGE(state, event) {
    const lines = event.lines ?? state.toShip;
    const open = bySku(state.toShip);
    const over = toItems(bySku(lines)).filter((item) => item.quantity > (open.get(item.sku) ?? 0));
    if (over.length > 0) {
      return refuse(state, 'ORDER_SHORTAGE_NOT_IN_ORDER', {
        differences: over.map((item) => `${item.sku}: ${String(open.get(item.sku) ?? 0)} → ${String(item.quantity)}`),
      });
    }
    const short = toItems(bySku(lines));
    const orderId = state.order.id;
    return go(
      'awaiting_stock',
      { shortage: { lines: short, resolution: null } },
      [reason(state, 'ORDER_STOCK_SHORTAGE', { lines: short.map((item) => `${item.sku} ×${String(item.quantity)}`) })],
      [
        { type: 'CONTACT_CUSTOMER', orderId, about: ['ORDER_STOCK_SHORTAGE'] },
        { type: 'REPLENISH', orderId, lines: short },
      ],
    );
  },
  STOCK_ARRIVED(state) {
    return go('awaiting_fulfillment', { shortage: null, warehouse: null }, [reason(state, 'ORDER_STOCK_ARRIVED')]);
  },
  RESOLVE_SHORTAGE(state, event) {
    const shortage = state.shortage ?? { lines: state.toShip, resolution: null };
    const orderId = state.order.id;
    if (event.resolution === 'backorder') {
      return go('awaiting_stock', { shortage: { lines: shortage.lines, resolution: 'backorder' } }, [reason(state, 'ORDER_SHORTAGE_BACKORDER')], [
        { type: 'NOTIFY_CUSTOMER', orderId, topic: 'shortage_resolved' },
      ]);
    }
    if (event.resolution === 'exchange') {
      return go('awaiting_fulfillment', { shortage: null, warehouse: null }, [reason(state, 'ORDER_SHORTAGE_EXCHANGE')], [
        { type: 'NOTIFY_CUSTOMER', orderId, topic: 'shortage_resolved' },
      ]);
    }
    const remaining = new Map(bySku(state.toShip));
    for (const item of shortage.lines) remaining.set(item.sku, (remaining.get(item.sku) ?? 0) - item.quantity);
    const toShip = toItems(remaining);
    const refund = toShip.length === 0 ? refundable(state) : paidShare(state, shortage.lines);
    const lines = shortage.lines.map((item) => `${item.sku} ×${String(item.quantity)}`);
    const lead = [reason(state, 'ORDER_SHORTAGE_REFUNDED', { refund, lines })];
    const patch: Patch = { shortage: null, warehouse: null, toShip };
    if (isZeroMoney(refund)) return go(toShip.length === 0 ? 'refunded' : 'awaiting_fulfillment', patch, lead, [{ type: 'NOTIFY_CUSTOMER', orderId, topic: 'shortage_resolved' }]);
    const step = refundStep(state, refund, 'shortage', 'awaiting_fulfillment', lead, patch);
    // A shortage that empties the order closes it, even if rounding left a cent unrefunded.
    return step.ok && toShip.length === 0 ? { ...step, to: 'refunded' } : step;
  },
  PACK(state, event) {
    const diff = differences(state.toShip, event.items);
    if (diff.length > 0) return refuse(state, 'ORDER_PACK_MISMATCH', { differences: diff });
    return go('packed', {}, [reason(state, 'ORDER_PACK_MATCHES')], [{ type: 'BOOK_CARRIER', orderId: state.order.id, warehouse: state.warehouse, reship: false }]);
  },
  SHIP(state, event) {
    const trackingNumber = event.trackingNumber.trim();
    if (trackingNumber === '') return refuse(state, 'ORDER_TRACKING_NUMBER_MISSING');
    const due = state.deadlines.shipBy;
    const reasons = [reason(state, 'ORDER_SHIPPED', { carrier: event.carrier, trackingNumber }), reason(state, 'ORDER_OUTBOUND_REGISTERED')];
    if (due !== null) {
      const lateMs = Date.parse(event.at) - Date.parse(due);
      reasons.push(
        lateMs > 0
          ? reason(state, 'ORDER_SHIPPED_LATE', { shipBy: due, shipByLocal: local(state, due), lateMinutes: Math.ceil(lateMs / 60_000) })
          : reason(state, 'ORDER_SHIPPED_ON_TIME', { shipBy: due, shipByLocal: local(state, due) }),
      );
    }
    return go('shipped', { shipments: [...state.shipments, { carrier: event.carrier, trackingNumber, shippedAt: event.at, nodes: [] }] }, reasons, [
      { type: 'NOTIFY_CUSTOMER', orderId: state.order.id, topic: 'order_shipped' },
    ]);
  },
  IN_TRANSIT(state, event) {
    const node = event.node ?? null;
    const shipments = state.shipments.map((shipment, index) =>
      index === state.shipments.length - 1 ? { ...shipment, nodes: [...shipment.nodes, { at: event.at, node }] } : shipment,
    );
    return go('in_transit', { shipments, exception: null }, [reason(state, 'ORDER_IN_TRANSIT', { node })], [
      { type: 'NOTIFY_CUSTOMER', orderId: state.order.id, topic: 'order_in_transit' },
    ]);
  },
  DELIVER(state, event, policy) {
    const until = afterSalesUntil(event.at, policy, state.timeZone);
    return go(
      'delivered',
      { deliveredAt: event.at, exception: null, deadlines: { ...state.deadlines, afterSalesUntil: until } },
      [reason(state, 'ORDER_DELIVERED', { deliveredAt: event.at, afterSalesUntil: until, afterSalesLocal: local(state, until) })],
      [{ type: 'NOTIFY_CUSTOMER', orderId: state.order.id, topic: 'order_delivered' }],
    );
  },
  REPORT_EXCEPTION(state, event) {
    const last = state.shipments.at(-1);
    const orderId = state.order.id;
    return go('delivery_exception', { exception: { kind: event.kind, reportedAt: event.at } }, [reason(state, logisticsCodes[event.kind], { kind: event.kind })], [
      { type: 'CONTACT_CARRIER', orderId, carrier: last?.carrier ?? '', trackingNumber: last?.trackingNumber ?? '', kind: event.kind },
      { type: 'NOTIFY_CUSTOMER', orderId, topic: 'shipment_exception' },
    ]);
  },
  RESHIP(state, event) {
    const trackingNumber = event.trackingNumber.trim();
    if (trackingNumber === '') return refuse(state, 'ORDER_TRACKING_NUMBER_MISSING');
    const orderId = state.order.id;
    return go(
      'shipped',
      { exception: null, shipments: [...state.shipments, { carrier: event.carrier, trackingNumber, shippedAt: event.at, nodes: [] }] },
      [reason(state, 'ORDER_RESHIPPED', { carrier: event.carrier, trackingNumber })],
      [
        { type: 'BOOK_CARRIER', orderId, warehouse: state.warehouse, reship: true },
        { type: 'NOTIFY_CUSTOMER', orderId, topic: 'order_reshipped' },
      ],
    );
  },
  REFUND(state, event) {
    // ORD-12: after-sales runs while its window is open.
    const until = state.deadlines.afterSalesUntil;
    if (state.value === 'delivered' && until !== null && event.at > until) {
      return refuse(state, 'ORDER_AFTER_SALES_CLOSED', { afterSalesUntil: until, afterSalesLocal: local(state, until) });
    }
    const cause: RefundCause = state.value === 'delivery_exception' ? 'logistics_exception' : state.value === 'delivered' ? 'after_sales' : 'requested';
    return refundStep(state, event.amount, cause, state.value);
  },
  COMPLETE(state, event) {
    const until = state.deadlines.afterSalesUntil;
    const params = { afterSalesUntil: until, afterSalesLocal: local(state, until) };
    if (until === null || event.at <= until) return refuse(state, 'ORDER_AFTER_SALES_WINDOW_OPEN', params);
    return go('completed', {}, [reason(state, 'ORDER_COMPLETED', params)]);
  },
  CANCEL(state, event) {
    return cancel(state, event);
  },
};

function stripUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

interface Rule {
  readonly targets: readonly OrderStateValue[];
  readonly run: (state: OrderState, event: ValidEvent, policy: OrderPolicy) => Step;
}

const rule = <T extends OrderEventType>(type: T, targets: readonly OrderStateValue[], run: Handler<T> = handlers[type]): Rule => ({
  targets,
  run: run as Rule['run'],
});

const refundable_ = (self: OrderStateValue) => rule('REFUND', [self, 'refunded']);
const cancellable = rule('CANCEL', ['cancelled']);
const notCancellable = rule('CANCEL', [], refuseCancel);

/**
 * The order lifecycle as a table: for each state, the events it accepts, the states each may lead
 * to, and the rule that decides. The xstate machine ({@link createOrderMachine}) and the pure
 * {@link transition} are both built from it, so they cannot disagree; a property test drives both
 * with random event sequences to prove it.
 *
 * @internal
 */
export const lifecycle: Readonly<Record<OrderStateValue, Readonly<Partial<Record<OrderEventType, Rule>>>>> = {
  pending_payment: {
    PAY: rule('PAY', ['under_review', 'on_hold', 'awaiting_fulfillment']),
    REMIND_PAYMENT: rule('REMIND_PAYMENT', ['pending_payment']),
    EXPIRE_PAYMENT: rule('EXPIRE_PAYMENT', ['cancelled']),
    CANCEL: cancellable,
  },
  under_review: {
    AUDIT: rule('AUDIT', ['awaiting_fulfillment', 'on_hold']),
    REFUND: refundable_('under_review'),
    CANCEL: cancellable,
  },
  on_hold: {
    CONFIRM: rule('CONFIRM', ['awaiting_fulfillment', 'on_hold']),
    REFUND: refundable_('on_hold'),
    CANCEL: cancellable,
  },
  awaiting_fulfillment: {
    ALLOCATE: rule('ALLOCATE', ['allocated']),
    REPORT_SHORTAGE: rule('REPORT_SHORTAGE', ['awaiting_stock']),
    REFUND: refundable_('awaiting_fulfillment'),
    CANCEL: cancellable,
  },
  awaiting_stock: {
    STOCK_ARRIVED: rule('STOCK_ARRIVED', ['awaiting_fulfillment']),
    RESOLVE_SHORTAGE: rule('RESOLVE_SHORTAGE', ['refunded', 'awaiting_fulfillment', 'awaiting_stock']),
    REFUND: refundable_('awaiting_stock'),
    CANCEL: cancellable,
  },
  allocated: {
    PACK: rule('PACK', ['packed']),
    REPORT_SHORTAGE: rule('REPORT_SHORTAGE', ['awaiting_stock']),
    REFUND: refundable_('allocated'),
    CANCEL: cancellable,
  },
  packed: {
    SHIP: rule('SHIP', ['shipped']),
    REFUND: refundable_('packed'),
    CANCEL: notCancellable,
  },
  shipped: {
    IN_TRANSIT: rule('IN_TRANSIT', ['in_transit']),
    DELIVER: rule('DELIVER', ['delivered']),
    REPORT_EXCEPTION: rule('REPORT_EXCEPTION', ['delivery_exception']),
    CANCEL: notCancellable,
  },
  in_transit: {
    IN_TRANSIT: rule('IN_TRANSIT', ['in_transit']),
    DELIVER: rule('DELIVER', ['delivered']),
    REPORT_EXCEPTION: rule('REPORT_EXCEPTION', ['delivery_exception']),
    CANCEL: notCancellable,
  },
  delivery_exception: {
    RESHIP: rule('RESHIP', ['shipped']),
    IN_TRANSIT: rule('IN_TRANSIT', ['in_transit']),
    DELIVER: rule('DELIVER', ['delivered']),
    REPORT_EXCEPTION: rule('REPORT_EXCEPTION', ['delivery_exception']),
    REFUND: refundable_('delivery_exception'),
    CANCEL: notCancellable,
  },
  delivered: {
    COMPLETE: rule('COMPLETE', ['completed']),
    REFUND: refundable_('delivered'),
    CANCEL: notCancellable,
  },
  completed: {},
  cancelled: {},
  refunded: {},
};
