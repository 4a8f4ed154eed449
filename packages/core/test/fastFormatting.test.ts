import { tzOffset } from '@date-fns/tz';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { currencies, currencyMinorUnit, formatMoney, isMoney, localDateTime, PolicyInputError, readDecimal, toIsoString } from '../src/index.js';

// Amounts checked and formatted without a Decimal or Intl, instants written by arithmetic: checked
// against what they replaced (reading the amount back, Intl.NumberFormat, Date.prototype.toISOString).

describe('isMoney and formatMoney (fast paths)', () => {
  const codes = currencies();
  const amountText = fc.oneof(
    fc.stringMatching(/^-?\d{1,25}(\.\d{0,5})?$/u),
    fc.constantFrom('0.00', '-0.00', '-0', '00.00', '01.00', '1.00', '+1.00', '.50', '1.', '1.5', '-1.50', `${'9'.repeat(57)}.00`, `${'9'.repeat(58)}.00`, '1e2', ''),
  );
  test.prop([amountText, fc.constantFrom(...codes, 'XXX', 'cny')], { numRuns: 5000 })('isMoney says what reading the amount and writing it back says', (amount, currency) => {
    const scale = currencyMinorUnit(currency);
    const read = readDecimal(amount);
    const expected = scale !== undefined && read !== undefined && (read.isZero() ? readDecimal(0) ?? read : read).toFixed(scale) === amount;
    expect(isMoney({ amount, currency })).toBe(expected);
  });

  const locales = ['zh-CN', 'en-US', 'de-DE', 'fr-FR', 'en-IN', 'es-ES', 'ar-EG', 'ja-JP', 'de-CH'];
  const money = fc
    .record({ currency: fc.constantFrom(...codes), whole: fc.bigInt({ min: 0n, max: 10n ** 24n }), digits: fc.nat(), negative: fc.boolean(), shift: fc.nat({ max: 24 }) })
    .map(({ currency, whole, digits, negative, shift }) => {
      const scale = currencyMinorUnit(currency) ?? 2;
      const integer = (whole / 10n ** BigInt(shift)).toString();
      const fraction = scale === 0 ? '' : `.${String(digits % 10 ** scale).padStart(scale, '0')}`;
      const zero = /^[0.]*$/u.test(integer + fraction);
      return { amount: `${negative && !zero ? '-' : ''}${integer}${fraction}`, currency, scale };
    });
  const intlFormats = new Map<string, Intl.NumberFormat>();
  // Each new locale and currency builds an Intl format (and formatMoney checks its own against it): the
  // slow part of this test, so it gets a longer time limit than vitest's 5 s on a loaded machine.
  test.prop([money, fc.constantFrom(...locales)], { numRuns: 3000 })('formatMoney writes exactly what Intl.NumberFormat writes', ({ amount, currency, scale }, locale) => {
    const key = `${locale}|${currency}`;
    const intl = intlFormats.get(key) ?? new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: scale, maximumFractionDigits: scale });
    intlFormats.set(key, intl);
    expect(formatMoney({ amount, currency }, locale)).toBe(intl.format(amount as unknown as number));
  }, 30_000);

  it('formats money that is not written at the minor unit through its value, as before', () => {
    expect(formatMoney({ amount: 5, currency: 'USD' }, 'en-US')).toBe('$5.00');
    expect(formatMoney({ amount: '-0', currency: 'CNY' }, 'zh-CN')).toBe('¥0.00');
    expect(formatMoney({ amount: '1234.5', currency: 'CNY' }, 'zh-CN')).toBe('¥1,234.50');
    expect(() => formatMoney({ amount: '1.005', currency: 'CNY' }, 'zh-CN')).toThrow(PolicyInputError);
  });
});

describe('toIsoString and localDateTime (written by arithmetic)', () => {
  const time = fc.oneof(fc.integer({ min: -62_167_219_200_000 - 86_400_000, max: 253_402_300_800_000 + 86_400_000 }), fc.integer({ min: -8.64e15, max: 8.64e15 }));
  test.prop([time], { numRuns: 5000 })('toIsoString writes what Date.prototype.toISOString writes', (ms) => {
    expect(toIsoString(new Date(ms))).toBe(new Date(ms).toISOString());
  });

  const zones = ['Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];
  test.prop([fc.constantFrom(...zones), time], { numRuns: 3000 })('localDateTime writes the local wall clock as getUTC* on the shifted Date writes it', (zone, ms) => {
    const wall = new Date(ms + tzOffset(zone, new Date(ms)) * 60_000);
    const pad = (value: number, width = 2) => String(value).padStart(width, '0');
    const expected = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
    expect(localDateTime(new Date(ms), zone)).toBe(expected);
  });
});

