import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  PolicyConfigError,
  deepMerge,
  definePolicyFamily,
  policyVersion,
  stableStringify,
  storePresets,
  storeSettingsSchema,
  toJsonSchema,
} from '../src/index.js';

const schema = z.strictObject({
  store: storeSettingsSchema,
  window: z._default(
    z.strictObject({
      days: z._default(z.int().check(z.minimum(-1)), 7),
      unit: z._default(z.enum(['calendar_days', 'business_days']), 'calendar_days'),
    }),
    { days: 7, unit: 'calendar_days' },
  ),
  excludedTags: z._default(z.array(z.string()), ['custom', 'perishable']),
});

const family = definePolicyFamily({
  name: 'example',
  schema,
  presets: {
    generic: { store: storePresets.generic },
    usStore: { store: storePresets.usStore, window: { days: 30 } },
    douyinShop: { store: storePresets.douyinShop },
  },
});

describe('definePolicyFamily', () => {
  it('validates presets and fills their defaults', () => {
    expect(family.presets.generic.window).toEqual({ days: 7, unit: 'calendar_days' });
    expect(family.presets.usStore.window.days).toBe(30);
    expect(family.presets.usStore.store.currency).toBe('USD');
    expect(Object.isFrozen(family.presets.generic.window)).toBe(true);
  });

  it('deep-merges overrides onto the generic preset by default, or onto a chosen base', () => {
    const policy = family.define({ window: { days: 15 } });
    expect(policy.window).toEqual({ days: 15, unit: 'calendar_days' });
    expect(policy.store).toEqual(storePresets.generic);
    const us = family.define({ window: { unit: 'business_days' } }, 'usStore');
    expect(us.window).toEqual({ days: 30, unit: 'business_days' });
    const fromPolicy = family.define({ excludedTags: ['digital'] }, us);
    expect(fromPolicy.excludedTags).toEqual(['digital']);
    expect(fromPolicy.window.days).toBe(30);
  });

  it('never changes the base or the overrides', () => {
    const overrides = { window: { days: 15 } };
    family.define(overrides);
    expect(overrides).toEqual({ window: { days: 15 } });
    expect(family.presets.generic.window.days).toBe(7);
  });

  it('refuses a bad policy when it is made, listing every issue', () => {
    try {
      family.define({ window: { days: -5, unit: 'weeks' as 'calendar_days' }, store: { timeZone: 'Nowhere' }, typo: 1 } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyConfigError);
      const paths = (error as PolicyConfigError).issues.map((issue) => issue.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['window.days', 'window.unit', 'store.timeZone', 'typo']));
    }
  });

  it('refuses __proto__ keys and unknown presets', () => {
    expect(() => family.define(JSON.parse('{"__proto__":{"polluted":true}}') as never)).toThrow(PolicyConfigError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => family.define({}, 'shopify' as never)).toThrow(PolicyConfigError);
    expect(() => family.define('x' as never)).toThrow(PolicyConfigError);
  });

  it('parses a complete policy from JSON', () => {
    const stored = JSON.parse(JSON.stringify(family.presets.usStore)) as unknown;
    expect(family.parse(stored)).toEqual(family.presets.usStore);
    expect(() => family.parse({})).toThrow(PolicyConfigError);
  });

  it('versions a policy by its content, whatever the key order', () => {
    const a = family.define({ window: { days: 15 } });
    const b = family.parse(JSON.parse(stableStringify(a)) as unknown);
    expect(family.version(a)).toBe(family.version(b));
    expect(family.version(a)).toMatch(/^example@[0-9a-f]{16}$/u);
    expect(family.version(a)).not.toBe(family.version(family.presets.generic));
    expect(policyVersion('x', { b: 1, a: 2 })).toBe(policyVersion('x', { a: 2, b: 1 }));
  });

  it('describes its schema as JSON Schema, defaults optional', () => {
    const json = toJsonSchema(schema);
    expect(json.type).toBe('object');
    expect(json.required).toEqual(['store']);
    expect(json.additionalProperties).toBe(false);
  });
});

describe('deepMerge', () => {
  it('merges objects, replaces arrays, skips undefined', () => {
    expect(deepMerge({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] }, d: undefined })).toEqual({ a: { b: 1, c: [3] }, d: 1 });
  });
});

describe('PolicyFamily.check', () => {
  it('passes the policies it made straight through and validates anything else once', () => {
    const made = family.define({ window: { days: 15 } });
    expect(family.check(made)).toBe(made);
    expect(family.check(family.presets.usStore)).toBe(family.presets.usStore);
    const plain = JSON.parse(JSON.stringify(made)) as unknown;
    const checked = family.check(plain);
    expect(checked).toEqual(made);
    expect(family.check(plain)).toBe(checked);
    expect(() => family.check({ store: storePresets.generic, window: { days: 'x' } })).toThrow(PolicyConfigError);
    expect(() => family.check(null)).toThrow(PolicyConfigError);
  });
});

describe('cyclic policies', () => {
  it('refuses overrides or a policy that contain themselves with a PolicyConfigError, not a stack overflow', () => {
    const overrides: Record<string, unknown> = { window: { days: 15 } };
    (overrides.window as Record<string, unknown>).self = overrides;
    expect(() => family.define(overrides)).toThrow(PolicyConfigError);
    const list: unknown[] = [];
    list.push(list);
    expect(() => family.define({ excludedTags: list as never })).toThrow(PolicyConfigError);
    const policy: Record<string, unknown> = { ...structuredClone(family.presets.generic) };
    policy.loop = policy;
    expect(() => family.parse(policy)).toThrow(PolicyConfigError);
  });
});
