// Checks that every internal link of the built docs site (docs/.vitepress/dist) resolves: each
// href/src to a page or asset of the site, and each #fragment to an id on the target page.
//   node scripts/docs-links.mjs            (after `pnpm docs:build`)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'docs', '.vitepress', 'dist');
if (!existsSync(dist)) {
  console.error('docs-links: docs/.vitepress/dist does not exist; run `pnpm docs:build` first');
  process.exit(1);
}

const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(dist);
const pages = files.filter((file) => file.endsWith('.html'));

/** The file a site URL path is served from (clean URLs: /a/b → a/b.html, /a/ → a/index.html). */
function resolveFile(pathname) {
  const clean = decodeURIComponent(pathname).replace(/^\/+/u, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  for (const candidate of candidates) {
    const file = join(dist, ...candidate.split('/'));
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

const idCache = new Map();
function idsOf(file) {
  let ids = idCache.get(file);
  if (ids === undefined) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/gu)].map((match) => decodeEntities(match[1])));
    idCache.set(file, ids);
  }
  return ids;
}

const decodeEntities = (text) =>
  text.replace(/&amp;/gu, '&').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&lt;/gu, '<').replace(/&gt;/gu, '>');

const broken = [];
let checked = 0;
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const pagePath = `/${relative(dist, page).split(sep).join('/')}`;
  for (const match of html.matchAll(/\s(href|src)="([^"]*)"/gu)) {
    const raw = decodeEntities(match[2]);
    if (raw === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu.test(raw)) continue; // external, mailto:, data:, javascript:
    const [withoutHash, fragment] = raw.split('#', 2);
    const pathname = (withoutHash ?? '').split('?')[0] ?? '';
    const absolute = pathname === '' ? pagePath : pathname.startsWith('/') ? pathname : posix.join(posix.dirname(pagePath), pathname);
    const target = pathname === '' ? page : resolveFile(absolute);
    checked += 1;
    if (target === undefined) {
      broken.push(`${pagePath}: ${raw} (no such page or asset)`);
      continue;
    }
    if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
      broken.push(`${pagePath}: ${raw} (no element with id "${fragment}")`);
    }
  }
}

if (broken.length > 0) {
  console.error(`docs-links: ${String(broken.length)} broken internal link(s) in ${String(pages.length)} pages:\n  ${[...new Set(broken)].join('\n  ')}`);
  process.exit(1);
}
console.log(`docs-links: ${String(checked)} internal links in ${String(pages.length)} pages all resolve`);
