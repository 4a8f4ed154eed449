import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme, type MarkdownRenderer } from 'vitepress';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The first `# heading` of a markdown file, or its name. */
function titleOf(file: string): string {
  const heading = /^#\s+(.+)$/mu.exec(readFileSync(file, 'utf8'));
  return heading?.[1]?.trim() ?? file;
}

/** The package guides in docs/guide/ (written beside the packages), whatever is there when the site builds. */
function packageGuides(): DefaultTheme.SidebarItem[] {
  const dir = join(docs, 'guide');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ text: titleOf(join(dir, name)), link: `/guide/${name.replace(/\.md$/u, '')}` }));
}

/** The API reference packages typedoc wrote to docs/api/. */
function apiPackages(): DefaultTheme.SidebarItem[] {
  const scopes = join(docs, 'api');
  if (!existsSync(scopes)) return [];
  const items: DefaultTheme.SidebarItem[] = [];
  for (const entry of readdirSync(scopes, { withFileTypes: true }).filter((item) => item.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const base = join(scopes, entry.name);
    if (existsSync(join(base, 'index.md'))) {
      items.push({ text: entry.name, link: `/api/${entry.name}/` });
      continue;
    }
    for (const pkg of readdirSync(base, { withFileTypes: true }).filter((item) => item.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
      if (existsSync(join(base, pkg.name, 'index.md'))) items.push({ text: `${entry.name}/${pkg.name}`, link: `/api/${entry.name}/${pkg.name}/` });
    }
  }
  return items;
}

/** The generated policy pages of a locale: the index, one page per rule family, the diagrams. */
function policyPages(lang: 'en' | 'zh'): DefaultTheme.SidebarItem[] {
  const dir = join(docs, lang, 'policy');
  if (!existsSync(dir)) return [];
  const order = ['index', 'ord', 'ret', 'inv', 'pay', 'risk', 'lst', 'met', 'svc', 'scr', 'lifecycle', 'heatmaps'];
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/u, ''))
    .sort((a, b) => (order.indexOf(a) + 100 * Number(!order.includes(a))) - (order.indexOf(b) + 100 * Number(!order.includes(b))) || a.localeCompare(b));
  return names.map((name) => {
    const title = /^title:\s*"(.+)"$/mu.exec(readFileSync(join(dir, `${name}.md`), 'utf8'))?.[1] ?? name;
    return { text: title, link: `/${lang}/policy/${name === 'index' ? '' : name}` };
  });
}

const repoRoot = join(docs, '..');

/**
 * Links from a page to a file of the repository outside docs/ (a package README, an example) have
 * no page on the site: a package README becomes a link to the package's API reference, which
 * includes the README; anything else becomes plain text naming the path in the repository.
 */
function repositoryLinks(md: MarkdownRenderer): void {
  md.core.ruler.push('zhidu-repository-links', (state) => {
    const env = state.env as { relativePath?: string };
    const page = env.relativePath ?? '';
    for (const block of state.tokens) {
      const children = block.children ?? [];
      for (const [index, token] of children.entries()) {
        if (token.type !== 'link_open') continue;
        const href = token.attrGet('href') ?? '';
        if (href === '' || /^[a-z][a-z0-9+.-]*:|^[#/]/iu.test(href)) continue;
        const target = posix.normalize(posix.join('docs', posix.dirname(page), href.replace(/[?#].*$/u, '')));
        if (target.startsWith('docs/')) continue;
        const readme = /^packages\/([^/]+)\/README(?:\.md)?$/u.exec(target);
        const pkgJson = readme ? join(repoRoot, 'packages', readme[1] ?? '', 'package.json') : '';
        if (readme && existsSync(pkgJson)) {
          const name = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { name: string }).name;
          if (existsSync(join(docs, 'api', name, 'index.md'))) {
            token.attrSet('href', `/api/${name}/`);
            continue;
          }
        }
        // No page for it: keep the text, drop the link.
        let depth = 0;
        for (let end = index; end < children.length; end += 1) {
          const item = children[end];
          if (item === undefined) break;
          if (item.type === 'link_open') depth += 1;
          if (item.type === 'link_close') depth -= 1;
          if (depth === 0) {
            item.type = 'html_inline';
            item.tag = '';
            item.content = '</span>';
            break;
          }
        }
        token.type = 'html_inline';
        token.tag = '';
        token.attrs = null;
        token.content = `<span class="repo-path" title="${target.replace(/"/gu, '&quot;')} in the zhidu repository">`;
      }
    }
  });
}

const guides = {
  en: [
    { text: 'Getting started', link: '/en/guide/getting-started' },
    { text: 'Money', link: '/en/guide/money' },
    { text: 'Time zones and windows', link: '/en/guide/time-zones' },
    { text: 'Errors', link: '/en/guide/errors' },
    { text: 'i18n', link: '/en/guide/i18n' },
    { text: 'Embedding in a host', link: '/en/guide/embedding' },
    { text: 'Performance', link: '/en/guide/performance' },
    { text: 'Reliability', link: '/en/guide/reliability' },
    { text: 'Upgrading', link: '/en/guide/upgrading' },
  ],
  zh: [
    { text: '快速上手', link: '/zh/guide/getting-started' },
    { text: '金额', link: '/zh/guide/money' },
    { text: '时区与时间窗口', link: '/zh/guide/time-zones' },
    { text: '错误处理', link: '/zh/guide/errors' },
    { text: '国际化', link: '/zh/guide/i18n' },
    { text: '嵌入宿主应用', link: '/zh/guide/embedding' },
    { text: '性能', link: '/zh/guide/performance' },
    { text: '可靠性', link: '/zh/guide/reliability' },
    { text: '升级', link: '/zh/guide/upgrading' },
  ],
};

function sidebar(lang: 'en' | 'zh'): DefaultTheme.SidebarItem[] {
  const zh = lang === 'zh';
  return [
    { text: zh ? '指南' : 'Guide', items: guides[lang] },
    { text: zh ? '各包指南(英文)' : 'Package guides', items: packageGuides() },
    { text: zh ? '策略参考' : 'Policy reference', items: policyPages(lang) },
    { text: zh ? 'API 参考(英文)' : 'API reference', link: '/api/' },
  ];
}

export default defineConfig({
  title: 'zhidu',
  description: "An online store's operating policy as a TypeScript SDK",
  cleanUrls: true,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  lastUpdated: false,
  ignoreDeadLinks: false,
  srcExclude: ['snippets/**', 'README.md'],
  markdown: { config: repositoryLinks },
  locales: {
    root: { label: 'English', lang: 'en-US', link: '/en/' },
    zh: {
      label: '简体中文',
      lang: 'zh-CN',
      link: '/zh/',
      description: '把网店的运营制度写成 TypeScript SDK',
      themeConfig: {
        nav: [
          { text: '指南', link: '/zh/guide/getting-started' },
          { text: '策略参考', link: '/zh/policy/' },
          { text: 'API', link: '/api/' },
        ],
        outline: { label: '本页内容' },
        docFooter: { prev: '上一页', next: '下一页' },
      },
    },
  },
  themeConfig: {
    i18nRouting: false,
    nav: [
      { text: 'Guide', link: '/en/guide/getting-started' },
      { text: 'Policy reference', link: '/en/policy/' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: {
      '/en/': sidebar('en'),
      '/zh/': sidebar('zh'),
      '/guide/': sidebar('en'),
      '/api/': [{ text: 'API reference', link: '/api/', items: apiPackages() }, ...sidebar('en').slice(0, 3)],
    },
    outline: 'deep',
    search: {
      provider: 'local',
      options: {
        miniSearch: {
          options: {
            // Chinese has no spaces: index runs of Han characters as overlapping pairs (and single
            // characters alone), so 七天无理由 finds the pages that hold it. VitePress ships this function
            // to the browser by its source text, so it must not use anything from outside its body.
            tokenize: (text: string): string[] => {
              const tokens: string[] = [];
              for (const word of text.split(/[\s\p{P}\p{S}\p{Z}]+/u)) {
                if (word === '') continue;
                for (const run of word.split(/(\p{Script=Han}+)/u)) {
                  if (run === '') continue;
                  if (!/\p{Script=Han}/u.test(run)) {
                    tokens.push(run);
                  } else if (run.length === 1) {
                    tokens.push(run);
                  } else {
                    for (let index = 0; index + 1 < run.length; index += 1) tokens.push(run.slice(index, index + 2));
                  }
                }
              }
              return tokens;
            },
          },
          searchOptions: {
            combineWith: 'AND',
            fuzzy: 0.1,
            prefix: true,
            // The policy reference first; the (long) API reference after the guides.
            boostDocument: (id: string): number => (id.includes('/policy/') ? 4 : id.includes('/api/') ? 0.5 : 1),
          },
        },
        // The umbrella package's API pages repeat every package's: index each package once.
        _render: (src, env, md) => (env.relativePath.startsWith('api/zhidu/') ? '' : md.render(src, env)),
      },
    },
  },
});
