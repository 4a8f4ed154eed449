import { fromDecimal, parseInput, parseInstant, PolicyInputError, readMoney, type Money } from '@zhidu/core';
import { matchEvent, type ParsedEvent } from './matchEvent.js';
import { orderEventSchema } from './schema.js';

/** An amount as the event schema outputs it: a decimal string, a number, or money. */
type ParsedAmount = Extract<ParsedEvent, { amount: unknown }>['amount'];

/**
 * An event after validation: its instant as a UTC ISO string and its amount as money in the order's
 * currency. `ParsedOrderEvent` is this type, branded as checked; the history records events in
 * this shape.
 */
export type ValidEvent = ParsedEvent extends infer E
  ? E extends { type: string }
    ? Omit<E, 'at' | 'amount'> & { readonly at: string } & ('amount' extends keyof E ? { readonly amount: Money } : unknown)
    : never
  : never;

/**
 * Validates an event against the lifecycle's schema and the order's currency: an unknown type, a
 * missing field, an instant without an offset, an amount in another currency, with too many
 * decimals or not above zero are input errors. The common case is checked by hand
 * ({@link matchEvent}); zod runs only when that check fails, to accept the event after all or to
 * list what is wrong with it.
 *
 * @internal
 */
export function readEvent(input: unknown, currency: string): ValidEvent {
  const matched = matchEvent(input);
  let parsed: ParsedEvent;
  let at: string;
  if (matched === undefined) {
    parsed = parseInput(orderEventSchema, input, ['event']);
    at = parseInstant(parsed.at, ['event', 'at']).toISOString();
    if (!('amount' in parsed)) return { ...parsed, at };
  } else {
    // Already a new object with its instant in UTC: no copy needed.
    if (!('amount' in matched)) return matched;
    parsed = matched;
    at = matched.at;
  }
  return { ...parsed, at, amount: readAmount(parsed.amount, currency) };
}

/**
 * An event's amount as money: in the order's currency, with no more decimals than it has, above
 * zero, written at the minor unit.
 *
 * @internal
 */
export function readAmount(raw: ParsedAmount, currency: string): Money {
  if (typeof raw === 'object' && raw.currency !== currency) {
    throw new PolicyInputError([
      { path: ['event', 'amount', 'currency'], message: `Expected the order's currency ${currency}, received ${raw.currency}`, code: 'currency_mismatch' },
    ]);
  }
  const read = readMoney(['event', 'amount'], typeof raw === 'object' ? raw.amount : raw, currency);
  if (!read.value.greaterThan(0)) {
    throw new PolicyInputError([{ path: ['event', 'amount'], message: 'Expected an amount greater than zero', code: 'too_small' }]);
  }
  return fromDecimal(read.value, currency);
}
