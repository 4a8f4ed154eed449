import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Finds the policies the docs show, for test/policies.test.ts. How a snippet is recognised:
 *
 * - **`define…Policy(…)` calls** in TypeScript/JavaScript: fenced ` ```ts ` / ` ```js ` blocks of the
 *   Markdown files, the files of `docs/snippets/` (the guides include them with `<<<`), the sources of
 *   `examples/`, and the `@example` sections of the packages' JSDoc (what the API reference shows).
 *   The family is the function's: `defineReturnPolicy` → returns, and so on. The arguments must be
 *   literals (they are evaluated as such, with no variables in scope). A call the docs show failing on
 *   purpose carries a comment on its line or the line before: `// refused: noReason.window.length`
 *   (the dotted paths of every issue, comma-separated), and must then fail with exactly those.
 * - **Policy files** in fenced ` ```yaml ` / ` ```json ` blocks, and the CLI's fixture files
 *   (`packages/cli/test/fixtures/*.yaml|json`): a document whose top-level keys name a policy family
 *   or `preset` is a `zhidu policy check` file; one with `likelihood` and `cells` is a risk matrix
 *   (`defineMatrix` input); one whose keys are top-level keys of a family's policy schema is that
 *   family's overrides (a marker `<!-- policy: returns -->` on the line before the fence names the
 *   family when the keys do not single one out). Any other block (an HTTP error body, say) is not a
 *   policy. A fixture named `bad-*` is a bad file on purpose, and must be refused.
 * - **The generated policy reference** (`docs/{en,zh}/policy/*.md`, "Policy parameters"): each
 *   family's table, read column by column, is the policy of that preset (and, with the store, the
 *   schema's defaults).
 */

export const root = join(import.meta.dirname, '..');

const skipDirs = new Set(['node_modules', 'dist', '.vitepress', 'api', '.tmp', 'coverage']);

/** Files under a directory (relative to the repo) whose names pass a test, skipping build output and dependencies. */
export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute)
    .sort()
    .flatMap((name) => {
      const path = join(absolute, name);
      if (statSync(path).isDirectory()) return skipDirs.has(name) ? [] : filesUnder(relative(root, path), keep);
      return keep(name) ? [relative(root, path)] : [];
    });
}

/** The Markdown files of the docs, the packages' and examples' READMEs, and the repo's README. */
export function markdownFiles(): string[] {
  const md = (name: string) => name.endsWith('.md');
  const readmes = (dir: string) =>
    readdirSync(join(root, dir))
      .sort()
      .map((name) => join(dir, name, 'README.md'))
      .filter((path) => existsSync(join(root, path)));
  return [...filesUnder('docs', md), ...readmes('packages'), ...readmes('examples'), 'README.md'];
}

/** A piece of code or data from a file, with the line it starts on. */
export interface Snippet {
  readonly file: string;
  /** The 1-based line of the file where `text` starts. */
  readonly line: number;
  readonly text: string;
  /** The fence's language (`ts`, `yaml` …), or the file's extension for whole files. */
  readonly lang: string;
  /** The `<!-- policy: … -->` marker on the line before the fence, if any. */
  readonly marker?: string;
}

/** The fenced code blocks of a Markdown file. */
export function fencedBlocks(file: string): Snippet[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(```+)([\w-]*)/u.exec(lines[index] ?? '');
    if (open === null) continue;
    const fence = open[2] ?? '```';
    const start = index + 1;
    let end = start;
    while (end < lines.length && !(lines[end] ?? '').trimStart().startsWith(fence)) end++;
    const marker = /<!--\s*policy:\s*([\w-]+)\s*-->/u.exec(lines[index - 1] ?? '')?.[1];
    blocks.push({ file, line: start + 1, text: lines.slice(start, end).join('\n'), lang: open[3] ?? '', ...(marker === undefined ? {} : { marker }) });
    index = end;
  }
  return blocks;
}

/** The `@example` sections of the JSDoc comments of a TypeScript source, with the ` * ` prefixes taken off. */
export function jsdocExamples(file: string): Snippet[] {
  const text = readFileSync(join(root, file), 'utf8');
  const out: Snippet[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//gu)) {
    const startLine = text.slice(0, comment.index).split('\n').length;
    const lines = comment[0].split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/u, ''));
    for (let index = 0; index < lines.length; index++) {
      if (!(lines[index] ?? '').startsWith('@example')) continue;
      let end = index + 1;
      while (end < lines.length && !(lines[end] ?? '').startsWith('@')) end++;
      out.push({ file, line: startLine + index + 1, text: lines.slice(index + 1, end).join('\n'), lang: 'ts' });
      index = end - 1;
    }
  }
  return out;
}

/** Every piece of TypeScript or JavaScript the docs show. */
export function codeSnippets(): Snippet[] {
  const code = /^(?:ts|typescript|tsx|js|javascript|mjs)$/u;
  const sourceFile = (name: string) => /\.(?:ts|tsx|mjs|js)$/u.test(name) && !/\.(?:test|test-d|d)\.ts$/u.test(name);
  const whole = (file: string): Snippet => ({ file, line: 1, text: readFileSync(join(root, file), 'utf8'), lang: file.slice(file.lastIndexOf('.') + 1) });
  const packageSources = readdirSync(join(root, 'packages'))
    .sort()
    .flatMap((name) => filesUnder(join('packages', name, 'src'), sourceFile));
  return [
    ...markdownFiles().flatMap((file) => fencedBlocks(file).filter((block) => code.test(block.lang))),
    ...filesUnder('docs/snippets', sourceFile).map(whole),
    ...filesUnder('examples', sourceFile).map(whole),
    ...packageSources.flatMap(jsdocExamples),
  ];
}

/** A `define…Policy(…)` call found in the docs. */
export interface PolicyCall {
  readonly file: string;
  readonly line: number;
  /** The function called, e.g. `defineReturnPolicy`. */
  readonly fn: string;
  /** The source text of the arguments. */
  readonly args: string;
  /** The issue paths a `// refused: …` comment says the call fails with; `undefined` when it must succeed. */
  readonly refused?: readonly string[];
}

/** The index just after the bracket that closes the one at `open`, skipping strings and comments. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const char = text[index];
    if (char === '"' || char === "'" || char === '`') {
      for (index++; index < text.length && text[index] !== char; index++) if (text[index] === '\\') index++;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
    } else if (char === '/' && text[index + 1] === '*') {
      index = text.indexOf('*/', index + 2) + 1;
      if (index === 0) return -1;
    } else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') {
      depth--;
      if (depth === 0) return index + 1;
    }
  }
  return -1;
}

/** The `define…Policy(…)` calls of a snippet (not their declarations: `function defineX(` is skipped). */
export function policyCalls(snippet: Snippet, names: readonly string[]): PolicyCall[] {
  const calls: PolicyCall[] = [];
  const pattern = new RegExp(`(?<!function\\s)\\b(${names.join('|')})\\(`, 'gu');
  for (const match of snippet.text.matchAll(pattern)) {
    const open = match.index + match[0].length - 1;
    const end = closing(snippet.text, open);
    const before = snippet.text.slice(0, match.index).split('\n');
    const line = snippet.line + before.length - 1;
    const lines = snippet.text.split('\n');
    const own = lines[before.length - 1] ?? '';
    const previous = lines[before.length - 2] ?? '';
    const refused = /\/\/\s*refused:\s*(.+)$/u.exec(own)?.[1] ?? /^\s*\/\/\s*refused:\s*(.+)$/u.exec(previous)?.[1];
    calls.push({
      file: snippet.file,
      line,
      fn: match[1] ?? '',
      args: end === -1 ? '' : snippet.text.slice(open + 1, end - 1),
      ...(refused === undefined ? {} : { refused: refused.split(',').map((path) => path.trim()).filter((path) => path !== '') }),
    });
  }
  return calls;
}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of a table cell: `<code>` tags taken off, HTML entities decoded. */
export function cellText(cell: string): string {
  return cell
    .trim()
    .replace(/<\/?code>/gu, '')
    .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/giu, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&(\w+);/gu, (whole, name: string) => entities[name] ?? whole);
}

/** One family's table of the generated policy reference: each row's parameter path and its cells. */
export interface ReferenceTable {
  readonly file: string;
  /** The family, from the section's anchor `{#policy-<family>}`. */
  readonly family: string;
  /** The column headers after "Parameter", "Meaning" and "Type": the default, then the presets. */
  readonly columns: readonly string[];
  readonly rows: readonly { readonly path: string; readonly values: readonly string[] }[];
}

/** The policy tables of a generated reference page. */
export function referenceTables(file: string): ReferenceTable[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const tables: ReferenceTable[] = [];
  lines.forEach((line, index) => {
    const family = /^### `\w+` \(@zhidu\/[\w-]+\) \{#policy-([\w-]+)\}$/u.exec(line)?.[1];
    if (family === undefined) return;
    let at = index + 1;
    while (at < lines.length && !(lines[at] ?? '').startsWith('|')) at++;
    const cells = (row: string) => row.slice(1, row.lastIndexOf('|')).split('|').map(cellText);
    const header = cells(lines[at] ?? '');
    const rows: { path: string; values: string[] }[] = [];
    for (at += 2; at < lines.length && (lines[at] ?? '').startsWith('|'); at++) {
      const [path = '', , , ...values] = cells(lines[at] ?? '');
      rows.push({ path, values });
    }
    tables.push({ file, family, columns: header.slice(3), rows });
  });
  return tables;
}
