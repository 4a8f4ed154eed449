import { Decimal, fromDecimal, type Money } from '@zhidu/core';

/**
 * What was paid for units `[from, from + count)` of a line: the line's payment split into equal
 * unit shares by the largest-remainder rule (the odd minor units go to the first units), so the
 * shares of all units sum exactly to what was paid, and two requests for consecutive units refund
 * exactly what one request for both would (RET-10). Computed in O(1), whatever the quantity.
 *
 * @internal
 */
export function paidShare(paid: Decimal, currency: string, scale: number, units: number, from: number, count: number): Money {
  const minor = paid.times(new Decimal(10).pow(scale));
  const base = minor.divToInt(units);
  const remainder = minor.minus(base.times(units)).toNumber();
  const extra = Math.max(0, Math.min(from + count, remainder) - Math.min(from, remainder));
  return fromDecimal(base.times(count).plus(extra).div(new Decimal(10).pow(scale)), currency);
}
