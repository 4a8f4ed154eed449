// Enforces bundle budgets: bundles each typical import from the built packages with esbuild
// (minified, for the browser, tree-shaken), measures it brotli-compressed, and checks that
// modules listed in `forbid` are not in the bundle. Run after `pnpm build`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const { budgets } = JSON.parse(readFileSync(join(root, 'bundle-budgets.json'), 'utf8'));
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

let failed = 0;
const rows = [];
for (const budget of budgets) {
  const result = await build({
    stdin: { contents: budget.code, resolveDir: join(root, 'test'), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const brotli = brotliCompressSync(code).length;
  // Only modules that contributed bytes count: esbuild lists tree-shaken modules as inputs too.
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output.inputs).filter(([, info]) => info.bytesInOutput > 0).map(([input]) => input);
  const forbidden = (budget.forbid ?? []).filter((name) => inputs.some((input) => input.includes(`node_modules/${name}/`) || input.includes(`/${name}/`)));
  const ok = brotli <= budget.maxBrotliBytes && forbidden.length === 0;
  if (!ok) failed += 1;
  rows.push({ name: budget.name, minified: code.length, brotli, budget: budget.maxBrotliBytes, ok, forbidden });
  process.stdout.write(
    `${ok ? '✓' : '✗'} ${budget.name}: ${code.length} B min, ${brotli} B brotli (budget ${budget.maxBrotliBytes})` +
      (forbidden.length > 0 ? ` — must not include ${forbidden.join(', ')}` : '') +
      '\n',
  );
}
writeFileSync(join(tmp, 'bundle-sizes.json'), `${JSON.stringify(rows, null, 2)}\n`);
if (failed > 0) {
  process.stdout.write(`${failed} bundle budget(s) exceeded\n`);
  process.exit(1);
}
