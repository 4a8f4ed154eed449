import type { Order } from './types.js';

// Amounts in the common case — unsigned decimal text with no more decimals than the currency has,
// small enough that its minor units are a safe integer — computed as integers instead of Decimals.
// Anything else returns `undefined`, and the caller takes the Decimal path.

const plainAmount = /^(\d{1,15})(?:\.(\d*))?$/u;

/**
 * An amount's minor units (`'59.5'` at scale 2 → 5950), or `undefined` when the text is not an
 * unsigned plain decimal with at most `scale` decimals whose minor units are a safe integer.
 *
 * @internal
 */
export function minorUnits(text: string, scale: number): number | undefined {
  const match = plainAmount.exec(text);
  if (match === null) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > scale) return undefined;
  const value = Number(match[1]) * 10 ** scale + (fraction === '' ? 0 : Number(fraction.padEnd(scale, '0')));
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Whether an order's lines, shipping and discount add up to its total (ORD-2), decided in minor
 * units: `true` only when every amount is plain and every sum a safe integer and they add up;
 * `false` means "not shown here" (they may not add up, or need Decimals to tell).
 *
 * @internal
 */
export function addsUpInMinorUnits(order: Order, scale: number): boolean {
  // Every term is a non-negative integer, so a sum that is still a safe integer was computed exactly.
  let gross = minorUnits(order.shipping, scale);
  if (gross === undefined) return false;
  for (const line of order.lines) {
    const unit = minorUnits(line.unitPrice, scale);
    if (unit === undefined) return false;
    gross += unit * line.quantity;
    if (!Number.isSafeInteger(gross)) return false;
  }
  const discount = minorUnits(order.discount, scale);
  const total = minorUnits(order.total, scale);
  return discount !== undefined && total !== undefined && gross - discount === total;
}
