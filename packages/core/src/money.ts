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
  // The common call: a finite Decimal, a known currency, half-up — no copy of the value to check it.
  if (mode === 'half-up' && value instanceof Decimal && value.constructor === Decimal && value.isFinite()) {
    const scale = currencyMinorUnit(currency);
    if (scale !== undefined) return write(value.toDecimalPlaces(scale, Decimal.ROUND_HALF_UP), currency, scale);
  }
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
  return scale !== undefined && isAmountText(amount, scale);
}

/**
 * Whether a string is an amount exactly as {@link Money} writes it at `scale` decimals — what
 * `readDecimal(amount).toFixed(scale) === amount` says (zero never negative), read off the
 * characters without building a Decimal: an optional '-', the integer part without leading zeros,
 * then exactly `scale` decimals; at most 60 characters.
 *
 * @internal
 */
export function isAmountText(amount: string, scale: number): boolean {
  const length = amount.length;
  if (length === 0 || length > 60) return false;
  const negative = amount.charCodeAt(0) === 45;
  let at = negative ? 1 : 0;
  const first = at;
  let nonZero = false;
  for (let code = amount.charCodeAt(at); code >= 48 && code <= 57; code = amount.charCodeAt(at)) {
    if (code !== 48) nonZero = true;
    at += 1;
  }
  if (at === first || (at - first > 1 && amount.charCodeAt(first) === 48)) return false;
  if (scale > 0) {
    if (amount.charCodeAt(at) !== 46 || length - at - 1 !== scale) return false;
    for (at += 1; at < length; at += 1) {
      const code = amount.charCodeAt(at);
      if (code < 48 || code > 57) return false;
      if (code !== 48) nonZero = true;
    }
  }
  return at === length && (nonZero || !negative);
}

/**
 * How a locale writes amounts of a currency, read once off `Intl.NumberFormat`: the text around
 * the number (currency symbol, sign, spaces) for positive and negative amounts, the group and
 * decimal separators, groups of three digits. `format` is kept for the locales this does not fit.
 */
interface AmountStyle {
  readonly format: Intl.NumberFormat;
  readonly fast: { readonly before: string; readonly after: string; readonly minusBefore: string; readonly minusAfter: string; readonly group: string; readonly decimal: string } | undefined;
}

const formats = new Map<string, AmountStyle>();

/** An amount written with a style's separators and affixes (digits as they are, groups of three). */
function writeAmount(fast: NonNullable<AmountStyle['fast']>, amount: string): string {
  const negative = amount.charCodeAt(0) === 45;
  const dot = amount.indexOf('.');
  const end = dot < 0 ? amount.length : dot;
  const start = negative ? 1 : 0;
  let head = (end - start) % 3 || 3;
  let out = amount.slice(start, start + head);
  for (head += start; head < end; head += 3) out += fast.group + amount.slice(head, head + 3);
  if (dot >= 0) out += fast.decimal + amount.slice(dot + 1);
  return negative ? fast.minusBefore + out + fast.minusAfter : fast.before + out + fast.after;
}

/** The affixes and separators of a format, if writing them by hand gives exactly what Intl writes. */
function fastStyle(format: Intl.NumberFormat, scale: number): AmountStyle['fast'] {
  const fraction = scale > 0 ? `.${'9'.repeat(scale)}` : '';
  const around = (amount: string): [string, string, string, string] => {
    const parts = format.formatToParts(amount as unknown as number);
    const first = parts.findIndex((part) => part.type === 'integer');
    let last = parts.length - 1;
    while (last >= 0 && parts[last]?.type !== 'integer' && parts[last]?.type !== 'fraction') last -= 1;
    const text = (from: number, to: number) => parts.slice(from, to).map((part) => part.value).join('');
    return [text(0, first), text(last + 1, parts.length), parts.find((part) => part.type === 'group')?.value ?? '', parts.find((part) => part.type === 'decimal')?.value ?? ''];
  };
  const [before, after, group, decimal] = around(`1234567${fraction}`);
  const [minusBefore, minusAfter] = around(`-1234567${fraction}`);
  const fast = { before, after, minusBefore, minusAfter, group, decimal };
  // Checked on amounts of every length and sign (a locale that groups differently, skips grouping
  // short amounts or writes other digits keeps Intl).
  for (const digits of ['0', '1', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '123456789012345678901234567890']) {
    for (const amount of [digits, `-${digits}`]) {
      for (const decimals of scale > 0 ? [`.${'0'.repeat(scale)}`, `.${'0'.repeat(scale - 1)}5`, fraction] : ['']) {
        if (writeAmount(fast, amount + decimals) !== format.format((amount + decimals) as unknown as number)) return undefined;
      }
    }
  }
  return fast;
}

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
  // Money as zhidu writes it (the amount already at the minor unit) is formatted as it stands.
  if (isMoney(value)) return formatAmount(value.amount, value.currency, currencyMinorUnit(value.currency) ?? 0, locale);
  const read = readMoneyInput(value);
  return formatAmount(read.value.toFixed(read.scale), read.currency, read.scale, locale);
}

function formatAmount(amount: string, currency: string, scale: number, locale: string): string {
  // Building a number format is far dearer than using one: keep one per locale and currency, with
  // the hand-written form where it writes exactly what Intl writes (it is several times faster).
  const key = `${locale}|${currency}`;
  let style = formats.get(key);
  if (style === undefined) {
    const format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: scale,
      maximumFractionDigits: scale,
    });
    style = { format, fast: fastStyle(format, scale) };
    if (formats.size > 1_000) formats.clear();
    formats.set(key, style);
  }
  // Intl formats decimal strings exactly (no float conversion).
  return style.fast === undefined ? style.format.format(amount as unknown as number) : writeAmount(style.fast, amount);
}
