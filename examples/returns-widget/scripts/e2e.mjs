// End-to-end test of the built returns widget in Debian's headless Chromium (playwright-core): serves
// dist/ with a tiny static server, opens the page, checks there is no console error, asks for a
// no-reason return inside the 7-day window (eligible, refund shown), moves "now" past the deadline
// (rejected, RETURN_WINDOW_CLOSED under RET-7), switches to English (the English message), and saves
// screenshots to .tmp/screenshots/ at the repository root.
//   node scripts/e2e.mjs            (after `vite build`)
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const shots = join(root, '..', '..', '.tmp', 'screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(executablePath)) {
  console.log(`returns-widget e2e: SKIPPED — no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  process.exit(0);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error('returns-widget e2e: dist/ does not exist; run `vite build` first');
  process.exit(1);
}

const { chromium } = await import('playwright-core');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const clean = normalize(pathname).replace(/^[/\\]+/u, '');
  const file = join(dist, clean === '' ? 'index.html' : clean);
  if (clean.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const base = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}/`;

mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const failures = [];
const errors = [];

/** Waits for a locator to appear; records a failure (with what the page shows instead) if it does not. */
async function expectVisible(page, selector, what) {
  const ok = await page
    .locator(selector)
    .first()
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!ok) {
    const shown = ((await page.getByTestId('decision').textContent().catch(() => '')) ?? '').replace(/\s+/gu, ' ').trim();
    failures.push(`${what}: expected ${selector}; the decision reads "${shown.slice(0, 400)}"`);
  }
  console.log(`returns-widget e2e: ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  return ok;
}

async function text(page, testId) {
  return ((await page.getByTestId(testId).textContent()) ?? '').replace(/\s+/gu, ' ').trim();
}

try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (answer) => {
    if (answer.status() >= 400) errors.push(`HTTP ${String(answer.status())} for ${answer.url()}`);
  });
  const response = await page.goto(base, { waitUntil: 'networkidle' });
  if (response?.status() !== 200) failures.push(`GET /: HTTP ${String(response?.status())}`);
  await expectVisible(page, 'h1', 'the page renders');

  // A no-reason return of one tea tin, intact, on 8 March: inside the window that ends 10 March 23:59:59 (Shanghai).
  await page.getByTestId('line-L1').check();
  await page.getByTestId('quantity').selectOption('1');
  await page.getByTestId('reason').selectOption('no_reason');
  await page.getByTestId('condition').selectOption('intact');
  await page.getByTestId('resolution').selectOption('return_refund');
  await page.getByTestId('now').fill('2026-03-08');
  if (await expectVisible(page, '[data-testid=eligible][data-eligible=true][data-outcome=approve]', 'no-reason return on 2026-03-08 → eligible, approved')) {
    const [verdict, refund, shipping, deadline] = await Promise.all(['eligible', 'refund', 'shipping', 'deadline'].map((id) => text(page, id)));
    console.log(`returns-widget e2e:      "${verdict}", refund ${refund}, shipping "${shipping}", deadline ${deadline}`);
    if (verdict !== '可以退货') failures.push(`eligible verdict: expected "可以退货", got "${verdict}"`);
    if (!refund.includes('55.00')) failures.push(`refund: expected ¥55.00 (half of the 110.00 paid for the line), got "${refund}"`);
    if (!deadline.includes('2026-03-10 23:59:59')) failures.push(`deadline: expected 2026-03-10 23:59:59 store time, got "${deadline}"`);
  }
  await expectVisible(page, '[data-testid=reasons] li[data-code=RETURN_WITHIN_NO_REASON_WINDOW][data-clause=RET-7]', 'the RET-7 window reason is listed');
  await page.screenshot({ path: join(shots, 'returns-widget-eligible.png'), fullPage: true });

  // "Now" moved past the deadline: rejected, with the RET-7 window-closed reason in Chinese.
  await page.getByTestId('now').fill('2026-03-11');
  await expectVisible(page, '[data-testid=eligible][data-eligible=false][data-outcome=reject]', 'the same request on 2026-03-11 → rejected');
  const closed = '[data-testid=reasons] li[data-code=RETURN_WINDOW_CLOSED][data-clause=RET-7]';
  await expectVisible(page, `${closed}:has-text("无理由退货期限已于 2026-03-10 23:59:59 届满")`, 'RETURN_WINDOW_CLOSED (RET-7) in zh-CN');

  // Switched to English: the same reason in English.
  await page.getByTestId('locale-en-US').click();
  await expectVisible(page, `${closed}:has-text("The no-reason return window closed at 2026-03-10 23:59:59")`, 'RETURN_WINDOW_CLOSED (RET-7) in en-US');
  await expectVisible(page, '[data-testid=eligible]:has-text("Not eligible for return")', 'the verdict in en-US');
  if ((await page.locator('html').getAttribute('lang')) !== 'en-US') failures.push('<html lang> did not switch to en-US');

  await page.screenshot({ path: join(shots, 'returns-widget.png'), fullPage: true });
  await page.close();
} finally {
  await browser.close();
  server.close();
}

if (errors.length > 0) failures.push(`console errors:\n    ${errors.join('\n    ')}`);
if (failures.length > 0) {
  console.error(`returns-widget e2e: ${String(failures.length)} failure(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`returns-widget e2e: all checks passed; screenshot in ${join(shots, 'returns-widget.png')}`);
