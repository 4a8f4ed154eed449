// @ts-check
/**
 * Mutation testing of one rule package (issue 12). Run through `pnpm mutation [package…]`
 * (scripts/mutation.mjs), which sets ZHIDU_MUTATE to the package folder and collects the scores.
 * Stryker copies the repository into a sandbox under .tmp/, mutates `packages/<name>/src`, and runs
 * that package's own tests (vitest.mutation.config.ts) against every mutant they cover.
 */
const name = process.env.ZHIDU_MUTATE ?? 'returns';
const src = `packages/${name}/src`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'pnpm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [`${src}/**/*.ts`, `!${src}/**/*.test.ts`, `!${src}/index.ts`],
  // docs/ stays out of the sandbox except the one page a rule package's tests read (metrics' KPI table).
  ignorePatterns: ['/docs/**', '!/docs/guide/metrics.md', '/examples', '/bench', '/.tmp', '/coverage', '**/dist', '/.git', '/.changeset'],
  reporters: ['progress', 'json', 'html'],
  jsonReporter: { fileName: `.tmp/mutation/${name}.json` },
  htmlReporter: { fileName: `.tmp/mutation/${name}.html` },
  tempDirName: `.tmp/stryker-${name}`,
  thresholds: { high: 90, low: 85, break: null },
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 20000,
  ignoreStatic: true,
  cleanTempDir: true,
};
