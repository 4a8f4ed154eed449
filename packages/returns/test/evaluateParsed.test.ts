import { PolicyInputError, type Context } from '@zhidu/core';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createReturnEvaluator,
  defineReturnPolicy,
  evaluatePriceProtection,
  evaluateReturn,
  parsePriceProtectionInput,
  parseReturnInput,
  presets,
  safeParsePriceProtectionInput,
  safeParseReturnInput,
  type ParsedReturnInput,
  type PriceProtectionInput,
  type ReturnInput,
  type ReturnPolicy,
} from '../src/index.js';
import { claim, input, request } from './fixtures.js';

// evaluateParsed(parseReturnInput(x)) against evaluate(x) on property-generated requests: the fast
// path must decide exactly as the validating call does, and refuse exactly what it refuses.

/** What a call gives: its value as JSON, or the issues of the PolicyInputError it throws. */
function outcome(call: () => unknown): { value: unknown } | { issues: unknown } {
  try {
    return { value: JSON.parse(JSON.stringify(call())) as unknown };
  } catch (error) {
    if (error instanceof PolicyInputError) return { issues: error.issues };
    throw error;
  }
}

const policies: Readonly<Record<string, ReturnPolicy>> = {
  ...presets,
  fees: defineReturnPolicy({ noReason: { opened: 'restocking_fee', used: 'restocking_fee', damaged: 'review', restockingFeeRate: '0.15' } }, 'usStore'),
  unlimited: defineReturnPolicy({ noReason: { window: { length: null, unit: 'calendar_days' } }, sellerFault: { exchangeWindow: { length: 1, unit: 'calendar_months', endOfDay: false } } }),
  businessDays: defineReturnPolicy({ noReason: { window: { length: 5, unit: 'business_days', countFrom: 'same_day' } }, priceProtection: { enabled: false } }),
};
const contexts: readonly (Context | undefined)[] = [undefined, { locale: 'en-US' }, { timeZone: 'America/New_York' }, { timeZone: 'Australia/Lord_Howe', locale: 'zh-CN' }];

const cents = (value: number): string => `${String(Math.floor(value / 100))}.${String(value % 100).padStart(2, '0')}`;
const zones = ['+08:00', 'Z', '-05:00', '+0530', '-03:30'] as const;
/** Epoch milliseconds of an instant the generator wrote. */
const timeOf = (value: string | Date): number => (value instanceof Date ? value.getTime() : Date.parse(value.replace(/([+-]\d{2})(\d{2})$/u, '$1:$2')));
/** An instant in 2025–2027 written with an offset (seconds and a fraction sometimes), or a Date. */
const instant = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }), fc.constantFrom(...zones), fc.nat({ max: 3 })).map(([ms, zone, precision]) => {
      const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) * 60_000;
      const local = new Date(ms + offset).toISOString();
      return `${local.slice(0, [16, 19, 21, 23][precision])}${zone}`;
    }),
  },
  { weight: 1, arbitrary: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms)) },
);
const line = fc
  .record({
    id: fc.constantFrom('L1', 'L2', ' L2 '),
    quantity: fc.integer({ min: 1, max: 12 }),
    unit: fc.integer({ min: 0, max: 3_000_000 }),
    ratio: fc.double({ min: 0, max: 1, noNaN: true }),
    number: fc.boolean(),
    tags: fc.option(fc.subarray(['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'final_sale', 'hygiene'] as const), { nil: undefined }),
  })
  .map(({ id, quantity, unit, ratio, number, tags }) => {
    const paid = Math.floor(unit * quantity * ratio);
    // Amounts as Money writes them, and now and then a number, or a string with fewer decimals.
    return { id, sku: 'SKU', quantity, unitPrice: number ? unit / 100 : cents(unit), paid: number ? String(paid / 100) : cents(paid), ...(tags === undefined ? {} : { tags }) };
  });
/** Valid requests of every kind: no reason or the goods at fault, every resolution and condition, inside and outside the windows. */
const validInput: fc.Arbitrary<ReturnInput> = fc
  .record({
    currency: fc.constantFrom('CNY', 'USD'),
    placedAt: instant,
    deliveredAfter: fc.option(fc.integer({ min: 0, max: 10 * 86_400_000 }), { nil: null }),
    requestedAfter: fc.integer({ min: 0, max: 40 * 86_400_000 }),
    lines: fc.array(line, { minLength: 1, maxLength: 3 }),
    pick: fc.nat(),
    quantity: fc.integer({ min: 1, max: 13 }),
    alreadyReturned: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    reason: fc.constantFrom('no_reason', 'no_reason', 'quality_issue', 'wrong_item', 'damaged_in_transit', 'not_as_described'),
    resolution: fc.constantFrom('refund', 'return_refund', 'exchange'),
    condition: fc.constantFrom('intact', 'opened', 'used', 'damaged'),
  })
  .map((r) => {
    const start = timeOf(r.placedAt) + (r.deliveredAfter ?? 0);
    const chosen = r.lines[r.pick % r.lines.length];
    const req: ReturnInput['request'] = {
      lineId: chosen?.id.trim() ?? 'L1',
      quantity: r.quantity,
      requestedAt: new Date(start + r.requestedAfter).toISOString(),
      reason: r.reason,
      resolution: r.resolution,
      condition: r.condition,
      ...(r.alreadyReturned === undefined ? {} : { alreadyReturned: r.alreadyReturned }),
    };
    return {
      order: { id: 'SO-1', currency: r.currency, placedAt: r.placedAt, ...(r.deliveredAfter === null ? {} : { deliveredAt: new Date(start).toISOString() }), lines: r.lines },
      request: req,
    };
  });

describe('parseReturnInput', () => {
  it('gives back the request checked, as the schema writes it (ids trimmed)', () => {
    const parsed = parseReturnInput(input({ line: { id: ' L1 ' }, request: { lineId: 'L1 ' } }));
    expect(parsed.order.lines[0]?.id).toBe('L1');
    expect(parsed.request.lineId).toBe('L1');
  });

  it.each<[string, unknown]>([
    ['an unknown line', input({ request: { lineId: 'nope' } })],
    ['an amount with too many decimals', input({ line: { paid: '1.005' } })],
    ['paid above price × quantity', input({ line: { paid: '120.01' } })],
    ['an unknown currency', input({ order: { currency: 'XXX' } })],
    ['a request before the order', input({ request: { requestedAt: '2026-02-28T10:00:00+08:00' } })],
    ['a delivery before the order', input({ order: { deliveredAt: '2026-02-28T10:00:00+08:00' } })],
    ['an instant without an offset', input({ request: { requestedAt: '2026-03-04T10:00:00' } })],
    ['a quantity of zero', input({ request: { quantity: 0 } })],
    ['an unknown key', { ...input(), extra: true }],
    ['not an object', 'nope'],
  ])('refuses %s with the issues evaluate gives', (_name, value) => {
    const expected = outcome(() => evaluateReturn(value as ReturnInput));
    expect(expected).toHaveProperty('issues');
    expect(outcome(() => parseReturnInput(value))).toEqual(expected);
    const safe = safeParseReturnInput(value);
    expect(safe.ok).toBe(false);
    if (!safe.ok) expect(safe.error.issues).toEqual((expected as { issues: unknown }).issues);
  });

  test.prop([validInput], { numRuns: 300 })('takes every request evaluate takes', (value) => {
    const evaluated = outcome(() => evaluateReturn(value));
    const parsed = outcome(() => parseReturnInput(value));
    expect('issues' in parsed).toBe('issues' in evaluated);
    if ('issues' in evaluated) expect(parsed).toEqual(evaluated);
  });
});

describe('createReturnEvaluator(policy).evaluateParsed', () => {
  test.prop([validInput, fc.constantFrom(...Object.keys(policies)), fc.constantFrom(...contexts)], { numRuns: 1000 })(
    'RET-1..10: decides a parsed request exactly as evaluate decides the request',
    (value, name, context) => {
      const returns = createReturnEvaluator(policies[name] ?? presets.generic);
      const evaluated = outcome(() => returns.evaluate(value, context));
      if ('issues' in evaluated) return;
      expect(outcome(() => returns.evaluateParsed(parseReturnInput(value), context))).toEqual(evaluated);
    },
    30_000,
  );

  it('decides the same parsed request under several policies', () => {
    const parsed = parseReturnInput(input({ request: { condition: 'opened' } }));
    for (const policy of Object.values(policies)) {
      expect(createReturnEvaluator(policy).evaluateParsed(parsed)).toEqual(evaluateReturn(input({ request: { condition: 'opened' } }), policy));
    }
  });

  it('still refuses an unknown line, an unknown currency and a bad context', () => {
    const returns = createReturnEvaluator(presets.generic);
    const parsed = parseReturnInput(input());
    const unknownLine = { ...parsed, request: { ...parsed.request, lineId: 'nope' } } as ParsedReturnInput;
    expect(() => returns.evaluateParsed(unknownLine)).toThrow(PolicyInputError);
    const unknownCurrency = { ...parsed, order: { ...parsed.order, currency: 'XXX' } } as ParsedReturnInput;
    expect(() => returns.evaluateParsed(unknownCurrency)).toThrow(PolicyInputError);
    expect(() => returns.evaluateParsed(parsed, { timeZone: 'Mars/Base' })).toThrow(PolicyInputError);
  });

  it('leaves the parsed request as it was', () => {
    const parsed = parseReturnInput(input({ request: { ...request, quantity: 2 } }));
    const copy = structuredClone(parsed);
    createReturnEvaluator(presets.usStore).evaluateParsed(parsed);
    expect(parsed).toEqual(copy);
  });
});

describe('instants at the ends of the years 0000–9999', () => {
  // Kept as they were: the evaluator handed windows and messages ISO strings, and an instant outside
  // 0000–9999 has an expanded-year ISO string that zhidu does not read back.
  const issuesOf = (call: () => unknown) => (outcome(call) as { issues?: readonly { path: readonly (string | number)[] }[] }).issues?.map((issue) => issue.path);

  it('refuses a start before the year 0000 at the window’s start', () => {
    const value = input({ order: { placedAt: '0000-01-01T00:00:00+18:00', deliveredAt: null }, request: { requestedAt: '0000-01-01T00:00:00Z' } });
    expect(issuesOf(() => evaluateReturn(value))).toEqual([['start']]);
    expect(issuesOf(() => createReturnEvaluator(presets.generic).evaluateParsed(parseReturnInput(value)))).toEqual([['start']]);
  });

  it('refuses a window that ends after 9999 when its end is shown to people', () => {
    const policy = defineReturnPolicy({ noReason: { window: { length: 7, unit: 'calendar_days', endOfDay: false } } });
    const value = input({ order: { placedAt: '9999-12-20T00:00:00Z', deliveredAt: '9999-12-28T00:00:00Z' }, request: { requestedAt: '9999-12-29T00:00:00Z' } });
    expect(issuesOf(() => evaluateReturn(value, policy))).toEqual([['instant']]);
    expect(issuesOf(() => createReturnEvaluator(policy).evaluateParsed(parseReturnInput(value)))).toEqual([['instant']]);
  });
});

describe('price protection: parsePriceProtectionInput and evaluatePriceProtectionParsed', () => {
  const claims: fc.Arbitrary<PriceProtectionInput> = fc
    .record({
      paid: fc.integer({ min: 0, max: 100_000 }),
      current: fc.integer({ min: 0, max: 100_000 }),
      purchasedAt: instant,
      after: fc.integer({ min: 0, max: 40 * 86_400_000 }),
      quantity: fc.integer({ min: 1, max: 50 }),
      currency: fc.constantFrom('CNY', 'USD', 'JPY'),
    })
    .map(({ paid, current, purchasedAt, after, quantity, currency }) => {
      const amount = (value: number) => (currency === 'JPY' ? String(value) : cents(value));
      return { paidUnitPrice: amount(paid), purchasedAt, currentUnitPrice: amount(current), observedAt: new Date(timeOf(purchasedAt) + after).toISOString(), quantity, currency };
    });

  test.prop([claims, fc.constantFrom(...Object.keys(policies)), fc.constantFrom(...contexts)], { numRuns: 500 })(
    'RET-6: decides a parsed claim exactly as evaluatePriceProtection decides the claim',
    (value, name, context) => {
      const returns = createReturnEvaluator(policies[name] ?? presets.generic);
      const evaluated = outcome(() => returns.evaluatePriceProtection(value, context));
      if ('issues' in evaluated) return;
      expect(outcome(() => returns.evaluatePriceProtectionParsed(parsePriceProtectionInput(value), context))).toEqual(evaluated);
    },
  );

  it.each<[string, unknown]>([
    ['too many decimals', { ...claim, paidUnitPrice: '1.001' }],
    ['an unknown currency', { ...claim, currency: 'XXX' }],
    ['seen before the purchase', { ...claim, observedAt: '2026-05-01T09:00:00+08:00' }],
    ['no offset', { ...claim, observedAt: '2026-06-05T09:00:00' }],
  ])('refuses %s with the issues evaluatePriceProtection gives', (_name, value) => {
    const expected = outcome(() => evaluatePriceProtection(value as PriceProtectionInput));
    expect(expected).toHaveProperty('issues');
    expect(outcome(() => parsePriceProtectionInput(value))).toEqual(expected);
    expect(safeParsePriceProtectionInput(value).ok).toBe(false);
  });
});
