/**
 * Child process of the inventory comparison: classifies N generated SKUs with `classifyMany`
 * (a generator in, nothing buffered) and prints one JSON line: time, throughput, RSS sampled every
 * 10,000 items. Run as `node --conditions=@zhidu/source --import tsx inventory-batch.ts <count>`.
 */
import { createStockClassifier, presets, type StockItem } from '@zhidu/inventory';
import { prng } from '../harness.js';

const count = Number(process.argv[2] ?? '100000');
const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T09:00:00+08:00');
const CATEGORIES = ['tea', 'cups', 'gifts', 'snacks'] as const;
const iso = (ms: number): string => new Date(ms).toISOString();

function* skus(n: number): Generator<StockItem> {
  const random = prng(42);
  for (let i = 0; i < n; i += 1) {
    const min = Math.floor(random() * 50);
    const item: { -readonly [K in keyof StockItem]: StockItem[K] } = {
      sku: `SKU-${String(i).padStart(7, '0')}`,
      onHand: Math.floor(random() * 200),
      reserved: Math.floor(random() * 10),
      min,
      max: min + 20 + Math.floor(random() * 150),
      avgDailySales: Math.round(random() * 80) / 10,
      lastSoldAt: iso(NOW - Math.floor(random() * 200) * DAY),
      firstStockedAt: iso(NOW - Math.floor(random() * 800) * DAY),
      category: CATEGORIES[i % CATEGORIES.length] ?? 'tea',
    };
    if (random() < 0.1) item.inbound = Math.floor(random() * 50);
    if (random() < 0.05) item.restockExpectedAt = random() < 0.5 ? null : iso(NOW + Math.floor(random() * 30) * DAY);
    yield item;
  }
}

const stock = createStockClassifier(presets.generic);
// Warm the code paths and settle the heap before the first sample.
for (const result of stock.classifyMany(skus(2000), { now: iso(NOW) })) if (result.sku === '') throw new Error('empty');
(globalThis as { gc?: () => void }).gc?.();
const rssStart = process.memoryUsage.rss();
let rssPeak = rssStart;
const levels: Record<string, number> = {};
let reorders = 0;
let seen = 0;
const started = performance.now();
for (const result of stock.classifyMany(skus(count), { now: iso(NOW) })) {
  levels[result.level] = (levels[result.level] ?? 0) + 1;
  if (result.reorder.needed) reorders += 1;
  seen += 1;
  if (seen % 10_000 === 0) {
    const rss = process.memoryUsage.rss();
    if (rss > rssPeak) rssPeak = rss;
  }
}
const ms = performance.now() - started;
const rss = process.memoryUsage.rss();
if (rss > rssPeak) rssPeak = rss;
console.log(JSON.stringify({ count: seen, ms: Math.round(ms), itemsPerSecond: Math.round((seen / ms) * 1000), rssStartMb: rssStart / 2 ** 20, rssPeakMb: rssPeak / 2 ** 20, reorders, levels }));
