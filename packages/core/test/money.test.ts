import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  PolicyInputError,
  addMoney,
  compareMoney,
  currencyMinorUnit,
  equalsMoney,
  formatMoney,
  isMoney,
  isNegativeMoney,
  isZeroMoney,
  maxMoney,
  minMoney,
  money,
  multiplyMoney,
  negateMoney,
  roundMoney,
  safeMoney,
  subtractMoney,
  sumMoney,
  toMinorUnits,
  toMoney,
} from '../src/index.js';

function issuesOf(fn: () => unknown): PolicyInputError['issues'] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return (error as PolicyInputError).issues;
  }
  throw new Error('expected a PolicyInputError');
}

/** Amounts in minor units, written as decimal strings at the currency's scale. */
const cents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const asAmount = (units: bigint, scale = 2): string => {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
};

describe('money', () => {
  it('writes the amount at the currency minor unit (ISO 4217)', () => {
    expect(money('12.3', 'CNY')).toEqual({ amount: '12.30', currency: 'CNY' });
    expect(money(5, 'USD')).toEqual({ amount: '5.00', currency: 'USD' });
    expect(money('1200', 'JPY')).toEqual({ amount: '1200', currency: 'JPY' });
    expect(money('1.234', 'KWD')).toEqual({ amount: '1.234', currency: 'KWD' });
    expect(money('-0', 'CNY')).toEqual({ amount: '0.00', currency: 'CNY' });
    expect(money('12.300', 'CNY').amount).toBe('12.30');
  });

  it('knows the minor units of CNY, USD, JPY and the 3-decimal currencies', () => {
    expect(currencyMinorUnit('CNY')).toBe(2);
    expect(currencyMinorUnit('USD')).toBe(2);
    expect(currencyMinorUnit('JPY')).toBe(0);
    expect(currencyMinorUnit('BHD')).toBe(3);
    expect(currencyMinorUnit('XXY')).toBeUndefined();
  });

  it('refuses a number with more decimals than the currency allows instead of rounding it', () => {
    const issues = issuesOf(() => money(0.1 + 0.2, 'CNY'));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('invalid_money');
    expect(issues[0]?.message).toContain('CNY allows 2');
    expect(issuesOf(() => money('1.005', 'USD'))[0]?.code).toBe('invalid_money');
    expect(issuesOf(() => money(1.5, 'JPY'))[0]?.message).toContain('JPY allows 0');
  });

  it('accepts exactly the currency scale on both sides of the boundary', () => {
    expect(money('0.01', 'CNY').amount).toBe('0.01');
    expect(() => money('0.001', 'CNY')).toThrow(PolicyInputError);
    expect(money(0.01, 'CNY').amount).toBe('0.01');
  });

  it('lists every problem at once: unknown currency and a malformed amount', () => {
    const issues = issuesOf(() => money('12,30', 'RMB'));
    expect(issues.map((issue) => issue.code).sort()).toEqual(['invalid_currency', 'invalid_money']);
  });

  it.each([
    ['1e5'],
    [' 12'],
    [''],
    ['NaN'],
    ['Infinity'],
    ['0x10'],
    ['1'.repeat(80)],
  ])('refuses the amount %j', (amount) => {
    expect(() => money(amount, 'CNY')).toThrow(PolicyInputError);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])('refuses the number %s', (amount) => {
    expect(() => money(amount, 'CNY')).toThrow(PolicyInputError);
  });

  it('round-trips through JSON', () => {
    const value = money('19.90', 'CNY');
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
    expect(isMoney(JSON.parse(JSON.stringify(value)))).toBe(true);
  });

  it('tells well-formed money from look-alikes', () => {
    expect(isMoney({ amount: '12.30', currency: 'CNY' })).toBe(true);
    expect(isMoney({ amount: '12.3', currency: 'CNY' })).toBe(false);
    expect(isMoney({ amount: 12.3, currency: 'CNY' })).toBe(false);
    expect(isMoney({ amount: '12.30', currency: 'ABC' })).toBe(false);
    expect(isMoney('12.30')).toBe(false);
    expect(isMoney(null)).toBe(false);
  });

  it('has a safe form that returns the error instead of throwing', () => {
    const result = safeMoney('1.005', 'CNY');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(PolicyInputError);
    expect(safeMoney('1.00', 'CNY')).toEqual({ ok: true, value: { amount: '1.00', currency: 'CNY' } });
  });

  it('reads money objects and reports the path', () => {
    expect(toMoney({ amount: 5, currency: 'USD' })).toEqual({ amount: '5.00', currency: 'USD' });
    const issues = issuesOf(() => toMoney({ amount: '1.999', currency: 'USD' }, ['refund']));
    expect(issues[0]?.path).toEqual(['refund']);
    expect(issuesOf(() => toMoney(null as never))[0]?.code).toBe('invalid_type');
  });

  it('counts minor units exactly', () => {
    expect(toMinorUnits(money('12.30', 'CNY'))).toBe('1230');
    expect(toMinorUnits(money('1200', 'JPY'))).toBe('1200');
    expect(toMinorUnits(money('-0.05', 'USD'))).toBe('-5');
  });

  it('formats for people in both locales', () => {
    expect(formatMoney(money('1234.5', 'CNY'), 'zh-CN')).toBe('¥1,234.50');
    expect(formatMoney(money('1234.5', 'USD'), 'en-US')).toBe('$1,234.50');
    expect(formatMoney(money('99999999999999.99', 'USD'), 'en-US')).toBe('$99,999,999,999,999.99');
  });
});

describe('roundMoney', () => {
  it('rounds half up (away from zero) by default', () => {
    expect(roundMoney('2.675', 'USD').amount).toBe('2.68');
    expect(roundMoney('2.674', 'USD').amount).toBe('2.67');
    expect(roundMoney('-2.675', 'USD').amount).toBe('-2.68');
    expect(roundMoney('0.5', 'JPY').amount).toBe('1');
  });

  it('rounds in every explicit mode', () => {
    expect(roundMoney('2.665', 'USD', 'half-even').amount).toBe('2.66');
    expect(roundMoney('2.675', 'USD', 'half-even').amount).toBe('2.68');
    expect(roundMoney('2.675', 'USD', 'half-down').amount).toBe('2.67');
    expect(roundMoney('2.671', 'USD', 'up').amount).toBe('2.68');
    expect(roundMoney('2.679', 'USD', 'down').amount).toBe('2.67');
    expect(roundMoney('-2.671', 'USD', 'ceil').amount).toBe('-2.67');
    expect(roundMoney('-2.671', 'USD', 'floor').amount).toBe('-2.68');
  });

  it('refuses an unknown rounding mode', () => {
    expect(issuesOf(() => roundMoney('1', 'USD', 'nearest' as never))[0]?.path).toEqual(['mode']);
  });

  test.prop([fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.constantFrom('half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor' as const)])(
    'is stable: rounding a rounded amount changes nothing',
    (units, mode) => {
      const once = roundMoney(asAmount(units, 4), 'CNY', mode);
      expect(roundMoney(once.amount, 'CNY', mode)).toEqual(once);
    },
  );

  test.prop([fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n })])('moves an amount by at most half a minor unit (half-up)', (units) => {
    const exact = asAmount(units, 4);
    const rounded = roundMoney(exact, 'CNY');
    const diff = Math.abs(Number(BigInt(toMinorUnits(rounded)) * 100n - units));
    expect(diff).toBeLessThanOrEqual(50);
  });
});

describe('money arithmetic', () => {
  it('adds and subtracts exactly where floats do not', () => {
    expect(addMoney(money('0.10', 'CNY'), money('0.20', 'CNY')).amount).toBe('0.30');
    expect(subtractMoney(money('10.00', 'USD'), money('12.50', 'USD')).amount).toBe('-2.50');
  });

  it('refuses to mix currencies', () => {
    const issues = issuesOf(() => addMoney(money('1', 'CNY'), money('1', 'USD')));
    expect(issues[0]?.code).toBe('currency_mismatch');
    expect(() => compareMoney(money('1', 'CNY'), money('1', 'USD'))).toThrow(PolicyInputError);
    expect(() => sumMoney([money('1', 'USD')], 'CNY')).toThrow(PolicyInputError);
  });

  it('multiplies by a ratio and rounds with the stated mode', () => {
    expect(multiplyMoney(money('19.99', 'CNY'), '0.05').amount).toBe('1.00');
    expect(multiplyMoney(money('19.99', 'CNY'), 0.05, 'down').amount).toBe('0.99');
    expect(multiplyMoney(money('10.00', 'CNY'), 3).amount).toBe('30.00');
    expect(() => multiplyMoney(money('10.00', 'CNY'), Number.NaN)).toThrow(PolicyInputError);
  });

  it('compares, picks the min and max, and tests sign', () => {
    const a = money('2.00', 'CNY');
    const b = money('10.00', 'CNY');
    expect(compareMoney(a, b)).toBe(-1);
    expect(compareMoney(b, a)).toBe(1);
    expect(compareMoney(a, money('2', 'CNY'))).toBe(0);
    expect(minMoney(a, b)).toEqual(a);
    expect(maxMoney(a, b)).toEqual(b);
    expect(isZeroMoney(money(0, 'CNY'))).toBe(true);
    expect(isNegativeMoney(money('-0.01', 'CNY'))).toBe(true);
    expect(isNegativeMoney(money('0.00', 'CNY'))).toBe(false);
    expect(negateMoney(a).amount).toBe('-2.00');
    expect(equalsMoney({ amount: '2', currency: 'CNY' }, a)).toBe(true);
  });

  it('sums a list, and an empty list to zero', () => {
    expect(sumMoney([], 'JPY')).toEqual({ amount: '0', currency: 'JPY' });
    expect(sumMoney([money('0.10', 'CNY'), money('0.20', 'CNY'), money('-0.05', 'CNY')], 'CNY').amount).toBe('0.25');
  });

  test.prop([cents, cents])('addition is commutative', (x, y) => {
    const a = money(asAmount(x), 'CNY');
    const b = money(asAmount(y), 'CNY');
    expect(addMoney(a, b)).toEqual(addMoney(b, a));
  });

  test.prop([cents, cents, cents])('addition is associative', (x, y, z) => {
    const a = money(asAmount(x), 'USD');
    const b = money(asAmount(y), 'USD');
    const c = money(asAmount(z), 'USD');
    expect(addMoney(addMoney(a, b), c)).toEqual(addMoney(a, addMoney(b, c)));
  });

  test.prop([cents, cents])('addition agrees with integer arithmetic on minor units', (x, y) => {
    expect(addMoney(money(asAmount(x), 'CNY'), money(asAmount(y), 'CNY')).amount).toBe(asAmount(x + y));
    expect(subtractMoney(money(asAmount(x), 'CNY'), money(asAmount(y), 'CNY')).amount).toBe(asAmount(x - y));
  });

  test.prop([cents])('zero is the identity and negation the inverse', (x) => {
    const a = money(asAmount(x), 'CNY');
    expect(addMoney(a, money(0, 'CNY'))).toEqual(a);
    expect(isZeroMoney(addMoney(a, negateMoney(a)))).toBe(true);
  });
});
