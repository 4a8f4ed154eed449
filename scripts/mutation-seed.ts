import fc from 'fast-check';

/**
 * Setup file for `pnpm mutation` (vitest.mutation.config.ts). @fast-check/vitest names each
 * property test with its seed ("… (with seed=…)"); a random seed gives the test a new name in
 * every run, so Stryker cannot match the tests it saw cover a mutant in its coverage run with the
 * tests it runs against that mutant, and property tests never counted. One fixed seed keeps the
 * names, and the generated inputs, the same in every run.
 */
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20_261_129 });
