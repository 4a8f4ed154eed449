import { defineConfig, type Options } from 'tsup';
import { packageConfig } from '../../tsup.shared.js';

// The library (`src/index.ts` and one file per module, ESM + CJS) builds as every zhidu package
// does, for Node; the bin (`src/cli.ts`) is one ESM file with a shebang, its modules bundled in.
const library: Options[] = packageConfig().map((options) => ({
  ...options,
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/cli.ts'],
  platform: 'node',
  // The build script empties dist/ first: a clean here could race the bin build and remove cli.js.
  clean: false,
}));

const bin: Options = {
  entry: { cli: 'src/cli.ts' },
  outDir: 'dist',
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  bundle: true,
  splitting: false,
  sourcemap: true,
  dts: false,
  tsconfig: 'tsconfig.build.json',
  silent: true,
  banner: { js: '#!/usr/bin/env node' },
  outExtension: () => ({ js: '.js' }),
};

export default defineConfig([...library, bin]);
