import { fc, test } from '@fast-check/vitest';
import { computeWindow, Decimal, parseInstant, readDecimal } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { createOrderLifecycle, defineOrderPolicy, presets, startOrder, transition, type OrderEvent, type OrderPolicy, type OrderState } from '../src/index.js';
import { afterSalesUntil, shipBy } from '../src/deadlines.js';
import { isStoredState } from '../src/isStoredState.js';
import { matchEvent } from '../src/matchEvent.js';
import { addsUpInMinorUnits } from '../src/minorUnits.js';
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
  { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: '客服小李', override: true },
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
const oddValues: readonly unknown[] = [
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
];
const oddValue = fc.constantFrom(...oddValues);

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

/** Every path into a value; not into a state's history, which the schema leaves unchecked (so changes land where they matter). */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (prefix.length > 0) out.push(prefix);
  if (prefix.length === 1 && prefix[0] === 'history') return out;
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

  const samples = sampleStates();
  it('never passes a state orderStateShapeSchema refuses, for every single change at every path', () => {
    const kinds = ['remove', 'undefined', 'extra', 'wrap', 'inherit', 'nullProto'] as const;
    let checked = 0;
    // The history is one array to the schema; emptied, each copy is small.
    for (const sample of samples.map((state) => ({ ...state, history: [] }))) {
      const count = paths(sample).length;
      for (let at = 0; at < count; at++) {
        const changes: Change[] = [...kinds.map((kind) => ({ at, kind, value: 1 })), ...oddValues.map((value) => ({ at, kind: 'replace' as const, value }))];
        for (const one of changes) {
          const value = mutated(sample, [one]);
          if (isStoredState(value)) {
            checked++;
            expect(safeParse(orderStateShapeSchema, value).success, JSON.stringify(one)).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  }, 30_000);

  test.prop([fc.nat(), fc.array(change, { minLength: 1, maxLength: 3 })], { numRuns: 1_000 })(
    'never passes a state orderStateShapeSchema refuses',
    (pick, changes) => {
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
      const fast = matchEvent(event);
      // Left to the schema: an amount as money or a number, and the customer's corrections of CONFIRM (rare, and bytes in every bundle).
      const { amount, customer } = event as { amount?: unknown; customer?: unknown };
      if ((amount !== undefined && typeof amount !== 'string') || customer !== undefined) {
        expect(fast).toBeUndefined();
        continue;
      }
      expect(fast, JSON.stringify(event)).toBeDefined();
      expect(JSON.stringify(fast)).toBe(JSON.stringify(viaZod(event)));
      expect(fast).toStrictEqual(viaZod(event));
    }
  });

  it('never passes an event orderEventSchema refuses, for every single change at every path, and returns what it returns', () => {
    const kinds = ['remove', 'undefined', 'extra', 'wrap', 'inherit', 'nullProto'] as const;
    for (const sample of sampleEvents) {
      const count = paths(sample).length;
      for (let at = 0; at < count; at++) {
        const changes: Change[] = [...kinds.map((kind) => ({ at, kind, value: 1 })), ...oddValues.map((value) => ({ at, kind: 'replace' as const, value }))];
        for (const one of changes) {
          const value = mutated(sample, [one]);
          const fast = matchEvent(value);
          if (fast === undefined) continue;
          const slow = viaZod(value);
          expect(slow, JSON.stringify(one)).toBeDefined();
          expect(fast).toStrictEqual(slow);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
        }
      }
    }
  }, 30_000);

  test.prop([fc.nat(), fc.array(change, { minLength: 1, maxLength: 3 })], { numRuns: 2_000 })(
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

describe('transition (fast paths)', () => {
  it('ORD-14: a replay check reads a damaged earlier history entry without a TypeError', () => {
    const paid = orderIn([pay]);
    const damaged = { ...paid, history: [null, ...paid.history] } as unknown as OrderState;
    const result = transition(damaged, { ...allocate, id: 'alloc-1' });
    expect(result.ok).toBe(true);
  });

  it('ORD-14: a policy equal to the preset but not the same object compiles once and gives the same answers', () => {
    const copyOfPreset: OrderPolicy = structuredClone(presets.generic);
    expect(createOrderLifecycle(copyOfPreset)).toBe(createOrderLifecycle(copyOfPreset));
    const state = startOrder(order, copyOfPreset);
    expect(transition(state, pay, copyOfPreset)).toEqual(transition(state, pay, presets.generic));
  });

  it('ORD-14: a state read back from JSON with its keys in another order gives the same next state', () => {
    const paid = orderIn([pay]);
    const shuffled = Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(paid)) as Record<string, unknown>).reverse()) as unknown as OrderState;
    expect(transition(shuffled, allocate)).toEqual(transition(paid, allocate));
  });
});

describe('deadlines (remembered per local day)', () => {
  const usNoHandling = defineOrderPolicy({ shipping: { handling: null, perishableHandling: { length: 2, unit: 'business_days' } } }, 'usStore');
  const cases: readonly (readonly [string, OrderPolicy, string])[] = [
    ['generic in Shanghai', presets.generic, 'Asia/Shanghai'],
    ['usStore in New York (DST)', presets.usStore, 'America/New_York'],
    ['usStore business days in New York', usNoHandling, 'America/New_York'],
    ['generic in Lord Howe (half-hour DST)', presets.generic, 'Australia/Lord_Howe'],
  ];
  const instant = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') }).map((ms) => new Date(ms).toISOString());

  test.prop([fc.constantFrom(...cases), fc.array(instant, { minLength: 1, maxLength: 40 })], { numRuns: 200 })(
    'ORD-7/ORD-12: equal computeWindow at every instant, in any order',
    ([, policy, timeZone], instants) => {
      const options = { timeZone, calendar: policy.calendar };
      for (const at of instants) {
        expect(afterSalesUntil(at, policy, timeZone)).toBe(computeWindow(at, policy.afterSales.window, options).end);
        const perishable = policy.shipping.perishableHandling;
        const lines = [{ sku: 'A', quantity: 1, unitPrice: '1.00', tags: ['perishable' as const] }];
        const due = shipBy({ ...orderIn().order, lines }, at, policy, timeZone).shipBy;
        const base = computeWindow(at, policy.shipping.handling ?? policy.shipping.unstatedHandling, options).end;
        const strict = perishable === null ? null : computeWindow(at, perishable, options).end;
        expect(due).toBe(strict !== null && (base === null || strict < base) ? strict : base);
      }
    },
  );
});

describe('amounts in minor units', () => {
  const exactlyAddsUp = (lines: readonly { unitPrice: string; quantity: number }[], shipping: string, discount: string, total: string): boolean =>
    lines.reduce((sum, line) => sum.plus(new Decimal(line.unitPrice).times(line.quantity)), new Decimal(0)).plus(shipping).minus(discount).equals(total);

  /** Minor units written at a scale, as the state stores amounts (sometimes with a decimal fewer or more). */
  const written = (units: number, scale: number, extra: number): string => {
    const text = new Decimal(units).div(10 ** scale).toFixed(Math.max(scale + extra, 0));
    return text;
  };
  test.prop(
    [
      fc.constantFrom(0, 2, 3),
      fc.array(fc.record({ units: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })), quantity: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 1_000_000 })) }), { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 0, max: 5_000 }),
      fc.integer({ min: 0, max: 5_000 }),
      fc.constantFrom('exact', 'exact', 'plusOne', 'minusOne', 'noDiscount', 'noShipping'),
      fc.constantFrom(0, 0, 0, -1, 1),
    ],
    { numRuns: 2_000 },
  )('ORD-2: an order adds up in minor units only when it adds up exactly', (scale, rawLines, shippingUnits, discountUnits, pickTotal, extra) => {
    const lines = rawLines.map((line) => ({ unitPrice: written(line.units, scale, extra), quantity: line.quantity }));
    const shipping = written(shippingUnits, scale, 0);
    const discount = written(discountUnits, scale, 0);
    const subtotal = lines.reduce((sum, line) => sum.plus(new Decimal(line.unitPrice).times(line.quantity)), new Decimal(0));
    const exact = subtotal.plus(shipping).minus(discount);
    const minor = new Decimal(1).div(10 ** scale);
    const candidates = { exact, plusOne: exact.plus(minor), minusOne: exact.minus(minor), noDiscount: exact.plus(discount), noShipping: exact.minus(shipping) };
    const chosen = candidates[pickTotal];
    const total = chosen.isNegative() ? '0' : chosen.toFixed(scale);
    const order = { ...orderIn().order, lines: lines.map((line) => ({ sku: 'A', tags: [], ...line })), shipping, discount, total };
    const fast = addsUpInMinorUnits(order, scale);
    if (fast) expect(exactlyAddsUp(lines, shipping, discount, total)).toBe(true);
    // The common case (amounts at the scale, small sums) is decided on the integer path.
    if (extra === 0 && pickTotal === 'exact' && !exact.isNegative() && exact.times(10 ** scale).lessThan(Number.MAX_SAFE_INTEGER) && subtotal.times(10 ** scale).lessThan(1e15)) {
      expect(fast).toBe(true);
    }
  });

  it('ORD-2: the orders of the fixtures add up in minor units (the common case takes the integer path)', () => {
    const base = orderIn().order;
    expect(addsUpInMinorUnits(base, 2)).toBe(true);
    expect(addsUpInMinorUnits({ ...base, total: '150.01' }, 2)).toBe(false);
    // Past 2^53 minor units a float sum rounds: 9007199254740991 + 2 − 3 would come out as …989, not …990.
    const huge = { ...base, lines: [{ sku: 'A', quantity: 1, unitPrice: '90071992547409.91', tags: [] }], shipping: '0.02', discount: '0.03', total: '90071992547409.89' };
    expect(addsUpInMinorUnits(huge, 2)).toBe(false);
  });
});
