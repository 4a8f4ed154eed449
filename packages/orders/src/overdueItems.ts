import { createReason, localDateTime, type Decision, type ResolvedContext } from '@zhidu/core';
import { orderMessages } from './messages.js';
import type { OrderState, OrderStateValue } from './types.js';

/** A deadline that has passed. */
export interface OverdueItem {
  /** Which deadline: payment (ORD-11) or shipping (ORD-7). */
  readonly kind: 'payment' | 'shipping';
  /** The deadline, a UTC ISO string. */
  readonly dueAt: string;
  /** Whole minutes past the deadline (a part of a minute counts as one). */
  readonly minutesOverdue: number;
}

/** The deadlines of an order already passed, with reasons. */
export type OverdueReport = Decision<{ readonly overdue: readonly OverdueItem[] }>;

const beforeShipping: ReadonlySet<OrderStateValue> = new Set(['under_review', 'on_hold', 'awaiting_fulfillment', 'awaiting_stock', 'allocated', 'packed']);

/**
 * The deadlines of an order passed at `now`: payment while it is unpaid, shipping while it has not shipped.
 *
 * @internal
 */
export function overdueItems(state: OrderState, context: ResolvedContext): OverdueReport {
  const now = context.now.getTime();
  const overdue: OverdueItem[] = [];
  const reasons = [];
  const { paymentDueAt, shipBy } = state.deadlines;
  const minutes = (due: string) => Math.ceil((now - Date.parse(due)) / 60_000);
  if (state.value === 'pending_payment' && paymentDueAt !== null && now > Date.parse(paymentDueAt)) {
    overdue.push({ kind: 'payment', dueAt: paymentDueAt, minutesOverdue: minutes(paymentDueAt) });
    reasons.push(
      createReason(orderMessages, 'ORDER_PAYMENT_OVERDUE', { paymentDueAt, paymentDueLocal: localDateTime(paymentDueAt, state.timeZone), minutes: minutes(paymentDueAt) }, context.locale),
    );
  }
  if (beforeShipping.has(state.value) && shipBy !== null && now > Date.parse(shipBy)) {
    overdue.push({ kind: 'shipping', dueAt: shipBy, minutesOverdue: minutes(shipBy) });
    reasons.push(createReason(orderMessages, 'ORDER_SHIPMENT_OVERDUE', { shipBy, shipByLocal: localDateTime(shipBy, state.timeZone), minutes: minutes(shipBy) }, context.locale));
  }
  if (overdue.length === 0) reasons.push(createReason(orderMessages, 'ORDER_NOTHING_OVERDUE', undefined, context.locale));
  return { overdue, reasons };
}
