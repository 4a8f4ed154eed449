// End-to-end test of the built docs site in Debian's headless Chromium (playwright-core): serves
// docs/.vitepress/dist with a small static server, opens the home page, a policy page in each
// language and an API page, checks each renders its heading with no console error, searches for
// 七天无理由 and "restocking fee", and saves screenshots to .tmp/screenshots/.
//   node scripts/docs-e2e.mjs            (after `pnpm docs:build`)
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'docs', '.vitepress', 'dist');
const shots = join(root, '.tmp', 'screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(executablePath)) {
  console.log(`docs-e2e: SKIPPED — no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  process.exit(0);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error('docs-e2e: docs/.vitepress/dist does not exist; run `pnpm docs:build` first');
  process.exit(1);
}

const { chromium } = await import('playwright-core');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves dist with clean URLs, as a static host does: /a/b → a/b.html, /a/ → a/index.html. */
function fileFor(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/u, '');
  if (clean.startsWith('..')) return undefined;
  const candidates = clean === '' || clean.endsWith(sep) ? [join(clean, 'index.html')] : [clean, `${clean}.html`, join(clean, 'index.html')];
  for (const candidate of candidates) {
    const file = join(dist, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(url.pathname);
  if (file === undefined) {
    const notFound = join(dist, '404.html');
    response.writeHead(404, { 'content-type': types['.html'] });
    response.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const base = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;

mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const failures = [];

async function openPage(path, heading, shot) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (answer) => {
    if (answer.status() >= 400) errors.push(`HTTP ${String(answer.status())} for ${answer.url()}`);
  });
  const response = await page.goto(base + path, { waitUntil: 'networkidle' });
  if (response?.status() !== 200) failures.push(`${path}: HTTP ${String(response?.status())}`);
  const h1 = page.locator('h1').first();
  await h1.waitFor({ timeout: 10_000 }).catch(() => undefined);
  const text = ((await h1.textContent().catch(() => '')) ?? '').replace(/\s+/gu, ' ').trim();
  if (!text.includes(heading)) failures.push(`${path}: expected a heading with "${heading}", found "${text}"`);
  await page.screenshot({ path: join(shots, `${shot}.png`), fullPage: false });
  if (errors.length > 0) failures.push(`${path}: console errors:\n    ${errors.join('\n    ')}`);
  console.log(`docs-e2e: ${path} → "${text}"${errors.length > 0 ? ` (${String(errors.length)} console errors)` : ''}`);
  return { page, errors };
}

async function search(path, query, expectPath, shot) {
  const { page, errors } = await openPage(path, '', `${shot}-page`);
  await page.locator('.VPNavBarSearch button').first().click();
  const input = page.locator('.VPLocalSearchBox input').first();
  await input.waitFor({ timeout: 10_000 });
  await input.fill(query);
  const results = page.locator('.VPLocalSearchBox .results a');
  await results.first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  await page.screenshot({ path: join(shots, `${shot}.png`) });
  if (!hrefs.some((href) => href.includes(expectPath))) {
    failures.push(`search "${query}" on ${path}: expected a result under ${expectPath}, got ${JSON.stringify(hrefs.slice(0, 8))}`);
  }
  if (errors.length > 0) failures.push(`search "${query}": console errors:\n    ${errors.join('\n    ')}`);
  console.log(`docs-e2e: search "${query}" → ${String(hrefs.length)} results: ${hrefs.slice(0, 4).join(', ')}`);
  await page.close();
}

try {
  for (const [path, heading, shot] of [
    ['/', 'zhidu', 'home'],
    ['/en/', 'zhidu', 'home-en'],
    ['/en/policy/ret', 'RET · Returns and price protection', 'policy-en-ret'],
    ['/zh/policy/ret', 'RET · 退换货与价格保护', 'policy-zh-ret'],
    ['/en/policy/lifecycle', 'Order lifecycle', 'policy-en-lifecycle'],
    ['/zh/policy/heatmaps', '风险热力图', 'policy-zh-heatmaps'],
    ['/api/@zhidu/returns/functions/evaluateReturn', 'evaluateReturn', 'api-evaluateReturn'],
  ]) {
    const { page } = await openPage(path, heading, shot);
    await page.close();
  }
  await search('/zh/guide/getting-started', '七天无理由', '/zh/guide/getting-started', 'search-zh-qitian');
  await search('/zh/guide/getting-started', '七日无理由退货', '/zh/policy/ret', 'search-zh-qiri-policy');
  await search('/en/guide/getting-started', 'restocking fee', '/en/policy/ret', 'search-en-restocking-fee');
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`docs-e2e: ${String(failures.length)} failure(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`docs-e2e: all checks passed; screenshots in ${shots}`);
