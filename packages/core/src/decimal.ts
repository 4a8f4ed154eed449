import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The decimal type zhidu computes money and ratios in: decimal.js configured with 40 significant
 * digits and half-up rounding, never plain floats.
 *
 * @example
 * new Decimal('0.1').plus('0.2').toString()
 * //=> '0.3'
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** An instance of {@link Decimal}. */
export type Decimal = DecimalJs;

/** A decimal value as zhidu accepts it: a decimal string, a finite number or a {@link Decimal}. */
export type DecimalInput = string | number | Decimal;

const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/u;

/** The longest decimal string zhidu reads (guards against pathological inputs). */
const maxDigits = 60;

/**
 * Whether a string is a decimal {@link readDecimal} reads (at most 60 characters, no exponent),
 * without building the Decimal: what the decimal schemas check.
 *
 * @internal
 */
export function isDecimalText(value: string): boolean {
  return value.length <= maxDigits && decimalPattern.test(value);
}

/**
 * Reads a decimal strictly: a plain decimal string (`'12.30'`, `'-5'`), a finite number, or a
 * Decimal. Exponents, spaces, `NaN` and `Infinity` are refused. Numbers are read from their
 * shortest round-trip form, so `0.1` is exactly one tenth.
 *
 * @param value - the value to read
 * @returns the decimal, or `undefined` when the value is not a plain finite decimal
 * @example
 * readDecimal('12.30')?.toString()
 * //=> '12.3'
 */
export function readDecimal(value: unknown): Decimal | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const read = new Decimal(Object.is(value, -0) ? 0 : value);
    // The same size limit as strings: 1e+56 is a finite number but no amount.
    return read.toFixed().length > maxDigits ? undefined : read;
  }
  if (typeof value === 'string') return isDecimalText(value) ? new Decimal(value) : undefined;
  if (value instanceof DecimalJs) {
    return value.isFinite() ? new Decimal(value) : undefined;
  }
  return undefined;
}
