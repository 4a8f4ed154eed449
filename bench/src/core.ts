/**
 * Core benchmarks: zhidu's exact money against a hand-written baseline doing the same work on
 * integer minor units (BigInt), measured side by side in one run with tinybench. Results are
 * checked equal before timing and written to `bench/results/core.json`.
 */
import { Bench } from 'tinybench';
import { addMoney, allocate, money, multiplyMoney } from '@zhidu/core';
import { writeResults } from './harness.js';

const amounts = Array.from({ length: 1000 }, (_, i) => `${String((i * 7919) % 100000)}.${String(i % 100).padStart(2, '0')}`);

/** Hand-written: parse "123.45" to cents, add, write back. No validation, no currency table. */
function toCents(text: string): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
}
function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${String(abs / 100n)}.${String(abs % 100n).padStart(2, '0')}`;
}
function handAllocate(totalCents: bigint, ratios: readonly number[]): string[] {
  const sum = BigInt(ratios.reduce((a, b) => a + b, 0));
  const parts = ratios.map((r) => (totalCents * BigInt(r)) / sum);
  const rem = ratios.map((r, i) => ({ i, r: (totalCents * BigInt(r)) % sum }));
  let left = totalCents - parts.reduce((a, b) => a + b, 0n);
  rem.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (const { i } of rem) {
    if (left <= 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map(fromCents);
}

// Same answers before timing.
for (const [i, a] of amounts.entries()) {
  const b = amounts[(i + 1) % amounts.length] ?? '0.00';
  const ours = addMoney(money(a, 'CNY'), money(b, 'CNY')).amount;
  if (ours !== fromCents(toCents(a) + toCents(b))) throw new Error(`addMoney differs on ${a} + ${b}`);
  const split = allocate(money(a, 'CNY'), [3, 5, 7]).map((m) => m.amount);
  if (split.join() !== handAllocate(toCents(a), [3, 5, 7]).join()) throw new Error(`allocate differs on ${a}`);
}

const bench = new Bench({ time: 500, warmupTime: 100 });
let sink = '';
bench
  .add('addMoney (zhidu)', () => {
    for (let i = 0; i < amounts.length - 1; i += 1) sink = addMoney(money(amounts[i] ?? '0', 'CNY'), money(amounts[i + 1] ?? '0', 'CNY')).amount;
  })
  .add('add cents (hand-written)', () => {
    for (let i = 0; i < amounts.length - 1; i += 1) sink = fromCents(toCents(amounts[i] ?? '0') + toCents(amounts[i + 1] ?? '0'));
  })
  .add('allocate (zhidu)', () => {
    for (const a of amounts) sink = allocate(money(a, 'CNY'), [3, 5, 7])[0]?.amount ?? '';
  })
  .add('allocate cents (hand-written)', () => {
    for (const a of amounts) sink = handAllocate(toCents(a), [3, 5, 7])[0] ?? '';
  })
  .add('multiplyMoney 5% (zhidu)', () => {
    for (const a of amounts) sink = multiplyMoney(money(a, 'CNY'), '0.05').amount;
  });

await bench.run();
if (sink === 'never') console.log(sink);

const rows = bench.tasks.map((task) => {
  const result = task.result as { throughput?: { mean: number }; hz?: number } | undefined;
  return { name: task.name, opsPerSecond: Math.round(result?.throughput?.mean ?? result?.hz ?? 0) };
});
const ratio = (ours: string, baseline: string): number => {
  const a = rows.find((row) => row.name === ours)?.opsPerSecond ?? 0;
  const b = rows.find((row) => row.name === baseline)?.opsPerSecond ?? 1;
  return Number((b / Math.max(a, 1)).toFixed(2));
};
const comparisons = [
  { name: 'addMoney vs hand-written cents', slowdown: ratio('addMoney (zhidu)', 'add cents (hand-written)') },
  { name: 'allocate vs hand-written cents', slowdown: ratio('allocate (zhidu)', 'allocate cents (hand-written)') },
];
console.log('\n## core: exact money');
console.table(rows.map((row) => ({ task: row.name, 'batches/s (1000 ops each)': row.opsPerSecond })));
console.table(comparisons);
writeResults('core', { rows, comparisons });
