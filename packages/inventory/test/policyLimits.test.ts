import { PolicyConfigError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { defineInventoryPolicy } from '../src/index.js';
import { thrown } from './fixtures.js';

describe('defineInventoryPolicy: lower and upper limits (INV-3)', () => {
  it('INV-3: a lower limit above its upper limit is refused at the limits at fault', () => {
    expect(() => defineInventoryPolicy({ levels: { defaults: { min: 50, max: 10 } } })).toThrow(PolicyConfigError);
    expect(thrown(() => defineInventoryPolicy({ levels: { defaults: { min: 50, max: 10 } } })).paths).toEqual(['levels.defaults.max']);
    expect(thrown(() => defineInventoryPolicy({ levels: { byCategory: { tea: { min: 60, max: 50 }, cups: { min: 5, max: 5 } } } })).paths).toEqual(['levels.byCategory.tea.max']);
  });

  it('INV-3: limits with only a lower or only an upper limit are accepted, in the defaults and in a category', () => {
    const policy = defineInventoryPolicy({ levels: { defaults: { min: 20 }, byCategory: { tea: { max: 50 }, cups: { min: null, max: 10 }, bowls: { min: 8, max: null } } } });
    expect(policy.levels.defaults).toEqual({ min: 20 });
    expect(policy.levels.byCategory.tea).toEqual({ max: 50 });
    expect(defineInventoryPolicy({ levels: { defaults: { max: 100 } } }).levels.defaults).toEqual({ max: 100 });
  });

  it('INV-3: is reported with every other issue of the policy, not only when the rest is valid', () => {
    const result = thrown(() =>
      defineInventoryPolicy({ levels: { byCategory: { tea: { min: 60, max: 50 } } }, reorder: { multiple: 'six' }, slowMoving: { noSaleDay: 30 } } as never),
    );
    expect(result.name).toBe('PolicyConfigError');
    expect(result.paths.sort()).toEqual(['levels.byCategory.tea.max', 'reorder.multiple', 'slowMoving.noSaleDay']);
  });
});

describe('defineInventoryPolicy: stocktake percentages (INV-4)', () => {
  it('INV-4: class tolerances and the accuracy target are percentages from 0 to 100, both ends included', () => {
    const policy = defineInventoryPolicy({ stocktake: { byClass: { A: 0, B: 3, C: 100 }, accuracyTarget: 100 } });
    expect(policy.stocktake.byClass).toEqual({ A: 0, B: 3, C: 100 });
    expect(policy.stocktake.accuracyTarget).toBe(100);
    expect(defineInventoryPolicy({ stocktake: { accuracyTarget: 0 } }).stocktake.accuracyTarget).toBe(0);
  });

  it('INV-4: below 0, above 100 or not finite is refused at its path', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ byClass: { A: -0.5, B: 3, C: 5 } }, 'stocktake.byClass.A'],
      [{ byClass: { A: 1, B: 3, C: 100.5 } }, 'stocktake.byClass.C'],
      [{ byClass: { A: 1, B: Number.POSITIVE_INFINITY, C: 5 } }, 'stocktake.byClass.B'],
      [{ accuracyTarget: 101 }, 'stocktake.accuracyTarget'],
      [{ accuracyTarget: -1 }, 'stocktake.accuracyTarget'],
      [{ accuracyTarget: Number.NaN }, 'stocktake.accuracyTarget'],
    ];
    for (const [stocktake, path] of cases) {
      const result = thrown(() => defineInventoryPolicy({ stocktake }));
      expect(result.name, path).toBe('PolicyConfigError');
      expect(result.paths, path).toEqual([path]);
    }
  });
});
