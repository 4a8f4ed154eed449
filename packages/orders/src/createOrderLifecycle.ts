import { createReason, localDateTime, money, resolveContext, type Context, type Reason } from '@zhidu/core';
import { auditValidOrder, type OrderAudit } from './auditOrder.js';
import { paymentDueAt } from './deadlines.js';
import { bySku, lifecycle, type Patch } from './lifecycle.js';
import { orderPolicy } from './orderPolicy.js';
import { orderMessages } from './messages.js';
import { readAmount, readEvent, type ValidEvent } from './readEvent.js';
import { readOrder } from './readOrder.js';
import { checkPolicyVersion, readState } from './readState.js';
import { overdueItems, type OverdueReport } from './overdueItems.js';
import type {
  HistoryEntry,
  OrderEvent,
  OrderInput,
  OrderPolicy,
  OrderState,
  OrderStateValue,
  ParsedOrderEvent,
  ParsedOrderState,
  ParsedTransitionResult,
  TransitionResult,
} from './types.js';

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
  /**
   * Applies an event to a state that were both validated already — by {@link parseOrderState} and
   * {@link parseOrderEvent}, or returned by an earlier `transitionParsed` — without validating
   * them again: the same result as `transition`, for a host that applies many events to orders it
   * holds in memory (a batch, a replayed event log). The policy version and the amount's currency
   * are still checked (they are not the shape of the input but which rules apply).
   *
   * @example
   * const orders = createOrderLifecycle(presets.generic);
   * let state = parseOrderState(JSON.parse(row.state));
   * for (const raw of events) {
   *   const result = orders.transitionParsed(state, parseOrderEvent(raw, state.order.currency));
   *   if (result.ok) state = result.state;
   * }
   * state.version
   * //=> 7
   * @throws {@link @zhidu/core!PolicyInputError} when the state started under another policy, or the
   *   event was parsed for another currency
   */
  transitionParsed(state: ParsedOrderState, event: ParsedOrderEvent): ParsedTransitionResult;
  /** Audits an order (see {@link auditOrder}). */
  audit(order: OrderInput, context?: Context): OrderAudit;
  /** Lists the deadlines already passed (see {@link overdue}). */
  overdue(state: OrderState, context?: Context): OverdueReport;
}

const compiled = new WeakMap<OrderPolicy, OrderLifecycle>();

/**
 * The state after a step: the step's changes over the state, one more version, the entry appended
 * to a copy of the history. Written out key by key (in the order `start` writes them) rather than
 * as `{ ...state, ...patch }`: two spreads of a 16-key object were a tenth of a transition. A
 * nullable key (`warehouse`, `shortage` …) is changed when the patch has it, even to `null`.
 */
function nextState(state: OrderState, patch: Patch, to: OrderStateValue, version: number, entry: HistoryEntry): OrderState {
  const history = state.history.slice();
  history.push(entry);
  return {
    value: to,
    version,
    policyVersion: state.policyVersion,
    timeZone: state.timeZone,
    locale: state.locale,
    order: patch.order ?? state.order,
    deadlines: patch.deadlines ?? state.deadlines,
    paid: patch.paid === undefined ? state.paid : patch.paid,
    refunded: patch.refunded ?? state.refunded,
    warehouse: patch.warehouse === undefined ? state.warehouse : patch.warehouse,
    toShip: patch.toShip ?? state.toShip,
    shortage: patch.shortage === undefined ? state.shortage : patch.shortage,
    shipments: patch.shipments ?? state.shipments,
    exception: patch.exception === undefined ? state.exception : patch.exception,
    deliveredAt: patch.deliveredAt === undefined ? state.deliveredAt : patch.deliveredAt,
    history,
  };
}

/** Whether an event with this id is in the history (entries other than the last are not validated: a damaged one is skipped). */
const applied = (history: readonly HistoryEntry[], id: string): boolean =>
  (history as readonly ({ readonly event?: { readonly id?: unknown } | null } | null | undefined)[]).some((entry) => entry?.event?.id === id);

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
  // The policy object a host passes maps straight to its lifecycle: `transition(state, event, policy)`
  // costs one WeakMap lookup, not a policy check and then a lookup.
  const known = compiled.get(policy);
  if (known !== undefined) return known;
  const valid = orderPolicy.check(policy);
  const existing = compiled.get(valid);
  if (existing !== undefined) {
    compiled.set(policy, existing);
    return existing;
  }
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
    return apply(state, readEvent(rawEvent, state.order.currency));
  };

  const transitionParsed = (state: ParsedOrderState, event: ParsedOrderEvent): ParsedTransitionResult => {
    checkPolicyVersion(state, policyVersion);
    // An amount parsed for another currency is refused as transition refuses it.
    if ('amount' in event && event.amount.currency !== state.order.currency) readAmount(event.amount, state.order.currency);
    // A parsed state and event give a state as valid as the one they came from.
    return apply(state, event) as ParsedTransitionResult;
  };

  /** One step on a checked state and event: the replay check, the table, the rule, the next state. */
  const apply = (state: OrderState, event: ValidEvent): TransitionResult => {
    if (event.id !== undefined && applied(state.history, event.id)) return { ok: true, state, commands: [] };
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
    return { ok: true, state: nextState(state, step.patch, step.to, version, entry), commands: step.commands };
  };

  const audit = (input: OrderInput, context?: Context): OrderAudit => {
    const { locale } = resolveContext(context, valid.store);
    return auditValidOrder(readOrder(input), valid, locale);
  };

  const overdue = (input: OrderState, context?: Context): OverdueReport => {
    const state = readState(input, policyVersion);
    return overdueItems(state, resolveContext(context, { timeZone: state.timeZone, locale: state.locale }));
  };

  const lifecycleForPolicy: OrderLifecycle = Object.freeze({ policy: valid, policyVersion, start, transition, transitionParsed, audit, overdue });
  compiled.set(valid, lifecycleForPolicy);
  compiled.set(policy, lifecycleForPolicy);
  return lifecycleForPolicy;
}
