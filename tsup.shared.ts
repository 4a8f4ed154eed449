import type { Options } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * Keeps relative imports external and points them at the sibling output file of the same
 * format (`./money.js` in ESM, `./money.cjs` in CJS), so the build writes one output file per
 * source module and bundlers can drop whole modules a host does not use.
 */
function relativeImports(extension: '.js' | '.cjs'): Plugin {
  return {
    name: 'zhidu-relative-imports',
    setup(build) {
      build.onResolve({ filter: /^\.{1,2}\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        return { path: args.path.replace(/\.(?:ts|js)$/u, '') + extension, external: true };
      });
    },
  };
}

/** The tsup configuration every zhidu package builds with. */
export function packageConfig(): Options[] {
  const common: Options = {
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts'],
    outDir: 'dist',
    target: 'es2022',
    platform: 'neutral',
    bundle: true,
    splitting: false,
    sourcemap: true,
    treeshake: false,
    tsconfig: 'tsconfig.build.json',
    silent: true,
  };
  return [
    {
      ...common,
      format: ['esm'],
      clean: true,
      dts: true,
      esbuildPlugins: [relativeImports('.js')],
      outExtension: () => ({ js: '.js', dts: '.d.ts' }),
    },
    {
      ...common,
      format: ['cjs'],
      dts: true,
      esbuildPlugins: [relativeImports('.cjs')],
      outExtension: () => ({ js: '.cjs', dts: '.d.cts' }),
    },
  ];
}
