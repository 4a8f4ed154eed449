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

  it('INV-3: is reported with every other issue of the policy, not only when the rest is valid', () => {
    const result = thrown(() =>
      defineInventoryPolicy({ levels: { byCategory: { tea: { min: 60, max: 50 } } }, reorder: { multiple: 'six' }, slowMoving: { noSaleDay: 30 } } as never),
    );
    expect(result.name).toBe('PolicyConfigError');
    expect(result.paths.sort()).toEqual(['levels.byCategory.tea.max', 'reorder.multiple', 'slowMoving.noSaleDay']);
  });
});
