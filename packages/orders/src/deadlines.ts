import { computeWindow, type WindowSpec } from '@zhidu/core';
import type { Order, OrderPolicy } from './types.js';

/** Which handling-time rule set an order's ship-by deadline (ORD-7). */
export type ShipByRule = 'stated' | 'perishable' | 'unstated' | 'none';

/**
 * The last instant an order may be paid (ORD-11), or `null` when the policy sets no limit.
 *
 * @internal
 */
export function paymentDueAt(order: Order, policy: OrderPolicy, timeZone: string): string | null {
  return computeWindow(order.placedAt, policy.payment.window, { timeZone, calendar: policy.calendar }).end;
}

/**
 * The ship-by deadline of a paid order (ORD-7): the stated handling time from payment, the stricter
 * perishable one when a line is tagged `perishable` (whichever ends first), or the unstated-time
 * rule (the US FTC rule's 30 days) when the store states none.
 *
 * @internal
 */
export function shipBy(order: Order, paidAt: string, policy: OrderPolicy, timeZone: string): { shipBy: string | null; rule: ShipByRule; spec: WindowSpec | null } {
  const options = { timeZone, calendar: policy.calendar };
  const { handling, unstatedHandling, perishableHandling } = policy.shipping;
  const base: WindowSpec = handling ?? unstatedHandling;
  let result = { shipBy: computeWindow(paidAt, base, options).end, rule: (handling === null ? 'unstated' : 'stated') as ShipByRule, spec: base };
  if (perishableHandling !== null && order.lines.some((line) => line.tags.includes('perishable'))) {
    const perishable = computeWindow(paidAt, perishableHandling, options).end;
    if (perishable !== null && (result.shipBy === null || perishable < result.shipBy)) {
      result = { shipBy: perishable, rule: 'perishable', spec: perishableHandling };
    }
  }
  if (result.shipBy === null) return { shipBy: null, rule: 'none', spec: null };
  return result;
}

/**
 * The last instant of the after-sales window of a delivered order (ORD-12), or `null` for no limit.
 *
 * @internal
 */
export function afterSalesUntil(deliveredAt: string, policy: OrderPolicy, timeZone: string): string | null {
  return computeWindow(deliveredAt, policy.afterSales.window, { timeZone, calendar: policy.calendar }).end;
}
