/**
 * Cold import time of each package from its built `dist` (the `import` condition, as users get it):
 * `node -e "import('@zhidu/x')"` spawned repeatedly; the median of the time the import takes inside
 * the fresh process, and of the whole process's wall time next to a bare `node -e 0`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { report, round, writeResults } from './harness.js';

const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? '7');
const benchDir = join(import.meta.dirname, '..');
const packagesDir = join(benchDir, '..', 'packages');
// The packages bench/ depends on (a package still being written elsewhere in packages/ is left out).
const dependencies = (JSON.parse(readFileSync(join(benchDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
const packages = readdirSync(packagesDir)
  .filter((dir) => statSync(join(packagesDir, dir, 'package.json'), { throwIfNoEntry: false }) !== undefined)
  .map((dir) => ({ dir, name: (JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8')) as { name: string }).name }))
  .filter(({ name }) => dependencies[name]?.startsWith('workspace:') === true)
  .sort((a, b) => a.name.localeCompare(b.name));

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function time(specifier: string | null): { importMs: number; processMs: number } {
  const script =
    specifier === null ? 'console.log(0)' : `const t = performance.now(); import(${JSON.stringify(specifier)}).then(() => console.log(performance.now() - t))`;
  const started = performance.now();
  // Without --conditions=@zhidu/source: the packages resolve to dist/index.js.
  const out = spawnSync(process.execPath, ['-e', script], { cwd: benchDir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  const processMs = performance.now() - started;
  if (out.status !== 0) throw new Error(`import ${String(specifier)} failed:\n${out.stderr}`);
  return { importMs: Number(out.stdout.trim()), processMs };
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

time(null); // warm the file system cache
const bare = median(Array.from({ length: RUNS }, () => time(null).processMs));
const stale: string[] = [];
const rows = packages.map(({ dir, name }) => {
  const dist = statSync(join(packagesDir, dir, 'dist', 'index.js'), { throwIfNoEntry: false });
  if (dist === undefined) throw new Error(`${name} has no dist/index.js: run pnpm build first`);
  if (newest(join(packagesDir, dir, 'src')) > dist.mtimeMs) stale.push(name);
  time(name);
  const samples = Array.from({ length: RUNS }, () => time(name));
  const importMs = median(samples.map((s) => s.importMs));
  const processMs = median(samples.map((s) => s.processMs));
  return { package: name, importMs: round(importMs, 1), processMs: round(processMs, 1), overBareNodeMs: round(processMs - bare, 1), timesBareNode: round(processMs / bare, 2) };
});

console.log('\n## cold import from dist (median of %d fresh processes)', RUNS);
console.table(rows.map((r) => ({ package: r.package, 'import() ms': r.importMs, 'process ms': r.processMs, 'over bare node ms': r.overBareNodeMs, '× bare node': r.timesBareNode })));
const notes = [
  `Median of ${String(RUNS)} fresh \`node -e "import('<package>')"\` processes each, from bench/ without the source condition (the built dist). "import() ms" is timed inside the process around the dynamic import; "process ms" is the whole spawn, and a bare \`node -e\` took ${String(round(bare, 1))} ms.`,
  stale.length === 0 ? 'Every dist/index.js was newer than its package’s src.' : `dist older than src (run pnpm build, then re-run): ${stale.join(', ')}.`,
  '"× bare node" is the process time over the bare node’s: the measure `pnpm check:imports` holds to the budgets in import-budgets.json.',
];
report('imports', [], [], notes);
writeResults('imports', { runs: RUNS, bareNodeMs: round(bare, 1), rows, notes });
