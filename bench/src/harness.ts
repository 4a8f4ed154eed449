/**
 * What every comparison shares: a seeded PRNG, a tinybench run reported per operation and as a
 * ratio to the hand-written baseline, targets printed as pass/miss (never thrown), and the results
 * written to `bench/results/<name>.json` with sorted keys.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Bench } from 'tinybench';

/** mulberry32: a small, fast, seeded PRNG, so every run and every contender sees the same inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random element of a non-empty list. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** A random integer in [min, max]. */
export function int(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Throws, naming the first input on which two contenders disagree. */
export function assertSame(label: string, index: number, expected: unknown, actual: unknown): void {
  if (!isDeepStrictEqual(expected, actual)) {
    throw new Error(`${label} differs on input #${String(index)}:\n expected ${JSON.stringify(expected)}\n received ${JSON.stringify(actual)}`);
  }
}

/** One contender: a function that processes the whole batch of inputs once. */
export interface Contender {
  readonly name: string;
  /** Operations (evaluations, transitions …) done by one call of `run`. */
  readonly opsPerCall: number;
  readonly run: () => unknown;
}

/** One measured row. */
export interface Row {
  readonly name: string;
  /** Operations per second (one operation = one evaluation, not one batch). */
  readonly opsPerSecond: number;
  /** Mean time of one operation, in nanoseconds. */
  readonly nsPerOp: number;
  /** Relative margin of error of the batch latency, in percent. */
  readonly rme: number;
  /** Batches timed. */
  readonly samples: number;
  /** How many times slower than the baseline (baseline time / … = this row's time / baseline's). */
  readonly timesBaseline: number | null;
}

export interface BenchSettings {
  /** Time per contender in ms. */
  readonly time?: number;
  readonly warmupTime?: number;
}

/** Runs the contenders side by side in this process with tinybench; the first is the baseline. */
export async function measure(contenders: readonly Contender[], settings: BenchSettings = {}): Promise<Row[]> {
  const bench = new Bench({ time: settings.time ?? 700, warmupTime: settings.warmupTime ?? 150, iterations: 8, throws: true });
  for (const contender of contenders) bench.add(contender.name, contender.run);
  await bench.run();
  const measured = contenders.map((contender, index) => {
    const result = bench.tasks[index]?.result;
    if (result?.state !== 'completed') throw new Error(`${contender.name}: tinybench did not complete (${result?.state ?? 'no result'})`);
    const nsPerOp = (result.period * 1e6) / contender.opsPerCall;
    return { name: contender.name, nsPerOp, rme: result.latency.rme, samples: result.latency.samplesCount };
  });
  const baseline = measured[0]?.nsPerOp ?? 1;
  return measured.map((row, index) => ({
    name: row.name,
    opsPerSecond: Math.round(1e9 / row.nsPerOp),
    nsPerOp: round(row.nsPerOp, 1),
    rme: round(row.rme, 2),
    samples: row.samples,
    timesBaseline: index === 0 ? 1 : round(row.nsPerOp / baseline, 2),
  }));
}

/** A target of the issue, checked against this run's numbers. */
export interface Target {
  readonly name: string;
  /** The target as the issue states it. */
  readonly target: string;
  /** What this run measured, in the target's terms. */
  readonly measured: string;
  readonly pass: boolean;
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Prints the rows and the targets. Never throws on a miss: the run goes on. */
export function report(title: string, rows: readonly Row[], targets: readonly Target[] = [], notes: readonly string[] = []): void {
  console.log(`\n## ${title}`);
  if (rows.length > 0)
    console.table(
    rows.map((row) => ({
      contender: row.name,
      'ops/s': row.opsPerSecond.toLocaleString('en-US'),
      'ns/op': row.nsPerOp,
      '± %': row.rme,
      '× baseline': row.timesBaseline,
    })),
  );
  for (const target of targets) console.log(`${target.pass ? 'pass' : 'MISS'}  ${target.name}: ${target.measured} (target: ${target.target})`);
  for (const note of notes) console.log(`note  ${note}`);
}

/** The row of a contender, by name. */
export function row(rows: readonly Row[], name: string): Row {
  const found = rows.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`No row ${name}`);
  return found;
}

/** The environment a result was measured in. */
export function environment(): Record<string, unknown> {
  const cpu = cpus()[0];
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform}-${process.arch}`,
    cpuCount: availableParallelism(),
    cpuModel: cpu?.model ?? 'unknown',
    date: new Date().toISOString(),
  };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The directory results are written to. */
export const resultsDir = join(import.meta.dirname, '..', 'results');

/** Writes `bench/results/<name>.json` with sorted keys, the environment included. */
export function writeResults(name: string, payload: Record<string, unknown>): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(sortKeys({ name, environment: environment(), ...payload }), null, 2)}\n`);
  return file;
}
