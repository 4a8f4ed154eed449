import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PolicyInputError, Decimal, allocate, money, safeAllocate, sumMoney, toMinorUnits } from '../src/index.js';

describe('allocate', () => {
  it('splits 100.00 three ways with the extra cent to the first part', () => {
    expect(allocate(money('100.00', 'CNY'), [1, 1, 1]).map((m) => m.amount)).toEqual(['33.34', '33.33', '33.33']);
  });

  it('gives the leftover units to the largest remainders', () => {
    // 10.00 × [0.2, 0.35, 0.45] is exactly 2.00, 3.50, 4.50.
    expect(allocate(money('10.00', 'CNY'), ['0.2', '0.35', '0.45']).map((m) => m.amount)).toEqual(['2.00', '3.50', '4.50']);
    // 0.05 by 3:7 → exact 0.015 and 0.035: the leftover cent goes to the larger remainder (the second, on a tie the first).
    expect(allocate(money('0.05', 'CNY'), [3, 7]).map((m) => m.amount)).toEqual(['0.02', '0.03']);
    expect(allocate(money('0.10', 'USD'), [1, 2]).map((m) => m.amount)).toEqual(['0.03', '0.07']);
  });

  it('gives nothing to a zero ratio, and splits a negative total like its absolute value', () => {
    expect(allocate(money('1.00', 'CNY'), [0, 1, 1]).map((m) => m.amount)).toEqual(['0.00', '0.50', '0.50']);
    expect(allocate(money('-100.00', 'CNY'), [1, 1, 1]).map((m) => m.amount)).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(allocate(money('7', 'JPY'), [1, 1]).map((m) => m.amount)).toEqual(['4', '3']);
  });

  it('refuses empty, negative, non-finite and all-zero ratios, listing every issue', () => {
    expect(() => allocate(money('1.00', 'CNY'), [])).toThrow(PolicyInputError);
    expect(() => allocate(money('1.00', 'CNY'), [0, 0])).toThrow(/add up to zero/u);
    const result = safeAllocate({ amount: '1.001', currency: 'CNY' }, [-1, Number.NaN, 1]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues.map((issue) => issue.path)).toEqual([['total'], ['ratios', 0], ['ratios', 1]]);
    }
  });

  const ratios = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }).filter((list) => list.some((r) => r > 0));
  const totals = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }).map((units) => {
    const abs = units < 0n ? -units : units;
    const text = abs.toString().padStart(3, '0');
    return money(`${units < 0n ? '-' : ''}${text.slice(0, -2)}.${text.slice(-2)}`, 'CNY');
  });

  test.prop([totals, ratios])('the parts always sum exactly to the total', (total, weights) => {
    const parts = allocate(total, weights);
    expect(parts).toHaveLength(weights.length);
    expect(sumMoney(parts, 'CNY')).toEqual(total);
  });

  test.prop([totals, ratios])('each part is within one minor unit of its exact share, and a zero ratio gets zero', (total, weights) => {
    const parts = allocate(total, weights);
    const sum = weights.reduce((a, b) => a + b, 0);
    const units = new Decimal(toMinorUnits(total));
    parts.forEach((part, index) => {
      const exact = units.times(weights[index] ?? 0).div(sum);
      const got = new Decimal(toMinorUnits(part));
      expect(got.minus(exact).abs().lt(1)).toBe(true);
      if (weights[index] === 0) expect(got.isZero()).toBe(true);
    });
  });

  test.prop([totals, ratios])('is deterministic', (total, weights) => {
    expect(allocate(total, weights)).toEqual(allocate(total, [...weights]));
  });
});
