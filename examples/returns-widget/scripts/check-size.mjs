// The returns widget's size budget: the built JavaScript (every chunk under dist/, gzip) must stay
// within BUDGET_BYTES. Prints each chunk and the total.
//   node scripts/check-size.mjs          (after `vite build`)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Measured at 105,745 bytes (gzip -9, one chunk: React 19 and react-dom, @zhidu/returns with
// @zhidu/core, zod/mini, decimal.js and @date-fns/tz, and the page); the budget leaves ~20% headroom.
const BUDGET_BYTES = 127_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('check-size: dist/ does not exist; run `vite build` first');
  process.exit(1);
}

/** Every .js file under a directory, recursively. */
function scripts(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scripts(path);
    return entry.isFile() && /\.(m?js)$/u.test(entry.name) ? [path] : [];
  });
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const files = scripts(dist).sort();
if (files.length === 0) {
  console.error('check-size: no JavaScript in dist/');
  process.exit(1);
}
let total = 0;
for (const file of files) {
  const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
  total += gzip;
  console.log(`check-size: ${relative(root, file)} ${kB(gzip)} gzip`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`check-size: total ${kB(total)} gzip (${String(total)} bytes), ${verdict} the budget of ${kB(BUDGET_BYTES)} (${String(files.length)} chunk${files.length === 1 ? '' : 's'})`);
if (total > BUDGET_BYTES) {
  console.error(`check-size: the built JavaScript is ${String(total - BUDGET_BYTES)} bytes over budget`);
  process.exit(1);
}
