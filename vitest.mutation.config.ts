import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The vitest config Stryker runs for `pnpm mutation` (stryker.config.mjs): one rule package's
 * tests, named by `ZHIDU_MUTATE`, resolved to TypeScript source, without the type tests (a mutant
 * changes runtime behaviour, not types).
 */
const name = process.env.ZHIDU_MUTATE;
if (name === undefined || !/^[a-z]+$/.test(name)) {
  throw new Error('ZHIDU_MUTATE must name one package folder under packages/, e.g. ZHIDU_MUTATE=returns');
}

export default defineConfig({
  resolve: { conditions: ['@zhidu/source'] },
  ssr: { resolve: { conditions: ['@zhidu/source'] } },
  test: {
    root: `packages/${name}`,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A fixed fast-check seed, so property tests keep their names between Stryker's runs.
    setupFiles: [fileURLToPath(new URL('./scripts/mutation-seed.ts', import.meta.url))],
    // Instrumented code on a machine shared by several Stryker runs is several times slower than a
    // plain run: the property tests of @zhidu/orders took over vitest's 5 s default in the initial
    // run. Stryker still times out a mutant that loops (its own timeoutMS, stryker.config.mjs).
    testTimeout: 60_000,
  },
});
