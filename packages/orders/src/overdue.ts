import type { Context } from '@zhidu/core';
import { createOrderLifecycle } from './createOrderLifecycle.js';
import { presets } from './orderPolicy.js';
import type { OverdueReport } from './overdueItems.js';
import type { OrderPolicy, OrderState } from './types.js';

/**
 * Lists the deadlines of an order that have passed at `context.now`: payment while the order is
 * unpaid (ORD-11; the host may then send `EXPIRE_PAYMENT`), shipping while it has not shipped
 * (ORD-7). A deadline is passed only after its last instant: one millisecond before is on time.
 *
 * @param state - the order's state
 * @param policy - the policy the order started under; the generic preset by default
 * @param context - `now` (the system clock when omitted) and the locale
 * @returns `{ overdue: { kind, dueAt, minutesOverdue }[], reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} when the state or context is malformed, or the policy is not the order's
 * @example
 * overdue(state, presets.generic, { now: '2026-03-02T10:00:01+08:00' }).overdue
 * //=> [{ kind: 'payment', dueAt: '2026-03-02T02:00:00.000Z', minutesOverdue: 1 }]
 */
export function overdue(state: OrderState, policy: OrderPolicy = presets.generic, context?: Context): OverdueReport {
  return createOrderLifecycle(policy).overdue(state, context);
}
