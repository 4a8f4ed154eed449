import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { matchReturnInput } from '../src/matchReturnInput.js';
import { returnInputSchema } from '../src/schema.js';
import { cnOrder, input, request } from './fixtures.js';

// The hand-written check of returnInputSchema (evaluate's and parseReturnInput's fast path) must
// accept only what the schema accepts, and give back exactly what the schema gives back.

/** A class instance: a strict zod object may take it, the hand check leaves it to zod. */
class Box {
  readonly kind = 'box';
}

/** Keys in order, all the way down: the hand check must write objects as zod does. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) return Object.entries(value).map(([key, field]) => [key, shape(field)]);
  return value;
}

const weird: readonly unknown[] = [
  undefined, null, true, 0, -0, 1, -1, 1.5, 1_000_000, 1_000_001, Number.NaN, Number.POSITIVE_INFINITY, 1e70, -1e70, 10n,
  '', ' ', ' x ', 'x'.repeat(201), ` ${'x'.repeat(200)} `, '-0', '-1.00', '+1.00', '1.', '.5', '1e5', '12,50', '9'.repeat(61), '0.001',
  '2026-03-01T10:00:00', '2026-03-01T10:00:00+08:00', '2026-02-30T10:00:00Z', '2026-03-01T10:00:00.1234567891Z', new Date('2026-03-01T00:00:00Z'), new Date(Number.NaN),
  'custom', 'sealed_media', 'unknown_tag', 'no_reason', 'exchange', 'opened', 'CNY', [], [{}], {}, ['custom'], ['custom', 'nope'], new Box(),
  Object.create(null) as unknown, JSON.parse('{"__proto__":{"x":1}}') as unknown,
];

type Path = readonly (string | number)[];
/** Every path into a plain value. */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index): [number, unknown] => [index, item]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, field]) => paths(field, [...prefix, key]))];
}
type Mutation = { readonly kind: 'set'; readonly value: unknown } | { readonly kind: 'delete' } | { readonly kind: 'extra'; readonly key: string } | { readonly kind: 'nullProto' };
/** A copy of `value` with one change at `path`. */
function mutate(value: unknown, path: Path, mutation: Mutation): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  const target = parent[last];
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
  } else if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
    if (mutation.kind === 'extra') (target as Record<string, unknown>)[mutation.key] = 1;
    else parent[last] = Object.assign(Object.create(null) as object, target);
  }
  return copy;
}

const cents = (value: number): string => `${String(Math.floor(value / 100))}.${String(value % 100).padStart(2, '0')}`;
const base = fc
  .record({
    lines: fc.array(
      fc.record({ id: fc.constantFrom('L1', 'L2', ' L3 '), quantity: fc.integer({ min: 1, max: 9 }), unit: fc.nat({ max: 1_000_000 }), tags: fc.option(fc.subarray(['custom', 'perishable', 'sealed_media'] as const), { nil: undefined }) }),
      { minLength: 1, maxLength: 3 },
    ),
    deliveredAt: fc.constantFrom<string | null | undefined>('2026-03-03T15:00:00+08:00', null, undefined),
    alreadyReturned: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
    reason: fc.constantFrom('no_reason', 'quality_issue'),
  })
  .map(({ lines, deliveredAt, alreadyReturned, reason }) => ({
    order: {
      id: ' SO-1 ',
      currency: 'CNY',
      placedAt: '2026-03-01T10:00:00+08:00',
      ...(deliveredAt === undefined ? {} : { deliveredAt }),
      lines: lines.map(({ id, quantity, unit, tags }) => ({ id, sku: 'SKU', quantity, unitPrice: cents(unit), paid: cents(unit * quantity), ...(tags === undefined ? {} : { tags }) })),
    },
    request: { ...request, reason, ...(alreadyReturned === undefined ? {} : { alreadyReturned }) },
  }));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...weird).map((value): Mutation => ({ kind: 'set', value })) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'delete' }) },
  { weight: 1, arbitrary: fc.constantFrom('extra', 'tags', 'constructor', 'toString').map((key): Mutation => ({ kind: 'extra', key })) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'nullProto' }) },
);
const mutated = fc.tuple(base, fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 2 })).map(([value, pick, changes]) => {
  let current: unknown = value;
  for (const [index, change] of changes.entries()) {
    const all = paths(current);
    current = mutate(current, all[(pick + index * 7) % all.length] ?? [], change);
  }
  return current;
});

describe('matchReturnInput', () => {
  test.prop([fc.oneof(base, mutated, mutated)], { numRuns: 4000 })('accepts only what returnInputSchema accepts, with the same output, keys in the same order', (value) => {
    const fast = matchReturnInput(value);
    if (fast === undefined) return;
    const slow = safeParse(returnInputSchema, value);
    expect(slow.success).toBe(true);
    expect(fast).toStrictEqual(slow.data);
    expect(shape(fast)).toStrictEqual(shape(slow.data));
  }, 30_000);

  test.prop([base], { numRuns: 300 })('takes the common case itself: plain JSON requests', (value) => {
    expect(matchReturnInput(value)).toBeDefined();
    expect(matchReturnInput(JSON.parse(JSON.stringify(value)))).toBeDefined();
  });

  it('leaves the unusual to zod: a Date, an explicit undefined, an unknown key, a class instance', () => {
    expect(matchReturnInput(input({ order: { placedAt: new Date('2026-03-01T02:00:00Z') } }))).toBeUndefined();
    expect(matchReturnInput(input({ request: { alreadyReturned: undefined } }))).toBeUndefined();
    expect(matchReturnInput({ ...input(), extra: 1 })).toBeUndefined();
    expect(matchReturnInput({ order: Object.assign(new Box(), cnOrder), request })).toBeUndefined();
    // …which accepts the first two after all.
    expect(safeParse(returnInputSchema, input({ order: { placedAt: new Date('2026-03-01T02:00:00Z') } })).success).toBe(true);
    expect(safeParse(returnInputSchema, input({ request: { alreadyReturned: undefined } })).success).toBe(true);
  });

  it('writes ids trimmed and a new object, as the schema does', () => {
    const value = input({ line: { id: ' L1 ', tags: ['custom'] } });
    const fast = matchReturnInput(value);
    expect(fast?.order.lines[0]?.id).toBe('L1');
    expect(fast?.order.lines[0]?.tags).not.toBe(value.order.lines[0]?.tags);
    expect(fast).toStrictEqual(safeParse(returnInputSchema, value).data);
  });
});
