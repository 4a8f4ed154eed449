/**
 * Runs the benchmarks: every comparison (`pnpm bench`) or the ones named (`pnpm bench returns orders`).
 * Each comparison runs in its own Node process (its contenders side by side in that process, so
 * one comparison's JIT and heap state never leaks into another), writes `bench/results/<name>.json`,
 * and prints its targets as pass/miss lines. A miss never fails the run; a crash or a result that
 * differs between contenders does. A full run also refreshes the results table in bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultsDir, type Row, type Target } from './harness.js';

const comparisons = ['returns', 'orders', 'inventory', 'cli', 'imports', 'bundles', 'core'] as const;
type Name = (typeof comparisons)[number];
const isName = (value: string): value is Name => (comparisons as readonly string[]).includes(value);

const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = asked.filter((name) => !isName(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}: expected ${comparisons.join(', ')}`);
  process.exit(2);
}
const selected: readonly Name[] = asked.length === 0 ? comparisons : asked.filter(isName);

const started = performance.now();
const failed: string[] = [];
for (const name of selected) {
  const t0 = performance.now();
  const out = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, `${name}.ts`)], { stdio: 'inherit' });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (out.status !== 0) failed.push(name);
  console.log(`\n${out.status === 0 ? 'done' : 'FAILED'}  ${name} in ${seconds} s`);
}

interface Result {
  rows?: unknown[];
  targets?: Target[];
  environment?: { node: string; cpuCount: number; cpuModel: string; date: string };
}
const read = (name: Name): Result | undefined => {
  const file = join(resultsDir, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Result) : undefined;
};

console.log('\n## targets');
for (const name of selected) for (const target of read(name)?.targets ?? []) console.log(`${target.pass ? 'pass' : 'MISS'}  [${name}] ${target.name}: ${target.measured} (target: ${target.target})`);
console.log(`\nall in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** The README's results section, from the JSON files. */
function table(): string {
  const lines: string[] = [];
  const env = read('returns')?.environment;
  if (env !== undefined) lines.push(`Measured ${env.date.slice(0, 10)} on Node ${env.node}, ${String(env.cpuCount)} CPUs (${env.cpuModel}).`, '');
  for (const name of ['returns', 'orders'] as const) {
    const result = read(name);
    if (result?.rows === undefined) continue;
    lines.push(`**${name}**`, '', '| contender | ops/s | ns/op | × hand-written |', '|---|---:|---:|---:|');
    for (const r of result.rows as Row[]) lines.push(`| ${r.name} | ${r.opsPerSecond.toLocaleString('en-US')} | ${r.nsPerOp.toLocaleString('en-US')} | ${String(r.timesBaseline ?? '')} |`);
    lines.push('');
  }
  const inventory = read('inventory') as (Result & { runs?: { count: number; itemsPerSecond: number; rssPeakMb: number; maxRssMb: number | null }[] }) | undefined;
  if (inventory?.runs !== undefined) {
    lines.push('**inventory** (`classifyMany`, one child process per size)', '', '| SKUs | items/s | peak RSS MB (sampled) | max RSS MB (time -v) |', '|---:|---:|---:|---:|');
    for (const r of inventory.runs) lines.push(`| ${r.count.toLocaleString('en-US')} | ${r.itemsPerSecond.toLocaleString('en-US')} | ${String(r.rssPeakMb)} | ${String(r.maxRssMb ?? 'n/a')} |`);
    lines.push('');
  }
  interface CliRun { contender: string; format: string; rows: number; rowsPerSecond: number; rowsPerCpuSecond: number | null; timesBaseline: number | null; wallSeconds: number; maxRssMb: number }
  const cli = read('cli') as (Result & { rows?: CliRun[] }) | undefined;
  if (cli?.rows !== undefined) {
    lines.push(
      '**cli** (`zhidu returns check --format csv` from `dist` vs a hand-written stream, one child process per run; × by CPU time)',
      '',
      '| contender | input | rows | rows/s | rows/CPU s | × hand-written | wall s | max RSS MB |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const r of cli.rows) {
      const cells = [r.contender, r.format === 'csv' ? 'CSV' : 'JSON Lines', r.rows.toLocaleString('en-US'), r.rowsPerSecond.toLocaleString('en-US'), r.rowsPerCpuSecond?.toLocaleString('en-US') ?? 'n/a', String(r.timesBaseline ?? ''), String(r.wallSeconds), String(r.maxRssMb)];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  const imports = read('imports') as (Result & { bareNodeMs?: number }) | undefined;
  if (imports?.rows !== undefined) {
    lines.push(`**cold import from dist** (median; a bare \`node -e\` takes ${String(imports.bareNodeMs ?? '?')} ms)`, '', '| package | import() ms | process ms | × bare node |', '|---|---:|---:|---:|');
    for (const r of imports.rows as unknown as { package: string; importMs: number; processMs: number; timesBareNode?: number }[]) {
      lines.push(`| ${r.package} | ${String(r.importMs)} | ${String(r.processMs)} | ${String(r.timesBareNode ?? '')} |`);
    }
    lines.push('');
  }
  const bundles = read('bundles') as (Result & { rows?: { name: string; minifiedBytes: number; brotliBytes: number; budgetBrotliBytes: number }[] }) | undefined;
  if (bundles?.rows !== undefined) {
    lines.push('**bundle size of one typical import** (esbuild, minified, browser; `bundle-budgets.json`)', '', '| import | minified B | minified + brotli B | budget B |', '|---|---:|---:|---:|');
    for (const r of bundles.rows) lines.push(`| ${r.name} | ${r.minifiedBytes.toLocaleString('en-US')} | ${r.brotliBytes.toLocaleString('en-US')} | ${r.budgetBrotliBytes.toLocaleString('en-US')} |`);
    lines.push('');
  }
  lines.push('**targets**', '', '| | target | measured |', '|---|---|---|');
  for (const name of comparisons) for (const t of read(name)?.targets ?? []) lines.push(`| ${t.pass ? 'pass' : '**miss**'}: ${t.name} | ${t.target} | ${t.measured} |`);
  return lines.join('\n');
}

const readme = join(import.meta.dirname, '..', 'README.md');
const start = '<!-- results:start -->';
const end = '<!-- results:end -->';
if (selected.length === comparisons.length && failed.length === 0 && existsSync(readme)) {
  const text = readFileSync(readme, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) writeFileSync(readme, `${text.slice(0, from + start.length)}\n${table()}\n${text.slice(to)}`);
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
