// Enforces cold-import budgets. For every package in import-budgets.json, from its built ESM entry
// (the `import` condition, as users get it):
//
// - `timesBareNode`: the median wall time of a fresh `node -e "import('<entry>')"` process over the
//   median of a bare `node -e 0` started in the same rounds. A ratio, so it holds on a fast laptop and
//   a slow CI runner alike; the rounds are interleaved (bare, then every package, then again) so a burst
//   of load hits every package once rather than one package every time, and a package over budget is
//   measured again, with twice the rounds, before it fails.
// - `modules`: how many files that import loads (counted by a loader hook). Exact and the same on every
//   machine: it catches a barrel import or a new heavy dependency however fast the machine is.
//
// Run after `pnpm build`:
//
//   node scripts/import-budgets.mjs           # check (exit 1 when a package is over budget)
//   node scripts/import-budgets.mjs --json    # also print the measurements as JSON on stdout
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'import-budgets.json'), 'utf8'));
const runs = Number(process.env.IMPORT_BUDGET_RUNS ?? config.runs);
const json = process.argv.includes('--json');
const log = (line) => (json ? process.stderr : process.stdout).write(`${line}\n`);

/** The ESM entry (`exports['.'].import`) of every package under packages/, by name. */
function entries() {
  const found = new Map();
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifest = join(root, 'packages', dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    const target = pkg.exports?.['.']?.import?.default ?? pkg.module;
    if (typeof target === 'string') found.set(pkg.name, join(root, 'packages', dir, target));
  }
  return found;
}
const packageEntries = entries();

function entryOf(name) {
  const file = packageEntries.get(name);
  if (file === undefined) throw new Error(`import-budgets.json names ${name}, which is not a package under packages/`);
  if (!existsSync(file)) throw new Error(`${name}: ${file} is missing (run pnpm build first)`);
  return file;
}

/** Wall time in ms of one fresh process importing `file` (or doing nothing when `file` is null). */
function time(file) {
  const script = file === null ? '0' : `import(${JSON.stringify(pathToFileURL(file).href)})`;
  const started = performance.now();
  const out = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  const ms = performance.now() - started;
  if (out.status !== 0) throw new Error(`node -e ${script} failed:\n${out.stderr}`);
  return ms;
}

// A loader hook that reports every file module loaded (on stderr, marked), to count them.
const marker = 'zhidu-import-budgets:module ';
const hooks = `import { writeSync } from 'node:fs'; export async function load(url, context, next) { if (url.startsWith('file:')) writeSync(2, ${JSON.stringify(marker)} + url + '\\n'); return next(url, context); }`;
const registerHooks = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;

/** The number of files (ESM, and CommonJS loaded through the ESM loader) a fresh import of `file` loads: the same on every machine. */
async function modules(file) {
  const script = `import(${JSON.stringify(pathToFileURL(file).href)})`;
  const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(registerHooks)}`, '-e', script], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'close');
  if (code !== 0) throw new Error(`counting the modules of ${file} failed:\n${stderr}`);
  return new Set(stderr.split('\n').filter((line) => line.startsWith(marker))).size;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Interleaved rounds: bare node, then each package; returns the medians. */
function measure(names, rounds) {
  const samples = new Map(names.map((name) => [name, []]));
  const bare = [];
  for (let round = 0; round < rounds; round += 1) {
    bare.push(time(null));
    for (const name of names) samples.get(name).push(time(entryOf(name)));
  }
  const bareMs = median(bare);
  return { bareMs, rows: names.map((name) => ({ name, ms: median(samples.get(name)), ratio: median(samples.get(name)) / bareMs })) };
}

const started = performance.now();
const names = Object.keys(config.budgets);
// Counting the modules (in parallel: it is not timed) also warms the file system cache for the timed runs.
const counts = new Map(await Promise.all(names.map(async (name) => [name, await modules(entryOf(name))])));
const first = measure(names, runs);
const rows = new Map(first.rows.map((row) => [row.name, row]));
const over = first.rows.filter((row) => row.ratio > config.budgets[row.name].timesBareNode).map((row) => row.name);
let bareMs = first.bareMs;
if (over.length > 0) {
  // A noisy machine can push one package over: measure those again, with more rounds, before failing.
  log(`over the time budget on the first pass (${over.join(', ')}): measuring again`);
  const again = measure(over, runs * 2);
  for (const row of again.rows) rows.set(row.name, { ...row, remeasured: true });
  bareMs = again.bareMs;
}

let failed = 0;
for (const name of names) {
  const row = rows.get(name);
  const budget = config.budgets[name];
  const count = counts.get(name);
  const ok = row.ratio <= budget.timesBareNode && count <= budget.modules;
  if (!ok) failed += 1;
  log(
    `${ok ? '✓' : '✗'} ${name}: ${row.ratio.toFixed(2)}× a bare node, ${row.ms.toFixed(0)} ms (budget ${String(budget.timesBareNode)}×)${row.remeasured === true ? ', measured twice' : ''}; ` +
      `${String(count)} modules (budget ${String(budget.modules)})`,
  );
}
log(`a bare \`node -e 0\`: ${bareMs.toFixed(0)} ms (median of ${String(runs)}); ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
if (json) {
  const out = [...rows.values()].map((row) => ({ ...row, modules: counts.get(row.name), budget: config.budgets[row.name] }));
  process.stdout.write(`${JSON.stringify({ runs, bareMs: first.bareMs, rows: out })}\n`);
}
if (failed > 0) {
  log(
    `${String(failed)} import budget(s) exceeded: a cold import of these packages loads more modules or does more work at load. ` +
      'Find out why with node --cpu-prof (see bench/README.md, "Cold imports").',
  );
  process.exit(1);
}
