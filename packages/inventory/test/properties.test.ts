import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  checkOutbound,
  checkReceipt,
  classifyStock,
  defineInventoryPolicy,
  presets,
  reconcileStocktake,
  reorderPoint,
  type InventoryPolicy,
  type StockItem,
  type StockLevel,
} from '../src/index.js';
import { at } from './fixtures.js';

const order: StockLevel[] = ['out_of_stock', 'below_min', 'near_min', 'ok', 'near_max', 'above_max'];
const rank = (level: StockLevel) => order.indexOf(level);

/** Lower and upper limits (min ≤ max; either may be absent). */
const limits = fc
  .record({ min: fc.integer({ min: 0, max: 300 }), span: fc.integer({ min: 0, max: 400 }), hasMin: fc.boolean(), hasMax: fc.boolean() })
  .map(({ min, span, hasMin, hasMax }) => ({ ...(hasMin ? { min } : {}), ...(hasMax ? { max: min + span } : {}) }));

const margin = fc.oneof(
  fc.record({ kind: fc.constant('units' as const), value: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ kind: fc.constant('percent' as const), value: fc.integer({ min: 0, max: 100 }) }),
);

const policies = new Map<string, InventoryPolicy>();
/** One policy per settings, made once (policies are compiled and cached by identity). */
function policyFor(settings: { margin: { kind: 'units' | 'percent'; value: number }; trigger: 'at_min' | 'below_min' | 'near_min'; multiple: number; countInbound: boolean }): InventoryPolicy {
  const key = JSON.stringify(settings);
  let policy = policies.get(key);
  if (policy === undefined) {
    policy = defineInventoryPolicy({
      levels: { margin: settings.margin, countInbound: settings.countInbound },
      reorder: { trigger: settings.trigger, multiple: settings.multiple },
    });
    policies.set(key, policy);
  }
  return policy;
}

const settings = fc.record({
  margin,
  trigger: fc.constantFrom('at_min' as const, 'below_min' as const, 'near_min' as const),
  multiple: fc.constantFrom(1, 2, 5, 6, 12, 24, 50, 100, 7),
  countInbound: fc.boolean(),
});

describe('INV-3: the level is monotone in available stock', () => {
  test.prop([limits, margin, fc.integer({ min: -50, max: 800 }), fc.integer({ min: 0, max: 800 })])(
    'INV-3: for fixed limits, more stock never gives a lower level',
    (l, m, a, extra) => {
      const policy = policyFor({ margin: m, trigger: 'at_min', multiple: 1, countInbound: false });
      const low = classifyStock({ sku: 'P', onHand: a, ...l }, policy, at).level;
      const high = classifyStock({ sku: 'P', onHand: a + extra, ...l }, policy, at).level;
      expect(rank(high)).toBeGreaterThanOrEqual(rank(low));
    },
  );

  /** Stock anywhere, or close to a limit or its warning line, where the comparisons matter. */
  const nearLimits = fc.tuple(limits, margin).chain(([l, m]) => {
    const anchors = [l.min ?? 0, l.max ?? 0, (l.min ?? 0) + (m.kind === 'units' ? m.value : Math.ceil(((l.min ?? 0) * m.value) / 100))];
    return fc.tuple(fc.constant(l), fc.constant(m), fc.oneof(fc.integer({ min: -50, max: 800 }), fc.constantFrom(...anchors).chain((anchor) => fc.integer({ min: anchor - 3, max: anchor + 3 }))));
  });

  test.prop([nearLimits])('INV-3, INV-9: the level agrees with the stated comparisons against the limits', ([l, m, available]) => {
    const policy = policyFor({ margin: m, trigger: 'at_min', multiple: 1, countInbound: false });
    const { level } = classifyStock({ sku: 'P', onHand: available, ...l }, policy, at);
    if (available <= 0) expect(level).toBe('out_of_stock');
    else if (l.min !== undefined && available < l.min) expect(level).toBe('below_min');
    else if (l.max !== undefined && available > l.max) expect(level).toBe('above_max');
    else expect(['near_min', 'ok', 'near_max']).toContain(level);
  });
});

describe('INV-10: reorder properties', () => {
  const stock = fc.record({
    onHand: fc.integer({ min: -20, max: 600 }),
    reserved: fc.integer({ min: 0, max: 50 }),
    inbound: fc.integer({ min: 0, max: 200 }),
    avgDailySales: fc.double({ min: 0, max: 20, noNaN: true }),
  });

  test.prop([limits, settings, stock])('INV-10: a reorder never takes the stock position (available + inbound) above max', (l, s, st) => {
    const policy = policyFor(s);
    const decision = classifyStock({ sku: 'P', ...st, ...l }, policy, at);
    const position = st.onHand - st.reserved + st.inbound;
    if (l.max !== undefined && decision.reorder.quantity > 0) expect(position + decision.reorder.quantity).toBeLessThanOrEqual(l.max);
  });

  test.prop([limits, settings, stock])('INV-10: the reorder quantity is a multiple of the pack size, and needed iff > 0', (l, s, st) => {
    const decision = classifyStock({ sku: 'P', ...st, ...l }, policyFor(s), at);
    expect(decision.reorder.quantity % s.multiple).toBe(0);
    expect(decision.reorder.quantity).toBeGreaterThanOrEqual(0);
    expect(decision.reorder.needed).toBe(decision.reorder.quantity > 0);
  });

  test.prop([limits, settings, stock])('INV-10: with a max, a reorder brings the position within one pack of max', (l, s, st) => {
    const decision = classifyStock({ sku: 'P', ...st, ...l }, policyFor(s), at);
    const position = st.onHand - st.reserved + st.inbound;
    if (l.max !== undefined && decision.reorder.needed) expect(position + decision.reorder.quantity).toBeGreaterThan(l.max - s.multiple);
  });
});

describe('INV-1..11: decisions are JSON round-trippable', () => {
  const item: fc.Arbitrary<StockItem> = fc
    .record({
      onHand: fc.integer({ min: -20, max: 600 }),
      reserved: fc.integer({ min: 0, max: 50 }),
      inbound: fc.integer({ min: 0, max: 200 }),
      avgDailySales: fc.double({ min: 0, max: 20, noNaN: true }),
      lastSoldDaysAgo: fc.option(fc.integer({ min: 0, max: 400 })),
      firstStockedDaysAgo: fc.option(fc.integer({ min: 0, max: 400 })),
      restockInDays: fc.option(fc.integer({ min: 0, max: 60 })),
    })
    .chain((r) =>
      limits.map((l) => {
        const ago = (days: number) => new Date(Date.parse(at.now) - days * 86_400_000).toISOString();
        return {
          sku: 'P',
          onHand: r.onHand,
          reserved: r.reserved,
          inbound: r.inbound,
          avgDailySales: r.avgDailySales,
          lastSoldAt: r.lastSoldDaysAgo === null ? null : ago(r.lastSoldDaysAgo),
          firstStockedAt: r.firstStockedDaysAgo === null ? null : ago(r.firstStockedDaysAgo),
          restockExpectedAt: r.restockInDays === null ? null : ago(-r.restockInDays),
          ...l,
        };
      }),
    );

  test.prop([item, fc.constantFrom(presets.generic, presets.usStore, presets.douyinShop), fc.constantFrom('zh-CN' as const, 'en-US' as const)])(
    'INV-3, INV-5, INV-10, INV-11: classifyStock',
    (i, policy, locale) => {
      const decision = classifyStock(i, policy, { ...at, locale });
      expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    },
  );

  test.prop([fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true })])(
    'INV-2: reorderPoint',
    (d, sd, l, level) => {
      const decision = reorderPoint({ avgDailyDemand: d, demandStdDev: sd, leadTimeDays: l, serviceLevel: level });
      expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    },
  );

  test.prop([fc.array(fc.record({ book: fc.integer({ min: 0, max: 500 }), counted: fc.integer({ min: 0, max: 500 }), cents: fc.integer({ min: 0, max: 99_999 }) }), { maxLength: 10 })])(
    'INV-4: reconcileStocktake',
    (lines) => {
      const decision = reconcileStocktake(lines.map((l, index) => ({ sku: `S${index}`, book: l.book, counted: l.counted, unitCost: (l.cents / 100).toFixed(2) })));
      expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    },
  );

  test.prop([fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })])('INV-7, INV-8: checkReceipt and checkOutbound', (ordered, got) => {
    const receipt = checkReceipt({ purchaseOrder: { lines: [{ sku: 'A', name: 'a', quantity: ordered }] }, received: [{ sku: 'A', name: 'a', quantity: got, nonConforming: Math.min(1, got) }] });
    expect(JSON.parse(JSON.stringify(receipt))).toEqual(receipt);
    const outbound = checkOutbound({ order: [{ sku: 'A', quantity: ordered + 1 }], picked: [{ sku: 'A', quantity: got }], available: { A: got } });
    expect(JSON.parse(JSON.stringify(outbound))).toEqual(outbound);
  });
});
