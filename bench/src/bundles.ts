/**
 * Bundle size of one typical import per package: runs `scripts/bundle-budgets.mjs` (the check CI runs
 * as `pnpm check:budgets`: each entry of `bundle-budgets.json` bundled from the built packages by
 * esbuild — minified, for the browser, tree-shaken — and measured brotli-compressed) and records its
 * numbers in `bench/results/bundles.json`, so the docs' performance page can show them. An entry
 * over its budget is a miss here; it fails `pnpm check:budgets`, not the benchmark run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { report, writeResults, type Target } from './harness.js';

interface BundleRow {
  name: string;
  minified: number;
  brotli: number;
  budget: number;
  ok: boolean;
  forbidden: string[];
}

const root = join(import.meta.dirname, '..', '..');
const out = spawnSync(process.execPath, [join(root, 'scripts', 'bundle-budgets.mjs')], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
// Exit code 1 is a budget exceeded (still measured); anything else is a crash.
if (out.status !== 0 && out.status !== 1) throw new Error(`scripts/bundle-budgets.mjs failed:\n${out.stdout}${out.stderr}`);
const measured = JSON.parse(readFileSync(join(root, '.tmp', 'bundle-sizes.json'), 'utf8')) as BundleRow[];
const rows = measured.map((row) => ({ name: row.name, minifiedBytes: row.minified, brotliBytes: row.brotli, budgetBrotliBytes: row.budget, withinBudget: row.ok, forbiddenFound: row.forbidden }));
const within = rows.filter((row) => row.withinBudget).length;
const targets: Target[] = [
  {
    name: 'typical imports within their bundle budgets (minified + brotli, bundle-budgets.json)',
    target: 'every entry within its budget, no forbidden module bundled',
    measured: `${String(within)} of ${String(rows.length)}${within === rows.length ? '' : ` (over: ${rows.filter((row) => !row.withinBudget).map((row) => row.name).join('; ')})`}`,
    pass: within === rows.length,
  },
];
const notes = [
  'Each entry of bundle-budgets.json is one typical import (the code in the file) bundled by esbuild from the built ESM output: minified, platform browser, target es2022, tree-shaken; the size is of the brotli-compressed bundle (default quality). The same numbers `pnpm check:budgets` enforces.',
];
console.log('\n## bundles: one typical import per package, minified + brotli');
console.table(rows.map((row) => ({ import: row.name, 'minified B': row.minifiedBytes, 'brotli B': row.brotliBytes, 'budget B': row.budgetBrotliBytes, ok: row.withinBudget })));
report('bundles targets', [], targets, notes);
writeResults('bundles', { rows, targets, notes });
