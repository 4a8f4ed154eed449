import { currencyMinorUnit } from '@zhidu/core';

// Hand-written checks for the common case of the lifecycle's input: a state the lifecycle wrote and
// an event the host sent as plain JSON. Each accepts only what the zod schema in `schema.ts` accepts
// (a subset of it: anything unusual — a class instance, a number where a string is usual, an
// explicit `undefined` — is left to zod), so callers run zod only when a check says no, and zod
// then either accepts the value after all or writes the error report. Property tests check that a
// value these accept is one the schema accepts, with the same output.

/** A plain object (a literal or from JSON.parse): not null, not an array, no prototype but Object's (or none). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** How many enumerable string keys `for…in` sees (own and inherited), which is what a strict zod object checks against its shape. */
export function keyCount(value: object): number {
  let count = 0;
  // Inherited enumerable keys count: zod's strict objects refuse them too.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the keys are only counted
  for (const key in value) count++;
  return count;
}

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';
/** `z.int().check(z.minimum(min))`, on safe integers only. */
export const isIntAtLeast = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= min;

/** core's `readDecimal` pattern for strings: a plain decimal, at most 60 characters. */
const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/u;

/** A string `readDecimal` accepts (what `decimalSchema`'s string branch and the state's stored decimals check). */
export const isDecimalString = (value: unknown): value is string => typeof value === 'string' && value.length <= 60 && decimalPattern.test(value);

/** `moneySchema` for the common case: a decimal string with no more decimals than a known currency allows. */
export function isMoneyValue(value: unknown): boolean {
  if (!isRecord(value) || !isDecimalString(value.amount) || !isString(value.currency) || keyCount(value) !== 2) return false;
  const scale = currencyMinorUnit(value.currency);
  if (scale === undefined) return false;
  const dot = value.amount.indexOf('.');
  // Digits after the point bound decimal.js's decimalPlaces() (which drops trailing zeros) from above.
  return dot < 0 || value.amount.length - dot - 1 <= scale;
}
