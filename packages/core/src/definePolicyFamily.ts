import { safeParse, type core } from 'zod/mini';
import { PolicyConfigError } from './PolicyConfigError.js';
import { fromZodIssues, type PolicyIssue } from './issues.js';
import { sha256 } from './sha256.js';
import { stableStringify } from './stableStringify.js';

/** The store types every policy family ships a preset for (S0, S1, S2 of the catalog). */
export type PresetName = 'generic' | 'usStore' | 'douyinShop';

/** Every preset name. */
export const presetNames = ['generic', 'usStore', 'douyinShop'] as const satisfies readonly PresetName[];

/** A deeply read-only view of a policy. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** What a host may override in a policy: any field at any depth (arrays are replaced whole). */
export type PolicyOverrides<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: PolicyOverrides<T[K]> | undefined }
    : T;

/** The description of a policy family given to {@link definePolicyFamily}. */
export interface PolicyFamilySpec<S extends core.$ZodType> {
  /** The family's name, e.g. `'returns'`; it prefixes every policy version. */
  readonly name: string;
  /** The zod schema of a complete policy, with defaults; strict objects so an unknown key is refused. */
  readonly schema: S;
  /** The presets, as schema input (defaults fill what they leave out). */
  readonly presets: Readonly<Record<PresetName, core.input<S>>>;
}

/** A policy family: its schema, its presets, and how to make and version a policy. */
export interface PolicyFamily<S extends core.$ZodType> {
  /** The family's name. */
  readonly name: string;
  /** The zod schema of a complete policy. */
  readonly schema: S;
  /** The validated, frozen presets by store type. */
  readonly presets: Readonly<Record<PresetName, DeepReadonly<core.output<S>>>>;
  /**
   * Deep-merges overrides onto a base (a preset name or a policy; `'generic'` by default),
   * validates the result and freezes it.
   * @throws {@link PolicyConfigError} listing every issue when the result is not a valid policy
   */
  define(overrides?: PolicyOverrides<core.input<S>>, base?: PresetName | DeepReadonly<core.output<S>>): DeepReadonly<core.output<S>>;
  /**
   * Validates a complete policy (e.g. read from a JSON file), fills defaults and freezes it.
   * @throws {@link PolicyConfigError} listing every issue
   */
  parse(policy: unknown): DeepReadonly<core.output<S>>;
  /** The stable version of a policy: the family name and a hash of its canonical JSON. */
  version(policy: DeepReadonly<core.output<S>>): string;
  /**
   * The policy a call was given, checked once: a preset or a policy this family made passes
   * straight through; anything else is validated (and remembered, so it is not validated again).
   * @throws {@link PolicyConfigError} listing every issue when it is not a valid policy
   */
  check(policy: unknown): DeepReadonly<core.output<S>>;
}

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function clone(value: unknown, ancestors = new Set<unknown>()): unknown {
  // -0 is written back as 0, so a policy survives JSON (and its version does not depend on the sign).
  if (Object.is(value, -0)) return 0;
  if (!Array.isArray(value) && !isPlainObject(value)) return value;
  if (ancestors.has(value)) {
    throw new PolicyConfigError([{ path: [], message: 'A policy cannot contain itself (a cyclic object)', code: 'cyclic' }]);
  }
  ancestors.add(value);
  let copy: unknown;
  if (Array.isArray(value)) copy = value.map((item) => clone(item, ancestors));
  else {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: clone(item, ancestors), enumerable: true, writable: true, configurable: true });
    }
    copy = out;
  }
  ancestors.delete(value);
  return copy;
}

/**
 * Merges overrides onto a base: objects merge key by key, arrays and scalars replace, and
 * `undefined` leaves the base as it is. Neither input is changed. `__proto__`, `constructor` and
 * `prototype` keys are refused.
 *
 * @param base - the base data
 * @param overrides - the changes
 * @returns a new merged object
 * @throws {@link PolicyConfigError} on a forbidden key or when overrides is not an object
 * @example
 * deepMerge({ window: { days: 7, unit: 'calendar_days' } }, { window: { days: 15 } })
 * //=> { window: { days: 15, unit: 'calendar_days' } }
 */
export function deepMerge(base: unknown, overrides: unknown): unknown {
  const issues: PolicyIssue[] = [];
  const ancestors = new Set<unknown>();
  const merge = (left: unknown, right: unknown, path: (string | number)[]): unknown => {
    if (right === undefined) return clone(left);
    if (!isPlainObject(right)) return clone(right);
    if (ancestors.has(right)) {
      issues.push({ path, message: 'The overrides contain themselves (a cyclic object)', code: 'cyclic' });
      return undefined;
    }
    ancestors.add(right);
    const out = (isPlainObject(left) ? clone(left) : {}) as Record<string, unknown>;
    for (const [key, item] of Object.entries(right)) {
      if (forbiddenKeys.has(key)) {
        issues.push({ path: [...path, key], message: `The key "${key}" is not allowed in a policy`, code: 'forbidden_key' });
        continue;
      }
      if (item === undefined) continue;
      const merged = merge(isPlainObject(left) ? left[key] : undefined, item, [...path, key]);
      Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
    }
    ancestors.delete(right);
    return out;
  };
  if (overrides !== undefined && !isPlainObject(overrides)) {
    throw new PolicyConfigError([{ path: [], message: 'Expected the overrides as a plain object', code: 'invalid_type' }]);
  }
  const result = merge(base, overrides, []);
  if (issues.length > 0) throw new PolicyConfigError(issues);
  return result;
}

/**
 * Freezes an object and everything in it.
 *
 * @param value - the data to freeze
 * @returns the same data, frozen at every level
 * @example
 * Object.isFrozen(deepFreeze({ a: { b: [1] } }).a.b)
 * //=> true
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value as DeepReadonly<T>;
}

const versions = new WeakMap<object, string>();

/**
 * The stable version of a policy: `name@` and the first 16 hex digits of the SHA-256 of its
 * canonical JSON. Equal policies have equal versions, whatever their key order; an order keeps
 * the version of the policy it started under.
 *
 * @param name - the policy family's name
 * @param policy - the policy
 * @returns e.g. `'returns@3f2a9c0d81b4e7a2'`
 * @example
 * policyVersion('returns', { window: 7 }) === policyVersion('returns', { window: 7 })
 * //=> true
 */
export function policyVersion(name: string, policy: unknown): string {
  if (typeof policy === 'object' && policy !== null && Object.isFrozen(policy)) {
    const cached = versions.get(policy);
    if (cached?.startsWith(`${name}@`)) return cached;
    const version = `${name}@${sha256(stableStringify(policy)).slice(0, 16)}`;
    versions.set(policy, version);
    return version;
  }
  return `${name}@${sha256(stableStringify(policy)).slice(0, 16)}`;
}

/**
 * Defines a policy family: its zod schema with defaults, its presets for the three store types,
 * and `define(overrides, base)` that deep-merges, validates (listing every issue at once) and
 * freezes. A bad policy fails when it is made, never later in the middle of an order.
 *
 * @param spec - the family's name, schema and presets
 * @returns the family
 * @throws {@link PolicyConfigError} (when a preset is used) if a preset is not valid under the schema
 * @example
 * const returnsPolicy = definePolicyFamily({
 *   name: 'returns',
 *   schema: z.strictObject({ windowDays: z._default(z.int().check(z.minimum(0)), 7) }),
 *   presets: { generic: {}, usStore: { windowDays: 30 }, douyinShop: {} },
 * });
 * returnsPolicy.define({ windowDays: 15 }, 'generic')
 * //=> { windowDays: 15 }
 */
/* @__NO_SIDE_EFFECTS__ */
export function definePolicyFamily<S extends core.$ZodType>(spec: PolicyFamilySpec<S>): PolicyFamily<S> {
  type Policy = DeepReadonly<core.output<S>>;
  const made = new WeakMap<object, Policy>();
  const validate = (value: unknown): Policy => {
    const result = safeParse(spec.schema, value, { reportInput: true });
    if (!result.success) throw new PolicyConfigError(fromZodIssues(result.error.issues));
    const policy = deepFreeze(clone(result.data)) as Policy;
    if (typeof policy === 'object' && policy !== null) made.set(policy, policy);
    return policy;
  };
  const cache = new Map<PresetName, Policy>();
  const preset = (name: PresetName): Policy => {
    let policy = cache.get(name);
    if (policy === undefined) {
      policy = validate(clone(spec.presets[name]));
      cache.set(name, policy);
    }
    return policy;
  };
  const presets = {} as Record<PresetName, Policy>;
  for (const name of presetNames) {
    Object.defineProperty(presets, name, { get: () => preset(name), enumerable: true });
  }
  Object.freeze(presets);
  return Object.freeze({
    name: spec.name,
    schema: spec.schema,
    presets,
    define(overrides?: unknown, base: PresetName | Policy = 'generic'): Policy {
      let start: unknown;
      if (typeof base === 'string') {
        const name: string = base;
        if (!(presetNames as readonly string[]).includes(name)) {
          throw new PolicyConfigError([{ path: ['base'], message: `Unknown preset ${JSON.stringify(base)}: expected generic, usStore or douyinShop`, code: 'invalid_preset' }]);
        }
        start = preset(name as PresetName);
      } else {
        start = base;
      }
      return validate(deepMerge(start, overrides));
    },
    parse(policy: unknown): Policy {
      return validate(clone(policy));
    },
    version(policy: Policy): string {
      return policyVersion(spec.name, policy);
    },
    check(policy: unknown): Policy {
      if (typeof policy !== 'object' || policy === null) {
        throw new PolicyConfigError([{ path: [], message: `Expected a ${spec.name} policy object`, code: 'invalid_type' }]);
      }
      let valid = made.get(policy);
      if (valid === undefined) {
        valid = validate(clone(policy));
        made.set(policy, valid);
      }
      return valid;
    },
  });
}
