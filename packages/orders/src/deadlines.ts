import { computeWindow, isTimeZone, localDate, type WindowSpec } from '@zhidu/core';
import type { Order, OrderPolicy } from './types.js';

const dayUnits: ReadonlySet<string> = new Set(['calendar_days', 'business_days', 'calendar_months']);
/** Window ends by policy spec, then by time zone and local start date. */
const ends = new WeakMap<WindowSpec, Map<string, string | null>>();

/**
 * `computeWindow(start, spec, …).end`. A window counted in days that ends at the end of a local day
 * ends on a day that depends on nothing but the local date it starts on (and the policy's calendar,
 * fixed with its spec), so its end is remembered per time zone and local date: a day's orders
 * compute it once. Minutes and hours are computed each time (they are a sum).
 */
function windowEnd(start: string, spec: WindowSpec, policy: OrderPolicy, timeZone: string): string | null {
  const options = { timeZone, calendar: policy.calendar };
  if (!dayUnits.has(spec.unit) || spec.endOfDay === false || !isTimeZone(timeZone)) return computeWindow(start, spec, options).end;
  let byDate = ends.get(spec);
  if (byDate === undefined) {
    byDate = new Map();
    ends.set(spec, byDate);
  }
  const key = `${timeZone} ${localDate(start, timeZone)}`;
  let end = byDate.get(key);
  if (end === undefined) {
    end = computeWindow(start, spec, options).end;
    if (byDate.size >= 10_000) byDate.clear();
    byDate.set(key, end);
  }
  return end;
}

/** Which handling-time rule set an order's ship-by deadline (ORD-7). */
export type ShipByRule = 'stated' | 'perishable' | 'unstated' | 'none';

/**
 * The last instant an order may be paid (ORD-11), or `null` when the policy sets no limit.
 *
 * @internal
 */
export function paymentDueAt(order: Order, policy: OrderPolicy, timeZone: string): string | null {
  return windowEnd(order.placedAt, policy.payment.window, policy, timeZone);
}

/**
 * The ship-by deadline of a paid order (ORD-7): the stated handling time from payment, the stricter
 * perishable one when a line is tagged `perishable` (whichever ends first), or the unstated-time
 * rule (the US FTC rule's 30 days) when the store states none.
 *
 * @internal
 */
export function shipBy(order: Order, paidAt: string, policy: OrderPolicy, timeZone: string): { shipBy: string | null; rule: ShipByRule; spec: WindowSpec | null } {
  const { handling, unstatedHandling, perishableHandling } = policy.shipping;
  const base: WindowSpec = handling ?? unstatedHandling;
  let result = { shipBy: windowEnd(paidAt, base, policy, timeZone), rule: (handling === null ? 'unstated' : 'stated') as ShipByRule, spec: base };
  if (perishableHandling !== null && order.lines.some((line) => line.tags.includes('perishable'))) {
    const perishable = windowEnd(paidAt, perishableHandling, policy, timeZone);
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
  return windowEnd(deliveredAt, policy.afterSales.window, policy, timeZone);
}
