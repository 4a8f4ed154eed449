import { fc, test } from '@fast-check/vitest';
import { parseInstant, readDecimal } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { presets, type OrderEvent, type OrderState } from '../src/index.js';
import { isStoredState } from '../src/isStoredState.js';
import { matchEvent } from '../src/matchEvent.js';
import { orderEventSchema, orderStateShapeSchema } from '../src/schema.js';
import { isDecimalString } from '../src/shapeChecks.js';
import { order, orderIn, pay, run, toDelivered } from './fixtures.js';

// The hand-written checks of the common case (isStoredState, matchEvent) may say "ask zod" for a
// value zod accepts, but never accept a value zod refuses, and what they return is what zod returns.

const allocate: OrderEvent = { type: 'ALLOCATE', at: '2026-03-01T11:00:00+08:00', warehouse: 'SH-1' };

/** States from every corner of the shape: paid, a shortage, shipments with nodes, an exception, refunds, en-US. */
function sampleStates(): OrderState[] {
  const delivered = orderIn([pay, ...toDelivered]);
  const states: OrderState[] = [
    orderIn(),
    orderIn([pay]),
    orderIn([pay, allocate, { type: 'REPORT_SHORTAGE', at: '2026-03-01T11:30:00+08:00', lines: [{ sku: 'TEA-250', quantity: 1 }] }]),
    orderIn([pay, ...toDelivered.slice(0, 3), { type: 'REPORT_EXCEPTION', at: '2026-03-02T08:00:00+08:00', kind: 'lost' }]),
    delivered,
    run(delivered, [{ type: 'REFUND', at: '2026-03-03T08:00:00+08:00', amount: '10.00' }]),
    orderIn([], presets.usStore, { ...order, currency: 'USD', note: 'leave at the door', lines: [{ sku: 'TEA-250', quantity: 2, unitPrice: '59.00', tags: ['perishable'] }, order.lines[1]!] }),
  ];
  return states;
}

const sampleEvents: readonly OrderEvent[] = [
  pay,
  { type: 'PAY', at: '2026-03-01T10:05:00Z', amount: 150 },
  { type: 'PAY', at: new Date('2026-03-01T02:05:00Z'), amount: { amount: '150.00', currency: 'CNY' } },
  { type: 'REMIND_PAYMENT', at: '2026-03-01T10:05:00+08:00' },
  { type: 'EXPIRE_PAYMENT', id: 'x', at: '2026-03-02T10:05:00+08:00' },
  { type: 'AUDIT', at: '2026-03-01T10:05:00.123+08:00' },
  { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: ' 客服小李 ', override: false, customer: { name: '王芳', phone: '13800138000' } },
  { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: '客服小李' },
  allocate,
  { type: 'REPORT_SHORTAGE', at: '2026-03-01T11:30:00+08:00' },
  { type: 'REPORT_SHORTAGE', at: '2026-03-01T11:30:00+08:00', lines: [{ sku: ' TEA-250', quantity: 1 }] },
  { type: 'STOCK_ARRIVED', at: '2026-03-01T11:30:00+08:00' },
  { type: 'RESOLVE_SHORTAGE', at: '2026-03-01T11:30:00+08:00', resolution: 'refund' },
  { type: 'PACK', at: '2026-03-01T12:00:00+08:00', items: [{ sku: 'TEA-250', quantity: 2 }, { sku: 'CUP-01', quantity: 1 }] },
  { type: 'PACK', at: '2026-03-01T12:00:00+08:00', items: [] },
  { type: 'SHIP', at: '2026-03-01T13:00:00+08:00', carrier: 'SF', trackingNumber: ' SF1 ' },
  { type: 'IN_TRANSIT', at: '2026-03-02T08:00:00+08:00', node: '上海转运中心' },
  { type: 'IN_TRANSIT', at: '2026-03-02T08:00:00+08:00' },
  { type: 'DELIVER', at: '2026-03-02T15:00:00+08:00' },
  { type: 'REPORT_EXCEPTION', at: '2026-03-03T08:00:00+08:00', kind: 'damaged' },
  { type: 'RESHIP', at: '2026-03-03T10:00:00+08:00', carrier: 'YTO', trackingNumber: 'YT998877' },
  { type: 'REFUND', at: '2026-03-03T08:00:00+08:00', amount: '10.5' },
  { type: 'COMPLETE', at: '2026-03-18T00:00:00+08:00' },
  { type: 'CANCEL', id: 'c-1', at: '2026-03-01T10:30:00+08:00', by: 'customer', reason: 'changed my mind' },
];

class Box {
  constructor(readonly value: string) {}
}

/** Values that are almost right, or wrong in the ways hosts get them wrong. */
const oddValue = fc.constantFrom<unknown>(
  undefined,
  null,
  0,
  -0,
  1,
  1.5,
  -1,
  1_000_001,
  Number.MAX_SAFE_INTEGER + 2,
  NaN,
  Infinity,
  '',
  ' ',
  ' x ',
  'x'.repeat(201),
  ` ${'x'.repeat(200)} `,
  'x'.repeat(2_001),
  '1.005',
  '-1.00',
  '+1',
  '.5',
  '1.',
  '1e3',
  '0.00',
  '9'.repeat(61),
  'CNY',
  'XXX',
  'pending_payment',
  'zh-CN',
  'exchange',
  'lost',
  '2026-03-01T10:00:00',
  '2026-02-30T10:00:00+08:00',
  '2026-03-01T10:00:00Z',
  true,
  [],
  {},
  [{}],
  new Date('2026-03-01T10:00:00Z'),
  new Date(NaN),
  new Box('x'),
  Object.create(null) as unknown,
  { amount: '1.00', currency: 'CNY' },
  { amount: '1.001', currency: 'CNY' },
  { amount: 1, currency: 'CNY' },
  { sku: 'TEA-250', quantity: 1 },
);

interface Change {
  readonly at: number;
  readonly kind: 'remove' | 'replace' | 'undefined' | 'extra' | 'wrap' | 'inherit' | 'nullProto';
  readonly value: unknown;
}

const change: fc.Arbitrary<Change> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('remove', 'replace', 'replace', 'replace', 'undefined', 'extra', 'wrap', 'inherit', 'nullProto'),
  value: oddValue,
});

function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
  else if (typeof value === 'object' && value !== null && !(value instanceof Date) && !(value instanceof Box)) {
    for (const key of Object.keys(value)) paths((value as Record<string, unknown>)[key], [...prefix, key], out);
  }
  return out;
}

const copy = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(copy);
  if (value instanceof Date || value instanceof Box || typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? (Object.create(null) as Record<string, unknown>) : {};
  for (const [key, item] of Object.entries(value)) out[key] = copy(item);
  return out;
};

/** A copy of a sample with a few changes somewhere inside it. */
function mutated(sample: unknown, changes: readonly Change[]): unknown {
  const root = copy(sample);
  for (const { at, kind, value } of changes) {
    const all = paths(root);
    if (all.length === 0) break;
    const path = all[at % all.length]!;
    let parent = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    const current = parent[key];
    const isObject = typeof current === 'object' && current !== null && !Array.isArray(current) && !(current instanceof Date) && !(current instanceof Box);
    if (kind === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(parent, key);
    } else if (kind === 'replace') parent[key] = copy(value);
    else if (kind === 'undefined') parent[key] = undefined;
    else if (kind === 'extra' && isObject) (current as Record<string, unknown>).extra = copy(value);
    else if (kind === 'wrap') parent[key] = [current];
    else if (kind === 'inherit' && isObject) Object.setPrototypeOf(current, { inherited: 1 });
    else if (kind === 'nullProto' && isObject) Object.setPrototypeOf(current, null);
  }
  return root;
}

describe('isStoredState', () => {
  it('passes every state the lifecycle writes, so transition does not run zod on them', () => {
    for (const state of sampleStates()) {
      expect(isStoredState(state)).toBe(true);
      expect(isStoredState(JSON.parse(JSON.stringify(state)))).toBe(true);
    }
  });

  test.prop([fc.nat(), fc.array(change, { minLength: 1, maxLength: 3 })], { numRuns: 2_000 })(
    'never passes a state orderStateShapeSchema refuses',
    (pick, changes) => {
      const samples = sampleStates();
      const value = mutated(samples[pick % samples.length], changes);
      if (isStoredState(value)) expect(safeParse(orderStateShapeSchema, value).success).toBe(true);
    },
  );
});

describe('matchEvent', () => {
  const viaZod = (value: unknown): unknown => {
    const parsed = safeParse(orderEventSchema, value);
    if (!parsed.success) return undefined;
    return { ...parsed.data, at: parseInstant(parsed.data.at).toISOString() };
  };

  it('reads every plain event as the schema outputs it (the same keys, in the same order, trimmed)', () => {
    for (const event of sampleEvents) {
      const isMoneyObject = typeof (event as { amount?: unknown }).amount === 'object';
      const fast = matchEvent(event);
      if (isMoneyObject) {
        // A money amount is left to the schema.
        expect(fast).toBeUndefined();
        continue;
      }
      expect(fast, JSON.stringify(event)).toBeDefined();
      expect(JSON.stringify(fast)).toBe(JSON.stringify(viaZod(event)));
      expect(fast).toStrictEqual(viaZod(event));
    }
  });

  test.prop([fc.nat(), fc.array(change, { minLength: 1, maxLength: 3 })], { numRuns: 3_000 })(
    'never passes an event orderEventSchema refuses, and returns what the schema returns',
    (pick, changes) => {
      const value = mutated(sampleEvents[pick % sampleEvents.length], changes);
      const fast = matchEvent(value);
      if (fast === undefined) return;
      const slow = viaZod(value);
      expect(slow, JSON.stringify(value)).toBeDefined();
      expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
      expect(fast).toStrictEqual(slow);
    },
  );
});

describe('isDecimalString', () => {
  test.prop([fc.oneof(fc.string(), fc.stringMatching(/^[+-]?\d{0,4}\.?\d{0,4}$/u), fc.constantFrom('1e3', '0x10', ' 1', '1 ', '.', '+.5', '-.', '9'.repeat(61)))])(
    'is readDecimal for strings',
    (text) => {
      expect(isDecimalString(text)).toBe(readDecimal(text) !== undefined);
    },
  );
});
