// Mutation testing of the rule packages (issue 12) with Stryker, and the score table of the docs.
//
//   pnpm mutation                     # every rule package, one after the other (~5 min each on 2 cores)
//   pnpm mutation returns risk        # some of them
//   pnpm mutation --table             # only re-render docs/snippets/mutation-table.md from mutation/*.json
//   pnpm mutation --check             # exit 1 when the table is stale, a package has no score or one is below 85 %
//
// Each run writes Stryker's full report to .tmp/mutation/<package>.{json,html} (not committed) and a
// summary to mutation/<package>.json (committed): the counts, the score, and every mutant that
// survived, so a review can see them without re-running. The score is Stryker's: detected (killed or
// timed out) over detected + undetected (survived or not covered). Static mutants — code that runs
// once when a module loads, such as message catalogs and zod schema construction — are not run
// (`ignoreStatic`, see stryker.config.mjs): each would need the whole suite re-run in a fresh
// process. They are counted in the table so the gap is visible; what guards that code is listed in
// docs/en/guide/reliability.md.
//
// Mutants disabled in the source with a `// Stryker disable next-line <mutator>: <why>` comment are
// listed with their reason (equivalent mutants: a change no caller can observe); the package README
// explains them too.
//
// A run exits 1 when a package scores below the bar (85 %).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const summaries = join(root, 'mutation');
const tablePath = join(root, 'docs', 'snippets', 'mutation-table.md');
const bar = 85;
export const rulePackages = ['orders', 'returns', 'inventory', 'penalties', 'commissions', 'risk', 'catalog', 'metrics'];

const args = process.argv.slice(2);
const tableOnly = args.includes('--table');
const check = args.includes('--check');
const names = args.filter((a) => !a.startsWith('--'));
for (const name of names) {
  if (!rulePackages.includes(name)) {
    console.error(`mutation: "${name}" is not a rule package (${rulePackages.join(', ')})`);
    process.exit(2);
  }
}

/** Counts, score and survivors of one Stryker JSON report. */
function summarize(name, report) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, Disabled: 0, CompileError: 0, RuntimeError: 0 };
  const survivors = [];
  const disabled = [];
  for (const [file, { mutants, source }] of Object.entries(report.files)) {
    const lines = source.split('\n');
    for (const m of mutants) {
      const status = m.status === 'Ignored' && !/static/i.test(m.statusReason ?? '') ? 'Disabled' : m.status;
      counts[status] = (counts[status] ?? 0) + 1;
      if (status === 'Disabled') {
        disabled.push({
          file: relative(join(root, 'packages', name), join(root, file)).replaceAll('\\', '/'),
          line: m.location.start.line,
          mutator: m.mutatorName,
          reason: (m.statusReason ?? '').replace(/\s+/g, ' ').slice(0, 200),
        });
      }
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        survivors.push({
          file: relative(join(root, 'packages', name), join(root, file)).replaceAll('\\', '/'),
          line: m.location.start.line,
          mutator: m.mutatorName,
          status: m.status,
          original: lines[m.location.start.line - 1].trim().slice(0, 160),
          replacement: (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 120),
        });
      }
    }
  }
  survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.mutator.localeCompare(b.mutator));
  const detected = counts.Killed + counts.Timeout;
  const undetected = counts.Survived + counts.NoCoverage;
  const score = detected + undetected === 0 ? 100 : Math.floor((detected / (detected + undetected)) * 10000) / 100;
  return {
    package: `@zhidu/${name}`,
    date: new Date().toISOString().slice(0, 10),
    // Property tests count toward the score only with the fixed fast-check seed (scripts/mutation-seed.ts).
    fixedSeed: true,
    score,
    bar,
    killed: counts.Killed,
    timedOut: counts.Timeout,
    survived: counts.Survived,
    noCoverage: counts.NoCoverage,
    staticNotRun: counts.Ignored,
    disabled: counts.Disabled,
    errors: counts.CompileError + counts.RuntimeError,
    survivors,
    disabledMutants: disabled,
  };
}

function run(name) {
  console.log(`\n── mutation testing @zhidu/${name} ──`);
  const stryker = join(root, 'node_modules', '.bin', 'stryker');
  const result = spawnSync(stryker, ['run', 'stryker.config.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ZHIDU_MUTATE: name },
  });
  const reportPath = join(root, '.tmp', 'mutation', `${name}.json`);
  if (result.status !== 0 || !existsSync(reportPath)) {
    console.error(`mutation: Stryker failed for ${name} (exit ${result.status})`);
    return undefined;
  }
  const summary = summarize(name, JSON.parse(readFileSync(reportPath, 'utf8')));
  mkdirSync(summaries, { recursive: true });
  writeFileSync(join(summaries, `${name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`@zhidu/${name}: ${summary.score} % (${summary.survived} survived, ${summary.noCoverage} not covered)`);
  return summary;
}

function readSummaries() {
  if (!existsSync(summaries)) return [];
  return readdirSync(summaries)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(summaries, f), 'utf8')));
}

function table(list) {
  const head = (l) =>
    l === 'en'
      ? ['| package | score | killed | timed out | survived | not covered | disabled (explained) | static (not run) |', '|---|---:|---:|---:|---:|---:|---:|---:|']
      : ['| 包 | 得分 | 杀死 | 超时 | 存活 | 未覆盖 | 已禁用(有说明) | 静态(未运行) |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  const rows = list.map(
    (s) => `| \`${s.package}\` | ${s.score < bar ? `**${s.score} %**` : `${s.score} %`} | ${s.killed} | ${s.timedOut} | ${s.survived} | ${s.noCoverage} | ${s.disabled} | ${s.staticNotRun} |`,
  );
  const missing = rulePackages.filter((n) => !list.some((s) => s.package === `@zhidu/${n}`));
  const note = {
    en: missing.length === 0 ? [] : ['', `Not yet recorded: ${missing.map((n) => `\`@zhidu/${n}\``).join(', ')}.`],
    zh: missing.length === 0 ? [] : ['', `尚未记录:${missing.map((n) => `\`@zhidu/${n}\``).join('、')}。`],
  };
  return [
    '<!-- Generated by scripts/mutation.mjs from mutation/*.json: do not edit. -->',
    '',
    '<!-- #region en -->',
    ...head('en'),
    ...rows,
    ...note.en,
    '<!-- #endregion en -->',
    '',
    '<!-- #region zh -->',
    ...head('zh'),
    ...rows,
    ...note.zh,
    '<!-- #endregion zh -->',
    '',
  ].join('\n');
}

if (!tableOnly && !check) {
  let failed = false;
  for (const name of names.length > 0 ? names : rulePackages) {
    const summary = run(name);
    if (summary === undefined || summary.score < bar) failed = true;
  }
  writeFileSync(tablePath, table(readSummaries()));
  process.exitCode = failed ? 1 : 0;
} else if (tableOnly) {
  writeFileSync(tablePath, table(readSummaries()));
} else {
  const list = readSummaries();
  const expected = table(list);
  const actual = existsSync(tablePath) ? readFileSync(tablePath, 'utf8') : '';
  const low = list.filter((s) => s.score < bar);
  const missing = rulePackages.filter((n) => !list.some((s) => s.package === `@zhidu/${n}`));
  if (expected !== actual) console.error('mutation: docs/snippets/mutation-table.md is stale; run `pnpm mutation --table`');
  for (const s of low) console.error(`mutation: ${s.package} scores ${s.score} %, below ${bar} %`);
  for (const n of missing) console.error(`mutation: @zhidu/${n} has no recorded score; run \`pnpm mutation ${n}\``);
  process.exitCode = expected !== actual || low.length > 0 || missing.length > 0 ? 1 : 0;
}
