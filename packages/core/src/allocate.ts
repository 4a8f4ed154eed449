import { PolicyInputError } from './PolicyInputError.js';
import { Decimal, readDecimal, type DecimalInput } from './decimal.js';
import type { PolicyIssue } from './issues.js';
import { readMoneyInput, type Money, type MoneyInput } from './money.js';

/**
 * Splits an amount in proportion to ratios, by the largest-remainder method, so the parts always
 * add up to the total exactly: each part gets the floor of its exact share in minor units, and
 * the units left over go one each to the parts with the largest remainders (ties to the earlier
 * part). Deterministic; a part with ratio 0 gets nothing; a negative total splits like its
 * absolute value, negated.
 *
 * @param total - the amount to split
 * @param ratios - one non-negative weight per part (at least one above zero); strings, numbers or Decimals
 * @returns one Money per ratio, summing exactly to `total`
 * @throws {@link PolicyInputError} when the total is not valid money, or the ratios are empty,
 *   negative, not finite, or all zero
 * @example
 * allocate(money('100.00', 'CNY'), [1, 1, 1])
 * //=> [{ amount: '33.34', currency: 'CNY' }, { amount: '33.33', currency: 'CNY' }, { amount: '33.33', currency: 'CNY' }]
 */
export function allocate(total: MoneyInput, ratios: readonly DecimalInput[]): Money[] {
  const issues: PolicyIssue[] = [];
  let read: ReturnType<typeof readMoneyInput> | undefined;
  try {
    read = readMoneyInput(total, ['total']);
  } catch (error) {
    if (error instanceof PolicyInputError) issues.push(...error.issues);
    else throw error;
  }
  const weights: Decimal[] = [];
  if (!Array.isArray(ratios) || ratios.length === 0) {
    issues.push({ path: ['ratios'], message: 'Expected at least one ratio', code: 'too_small' });
  } else {
    ratios.forEach((ratio, index) => {
      const weight = readDecimal(ratio);
      if (weight === undefined || weight.isNegative()) {
        issues.push({ path: ['ratios', index], message: 'Expected a non-negative finite ratio', code: 'invalid_ratio' });
      } else {
        weights.push(weight);
      }
    });
  }
  const sum = weights.reduce((acc, weight) => acc.plus(weight), new Decimal(0));
  if (issues.length === 0 && sum.isZero()) {
    issues.push({ path: ['ratios'], message: 'The ratios add up to zero: nothing to split by', code: 'invalid_ratio' });
  }
  if (issues.length > 0 || read === undefined) throw new PolicyInputError(issues);

  const { currency, scale } = read;
  const unit = new Decimal(10).pow(scale);
  const units = read.value.times(unit);
  const negative = units.isNegative();
  const whole = units.abs();
  const floors: Decimal[] = [];
  const remainders: { index: number; remainder: Decimal }[] = [];
  let given = new Decimal(0);
  weights.forEach((weight, index) => {
    const exact = whole.times(weight).div(sum);
    const floor = exact.floor();
    floors.push(floor);
    given = given.plus(floor);
    remainders.push({ index, remainder: exact.minus(floor) });
  });
  let left = whole.minus(given).toNumber();
  remainders.sort((x, y) => y.remainder.comparedTo(x.remainder) || x.index - y.index);
  for (const { index } of remainders) {
    if (left <= 0) break;
    floors[index] = (floors[index] ?? new Decimal(0)).plus(1);
    left -= 1;
  }
  return floors.map((part) => {
    const amount = part.div(unit);
    const signed = negative && !amount.isZero() ? amount.negated() : amount;
    return Object.freeze({ amount: signed.toFixed(scale), currency });
  });
}
