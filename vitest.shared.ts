import { defineProject } from 'vitest/config';

/**
 * The vitest project every package and example uses: tests beside the code or in `test/`, type
 * tests (`*.test-d.ts`) checked by tsc, and packages resolved to their TypeScript source.
 */
export function projectConfig(name: string): ReturnType<typeof defineProject> {
  return defineProject({
    resolve: { conditions: ['@zhidu/source'] },
    ssr: { resolve: { conditions: ['@zhidu/source'] } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      typecheck: {
        enabled: true,
        include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
        tsconfig: './tsconfig.json',
      },
    },
  });
}
