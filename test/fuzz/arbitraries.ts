import { fc } from '@fast-check/vitest';

/** A path into a value: object keys and array indexes. */
export type Path = readonly (string | number)[];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !(value instanceof Date);

/** Defines an own, enumerable property (so `__proto__` stays a plain key instead of setting the prototype). */
function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Nests a value `depth` levels deep in objects (`{ a: { a: … } }`) or arrays (`[[…]]`). */
export function deeplyNested(depth: number, kind: 'object' | 'array', leaf: unknown = 1): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Objects whose own keys are `__proto__`, `constructor` or `prototype`, built with JSON.parse. */
export const pollutingObjects = (): unknown[] => [
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as unknown,
  JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}') as unknown,
  JSON.parse('[{"__proto__":{"polluted":"yes"}}]') as unknown,
];

/** Values that are wrong somewhere: wrong type, out of range, non-finite, huge, deep, badly formed dates and amounts. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    -1,
    -0.5,
    1e21,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_VALUE,
    1.23456789,
    0.1 + 0.2,
    10n,
    '1.234567',
    '0.001',
    '-0',
    '-1',
    'NaN',
    'Infinity',
    '1e5',
    '1e400',
    ' 12 ',
    '12,50',
    '',
    'x'.repeat(10_000),
    '9'.repeat(10_000),
    `0.${'1'.repeat(10_000)}`,
    '2026-03-01T10:00:00',
    '2026-03-01 10:00:00',
    '2026-02-30T10:00:00+08:00',
    '2026-02-30',
    '2026-13-01T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T10:00:00+25:00',
    '2026-03-01',
    '+275760-09-13T00:00:00Z',
    'not a date',
    'Asia/Nowhere',
    'constructor',
    '__proto__',
    'toString',
    null,
    undefined,
    true,
    false,
    [],
    {},
    [{}],
    [null],
    new Date('2026-03-01T10:00:00Z'),
    new Date(NaN),
  ),
  fc.constant(null).map(() => deeplyNested(1000, 'array')),
  fc.constant(null).map(() => deeplyNested(1000, 'object')),
  fc.constantFrom(0, 1, 2, 3).map((index) => pollutingObjects()[index]),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: false }),
  fc.anything({ maxDepth: 3 }),
);

/** Every path of a value (objects and arrays), the value itself excluded. */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 0) out.push(prefix);
  if (prefix.length > 12) return out;
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], out));
  else if (isObject(value)) for (const key of Object.keys(value)) pathsOf(value[key], [...prefix, key], out);
  return out;
}

const mutationKinds = ['remove', 'replace', 'replace', 'replace', 'extra', 'wrapInArray', 'entriesArray', 'polluteKeys'] as const;
type MutationKind = (typeof mutationKinds)[number];

interface Mutation {
  readonly at: number;
  readonly kind: MutationKind;
  readonly value: unknown;
  readonly key: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom(...mutationKinds),
  value: weirdValue,
  key: fc.constantFrom('extra', '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then'),
});

/** Applies a mutation to a (cloned, mutable) value, in place; the root itself is never replaced. */
function apply(root: unknown, original: Mutation): void {
  // A fresh copy of the value: constants are shared between runs and must never be mutated (or made cyclic).
  const change = { ...original, value: structuredClone(original.value) };
  const paths = pathsOf(root);
  if (paths.length === 0) return;
  const path = paths[change.at % paths.length]!;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const current = parent[key];
  const set = (value: unknown) => {
    defineOwn(parent, String(key), value);
  };
  switch (change.kind) {
    case 'remove':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(parent, key);
      return;
    case 'replace':
      set(change.value);
      return;
    case 'extra':
      if (isObject(current) && !Array.isArray(current)) defineOwn(current, change.key, change.value);
      else set(change.value);
      return;
    case 'wrapInArray':
      set([current]);
      return;
    case 'entriesArray':
      set(isObject(current) ? Object.entries(current) : [current, current]);
      return;
    case 'polluteKeys':
      if (isObject(current) && !Array.isArray(current)) {
        const payload = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}') as Record<string, unknown>;
        for (const own of Object.keys(payload)) defineOwn(current, own, payload[own]);
      } else set(JSON.parse('{"__proto__":{"polluted":"yes"}}'));
      return;
  }
}

/** Near-valid variants of a sample: a clone with one to three mutations (a field removed, replaced, added …). */
export function nearValid(sample: unknown): fc.Arbitrary<unknown> {
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((changes) => {
    const copy: unknown = structuredClone(sample);
    for (const change of changes) apply(copy, change);
    return copy;
  });
}

/**
 * Arguments for one call: the sample as is (rarely), near-valid variants (mostly), or one argument
 * replaced by fully random data.
 */
export function fuzzArgs(sample: readonly unknown[]): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null).map(() => structuredClone(sample) as unknown[]) },
    { weight: 12, arbitrary: nearValid(sample) as fc.Arbitrary<unknown[]> },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.nat(), fc.anything({ withBoxedValues: false, withNullPrototype: false, withObjectString: true })).map(([index, value]) => {
        const copy = structuredClone(sample) as unknown[];
        if (copy.length > 0) copy[index % copy.length] = value;
        return copy;
      }),
    },
  );
}
