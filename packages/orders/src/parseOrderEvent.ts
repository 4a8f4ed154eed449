import { readEvent } from './readEvent.js';
import type { ParsedOrderEvent } from './types.js';

/**
 * Validates an event once, for {@link OrderLifecycle.transitionParsed}: the same checks `transition`
 * makes (its type and fields, the instant's offset, the amount in the order's currency, above zero
 * and with no more decimals than the currency has), with the same
 * {@link @zhidu/core!PolicyInputError} issues. The event comes back as the order's history records
 * it: its instant in UTC, its amount as money, required text trimmed — so the events in a history
 * can be passed back as they are.
 *
 * @param event - the event, untrusted
 * @param currency - the order's currency (`state.order.currency`), for the amount of `PAY` and `REFUND`
 * @returns the event, checked (a new object)
 * @throws {@link @zhidu/core!PolicyInputError} with the path of every bad field
 * @example
 * parseOrderEvent({ type: 'PAY', id: 'pay-1', at: '2026-03-01T10:05:00+08:00', amount: '118' }, 'CNY')
 * //=> { type: 'PAY', id: 'pay-1', at: '2026-03-01T02:05:00.000Z', amount: { amount: '118.00', currency: 'CNY' } }
 * parseOrderEvent({ type: 'ALLOCATE', at: '2026-03-01 11:00', warehouse: 'SH-1' }, 'CNY')
 * //=> throws PolicyInputError: Invalid input, 1 issue: event.at: Expected an ISO 8601 instant with an offset or Z, …
 */
export function parseOrderEvent(event: unknown, currency: string): ParsedOrderEvent {
  return readEvent(event, currency) as ParsedOrderEvent;
}
