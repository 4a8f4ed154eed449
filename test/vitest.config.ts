import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@zhidu/source'] },
  ssr: { resolve: { conditions: ['@zhidu/source'] } },
  test: {
    name: 'repo',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
  },
});
