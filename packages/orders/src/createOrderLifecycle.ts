import { createReason, localDateTime, money, resolveContext, type Context, type Reason } from '@zhidu/core';
import { auditValidOrder, type OrderAudit } from './auditOrder.js';
import { paymentDueAt } from './deadlines.js';
import { bySku, lifecycle } from './lifecycle.js';
import { orderPolicy } from './orderPolicy.js';
import { orderMessages } from './messages.js';
import { readEvent } from './readEvent.js';
import { readOrder } from './readOrder.js';
import { readState } from './readState.js';
import { overdueItems, type OverdueReport } from './overdueItems.js';
import type { HistoryEntry, OrderEvent, OrderInput, OrderPolicy, OrderState, TransitionResult } from './types.js';

/** The order lifecycle compiled for one policy: validated once, then every call runs on the table. */
export interface OrderLifecycle {
  /** The validated policy. */
  readonly policy: OrderPolicy;
  /** The policy's version, recorded in every order it starts. */
  readonly policyVersion: string;
  /** Starts an order (see {@link startOrder}). */
  start(order: OrderInput, context?: Context): OrderState;
  /** Applies an event (see {@link transition}). */
  transition(state: OrderState, event: OrderEvent): TransitionResult;
  /** Audits an order (see {@link auditOrder}). */
  audit(order: OrderInput, context?: Context): OrderAudit;
  /** Lists the deadlines already passed (see {@link overdue}). */
  overdue(state: OrderState, context?: Context): OverdueReport;
}

const compiled = new WeakMap<OrderPolicy, OrderLifecycle>();

/**
 * Compiles the order lifecycle for a policy: the policy is validated and versioned once, and the
 * returned object starts, moves, audits and checks orders without doing it again.
 *
 * @param policy - the order policy
 * @returns the lifecycle for that policy
 * @throws {@link @zhidu/core!PolicyConfigError} when the policy is invalid
 * @example
 * const orders = createOrderLifecycle(presets.douyinShop);
 * const state = orders.start(order);
 * orders.transition(state, { type: 'PAY', at: '2026-03-01T10:05:00+08:00', amount: '118.00' }).ok
 * //=> true
 */
export function createOrderLifecycle(policy: OrderPolicy): OrderLifecycle {
  const valid = orderPolicy.check(policy);
  const existing = compiled.get(valid);
  if (existing !== undefined) return existing;
  const policyVersion = orderPolicy.version(valid);

  const start = (input: OrderInput, context?: Context): OrderState => {
    const order = readOrder(input);
    const { timeZone, locale } = resolveContext(context, valid.store);
    return {
      value: 'pending_payment',
      version: 0,
      policyVersion,
      timeZone,
      locale,
      order,
      deadlines: { paymentDueAt: paymentDueAt(order, valid, timeZone), shipBy: null, afterSalesUntil: null },
      paid: null,
      refunded: money(0, order.currency),
      warehouse: null,
      toShip: [...bySku(order.lines)].map(([sku, quantity]) => ({ sku, quantity })),
      shortage: null,
      shipments: [],
      exception: null,
      deliveredAt: null,
      history: [],
    };
  };

  const transition = (input: OrderState, rawEvent: OrderEvent): TransitionResult => {
    const state = readState(input, policyVersion);
    const event = readEvent(rawEvent, state.order.currency);
    if (event.id !== undefined && state.history.some((entry) => entry.event.id === event.id)) {
      return { ok: true, state, commands: [] };
    }
    const rule = lifecycle[state.value][event.type];
    if (rule === undefined) {
      return { ok: false, error: createReason(orderMessages, 'TRANSITION_NOT_ALLOWED', { state: state.value, event: event.type }, state.locale) };
    }
    const last = state.history.at(-1)?.at ?? state.order.placedAt;
    if (event.at < last) {
      const error: Reason = createReason(
        orderMessages,
        'ORDER_EVENT_OUT_OF_ORDER',
        { at: event.at, atLocal: localDateTime(event.at, state.timeZone), last, lastLocal: localDateTime(last, state.timeZone) },
        state.locale,
      );
      return { ok: false, error };
    }
    const step = rule.run(state, event, valid);
    if (!step.ok) return step;
    if (!rule.targets.includes(step.to)) throw new Error(`zhidu orders: ${state.value} --${event.type}--> ${step.to} is not in the lifecycle table`);
    const version = state.version + 1;
    const entry: HistoryEntry = { at: event.at, version, event, from: state.value, to: step.to, reasons: step.reasons };
    const next: OrderState = { ...state, ...step.patch, value: step.to, version, history: [...state.history, entry] };
    return { ok: true, state: next, commands: step.commands };
  };

  const audit = (input: OrderInput, context?: Context): OrderAudit => {
    const { locale } = resolveContext(context, valid.store);
    return auditValidOrder(readOrder(input), valid, locale);
  };

  const overdue = (input: OrderState, context?: Context): OverdueReport => {
    const state = readState(input, policyVersion);
    return overdueItems(state, resolveContext(context, { timeZone: state.timeZone, locale: state.locale }));
  };

  const lifecycleForPolicy: OrderLifecycle = Object.freeze({ policy: valid, policyVersion, start, transition, audit, overdue });
  compiled.set(valid, lifecycleForPolicy);
  return lifecycleForPolicy;
}
