import { PolicyInputError } from './PolicyInputError.js';
import { Decimal, readDecimal, type DecimalInput } from './decimal.js';
import { readMoneyInput, roundMoney, type DecimalMoney, type Money, type MoneyInput } from './money.js';
import type { RoundingMode } from './rounding.js';

function same(a: MoneyInput, b: MoneyInput): [DecimalMoney, DecimalMoney] {
  const left = readMoneyInput(a, ['a']);
  const right = readMoneyInput(b, ['b']);
  if (left.currency !== right.currency) {
    throw new PolicyInputError([
      {
        path: ['b', 'currency'],
        message: `Cannot combine ${left.currency} with ${right.currency}: convert first`,
        code: 'currency_mismatch',
      },
    ]);
  }
  return [left, right];
}

function out(value: Decimal, currency: string): Money {
  return roundMoney(value, currency);
}

/**
 * Adds two amounts of the same currency, exactly.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns a + b
 * @throws {@link PolicyInputError} when either is not valid money or the currencies differ
 * @example
 * addMoney(money('0.10', 'CNY'), money('0.20', 'CNY'))
 * //=> { amount: '0.30', currency: 'CNY' }
 */
export function addMoney(a: MoneyInput, b: MoneyInput): Money {
  const [left, right] = same(a, b);
  return out(left.value.plus(right.value), left.currency);
}

/**
 * Subtracts one amount from another of the same currency, exactly. The result may be negative.
 *
 * @param a - the amount to subtract from
 * @param b - the amount to subtract, in the same currency
 * @returns a − b
 * @throws {@link PolicyInputError} when either is not valid money or the currencies differ
 * @example
 * subtractMoney(money('10.00', 'USD'), money('12.50', 'USD'))
 * //=> { amount: '-2.50', currency: 'USD' }
 */
export function subtractMoney(a: MoneyInput, b: MoneyInput): Money {
  const [left, right] = same(a, b);
  return out(left.value.minus(right.value), left.currency);
}

/**
 * Multiplies an amount by a ratio (a rate, a percentage as a fraction, a quantity) and rounds to
 * the currency's minor unit with an explicit mode.
 *
 * @param value - the amount
 * @param ratio - the factor, as a decimal string, a finite number or a Decimal
 * @param mode - how to round the product, `'half-up'` by default
 * @returns value × ratio, rounded
 * @throws {@link PolicyInputError} when the amount, the ratio or the mode is invalid
 * @example
 * multiplyMoney(money('19.99', 'CNY'), '0.05')
 * //=> { amount: '1.00', currency: 'CNY' }
 */
export function multiplyMoney(value: MoneyInput, ratio: DecimalInput, mode: RoundingMode = 'half-up'): Money {
  const read = readMoneyInput(value, ['value']);
  const factor = readDecimal(ratio);
  if (factor === undefined) {
    throw new PolicyInputError([{ path: ['ratio'], message: 'Expected the ratio as a decimal string or a finite number', code: 'invalid_ratio' }]);
  }
  return roundMoney(read.value.times(factor), read.currency, mode);
}

/**
 * The amount with its sign flipped.
 *
 * @param value - the amount
 * @returns −value
 * @throws {@link PolicyInputError} when the value is not valid money
 * @example
 * negateMoney(money('5.00', 'CNY'))
 * //=> { amount: '-5.00', currency: 'CNY' }
 */
export function negateMoney(value: MoneyInput): Money {
  const read = readMoneyInput(value, ['value']);
  return out(read.value.negated(), read.currency);
}

/**
 * Compares two amounts of the same currency.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns -1 when a < b, 0 when equal, 1 when a > b
 * @throws {@link PolicyInputError} when either is not valid money or the currencies differ
 * @example
 * compareMoney(money('2.00', 'CNY'), money('10.00', 'CNY'))
 * //=> -1
 */
export function compareMoney(a: MoneyInput, b: MoneyInput): -1 | 0 | 1 {
  const [left, right] = same(a, b);
  return left.value.comparedTo(right.value) as -1 | 0 | 1;
}

/**
 * Whether two amounts are equal (same currency, same value).
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns `true` when both currency and value are equal
 * @throws {@link PolicyInputError} when either is not valid money
 * @example
 * equalsMoney({ amount: '5', currency: 'CNY' }, money('5.00', 'CNY'))
 * //=> true
 */
export function equalsMoney(a: MoneyInput, b: MoneyInput): boolean {
  const left = readMoneyInput(a, ['a']);
  const right = readMoneyInput(b, ['b']);
  return left.currency === right.currency && left.value.equals(right.value);
}

/**
 * Adds up amounts of one currency; an empty list sums to zero.
 *
 * @param values - the amounts, all in `currency`
 * @param currency - the currency of the total
 * @returns the exact total
 * @throws {@link PolicyInputError} when an amount is not valid money or is in another currency
 * @example
 * sumMoney([money('0.10', 'CNY'), money('0.20', 'CNY')], 'CNY')
 * //=> { amount: '0.30', currency: 'CNY' }
 */
export function sumMoney(values: Iterable<MoneyInput>, currency: string): Money {
  const iterable: unknown = values;
  if (typeof iterable !== 'object' || iterable === null || !(Symbol.iterator in iterable)) {
    throw new PolicyInputError([{ path: ['values'], message: 'Expected a list of money values', code: 'invalid_type' }]);
  }
  let total = new Decimal(0);
  let index = 0;
  const zero = roundMoney(0, currency);
  for (const item of values) {
    const read = readMoneyInput(item, ['values', index]);
    if (read.currency !== zero.currency) {
      throw new PolicyInputError([
        { path: ['values', index, 'currency'], message: `Expected ${currency}, received ${read.currency}`, code: 'currency_mismatch' },
      ]);
    }
    total = total.plus(read.value);
    index += 1;
  }
  return out(total, currency);
}

/**
 * The smaller of two amounts of the same currency.
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns the smaller amount (a when equal)
 * @throws {@link PolicyInputError} when either is not valid money or the currencies differ
 * @example
 * minMoney(money('30.00', 'CNY'), money('12.00', 'CNY'))
 * //=> { amount: '12.00', currency: 'CNY' }
 */
export function minMoney(a: MoneyInput, b: MoneyInput): Money {
  const [left, right] = same(a, b);
  return out(left.value.lte(right.value) ? left.value : right.value, left.currency);
}

/**
 * The larger of two amounts of the same currency.
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns the larger amount (a when equal)
 * @throws {@link PolicyInputError} when either is not valid money or the currencies differ
 * @example
 * maxMoney(money('3.00', 'CNY'), money('5.00', 'CNY'))
 * //=> { amount: '5.00', currency: 'CNY' }
 */
export function maxMoney(a: MoneyInput, b: MoneyInput): Money {
  const [left, right] = same(a, b);
  return out(left.value.gte(right.value) ? left.value : right.value, left.currency);
}

/**
 * Whether an amount is zero.
 *
 * @param value - the amount
 * @returns `true` for `0.00`
 * @throws {@link PolicyInputError} when the value is not valid money
 * @example
 * isZeroMoney(money(0, 'USD'))
 * //=> true
 */
export function isZeroMoney(value: MoneyInput): boolean {
  return readMoneyInput(value, ['value']).value.isZero();
}

/**
 * Whether an amount is below zero.
 *
 * @param value - the amount
 * @returns `true` for `-0.01` and less
 * @throws {@link PolicyInputError} when the value is not valid money
 * @example
 * isNegativeMoney(money('-0.01', 'USD'))
 * //=> true
 */
export function isNegativeMoney(value: MoneyInput): boolean {
  const read = readMoneyInput(value, ['value']).value;
  return read.isNegative() && !read.isZero();
}
