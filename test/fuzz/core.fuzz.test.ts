import {
  addMoney,
  allocate,
  compareMoney,
  computeWindow,
  explain,
  isMoney,
  money,
  multiplyMoney,
  parseInstant,
  resolveContext,
  roundMoney,
  subtractMoney,
  sumMoney,
  toMoney,
  type Context,
  type DecimalInput,
  type InstantInput,
  type Locale,
  type MoneyInput,
  type RoundingMode,
  type WindowOptions,
  type WindowSpec,
} from '@zhidu/core';
import { describe, expect } from 'vitest';
import { checkJson, fuzz, noPolicy } from './harness.js';

// The entry points of @zhidu/core that read caller input (those with a safe* variant), samples from
// packages/core/test and the README.

const isMoneyResult = (result: unknown) => {
  expect(isMoney(result), `a Money: ${JSON.stringify(result)}`).toBe(true);
  checkJson(result);
};
const cny = { amount: '100.00', currency: 'CNY' };
const usd = { amount: '19.99', currency: 'USD' };
const shanghai: WindowOptions = { timeZone: 'Asia/Shanghai' };

describe('fuzz @zhidu/core', () => {
  fuzz({ name: 'money', policies: noPolicy, sample: () => ['59.90', 'CNY'], call: ([a, c]) => money(a as DecimalInput, c as string), returns: isMoneyResult });
  fuzz({ name: 'toMoney', policies: noPolicy, sample: () => [cny], call: ([m]) => toMoney(m as MoneyInput, ['price']), returns: isMoneyResult });
  fuzz({
    name: 'roundMoney',
    policies: noPolicy,
    sample: () => ['10.005', 'CNY', 'half-even'],
    call: ([a, c, m]) => roundMoney(a as DecimalInput, c as string, m as RoundingMode),
    returns: isMoneyResult,
  });
  fuzz({ name: 'addMoney', policies: noPolicy, sample: () => [cny, { amount: '0.01', currency: 'CNY' }], call: ([a, b]) => addMoney(a as MoneyInput, b as MoneyInput), returns: isMoneyResult });
  fuzz({ name: 'subtractMoney', policies: noPolicy, sample: () => [usd, { amount: '20.00', currency: 'USD' }], call: ([a, b]) => subtractMoney(a as MoneyInput, b as MoneyInput), returns: isMoneyResult });
  fuzz({
    name: 'multiplyMoney',
    policies: noPolicy,
    sample: () => [usd, '0.15', 'half-up'],
    call: ([a, r, m]) => multiplyMoney(a as MoneyInput, r as DecimalInput, m as RoundingMode),
    returns: isMoneyResult,
  });
  fuzz({
    name: 'compareMoney',
    policies: noPolicy,
    sample: () => [cny, { amount: '99.99', currency: 'CNY' }],
    call: ([a, b]) => compareMoney(a as MoneyInput, b as MoneyInput),
    returns: (result) => {
      expect([-1, 0, 1]).toContain(result);
    },
  });
  fuzz({
    name: 'sumMoney',
    policies: noPolicy,
    sample: () => [[cny, { amount: '0.50', currency: 'CNY' }, { amount: 3, currency: 'CNY' }], 'CNY'],
    call: ([values, c]) => sumMoney(values as MoneyInput[], c as string),
    returns: isMoneyResult,
  });
  fuzz({
    name: 'allocate',
    policies: noPolicy,
    sample: () => [cny, [1, '2', 3]],
    call: ([total, ratios]) => allocate(total as MoneyInput, ratios as DecimalInput[]),
    returns: (result) => {
      expect(Array.isArray(result)).toBe(true);
      for (const part of result as unknown[]) expect(isMoney(part)).toBe(true);
      checkJson(result);
    },
  });
  fuzz({
    name: 'parseInstant',
    policies: noPolicy,
    sample: () => ['2026-03-01T10:00:00+08:00'],
    call: ([value]) => parseInstant(value, ['order', 'placedAt']),
    returns: (result) => {
      expect(result).toBeInstanceOf(Date);
      expect(Number.isNaN((result as Date).getTime()), 'a valid date').toBe(false);
    },
  });
  fuzz({
    name: 'computeWindow',
    policies: noPolicy,
    sample: () => ['2026-03-01T15:00:00+08:00', { length: 7, unit: 'calendar_days', countFrom: 'same_day' }, shanghai],
    call: ([start, spec, options]) => computeWindow(start as InstantInput, spec as WindowSpec, options as WindowOptions),
    returns: 'json',
  });
  fuzz({
    name: 'resolveContext',
    policies: noPolicy,
    // The defaults come from a validated policy, not from the caller: only the context is fuzzed.
    sample: () => [{ now: '2026-03-01T10:00:00+08:00', timeZone: 'Asia/Shanghai', locale: 'en-US' }],
    call: ([context]) => resolveContext(context as Context, { timeZone: 'Asia/Shanghai', locale: 'zh-CN' }),
    returns: (result) => {
      expect(typeof result).toBe('object');
      expect((result as { now: unknown }).now).toBeInstanceOf(Date);
    },
  });
  fuzz({
    name: 'explain',
    policies: noPolicy,
    sample: () => [{ allowed: true, reasons: [{ code: 'RETURN_ALLOWED', clause: 'RET-1', message: '可以退货', params: { days: 7 } }] }, 'en-US'],
    call: ([decision, locale]) => explain(decision, locale as Locale),
    // explain takes any value (a decision or not) and returns it, with messages where it knows them.
    returns: () => undefined,
  });
});
