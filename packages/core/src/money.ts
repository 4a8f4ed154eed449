import { PolicyInputError } from './PolicyInputError.js';
import { currencyMinorUnit } from './currencies.js';
import { Decimal, readDecimal, type DecimalInput } from './decimal.js';
import type { PolicyIssue } from './issues.js';
import { decimalRounding, type RoundingMode } from './rounding.js';

/**
 * An amount of money as it crosses the API: a decimal string written at the currency's minor
 * unit (`'12.30'` for CNY, `'1200'` for JPY) and an ISO 4217 code. Plain JSON: it serialises and
 * parses back to an equal object.
 */
export interface Money {
  /** The amount as a decimal string at the currency's minor unit, e.g. `'12.30'`. */
  readonly amount: string;
  /** The ISO 4217 currency code, e.g. `'CNY'`. */
  readonly currency: string;
}

/** Money as a call accepts it: an amount as a decimal string or a number, and a currency. */
export interface MoneyInput {
  /** A decimal string (`'12.30'`) or a number (`12.3`) with no more decimals than the currency has. */
  readonly amount: DecimalInput;
  /** The ISO 4217 currency code. */
  readonly currency: string;
}

/** A Money with its amount as a Decimal, as zhidu computes with it. */
export interface DecimalMoney {
  readonly value: Decimal;
  readonly currency: string;
  readonly scale: number;
}

function write(value: Decimal, currency: string, scale: number): Money {
  const fixed = value.isZero() ? new Decimal(0).toFixed(scale) : value.toFixed(scale);
  return Object.freeze({ amount: fixed, currency });
}

/**
 * Reads an amount and a currency strictly and lists what is wrong under `path`. The building
 * block of {@link money}; packages use it to report the real path of a bad amount in their input.
 *
 * @param path - where the amount sits in the caller's input (its `amount` and `currency` keys are not added)
 * @param amount - a decimal string, number or Decimal
 * @param currency - an ISO 4217 code
 * @returns the amount as a Decimal with its currency and scale
 * @throws {@link PolicyInputError} when the amount is not a plain finite decimal, the currency is
 *   unknown, or the amount has more decimals than the currency allows
 * @example
 * readMoney(['lines', 0, 'unitPrice'], '59.00', 'CNY').value.toString()
 * //=> '59'
 */
export function readMoney(path: readonly (string | number)[], amount: unknown, currency: unknown): DecimalMoney {
  const issues: PolicyIssue[] = [];
  const scale = typeof currency === 'string' ? currencyMinorUnit(currency) : undefined;
  if (scale === undefined) {
    issues.push({
      path: [...path],
      message: `Unknown currency ${typeof currency === 'string' ? JSON.stringify(currency) : typeof currency}: expected an ISO 4217 code such as "CNY" or "USD"`,
      code: 'invalid_currency',
    });
  }
  const value = readDecimal(amount);
  if (value === undefined) {
    issues.push({
      path: [...path],
      message: `Expected an amount as a decimal string or a finite number, received ${describe(amount)}`,
      code: 'invalid_money',
    });
  } else if (scale !== undefined && value.decimalPlaces() > scale) {
    issues.push({
      path: [...path],
      message: `${value.toString()} has ${String(value.decimalPlaces())} decimal places; ${String(currency)} allows ${String(scale)}`,
      code: 'invalid_money',
    });
  }
  if (issues.length > 0 || value === undefined || scale === undefined) throw new PolicyInputError(issues);
  return { value, currency: currency as string, scale };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  return typeof value;
}

/**
 * Makes a {@link Money} from a decimal string or a number. Nothing is rounded silently: an amount
 * with more decimals than the currency allows is an input error.
 *
 * @param amount - a decimal string (`'12.3'`, `'-5'`), a finite number or a Decimal
 * @param currency - an ISO 4217 code (`'CNY'`, `'USD'`, `'JPY'` …)
 * @returns the money, written at the currency's minor unit
 * @throws {@link PolicyInputError} when the amount or currency is invalid, or has too many decimals
 * @example
 * money('12.3', 'CNY')
 * //=> { amount: '12.30', currency: 'CNY' }
 * money(0.1 + 0.2, 'CNY')
 * //=> throws PolicyInputError (0.30000000000000004 has 17 decimal places; CNY allows 2)
 */
export function money(amount: DecimalInput, currency: string): Money {
  const read = readMoney([], amount, currency);
  return write(read.value, read.currency, read.scale);
}

/**
 * Reads a {@link MoneyInput} (for example money parsed from a host's JSON) into a Money.
 *
 * @param input - an object with `amount` and `currency`
 * @param path - where the value sits in the caller's input, for error paths
 * @returns the money, written at the currency's minor unit
 * @throws {@link PolicyInputError} when the value is not valid money
 * @example
 * toMoney({ amount: 5, currency: 'USD' })
 * //=> { amount: '5.00', currency: 'USD' }
 */
export function toMoney(input: MoneyInput, path: readonly (string | number)[] = []): Money {
  const read = readMoneyInput(input, path);
  return write(read.value, read.currency, read.scale);
}

/**
 * Reads a {@link MoneyInput} into a Decimal with its currency, checking it strictly.
 *
 * @param input - an object with `amount` and `currency`
 * @param path - where the value sits in the caller's input
 * @returns the amount as a Decimal with currency and scale
 * @throws {@link PolicyInputError} when the value is not valid money
 * @example
 * readMoneyInput({ amount: '1.50', currency: 'CNY' }).value.toString()
 * //=> '1.5'
 */
export function readMoneyInput(input: unknown, path: readonly (string | number)[] = []): DecimalMoney {
  if (typeof input !== 'object' || input === null) {
    throw new PolicyInputError([
      { path: [...path], message: `Expected money as { amount, currency }, received ${describe(input)}`, code: 'invalid_type' },
    ]);
  }
  const record = input as { readonly amount?: unknown; readonly currency?: unknown };
  return readMoney(path, record.amount, record.currency);
}

/**
 * Rounds a decimal amount to a currency's minor unit with an explicit mode.
 *
 * @param amount - the exact amount (string, number or Decimal), any number of decimals
 * @param currency - an ISO 4217 code
 * @param mode - how to round; `'half-up'` (ties away from zero) by default
 * @returns the rounded money
 * @throws {@link PolicyInputError} when the amount, currency or mode is invalid
 * @example
 * roundMoney('2.675', 'USD')
 * //=> { amount: '2.68', currency: 'USD' }
 * roundMoney('2.675', 'USD', 'half-even')
 * //=> { amount: '2.68', currency: 'USD' }
 * roundMoney('2.665', 'USD', 'half-even')
 * //=> { amount: '2.66', currency: 'USD' }
 */
export function roundMoney(amount: DecimalInput, currency: string, mode: RoundingMode = 'half-up'): Money {
  const issues: PolicyIssue[] = [];
  const scale = currencyMinorUnit(currency);
  if (scale === undefined) issues.push({ path: ['currency'], message: `Unknown currency ${JSON.stringify(currency)}`, code: 'invalid_currency' });
  const value = readDecimal(amount);
  if (value === undefined) issues.push({ path: ['amount'], message: `Expected a decimal amount, received ${describe(amount)}`, code: 'invalid_money' });
  const rounding = decimalRounding(mode);
  if (rounding === undefined) issues.push({ path: ['mode'], message: `Unknown rounding mode ${JSON.stringify(mode)}`, code: 'invalid_rounding' });
  if (issues.length > 0 || scale === undefined || value === undefined || rounding === undefined) throw new PolicyInputError(issues);
  return write(value.toDecimalPlaces(scale, rounding), currency, scale);
}

/**
 * Writes an exact Decimal result as money, rounding to the minor unit with the given mode.
 * For packages that compute with Decimals and hand back Money.
 *
 * @param value - the exact amount
 * @param currency - a known ISO 4217 code
 * @param mode - the rounding mode, `'half-up'` by default
 * @returns the money
 * @throws {@link PolicyInputError} when the currency or mode is unknown
 * @example
 * fromDecimal(new Decimal('10').div(3), 'CNY')
 * //=> { amount: '3.33', currency: 'CNY' }
 */
export function fromDecimal(value: Decimal, currency: string, mode: RoundingMode = 'half-up'): Money {
  return roundMoney(value, currency, mode);
}

/**
 * The amount of a Money as a Decimal, for exact computation.
 *
 * @param value - the money
 * @returns its amount as a Decimal
 * @throws {@link PolicyInputError} when the value is not valid money
 * @example
 * toDecimal(money('12.30', 'CNY')).times(2).toFixed(2)
 * //=> '24.60'
 */
export function toDecimal(value: MoneyInput): Decimal {
  return readMoneyInput(value).value;
}

/**
 * The amount in the currency's minor units (fen, cents), as an exact integer string.
 *
 * @param value - the money
 * @returns the integer number of minor units
 * @throws {@link PolicyInputError} when the value is not valid money
 * @example
 * toMinorUnits(money('12.30', 'CNY'))
 * //=> '1230'
 */
export function toMinorUnits(value: MoneyInput): string {
  const read = readMoneyInput(value);
  return read.value.times(new Decimal(10).pow(read.scale)).toFixed(0);
}

/**
 * Whether a value is well-formed {@link Money}: an object with a known currency and an amount
 * string written exactly at that currency's minor unit.
 *
 * @param value - anything
 * @returns `true` for `{ amount: '12.30', currency: 'CNY' }`, `false` for `{ amount: 12.3, … }` or `'12.3'`
 * @example
 * isMoney({ amount: '12.30', currency: 'CNY' })
 * //=> true
 */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const { amount, currency } = value as { readonly amount?: unknown; readonly currency?: unknown };
  if (typeof amount !== 'string' || typeof currency !== 'string') return false;
  const scale = currencyMinorUnit(currency);
  if (scale === undefined) return false;
  const read = readDecimal(amount);
  return read !== undefined && (read.isZero() ? new Decimal(0) : read).toFixed(scale) === amount;
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Formats money for people in a locale, with the currency's symbol (`¥12.30`, `$12.30`). For
 * messages only: the decision keeps the exact `Money`.
 *
 * @param value - the money
 * @param locale - a BCP 47 locale such as `'zh-CN'` or `'en-US'`
 * @returns the formatted amount
 * @throws {@link PolicyInputError} when the value is not valid money
 * @example
 * formatMoney(money('1234.5', 'CNY'), 'zh-CN')
 * //=> '¥1,234.50'
 */
export function formatMoney(value: MoneyInput, locale: string): string {
  const read = readMoneyInput(value);
  // Building a number format is far dearer than using one: keep one per locale and currency.
  const key = `${locale}|${read.currency}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: read.currency,
      minimumFractionDigits: read.scale,
      maximumFractionDigits: read.scale,
    });
    if (formats.size > 1_000) formats.clear();
    formats.set(key, format);
  }
  // Intl formats decimal strings exactly (no float conversion).
  return format.format(read.value.toFixed(read.scale) as unknown as number);
}
