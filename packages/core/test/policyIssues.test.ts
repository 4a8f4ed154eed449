import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PolicyConfigError, definePolicyFamily, storePresets, storeSettingsSchema } from '../src/index.js';

const family = definePolicyFamily({
  name: 'example',
  schema: z.strictObject({
    store: storeSettingsSchema,
    window: z._default(z.strictObject({ days: z._default(z.int().check(z.minimum(0)), 7) }), { days: 7 }),
    enabled: z._default(z.boolean(), true),
  }),
  presets: { generic: { store: storePresets.generic }, usStore: { store: storePresets.usStore }, douyinShop: { store: storePresets.douyinShop } },
});

function issuesOf(run: () => unknown): { path: string; message: string; code: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyConfigError);
    return (error as PolicyConfigError).issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message, code: issue.code }));
  }
  throw new Error('expected a PolicyConfigError');
}

describe('definePolicyFamily: unknown keys', () => {
  it('names each unknown key of a policy in its own issue, at the key’s path', () => {
    const issues = issuesOf(() => family.define({ windw: 15, window: { dayz: 3, weeks: 1 } } as never));
    expect(issues.filter((issue) => issue.code === 'unrecognized_keys')).toEqual([
      { path: 'window.dayz', message: 'Unknown key "dayz"', code: 'unrecognized_keys' },
      { path: 'window.weeks', message: 'Unknown key "weeks"', code: 'unrecognized_keys' },
      { path: 'windw', message: 'Unknown key "windw"', code: 'unrecognized_keys' },
    ]);
  });

  it('lists an unknown key, a wrong type and a value out of range at once', () => {
    const issues = issuesOf(() => family.parse({ store: storePresets.generic, enabled: 'yes', window: { days: -7 }, typo: true }));
    expect(issues.map((issue) => issue.path).sort()).toEqual(['enabled', 'typo', 'window.days']);
  });
});
