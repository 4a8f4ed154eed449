import { PolicyConfigError, PolicyInputError, storePresets } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import {
  classifyStock,
  createStockClassifier,
  defineInventoryPolicy,
  inventoryMessages,
  presets,
  safeClassifyStock,
  type InventoryPolicy,
  type StockItem,
  type StockLevel,
} from '../src/index.js';
import { at, clauseOf, codes, reasonOf, thrown } from './fixtures.js';

// Every expected value below is worked out by hand from INV-1..11 and the documented comparisons:
// below_min: available < min; near_min: min ≤ available ≤ min + margin; near_max: max − margin ≤
// available ≤ max; above_max: available > max; out_of_stock: available ≤ 0.

const item = (changes: Partial<StockItem> = {}): StockItem => ({ sku: 'TEA-250', onHand: 50, ...changes });
const classify = (changes: Partial<StockItem>, policy: InventoryPolicy = presets.generic, context: object = at) => classifyStock(item(changes), policy, context);
const levelAt = (available: number, limits: Partial<StockItem> = { min: 20, max: 100 }, policy: InventoryPolicy = presets.generic): StockLevel =>
  classify({ onHand: available, ...limits }, policy).level;

// ---------------------------------------------------------------------------------------------
// INV-1: available stock
// ---------------------------------------------------------------------------------------------

describe('INV-1: available = on hand − reserved (+ inbound where the policy counts it)', () => {
  it('INV-1: on hand 50, reserved 8, inbound 30 → available 42; inbound is not counted by default', () => {
    const decision = classify({ onHand: 50, reserved: 8, inbound: 30 });
    expect(decision.available).toBe(42);
    expect(reasonOf(decision, 'STOCK_AVAILABLE')).toMatchObject({ clause: 'INV-1', params: { available: 42, onHand: 50, reserved: 8, inbound: 0 } });
    expect(reasonOf(decision, 'STOCK_AVAILABLE')?.message).toBe('可用库存 42 = 在库 50 − 已占用 8 + 计入的在途 0');
  });

  it('INV-1: with levels.countInbound the 30 inbound count: available 72', () => {
    const policy = defineInventoryPolicy({ levels: { countInbound: true } });
    const decision = classify({ onHand: 50, reserved: 8, inbound: 30 }, policy);
    expect(decision.available).toBe(72);
    expect(reasonOf(decision, 'STOCK_AVAILABLE')?.params).toMatchObject({ available: 72, inbound: 30 });
  });

  it('INV-1, INV-3: the level is judged on available stock, not on hand (30 on hand, 11 reserved → 19 < min 20)', () => {
    const decision = classify({ onHand: 30, reserved: 11, min: 20, max: 100 });
    expect(decision.available).toBe(19);
    expect(decision.level).toBe('below_min');
  });

  it('INV-1: reserved and inbound default to 0', () => {
    expect(classify({ onHand: 7 }).available).toBe(7);
  });
});

// ---------------------------------------------------------------------------------------------
// INV-3: levels against the limits
// ---------------------------------------------------------------------------------------------

describe('INV-3: levels for min 20, max 100 with the default 20% margin (warn at ≤ 24 and ≥ 80)', () => {
  const table: [number, StockLevel][] = [
    [-1, 'out_of_stock'],
    [0, 'out_of_stock'],
    [1, 'below_min'],
    [19, 'below_min'], // one below min
    [20, 'near_min'], // at min
    [21, 'near_min'], // one above min
    [23, 'near_min'], // one below the warning line
    [24, 'near_min'], // at the warning line 20 + 20% × 20
    [25, 'ok'], // one above it
    [79, 'ok'], // one below the upper warning line
    [80, 'near_max'], // at 100 − 20% × 100
    [81, 'near_max'],
    [99, 'near_max'], // one below max
    [100, 'near_max'], // at max
    [101, 'above_max'], // one above max
  ];
  for (const [available, level] of table) {
    it(`INV-3: available ${available} → ${level}`, () => {
      expect(levelAt(available)).toBe(level);
    });
  }

  it('INV-3: each level cites INV-3 with the limit and the warning line, in zh-CN by default', () => {
    const nearMin = classify({ onHand: 20, min: 20, max: 100 });
    expect(reasonOf(nearMin, 'STOCK_NEAR_MIN')).toMatchObject({ clause: 'INV-3', params: { available: 20, min: 20, warnAt: 24 } });
    expect(reasonOf(nearMin, 'STOCK_NEAR_MIN')?.message).toBe('可用库存 20 接近下限 20（预警线 24）');
    const below = classify({ onHand: 19, min: 20, max: 100 });
    expect(reasonOf(below, 'STOCK_BELOW_MIN')?.message).toBe('可用库存 19 低于下限 20');
    const ok = classify({ onHand: 50, min: 20, max: 100 });
    expect(reasonOf(ok, 'STOCK_OK')?.message).toBe('可用库存 50 在上下限之间（20–100）');
    const nearMax = classify({ onHand: 80, min: 20, max: 100 });
    expect(reasonOf(nearMax, 'STOCK_NEAR_MAX')).toMatchObject({ clause: 'INV-3', params: { available: 80, max: 100, warnAt: 80 } });
    expect(reasonOf(nearMax, 'STOCK_NEAR_MAX')?.message).toBe('可用库存 80 接近上限 100（预警线 80），考虑促销');
    const above = classify({ onHand: 101, min: 20, max: 100 });
    expect(reasonOf(above, 'STOCK_ABOVE_MAX')).toMatchObject({ clause: 'INV-3', params: { available: 101, max: 100 } });
    expect(reasonOf(above, 'STOCK_ABOVE_MAX')?.message).toBe('可用库存 101 超过上限 100，避免积压，考虑促销');
  });

  it('INV-3: a percentage warning line need not be whole (min 12 → warn at ≤ 14.4)', () => {
    expect(levelAt(14, { min: 12, max: 100 })).toBe('near_min');
    expect(levelAt(15, { min: 12, max: 100 })).toBe('ok');
    expect(reasonOf(classify({ onHand: 14, min: 12, max: 100 }), 'STOCK_NEAR_MIN')?.params).toMatchObject({ warnAt: 14.4 });
  });

  it('INV-3: stock above the upper limit is above_max even when the lower warning band reaches past it (min 90, max 100, 20% → 108)', () => {
    // above_max is documented as "available > max"; 101 is above 100 whatever the lower band says.
    expect(levelAt(101, { min: 90, max: 100 })).toBe('above_max');
    expect(levelAt(108, { min: 90, max: 100 })).toBe('above_max');
    expect(levelAt(109, { min: 90, max: 100 })).toBe('above_max');
  });

  it('INV-3: only a lower limit: nothing is near or above max', () => {
    expect(levelAt(24, { min: 20 })).toBe('near_min');
    expect(levelAt(25, { min: 20 })).toBe('ok');
    expect(levelAt(1_000_000, { min: 20 })).toBe('ok');
  });

  it('INV-3: only an upper limit: anything above 0 up to the warning line is ok', () => {
    expect(levelAt(1, { max: 100 })).toBe('ok');
    expect(levelAt(79, { max: 100 })).toBe('ok');
    expect(levelAt(80, { max: 100 })).toBe('near_max');
    expect(levelAt(101, { max: 100 })).toBe('above_max');
  });

  it('INV-3: between the bands with only one limit: STOCK_OK naming the limit there is, not STOCK_NO_LIMITS', () => {
    const onlyMin = classify({ onHand: 50, min: 20 });
    expect(codes(onlyMin)).toContain('STOCK_OK');
    expect(codes(onlyMin)).not.toContain('STOCK_NO_LIMITS');
    expect(reasonOf(onlyMin, 'STOCK_OK')).toMatchObject({ clause: 'INV-3', params: { available: 50, min: 20, max: null } });
    const onlyMax = classify({ onHand: 50, max: 100 });
    expect(codes(onlyMax)).toContain('STOCK_OK');
    expect(codes(onlyMax)).not.toContain('STOCK_NO_LIMITS');
    expect(reasonOf(onlyMax, 'STOCK_OK')).toMatchObject({ clause: 'INV-3', params: { available: 50, min: null, max: 100 } });
  });

  it('INV-3: without limits any positive stock is ok, with STOCK_NO_LIMITS', () => {
    const decision = classify({ onHand: 5 });
    expect(decision.level).toBe('ok');
    expect(decision.limits).toEqual({ min: null, max: null, source: 'policy' });
    expect(clauseOf(decision, 'STOCK_NO_LIMITS')).toBe('INV-3');
    expect(reasonOf(decision, 'STOCK_NO_LIMITS')?.message).toBe('该商品未设库存上下限');
  });
});

describe('INV-3: a margin in units', () => {
  const policy = defineInventoryPolicy({ levels: { margin: { kind: 'units', value: 5 } } });
  const table: [number, StockLevel][] = [
    [19, 'below_min'],
    [20, 'near_min'],
    [21, 'near_min'],
    [25, 'near_min'], // 20 + 5
    [26, 'ok'],
    [94, 'ok'],
    [95, 'near_max'], // 100 − 5
    [96, 'near_max'],
    [100, 'near_max'],
    [101, 'above_max'],
  ];
  for (const [available, level] of table) {
    it(`INV-3: margin 5 units, available ${available} → ${level}`, () => {
      expect(levelAt(available, { min: 20, max: 100 }, policy)).toBe(level);
    });
  }

  it('INV-3: with only an upper limit there is no lower warning band, whatever the margin (3 of max 100 → ok; 95 → near_max)', () => {
    expect(levelAt(3, { max: 100 }, policy)).toBe('ok');
    expect(levelAt(94, { max: 100 }, policy)).toBe('ok');
    expect(levelAt(95, { max: 100 }, policy)).toBe('near_max');
  });

  it('INV-3: a margin of 0 units: near_min only at min, near_max only at max', () => {
    const zero = defineInventoryPolicy({ levels: { margin: { kind: 'units', value: 0 } } });
    expect(levelAt(20, { min: 20, max: 100 }, zero)).toBe('near_min');
    expect(levelAt(21, { min: 20, max: 100 }, zero)).toBe('ok');
    expect(levelAt(99, { min: 20, max: 100 }, zero)).toBe('ok');
    expect(levelAt(100, { min: 20, max: 100 }, zero)).toBe('near_max');
  });
});

describe('INV-3, INV-6: limits from the item, its category or the policy defaults', () => {
  const policy = defineInventoryPolicy({
    levels: {
      defaults: { min: 5, max: 500 },
      byCategory: { tea: { min: 10, max: 50, margin: { kind: 'units', value: 3 } } },
    },
  });

  const table: [number, StockLevel][] = [
    [9, 'below_min'],
    [10, 'near_min'],
    [11, 'near_min'],
    [13, 'near_min'], // 10 + 3
    [14, 'ok'],
    [46, 'ok'],
    [47, 'near_max'], // 50 − 3
    [49, 'near_max'],
    [50, 'near_max'],
    [51, 'above_max'],
  ];
  for (const [available, level] of table) {
    it(`INV-3, INV-6: category tea (10–50, margin 3 units), available ${available} → ${level}`, () => {
      const decision = classify({ onHand: available, category: 'tea' }, policy);
      expect(decision.level).toBe(level);
      expect(decision.limits).toEqual({ min: 10, max: 50, source: 'category' });
    });
  }

  it("INV-3, INV-6: the item's own limits beat its category's (and use the policy's 20% margin)", () => {
    const decision = classify({ onHand: 36, category: 'tea', min: 30, max: 60 }, policy);
    expect(decision.limits).toEqual({ min: 30, max: 60, source: 'item' });
    expect(decision.level).toBe('near_min'); // ≤ 30 + 6
    expect(classify({ onHand: 37, category: 'tea', min: 30, max: 60 }, policy).level).toBe('ok');
    expect(classify({ onHand: 47, category: 'tea', min: 30, max: 60 }, policy).level).toBe('ok');
    expect(classify({ onHand: 48, category: 'tea', min: 30, max: 60 }, policy).level).toBe('near_max'); // ≥ 60 − 12
  });

  it('INV-3, INV-6: an item of an unknown category, or with none, gets the policy defaults', () => {
    for (const category of ['coffee', undefined]) {
      const decision = classifyStock(category === undefined ? item({ onHand: 4 }) : item({ onHand: 4, category }), policy, at);
      expect(decision.limits).toEqual({ min: 5, max: 500, source: 'policy' });
      expect(decision.level).toBe('below_min');
    }
    expect(classify({ onHand: 6 }, policy).level).toBe('near_min'); // ≤ 5 + 1
    expect(classify({ onHand: 7 }, policy).level).toBe('ok');
  });

  it('INV-6: a category named like an Object member (constructor, toString, __proto__, hasOwnProperty) is not defined by the policy: the defaults apply', () => {
    for (const category of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const decision = classify({ onHand: 4, category }, policy);
      expect(decision.limits, category).toEqual({ min: 5, max: 500, source: 'policy' });
      expect(decision.level, category).toBe('below_min');
    }
  });

  it('INV-6: an item with no category never takes the limits of a category, even one named "undefined"', () => {
    const named = defineInventoryPolicy({ levels: { defaults: { min: 5, max: 500 }, byCategory: { undefined: { min: 1, max: 2 } } } });
    expect(classify({ onHand: 4 }, named).limits).toEqual({ min: 5, max: 500, source: 'policy' });
    expect(classify({ onHand: 4, category: 'undefined' }, named).limits).toEqual({ min: 1, max: 2, source: 'category' });
  });

  it('INV-3: a policy whose category has its lower limit above its upper is refused (PolicyConfigError)', () => {
    expect(() => defineInventoryPolicy({ levels: { byCategory: { tea: { min: 60, max: 50 } } } })).toThrow(PolicyConfigError);
  });
});

// ---------------------------------------------------------------------------------------------
// INV-9: out of stock
// ---------------------------------------------------------------------------------------------

describe('INV-9: out of stock', () => {
  it('INV-9: available 0 is out of stock, cites INV-9 and reorders', () => {
    const decision = classify({ onHand: 0, min: 20, max: 100 });
    expect(decision.level).toBe('out_of_stock');
    expect(clauseOf(decision, 'STOCK_OUT')).toBe('INV-9');
    expect(reasonOf(decision, 'STOCK_OUT')?.message).toBe('已断货（可用 0），须立即通知采购或生产补货');
    expect(decision.reorder).toEqual({ needed: true, quantity: 100 });
  });

  it('INV-9: negative available (oversold, or more reserved than on hand) is out of stock', () => {
    const oversold = classify({ onHand: -4, min: 20, max: 100 });
    expect(oversold).toMatchObject({ level: 'out_of_stock', available: -4 });
    expect(oversold.reorder).toEqual({ needed: true, quantity: 104 });
    const reserved = classify({ onHand: 3, reserved: 5 });
    expect(reserved).toMatchObject({ level: 'out_of_stock', available: -2 });
  });

  it('INV-9: out of stock without limits is still out of stock (no limits needed)', () => {
    expect(classify({ onHand: 0 }).level).toBe('out_of_stock');
  });
});

// ---------------------------------------------------------------------------------------------
// INV-2: days of cover
// ---------------------------------------------------------------------------------------------

describe('INV-2: days of cover = available ÷ average daily sales, to one decimal', () => {
  it('INV-2: 20 ÷ 3 = 6.666… → 6.7', () => {
    const decision = classify({ onHand: 20, avgDailySales: 3 });
    expect(decision.daysOfCover).toBe(6.7);
    expect(reasonOf(decision, 'DAYS_OF_COVER')).toMatchObject({ clause: 'INV-2', params: { daysOfCover: 6.7, avgDailySales: 3 } });
    expect(reasonOf(decision, 'DAYS_OF_COVER')?.message).toBe('按日均销量 3，可售 6.7 天');
  });

  it('INV-2: 45 ÷ 4 = 11.25 → 11.3 (half up); 30 ÷ 4 = 7.5; 100 ÷ 0.5 = 200', () => {
    expect(classify({ onHand: 45, avgDailySales: 4 }).daysOfCover).toBe(11.3);
    expect(classify({ onHand: 30, avgDailySales: 4 }).daysOfCover).toBe(7.5);
    expect(classify({ onHand: 100, avgDailySales: 0.5 }).daysOfCover).toBe(200);
  });

  it('INV-2: cover counts available stock: 50 on hand, 10 reserved, 4 a day → 10', () => {
    expect(classify({ onHand: 50, reserved: 10, avgDailySales: 4 }).daysOfCover).toBe(10);
  });

  it('INV-2: null without sales (none given, or 0), and no DAYS_OF_COVER reason', () => {
    for (const avgDailySales of [undefined, 0]) {
      const decision = classifyStock(avgDailySales === undefined ? item({ onHand: 10 }) : item({ onHand: 10, avgDailySales }), presets.generic, at);
      expect(decision.daysOfCover).toBeNull();
      expect(codes(decision)).not.toContain('DAYS_OF_COVER');
    }
  });

  it('INV-2: days of cover is a finite number (or null) even for a vanishingly small sales rate', () => {
    // 1 unit at 1e-320 a day would be 1e320 days: not a JSON number. Infinity must not come out.
    const decision = classify({ onHand: 1, avgDailySales: 1e-320 });
    expect(decision.daysOfCover === null || Number.isFinite(decision.daysOfCover)).toBe(true);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  });

  it('INV-2: out of stock with sales: 0 days of cover, never negative', () => {
    expect(classify({ onHand: 0, avgDailySales: 2 }).daysOfCover).toBe(0);
    expect(classify({ onHand: 1, reserved: 5, avgDailySales: 2 }).daysOfCover).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// INV-9, INV-10: reorder
// ---------------------------------------------------------------------------------------------

describe('INV-10: the reorder trigger', () => {
  it('INV-10: the default trigger is at_min: exactly at min reorders up to max (20 → 80)', () => {
    expect(presets.generic.reorder.trigger).toBe('at_min');
    const decision = classify({ onHand: 20, min: 20, max: 100 });
    expect(decision.reorder).toEqual({ needed: true, quantity: 80 });
    expect(reasonOf(decision, 'REORDER_NEEDED')).toMatchObject({ clause: 'INV-10', params: { quantity: 80, position: 20, target: 100, multiple: 1 } });
    expect(reasonOf(decision, 'REORDER_NEEDED')?.message).toBe('补货 80 件：库存位置 20（可用 + 在途），补至 100，按 1 件的倍数');
  });

  it('INV-10: at_min: one above min does not reorder', () => {
    const decision = classify({ onHand: 21, min: 20, max: 100 });
    expect(decision.level).toBe('near_min');
    expect(decision.reorder).toEqual({ needed: false, quantity: 0 });
    expect(reasonOf(decision, 'REORDER_NOT_NEEDED')).toMatchObject({ clause: 'INV-10', params: { position: 21, trigger: 20 } });
  });

  it('INV-10: at_min: one below min reorders (19 → 81)', () => {
    expect(classify({ onHand: 19, min: 20, max: 100 }).reorder).toEqual({ needed: true, quantity: 81 });
  });

  it('INV-10: below_min (strict, as Odoo): not at min, yes one below', () => {
    const policy = defineInventoryPolicy({ reorder: { trigger: 'below_min' } });
    expect(classify({ onHand: 20, min: 20, max: 100 }, policy).reorder).toEqual({ needed: false, quantity: 0 });
    expect(classify({ onHand: 19, min: 20, max: 100 }, policy).reorder).toEqual({ needed: true, quantity: 81 });
    expect(classify({ onHand: 0, min: 20, max: 100 }, policy).reorder).toEqual({ needed: true, quantity: 100 });
  });

  it('INV-10: near_min: reorders inside the warning margin (≤ 24), not above it', () => {
    const policy = defineInventoryPolicy({ reorder: { trigger: 'near_min' } });
    expect(classify({ onHand: 24, min: 20, max: 100 }, policy).reorder).toEqual({ needed: true, quantity: 76 });
    expect(classify({ onHand: 25, min: 20, max: 100 }, policy).reorder).toEqual({ needed: false, quantity: 0 });
    expect(reasonOf(classify({ onHand: 25, min: 20, max: 100 }, policy), 'REORDER_NOT_NEEDED')?.params).toMatchObject({ trigger: 24 });
  });

  it('INV-10: no reorder in the ok or upper levels', () => {
    for (const onHand of [50, 80, 100, 150]) expect(classify({ onHand, min: 20, max: 100 }).reorder).toEqual({ needed: false, quantity: 0 });
  });
});

describe('INV-10: the reorder quantity', () => {
  const packs = (multiple: number) => defineInventoryPolicy({ reorder: { multiple } });

  it('INV-10: rounded up to the pack multiple when that stays within max (4 on hand, packs of 12: 96 → exactly 100)', () => {
    const decision = classify({ onHand: 4, min: 20, max: 100 }, packs(12));
    expect(decision.reorder).toEqual({ needed: true, quantity: 96 });
  });

  it('INV-10: never above max: 20 on hand needs 80, 7 packs of 12 = 84 would reach 104, so 6 packs = 72', () => {
    const decision = classify({ onHand: 20, min: 20, max: 100 }, packs(12));
    expect(decision.reorder).toEqual({ needed: true, quantity: 72 });
    expect(reasonOf(decision, 'REORDER_NEEDED')?.params).toMatchObject({ quantity: 72, position: 20, target: 100, multiple: 12 });
  });

  it('INV-10: 10 on hand needs 90: 8 packs of 12 = 96 would reach 106, so 84 (position 94)', () => {
    expect(classify({ onHand: 10, min: 20, max: 100 }, packs(12)).reorder).toEqual({ needed: true, quantity: 84 });
  });

  it('INV-10: REORDER_CAPPED_BY_MAX when even one pack would pass max (packs of 100, 20 on hand, max 100)', () => {
    const decision = classify({ onHand: 20, min: 20, max: 100 }, packs(100));
    expect(decision.reorder).toEqual({ needed: false, quantity: 0 });
    expect(reasonOf(decision, 'REORDER_CAPPED_BY_MAX')).toMatchObject({ clause: 'INV-10', params: { multiple: 100, max: 100 } });
    expect(reasonOf(decision, 'REORDER_CAPPED_BY_MAX')?.message).toBe('按 100 件的倍数补货会超过上限 100，本次不补货，请调整起订量或上限');
  });

  it('INV-10: inbound counts in the stock position (20 available + 50 inbound → reorder 30)', () => {
    const decision = classify({ onHand: 20, inbound: 50, min: 20, max: 100 });
    expect(decision.level).toBe('near_min');
    expect(decision.reorder).toEqual({ needed: true, quantity: 30 });
    expect(reasonOf(decision, 'REORDER_NEEDED')?.params).toMatchObject({ position: 70, target: 100 });
  });

  it('INV-10: REORDER_COVERED_BY_INBOUND when inbound already brings the position to max (inbound 80, and 90)', () => {
    for (const inbound of [80, 90]) {
      const decision = classify({ onHand: 20, inbound, min: 20, max: 100 });
      expect(decision.reorder).toEqual({ needed: false, quantity: 0 });
      expect(reasonOf(decision, 'REORDER_COVERED_BY_INBOUND')).toMatchObject({ clause: 'INV-10', params: { inbound } });
    }
  });

  it('INV-10: with countInbound the inbound is already in available, so it is not counted twice', () => {
    const policy = defineInventoryPolicy({ levels: { countInbound: true } });
    // 0 on hand + 15 inbound = 15 available, below min: position 15, reorder 85.
    expect(classify({ onHand: 0, inbound: 15, min: 20, max: 100 }, policy)).toMatchObject({ level: 'below_min', available: 15, reorder: { needed: true, quantity: 85 } });
    // 20 on hand + 50 inbound = 70: ok, no reorder.
    expect(classify({ onHand: 20, inbound: 50, min: 20, max: 100 }, policy)).toMatchObject({ level: 'ok', reorder: { needed: false, quantity: 0 } });
  });

  it('INV-10: without max, the target is min + avgDailySales × coverDays (20 + 2.5 × 30 = 95 → reorder 75)', () => {
    const decision = classify({ onHand: 20, min: 20, avgDailySales: 2.5 });
    expect(decision.reorder).toEqual({ needed: true, quantity: 75 });
    expect(reasonOf(decision, 'REORDER_NEEDED')?.params).toMatchObject({ target: 95 });
  });

  it('INV-10: without max the target is rounded up to whole units (20 + 0.33 × 30 = 29.9 → 30 → reorder 10)', () => {
    expect(classify({ onHand: 20, min: 20, avgDailySales: 0.33 }).reorder).toEqual({ needed: true, quantity: 10 });
  });

  it('INV-10: coverDays is a policy parameter (14 days: 20 + 2 × 14 = 48 → reorder 33 from 15)', () => {
    const policy = defineInventoryPolicy({ reorder: { coverDays: 14 } });
    expect(classify({ onHand: 15, min: 20, avgDailySales: 2 }, policy).reorder).toEqual({ needed: true, quantity: 33 });
  });

  it('INV-9: out of stock with no limits and no sales: REORDER_NO_TARGET, replenish by hand', () => {
    const decision = classify({ onHand: 0 });
    expect(decision.reorder).toEqual({ needed: false, quantity: 0 });
    expect(clauseOf(decision, 'REORDER_NO_TARGET')).toBe('INV-9');
  });

  it('INV-9, INV-10: with no lower limit only running out triggers a reorder: the trigger is 0 (1 available → none; 0 → reorder)', () => {
    for (const changes of [{ onHand: 1 }, { onHand: 1, max: 100 }, { onHand: 5, avgDailySales: 2 }] as Partial<StockItem>[]) {
      const decision = classify(changes);
      expect(decision.reorder).toEqual({ needed: false, quantity: 0 });
      expect(reasonOf(decision, 'REORDER_NOT_NEEDED')).toMatchObject({ clause: 'INV-10', params: { position: changes.onHand, trigger: 0 } });
    }
    expect(classify({ onHand: 0, max: 100 }).reorder).toEqual({ needed: true, quantity: 100 });
  });

  it('INV-9, INV-10: out of stock with no limits but sales: 30 days of sales (2 × 30 = 60)', () => {
    expect(classify({ onHand: 0, avgDailySales: 2 }).reorder).toEqual({ needed: true, quantity: 60 });
  });

  it('INV-10: REORDER_COVERED_BY_INBOUND is only cited when there is inbound (at min = max, no inbound)', () => {
    // Stock sits exactly at its target with nothing inbound: no reorder, but the reason must not
    // claim that "0 inbound already cover it".
    for (const changes of [{ onHand: 20, min: 20, max: 20 }, { onHand: 20, min: 20 }] as Partial<StockItem>[]) {
      const decision = classify(changes);
      expect(decision.reorder).toEqual({ needed: false, quantity: 0 });
      expect(codes(decision)).not.toContain('REORDER_COVERED_BY_INBOUND');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// INV-5: slow movers
// ---------------------------------------------------------------------------------------------

describe('INV-5: slow-moving after 90 days without a sale, counted on Shanghai dates', () => {
  // now = 1 June 2026 00:30 in Shanghai = 31 May 16:30 UTC. 3 March → 1 June is 90 days.
  const justAfterMidnight = { now: '2026-06-01T00:30:00+08:00' };

  it('INV-5: last sold 3 March 23:50 local (15:50 UTC): 90 local days → slow (UTC dates would give 89)', () => {
    const decision = classify({ lastSoldAt: '2026-03-03T23:50:00+08:00' }, presets.generic, justAfterMidnight);
    expect(decision.slowMoving).toBe(true);
    expect(reasonOf(decision, 'SLOW_MOVING_NO_SALE')).toMatchObject({ clause: 'INV-5', params: { days: 90, limit: 90 } });
    expect(reasonOf(decision, 'SLOW_MOVING_NO_SALE')?.message).toBe('已 90 天无销售（标准 90 天），列为滞销，考虑促销或退回供应商');
  });

  it('INV-5: last sold 4 March 00:10 local: 89 days → not slow', () => {
    const decision = classify({ lastSoldAt: '2026-03-04T00:10:00+08:00' }, presets.generic, justAfterMidnight);
    expect(decision.slowMoving).toBe(false);
    expect(codes(decision)).not.toContain('SLOW_MOVING_NO_SALE');
  });

  it('INV-5: now 31 May 23:30 local, last sold 3 March 07:00 local (2 March UTC): 89 local days → not slow (UTC would give 90)', () => {
    const decision = classify({ lastSoldAt: '2026-03-03T07:00:00+08:00' }, presets.generic, { now: '2026-05-31T23:30:00+08:00' });
    expect(decision.slowMoving).toBe(false);
  });

  it('INV-5: more than 90 days is slow too (last sold 1 January → 151 days)', () => {
    const decision = classify({ lastSoldAt: '2026-01-01T12:00:00+08:00' });
    expect(decision.slowMoving).toBe(true);
    expect(reasonOf(decision, 'SLOW_MOVING_NO_SALE')?.params).toMatchObject({ days: 151 });
  });

  it('INV-5: out-of-stock items are not slow-moving', () => {
    expect(classify({ onHand: 0, lastSoldAt: '2026-01-01T12:00:00+08:00' }).slowMoving).toBe(false);
  });

  it('INV-5: noSaleDays null turns the no-sale rule off (a year without a sale is not slow); the cover rule still applies', () => {
    const policy = defineInventoryPolicy({ slowMoving: { noSaleDays: null } });
    const idle = classify({ onHand: 10, lastSoldAt: '2025-06-01T10:00:00+08:00' }, policy);
    expect(idle.slowMoving).toBe(false);
    expect(codes(idle)).not.toContain('SLOW_MOVING_NO_SALE');
    const covered = classify({ onHand: 181, avgDailySales: 1, lastSoldAt: '2025-06-01T10:00:00+08:00' }, policy);
    expect(covered.slowMoving).toBe(true);
    expect(codes(covered)).toContain('SLOW_MOVING_COVER');
    expect(codes(covered)).not.toContain('SLOW_MOVING_NO_SALE');
  });

  it('INV-5: douyinShop: slow after 30 days (2 May → 1 June is 30), not 29', () => {
    expect(classify({ lastSoldAt: '2026-05-02T20:00:00+08:00' }, presets.douyinShop, justAfterMidnight).slowMoving).toBe(true);
    expect(classify({ lastSoldAt: '2026-05-03T08:00:00+08:00' }, presets.douyinShop, justAfterMidnight).slowMoving).toBe(false);
  });
});

describe('INV-5: slow-moving above 180 days of cover', () => {
  const sold = { lastSoldAt: '2026-05-31T12:00:00+08:00' };

  it('INV-5: exactly 180 days of cover is not slow', () => {
    const decision = classify({ ...sold, onHand: 180, avgDailySales: 1 });
    expect(decision.daysOfCover).toBe(180);
    expect(decision.slowMoving).toBe(false);
  });

  it('INV-5: 181 days of cover is slow, citing INV-5', () => {
    const decision = classify({ ...sold, onHand: 181, avgDailySales: 1 });
    expect(decision.slowMoving).toBe(true);
    expect(reasonOf(decision, 'SLOW_MOVING_COVER')).toMatchObject({ clause: 'INV-5', params: { daysOfCover: 181, limit: 180 } });
  });

  it('INV-5: 180.5 days (361 at 2 a day) is above 180: slow', () => {
    expect(classify({ ...sold, onHand: 361, avgDailySales: 2 }).slowMoving).toBe(true);
  });

  it('INV-5: maxCoverDays null turns the cover rule off (1000 days of cover is not slow); the no-sale rule still applies', () => {
    const policy = defineInventoryPolicy({ slowMoving: { maxCoverDays: null } });
    const decision = classify({ ...sold, onHand: 1000, avgDailySales: 1 }, policy);
    expect(decision.daysOfCover).toBe(1000);
    expect(decision.slowMoving).toBe(false);
    expect(codes(decision)).not.toContain('SLOW_MOVING_COVER');
    expect(classify({ onHand: 1000, avgDailySales: 1, lastSoldAt: '2026-01-01T12:00:00+08:00' }, policy).slowMoving).toBe(true);
  });

  it('INV-5: usStore uses 365 days of cover: 365 not slow, 366 slow', () => {
    expect(classify({ ...sold, onHand: 365, avgDailySales: 1 }, presets.usStore).slowMoving).toBe(false);
    expect(classify({ ...sold, onHand: 366, avgDailySales: 1 }, presets.usStore).slowMoving).toBe(true);
  });
});

describe('INV-5: new items and never-sold items', () => {
  const justAfterMidnight = { now: '2026-06-01T00:30:00+08:00' };

  it('INV-5: first stocked 29 local days ago: a new item, not judged even with no sale and huge cover', () => {
    const decision = classify({ onHand: 1000, avgDailySales: 1, firstStockedAt: '2026-05-03T09:00:00+08:00', lastSoldAt: null }, presets.generic, justAfterMidnight);
    expect(decision.slowMoving).toBe(false);
    expect(reasonOf(decision, 'SLOW_MOVING_NEW_ITEM')).toMatchObject({ clause: 'INV-5', params: { days: 29, limit: 30 } });
  });

  it('INV-5: first stocked 30 local days ago (2 May 23:59): judged; 1000 days of cover → slow', () => {
    const decision = classify({ onHand: 1000, avgDailySales: 1, firstStockedAt: '2026-05-02T23:59:00+08:00', lastSoldAt: null }, presets.generic, justAfterMidnight);
    expect(codes(decision)).not.toContain('SLOW_MOVING_NEW_ITEM');
    expect(decision.slowMoving).toBe(true);
    expect(codes(decision)).toContain('SLOW_MOVING_COVER');
    // never sold: idle counts from first stocked, 30 days < 90, so no no-sale reason
    expect(codes(decision)).not.toContain('SLOW_MOVING_NO_SALE');
  });

  it('INV-5: never sold but stocked long ago (1 January) is slow: 151 days without a sale', () => {
    for (const lastSoldAt of [null, undefined]) {
      const changes: Partial<StockItem> = lastSoldAt === null ? { firstStockedAt: '2026-01-01T09:00:00+08:00', lastSoldAt } : { firstStockedAt: '2026-01-01T09:00:00+08:00' };
      const decision = classify(changes);
      expect(decision.slowMoving).toBe(true);
      expect(reasonOf(decision, 'SLOW_MOVING_NO_SALE')?.params).toMatchObject({ days: 151, limit: 90 });
    }
  });

  it('INV-5: a recent sale clears a long-stocked item', () => {
    expect(classify({ firstStockedAt: '2025-01-01T09:00:00+08:00', lastSoldAt: '2026-05-20T09:00:00+08:00' }).slowMoving).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// INV-11: sold out on the listing
// ---------------------------------------------------------------------------------------------

describe('INV-11: mark the variant sold out when it cannot be restocked soon', () => {
  // now = 1 June 2026 10:00 Shanghai; generic soldOutAfterDays = 15 → 16 June 10:00.
  it('INV-11: out of stock and restock null → marked, citing INV-11', () => {
    const decision = classify({ onHand: 0, restockExpectedAt: null });
    expect(decision.markSoldOut).toBe(true);
    expect(reasonOf(decision, 'MARK_SOLD_OUT')).toMatchObject({ clause: 'INV-11', params: { days: 15 } });
    expect(reasonOf(decision, 'MARK_SOLD_OUT')?.message).toBe('断货且 15 天内无法补货，商品页标注该款已售罄');
  });

  it('INV-11: restock more than 15 days away (15 days + 1 hour) → marked', () => {
    expect(classify({ onHand: 0, restockExpectedAt: '2026-06-16T11:00:00+08:00' }).markSoldOut).toBe(true);
    expect(classify({ onHand: 0, restockExpectedAt: '2026-07-01T10:00:00+08:00' }).markSoldOut).toBe(true);
  });

  it('INV-11: restock exactly 15 days away, or within, → not marked', () => {
    for (const restockExpectedAt of ['2026-06-16T10:00:00+08:00', '2026-06-04T10:00:00+08:00', '2026-06-01T12:00:00+08:00']) {
      const decision = classify({ onHand: 0, restockExpectedAt });
      expect(decision.markSoldOut).toBe(false);
      expect(codes(decision)).not.toContain('MARK_SOLD_OUT');
    }
  });

  it('INV-11: not marked when in stock, or when no restock date is given', () => {
    expect(classify({ onHand: 3, restockExpectedAt: null }).markSoldOut).toBe(false);
    expect(classify({ onHand: 0 }).markSoldOut).toBe(false);
  });

  it('INV-11: douyinShop marks after 7 days: 8 days away marked, 7 not', () => {
    expect(classify({ onHand: 0, restockExpectedAt: '2026-06-09T10:00:00+08:00' }, presets.douyinShop).markSoldOut).toBe(true);
    expect(classify({ onHand: 0, restockExpectedAt: '2026-06-08T10:00:00+08:00' }, presets.douyinShop).markSoldOut).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Presets and locales
// ---------------------------------------------------------------------------------------------

describe('inventory presets (as inventoryPolicy.ts documents them)', () => {
  const generic = {
    levels: { defaults: {}, byCategory: {}, margin: { kind: 'percent', value: 20 }, countInbound: false },
    reorder: { trigger: 'at_min', multiple: 1, coverDays: 30 },
    stocktake: { tolerance: { kind: 'percent', value: 3 }, byClass: { A: 1, B: 3, C: 5 }, accuracyTarget: 95 },
  };

  it('INV-3, INV-4, INV-5, INV-10, INV-11: generic: 20% margin, at_min, slow after 90 days / 180 days of cover, sold out after 15 days, A 1% B 3% C 5%, 95% accuracy', () => {
    expect(presets.generic).toMatchObject(generic);
    expect(presets.generic.store).toEqual({ timeZone: 'Asia/Shanghai', locale: 'zh-CN', currency: 'CNY' });
    expect(presets.generic.slowMoving).toEqual({ noSaleDays: 90, maxCoverDays: 180, newItemDays: 30 });
    expect(presets.generic.soldOutAfterDays).toBe(15);
  });

  it('INV-5: usStore: USD, New York, en-US; slow after 180 days without a sale or 365 days of cover', () => {
    expect(presets.usStore).toMatchObject(generic);
    expect(presets.usStore.store).toEqual(storePresets.usStore);
    expect(presets.usStore.store).toEqual({ timeZone: 'America/New_York', locale: 'en-US', currency: 'USD' });
    expect(presets.usStore.slowMoving).toEqual({ noSaleDays: 180, maxCoverDays: 365, newItemDays: 30 });
    expect(presets.usStore.soldOutAfterDays).toBe(15);
  });

  it('INV-5, INV-11: douyinShop: slow after 30 days or 90 days of cover; sold out after 7 days', () => {
    expect(presets.douyinShop).toMatchObject(generic);
    expect(presets.douyinShop.store).toEqual(storePresets.douyinShop);
    expect(presets.douyinShop.slowMoving).toEqual({ noSaleDays: 30, maxCoverDays: 90, newItemDays: 30 });
    expect(presets.douyinShop.soldOutAfterDays).toBe(7);
  });

  it('INV-5: usStore counts idle days on New York dates (180 days: 3 Dec 2025 → 1 June 2026)', () => {
    // 1 June 2026 00:30 EDT = 04:30 UTC. 3 Dec → 1 June = 28 + 31 + 28 + 31 + 30 + 31 + 1 = 180.
    const now = { now: '2026-06-01T00:30:00-04:00' };
    expect(classify({ lastSoldAt: '2025-12-03T23:00:00-05:00' }, presets.usStore, now).slowMoving).toBe(true);
    expect(classify({ lastSoldAt: '2025-12-04T00:30:00-05:00' }, presets.usStore, now).slowMoving).toBe(false);
  });

  it('INV-3: every reason code the package can give has its clause and both locales', () => {
    for (const [code, definition] of Object.entries(inventoryMessages)) {
      expect(definition.clause, code).toMatch(/^INV-(?:[1-9]|1[01])$/u);
      expect(definition['zh-CN'], code).not.toBe('');
      expect(definition['en-US'], code).not.toBe('');
    }
  });
});

describe('INV-3: reasons in zh-CN by default, en-US via the context or the store', () => {
  it('INV-3: zh-CN by default', () => {
    expect(reasonOf(classify({ onHand: 20, min: 20, max: 100 }), 'STOCK_NEAR_MIN')?.message).toBe('可用库存 20 接近下限 20（预警线 24）');
  });

  it('INV-3, INV-10: en-US when the context asks', () => {
    const decision = classify({ onHand: 20, min: 20, max: 100 }, presets.generic, { ...at, locale: 'en-US' });
    expect(reasonOf(decision, 'STOCK_NEAR_MIN')?.message).toBe('Available 20 is approaching the lower limit 20 (warning at 24 or less)');
    expect(reasonOf(decision, 'STOCK_AVAILABLE')?.message).toBe('Available 20 = on hand 20 − reserved 0 + inbound counted 0');
    expect(reasonOf(decision, 'REORDER_NEEDED')?.message).toBe('Reorder 80: stock position 20 (available + inbound) up to 100, in multiples of 1');
  });

  it('INV-3: en-US by default in the usStore preset', () => {
    const decision = classify({ onHand: 101, min: 20, max: 100 }, presets.usStore);
    expect(reasonOf(decision, 'STOCK_ABOVE_MAX')?.message).toBe('Available 101 is above the upper limit 100: avoid overstock, consider a promotion');
  });

  it('INV-1..11: every reason names its clause', () => {
    const decision = classify({ onHand: 0, min: 20, max: 100, avgDailySales: 2, restockExpectedAt: null });
    expect(decision.reasons.length).toBeGreaterThan(0);
    for (const reason of decision.reasons) expect(reason.clause).toMatch(/^INV-\d+$/u);
    expect(codes(decision)).toEqual(['STOCK_AVAILABLE', 'STOCK_OUT', 'DAYS_OF_COVER', 'REORDER_NEEDED', 'MARK_SOLD_OUT']);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------------

describe('INV-1, INV-3: bad input gives PolicyInputError with the path', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['negative reserved', { reserved: -1 }, 'item.reserved'],
    ['negative inbound', { inbound: -3 }, 'item.inbound'],
    ['NaN on hand', { onHand: Number.NaN }, 'item.onHand'],
    ['Infinity on hand', { onHand: Number.POSITIVE_INFINITY }, 'item.onHand'],
    ['fractional on hand', { onHand: 1.5 }, 'item.onHand'],
    ['fractional reserved', { reserved: 0.5 }, 'item.reserved'],
    ['fractional min', { min: 2.5 }, 'item.min'],
    ['negative min', { min: -1 }, 'item.min'],
    ['NaN sales', { avgDailySales: Number.NaN }, 'item.avgDailySales'],
    ['negative sales', { avgDailySales: -1 }, 'item.avgDailySales'],
    ['empty sku', { sku: '' }, 'item.sku'],
    ['a date that is not an instant', { lastSoldAt: 'last Tuesday' }, 'item.lastSoldAt'],
    ['on hand as a string', { onHand: '5' }, 'item.onHand'],
  ];
  for (const [name, changes, path] of cases) {
    it(`INV-1: ${name} → PolicyInputError at ${path}`, () => {
      const result = thrown(() => classifyStock({ sku: 'TEA-250', onHand: 5, ...changes }, presets.generic, at));
      expect(result.name).toBe('PolicyInputError');
      expect(result.paths).toContain(path);
    });
  }

  it("INV-3: min above max → PolicyInputError at ['item', 'min']", () => {
    const run = () => classifyStock({ sku: 'TEA-250', onHand: 5, min: 50, max: 10 }, presets.generic, at);
    expect(run).toThrow(PolicyInputError);
    const result = thrown(run);
    expect(result.paths).toEqual(['item.min']);
    expect(result.codes).toEqual(['min_above_max']);
    const error = safeClassifyStock({ sku: 'TEA-250', onHand: 5, min: 50, max: 10 }, presets.generic, at);
    expect(error.ok).toBe(false);
    if (!error.ok) expect(error.error.issues.map((issue) => issue.message)).toEqual(['The lower limit 50 is above the upper limit 10']);
  });

  it('INV-3: min equal to max is allowed', () => {
    expect(classifyStock({ sku: 'TEA-250', onHand: 5, min: 10, max: 10 }, presets.generic, at).level).toBe('below_min');
  });

  it('INV-1: an unknown key is refused', () => {
    const result = thrown(() => classifyStock({ sku: 'TEA-250', onHand: 5, onhand: 7 } as StockItem, presets.generic, at));
    expect(result.name).toBe('PolicyInputError');
    expect(result.codes).toEqual(['unrecognized_keys']);
    expect(result.paths).toEqual(['item.onhand']);
  });

  it('INV-1: a bad context is refused too', () => {
    expect(() => classifyStock(item(), presets.generic, { now: 'soon' })).toThrow(PolicyInputError);
  });
});

describe('safeClassifyStock', () => {
  it('INV-3: returns { ok: true, value } for a good item', () => {
    const result = safeClassifyStock({ sku: 'TEA-250', onHand: 20, min: 20, max: 100 }, presets.generic, at);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ level: 'near_min', available: 20, reorder: { needed: true, quantity: 80 } });
  });

  it('INV-1: returns { ok: false, error } instead of throwing', () => {
    const result = safeClassifyStock({ sku: 'TEA-250', onHand: Number.NaN });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(PolicyInputError);
      expect(result.error.issues.map((issue) => issue.path.join('.'))).toContain('item.onHand');
    }
    const minMax = safeClassifyStock({ sku: 'TEA-250', onHand: 5, min: 50, max: 10 });
    expect(minMax.ok).toBe(false);
  });
});

describe('createStockClassifier', () => {
  it('INV-3: compiles a policy once and classifies like classifyStock', () => {
    const stock = createStockClassifier(presets.generic);
    expect(createStockClassifier(presets.generic)).toBe(stock);
    expect(stock.policy).toBe(presets.generic);
    expect(stock.classify({ sku: 'A', onHand: 80, min: 20, max: 100 }, at)).toEqual(classifyStock({ sku: 'A', onHand: 80, min: 20, max: 100 }, presets.generic, at));
  });
});
