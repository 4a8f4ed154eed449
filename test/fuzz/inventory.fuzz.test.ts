import type { Context } from '@zhidu/core';
import {
  checkOutbound,
  checkReceipt,
  classifyStock,
  createStockClassifier,
  defineInventoryPolicy,
  normalQuantile,
  presets,
  reconcileStocktake,
  reorderPoint,
  type InventoryPolicy,
  type OutboundInput,
  type ReceiptInput,
  type ReorderPointInput,
  type StockItem,
  type StocktakeLine,
} from '@zhidu/inventory';
import { describe, expect } from 'vitest';
import { fuzz, noPolicy } from './harness.js';

// Samples copied from packages/inventory/test (classifyStock, reorderPoint, stocktake, goods).
const context: Context = { now: '2026-06-01T10:00:00+08:00', locale: 'en-US' };
const policies: Readonly<Record<string, InventoryPolicy>> = presets;
const item: StockItem = { sku: 'TEA-250', onHand: 50, min: 20, max: 100 };
const reorder: ReorderPointInput = { avgDailyDemand: 20, demandStdDev: 5, leadTimeDays: 9, serviceLevel: 0.95 };
const stocktake: StocktakeLine[] = [
  { sku: 'TEA-250', book: 100, counted: 98 },
  { sku: 'CUP-01', book: 10, counted: 10 },
];
const receipt: ReceiptInput = {
  purchaseOrder: {
    id: 'PO-7',
    lines: [
      { sku: 'TEA-250', name: '龙井 250g', quantity: 100, spec: '250g 罐装' },
      { sku: 'CUP-01', name: '玻璃杯', quantity: 10 },
    ],
  },
  received: [
    { sku: 'TEA-250', name: '龙井 250g', quantity: 100, spec: '250g 罐装', nonConforming: 3 },
    { sku: 'CUP-01', name: '玻璃杯', quantity: 10 },
  ],
};
const order = [
  { sku: 'TEA-250', quantity: 2 },
  { sku: 'CUP-01', quantity: 1 },
];
const outbound: OutboundInput = { order, picked: [...order], available: { 'TEA-250': 5, 'CUP-01': 5 } };

describe('fuzz @zhidu/inventory', () => {
  fuzz({ name: 'classifyStock', policies, sample: () => [item, context], call: ([i, c], p) => classifyStock(i as StockItem, p, c as Context) });
  fuzz({ name: 'reorderPoint', policies, sample: () => [reorder, context], call: ([i, c], p) => reorderPoint(i as ReorderPointInput, p, c as Context) });
  fuzz({
    name: 'reconcileStocktake',
    policies,
    sample: () => [stocktake, context],
    call: ([lines, c], p) => reconcileStocktake(lines as StocktakeLine[], p, c as Context),
  });
  fuzz({ name: 'checkReceipt', policies, sample: () => [receipt, context], call: ([i, c], p) => checkReceipt(i as ReceiptInput, p, c as Context) });
  fuzz({ name: 'checkOutbound', policies, sample: () => [outbound, context], call: ([i, c], p) => checkOutbound(i as OutboundInput, p, c as Context) });
  fuzz({
    name: 'normalQuantile',
    policies: noPolicy,
    sample: () => [0.95],
    call: ([p]) => ({ p, z: normalQuantile(p as number) }),
    // A math helper, not a decision: by design it returns NaN for anything but a number in (0, 1)
    // instead of throwing; inside, the quantile is finite.
    returns: (result) => {
      const { p, z } = result as { p: unknown; z: unknown };
      expect(typeof z).toBe('number');
      const inRange = typeof p === 'number' && p > 0 && p < 1; // anything but a number gives NaN
      expect(Number.isFinite(z), `normalQuantile(${typeof p === 'number' ? String(p) : typeof p}) = ${String(z)}`).toBe(inRange);
    },
  });
  fuzz({
    name: 'defineInventoryPolicy',
    policies: noPolicy,
    refusal: 'config',
    sample: () => [structuredClone(presets.generic), 'generic'],
    call: ([overrides, base]) => defineInventoryPolicy(overrides as never, base as never),
    returns: 'json',
  });
  fuzz({
    name: 'createStockClassifier(policy).classify',
    policies,
    runs: 100,
    sample: () => [item, context],
    call: ([i, c], p) => createStockClassifier(p).classify(i as StockItem, c as Context),
  });
});
