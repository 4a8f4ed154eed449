import { currencyMinorUnit, Decimal, fromDecimal, isMoney, type Money } from '@zhidu/core';

const powers: Decimal[] = [];

/** 10^scale, made once per scale. */
function power(scale: number): Decimal {
  return (powers[scale] ??= new Decimal(10).pow(scale));
}

/**
 * An amount written exactly as Money writes it in the currency (`'100.00'` in CNY) as a Decimal
 * number of minor units (10000), read off its digits — no decimal string to parse, and a small
 * whole number takes decimal.js's integer path. `undefined` for any other amount.
 *
 * @internal
 */
// Stryker disable next-line BlockStatement: a shortcut; when it gives undefined, the caller reads the amount with readMoney, to the same minor units
export function writtenMinorUnits(amount: string | number, currency: string): Decimal | undefined {
  // Stryker disable next-line EqualityOperator,StringLiteral,ObjectLiteral: a shortcut; when it gives undefined, the caller reads the amount with readMoney, to the same minor units
  if (typeof amount !== 'string' || !isMoney({ amount, currency })) return undefined;
  const scale = currencyMinorUnit(currency) ?? 0;
  const digits = scale === 0 ? amount : amount.slice(0, -scale - 1) + amount.slice(-scale);
  // Up to 15 digits a number holds the integer exactly.
  return digits.length <= 15 ? new Decimal(Number(digits)) : new Decimal(digits);
}

/** An amount (at most `scale` decimals) as Decimal minor units. @internal */
export function toMinorUnits(amount: Decimal, scale: number): Decimal {
  return amount.times(power(scale));
}

/** Decimal minor units as money at `scale` decimals. @internal */
export function fromMinorUnits(minor: Decimal, scale: number, currency: string): Money {
  // Stryker disable next-line ConditionalExpression: shares are never negative (what was paid is not), and fromDecimal writes a non-negative amount the same way
  if (minor.isNegative()) return fromDecimal(minor.div(power(scale)), currency);
  const text = minor.toFixed(0);
  if (scale === 0) return Object.freeze({ amount: text, currency });
  const digits = text.length > scale ? text : '0'.repeat(scale - text.length + 1) + text;
  return Object.freeze({ amount: `${digits.slice(0, -scale)}.${digits.slice(-scale)}`, currency });
}

/**
 * What was paid for units `[from, from + count)` of a line: the line's payment split into equal
 * unit shares by the largest-remainder rule (the odd minor units go to the first units), so the
 * shares of all units sum exactly to what was paid, and two requests for consecutive units refund
 * exactly what one request for both would (RET-10). Computed in O(1), whatever the quantity, in
 * Decimal minor units.
 *
 * @param minor - what was paid for the line, in minor units
 * @param linePaid - the same as money (returned as it is for every unit of the line)
 *
 * @internal
 */
export function paidShare(minor: Decimal, linePaid: Money, scale: number, units: number, from: number, count: number): Money {
  // Every unit: the shares sum to exactly what was paid.
  if (from === 0 && count === units) return linePaid;
  const base = minor.divToInt(units);
  const remainder = minor.minus(base.times(units)).toNumber();
  const extra = Math.max(0, Math.min(from + count, remainder) - Math.min(from, remainder));
  return fromMinorUnits(base.times(count).plus(extra), scale, linePaid.currency);
}
