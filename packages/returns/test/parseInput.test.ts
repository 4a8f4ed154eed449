import { parseInput, PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import {
  createReturnEvaluator,
  evaluatePriceProtection,
  evaluateReturn,
  parsePriceProtectionInput,
  parseReturnInput,
  presets,
  returnInputSchema,
  safeParsePriceProtectionInput,
  safeParseReturnInput,
  type ParsedPriceProtectionInput,
  type ParsedReturnInput,
  type ReturnInput,
} from '../src/index.js';
import { claim, cnOrder, input, usOrder } from './fixtures.js';

/** The issues of a thrown PolicyInputError: path (dotted), message and code. */
function issuesOf(run: () => unknown): { path: string; message: string; code: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return (error as PolicyInputError).issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message, code: issue.code }));
  }
  throw new Error('expected the call to throw');
}


// evaluateParsed.test.ts checks that parsed input is decided as evaluate decides it; here, what is
// refused and with which issue (path, message, code), and what a stored parsed request still guards.

describe('parseReturnInput + evaluateParsed', () => {
  it('RET-2: a parsed request survives storage as JSON and is decided the same', () => {
    const value = input({ request: { requestedAt: '2026-03-01T10:00:00-05:00', condition: 'opened' } }, usOrder);
    const stored = JSON.parse(JSON.stringify(parseReturnInput(value))) as ParsedReturnInput;
    expect(createReturnEvaluator(presets.usStore).evaluateParsed(stored)).toEqual(evaluateReturn(value, presets.usStore));
  });

  it('RET-4: a stored request whose line is gone, or whose currency is unknown, still throws at its path', () => {
    const returns = createReturnEvaluator(presets.generic);
    const parsed = parseReturnInput(input({ request: { lineId: 'L2' } }));
    const withoutLine = { ...parsed, order: { ...parsed.order, lines: parsed.order.lines.slice(0, 1) } } as ParsedReturnInput;
    expect(issuesOf(() => returns.evaluateParsed(withoutLine))).toEqual([{ path: 'request.lineId', message: 'No line "L2" in the order', code: 'unknown_line' }]);
    const unknownCurrency = { ...parsed, order: { ...parsed.order, currency: 'XXY' } } as ParsedReturnInput;
    expect(issuesOf(() => returns.evaluateParsed(unknownCurrency))).toEqual([
      { path: 'order.currency', message: 'Unknown currency "XXY": expected an ISO 4217 code such as "CNY" or "USD"', code: 'invalid_currency' },
    ]);
  });

  it('RET-4: a stored request with a corrupted instant throws at that instant, never decides on it', () => {
    const returns = createReturnEvaluator(presets.generic);
    const parsed = parseReturnInput(input());
    const corrupt = (order: object, request: object) => ({ order: { ...parsed.order, ...order }, request: { ...parsed.request, ...request } }) as unknown as ParsedReturnInput;
    expect(issuesOf(() => returns.evaluateParsed(corrupt({}, { requestedAt: 'soon' }))).map((issue) => issue.path)).toEqual(['request.requestedAt']);
    expect(issuesOf(() => returns.evaluateParsed(corrupt({ deliveredAt: 'soon' }, {}))).map((issue) => issue.path)).toEqual(['order.deliveredAt']);
    expect(issuesOf(() => returns.evaluateParsed(corrupt({ deliveredAt: null, placedAt: 'soon' }, {}))).map((issue) => issue.path)).toEqual(['order.placedAt']);
    // What was paid, read again for a share of the line: named at the line's index.
    const second = parseReturnInput(input({ request: { lineId: 'L2' } }));
    const badPaid = { ...second, order: { ...second.order, lines: [second.order.lines[0], { ...second.order.lines[1], quantity: 2, paid: '59.999' }] } } as unknown as ParsedReturnInput;
    expect(issuesOf(() => returns.evaluateParsed(badPaid))).toEqual([{ path: 'order.lines.1.paid', message: '59.999 has 3 decimal places; CNY allows 2', code: 'invalid_money' }]);
  });
});

const valid = input();
const { order: validOrder, request: validRequest } = valid;
const validLine = validOrder.lines[0];
const withLine = (line: Record<string, unknown>) => ({ order: { ...validOrder, lines: [{ ...validLine, ...line }, validOrder.lines[1]] }, request: validRequest });
const withOrder = (order: Record<string, unknown>) => ({ order: { ...validOrder, ...order }, request: validRequest });
const withRequest = (request: Record<string, unknown>) => ({ order: validOrder, request: { ...validRequest, ...request } });

// Malformed requests, each with the path the schema names. Whatever checks a request first, it is
// refused with exactly the issues `returnInputSchema` gives (the oracle: core's parseInput on it).
const malformed: [name: string, value: unknown, path: string][] = [
  ['no input', undefined, ''],
  ['null', null, ''],
  ['an order of null', { order: null, request: validRequest }, 'order'],
  ['a request of null', { order: validOrder, request: null }, 'request'],
  ['a line of null', withOrder({ lines: [null] }), 'order.lines.0'],
  ['lines as an object', withOrder({ lines: {} }), 'order.lines'],
  ['no lines', withOrder({ lines: [] }), 'order.lines'],
  ['10 001 lines', withOrder({ lines: Array.from({ length: 10_001 }, (_, index) => ({ ...validLine, id: `L${String(index)}` })) }), 'order.lines'],
  ['an order id that is a number', withOrder({ id: 5 }), 'order.id'],
  ['a blank order id', withOrder({ id: '   ' }), 'order.id'],
  ['an order id of 201 characters', withOrder({ id: 'x'.repeat(201) }), 'order.id'],
  ['a currency that is a number', withOrder({ currency: 156 }), 'order.currency'],
  ['a placement that is not an instant', withOrder({ placedAt: 'soon' }), 'order.placedAt'],
  ['a delivery that is not an instant', withOrder({ deliveredAt: 'yesterday' }), 'order.deliveredAt'],
  ['an empty line id', withLine({ id: '' }), 'order.lines.0.id'],
  ['a blank sku', withLine({ sku: '  ' }), 'order.lines.0.sku'],
  ['a line quantity of 0', withLine({ quantity: 0 }), 'order.lines.0.quantity'],
  ['a line quantity of 1.5', withLine({ quantity: 1.5 }), 'order.lines.0.quantity'],
  ['a line quantity as a string', withLine({ quantity: '3' }), 'order.lines.0.quantity'],
  ['a line quantity over a million', withLine({ quantity: 1_000_001 }), 'order.lines.0.quantity'],
  ['a negative unit price', withLine({ unitPrice: '-1.00' }), 'order.lines.0.unitPrice'],
  ['a negative unit price as a number', withLine({ unitPrice: -1 }), 'order.lines.0.unitPrice'],
  ['an infinite unit price', withLine({ unitPrice: Number.POSITIVE_INFINITY }), 'order.lines.0.unitPrice'],
  ['a unit price of NaN', withLine({ unitPrice: Number.NaN }), 'order.lines.0.unitPrice'],
  ['a unit price of null', withLine({ unitPrice: null }), 'order.lines.0.unitPrice'],
  ['a unit price of true', withLine({ unitPrice: true }), 'order.lines.0.unitPrice'],
  ['a unit price in words', withLine({ unitPrice: 'forty' }), 'order.lines.0.unitPrice'],
  ['a unit price with an exponent', withLine({ unitPrice: '4e1' }), 'order.lines.0.unitPrice'],
  ['an amount paid of 61 characters', withLine({ paid: `1${'0'.repeat(60)}` }), 'order.lines.0.paid'],
  ['tags of null', withLine({ tags: null }), 'order.lines.0.tags'],
  ['tags as a number', withLine({ tags: 5 }), 'order.lines.0.tags'],
  ['an unknown tag', withLine({ tags: ['custom', 'gift'] }), 'order.lines.0.tags.1'],
  ['a blank line id in the request', withRequest({ lineId: '  ' }), 'request.lineId'],
  ['a requested quantity of 0', withRequest({ quantity: 0 }), 'request.quantity'],
  ['a requested quantity over a million', withRequest({ quantity: 1_000_001 }), 'request.quantity'],
  ['a request time that is not an instant', withRequest({ requestedAt: 'soon' }), 'request.requestedAt'],
  ['an unknown reason', withRequest({ reason: 'changed_mind' }), 'request.reason'],
  ['an unknown resolution', withRequest({ resolution: 'store_credit' }), 'request.resolution'],
  ['an unknown condition', withRequest({ condition: 'broken' }), 'request.condition'],
  ['a negative count already returned', withRequest({ alreadyReturned: -1 }), 'request.alreadyReturned'],
  ['a fractional count already returned', withRequest({ alreadyReturned: 0.5 }), 'request.alreadyReturned'],
];

describe('evaluateReturn and parseReturnInput: malformed requests get the schema’s issues', () => {
  for (const [name, value, path] of malformed) {
    it(`RET-4: ${name} → ${path === '' ? '(root)' : path}`, () => {
      const schemaIssues = issuesOf(() => parseInput(returnInputSchema, value));
      expect(schemaIssues.map((issue) => issue.path)).toContain(path);
      expect(issuesOf(() => evaluateReturn(value as ReturnInput))).toEqual(schemaIssues);
      expect(issuesOf(() => parseReturnInput(value))).toEqual(schemaIssues);
    });
  }

  it('RET-4: the edges of the schema’s limits are accepted', () => {
    const edges = [
      withOrder({ id: 'x'.repeat(200) }),
      withLine({ quantity: 1_000_000, unitPrice: 0, paid: '0' }),
      { order: { ...validOrder, lines: [{ ...validLine, id: 'L' }] }, request: { ...validRequest, lineId: 'L' } },
      withLine({ unitPrice: `${'9'.repeat(57)}.00` }),
      withRequest({ lineId: ' L1 ', alreadyReturned: 0 }),
    ];
    for (const value of edges) expect(() => parseReturnInput(value)).not.toThrow();
  });

  it('RET-7: an order that was never delivered may leave deliveredAt out; the parsed order leaves it out too', () => {
    const undelivered = { id: validOrder.id, currency: validOrder.currency, placedAt: validOrder.placedAt, lines: validOrder.lines };
    const value = { order: undelivered, request: { ...validRequest, requestedAt: '2026-03-08T15:59:59.999Z' } };
    const parsed = parseReturnInput(value);
    expect(Object.keys(parsed.order)).toEqual(['id', 'currency', 'placedAt', 'lines']);
    expect(parsed.order.lines.map((line) => line.id)).toEqual(['L1', 'L2']);
    // Day 7 after placement (1 March, Shanghai) ends 8 March 23:59:59.999.
    expect(evaluateReturn(value)).toMatchObject({ outcome: 'approve', deadline: '2026-03-08T15:59:59.999Z', refund: { amount: '33.34', currency: 'CNY' } });
  });
});

describe('parseReturnInput: the checks evaluate makes, with the same issues', () => {
  const both = (value: unknown) => {
    const parsed = issuesOf(() => parseReturnInput(value));
    expect(issuesOf(() => evaluateReturn(value as ReturnInput))).toEqual(parsed);
    return parsed;
  };

  it('RET-4: an unknown line', () => {
    expect(both(input({ request: { lineId: 'L9' } }))).toEqual([{ path: 'request.lineId', message: 'No line "L9" in the order', code: 'unknown_line' }]);
  });

  it('RET-10: a unit price with more decimals than the currency has is named alone', () => {
    const issues = both(input({ line: { unitPrice: '40.001' } }));
    expect(issues).toEqual([{ path: 'order.lines.0.unitPrice', message: '40.001 has 3 decimal places; CNY allows 2', code: 'invalid_money' }]);
    // Both amounts wrong: both named.
    expect(both(input({ line: { unitPrice: '40.001', paid: 33.333 } })).map((issue) => issue.path)).toEqual(['order.lines.0.unitPrice', 'order.lines.0.paid']);
    // An unknown currency is named at each amount of the line.
    expect(both(input({ order: { currency: 'XXY' } })).map((issue) => [issue.path, issue.code])).toEqual([
      ['order.lines.0.unitPrice', 'invalid_currency'],
      ['order.lines.0.paid', 'invalid_currency'],
    ]);
  });

  it('RET-10: what was paid above price × quantity, by one fen; exactly price × quantity is fine', () => {
    expect(both(input({ line: { paid: '120.01' } }))).toEqual([
      { path: 'order.lines.0.paid', message: 'What was paid for a line cannot exceed its price × quantity', code: 'too_big' },
    ]);
    expect(both(input({ line: { unitPrice: 40, paid: 120.01 } })).map((issue) => issue.code)).toEqual(['too_big']);
    expect(parseReturnInput(input({ line: { paid: '120.00' } })).order.lines[0]?.paid).toBe('120.00');
    expect(parseReturnInput(input({ line: { unitPrice: 40, paid: 120 } })).order.lines[0]?.paid).toBe(120);
  });

  it('RET-4: delivered before the order was placed; delivered at the moment it was placed is fine', () => {
    expect(both(input({ order: { deliveredAt: '2026-03-01T09:59:59.999+08:00' } }))).toEqual([
      { path: 'order.deliveredAt', message: 'Delivered before the order was placed', code: 'invalid_date' },
    ]);
    const atOnce = input({ order: { deliveredAt: cnOrder.placedAt }, request: { requestedAt: cnOrder.placedAt } });
    expect(parseReturnInput(atOnce).order.deliveredAt).toBe(cnOrder.placedAt);
    // Day 1 is 2 March: day 7 = 8 March.
    expect(evaluateReturn(atOnce).deadline).toBe('2026-03-08T15:59:59.999Z');
  });

  it('RET-4: requested before the order was placed; requested at the moment it was placed is fine', () => {
    expect(both(input({ request: { requestedAt: '2026-03-01T09:59:59.999+08:00' } }))).toEqual([
      { path: 'request.requestedAt', message: 'Requested before the order was placed', code: 'invalid_date' },
    ]);
    expect(evaluateReturn(input({ request: { requestedAt: cnOrder.placedAt } })).outcome).toBe('approve');
    // Every issue at once.
    expect(both(input({ order: { deliveredAt: '2026-02-01T00:00:00+08:00' }, request: { lineId: 'L9', requestedAt: '2026-02-01T00:00:00+08:00' } })).map((i) => i.path)).toEqual([
      'request.lineId',
      'order.deliveredAt',
      'request.requestedAt',
    ]);
  });

  it('RET-4: safeParseReturnInput returns the result instead of throwing', () => {
    expect(safeParseReturnInput(input())).toEqual({ ok: true, value: parseReturnInput(input()) });
    const bad = safeParseReturnInput(input({ request: { quantity: 0 } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error).toBeInstanceOf(PolicyInputError);
      expect(bad.error.issues.map((issue) => issue.path.join('.'))).toEqual(['request.quantity']);
    }
  });
});

describe('parsePriceProtectionInput + evaluatePriceProtectionParsed', () => {
  it('RET-6: observed before the purchase; observed at the purchase is fine', () => {
    const bad = { ...claim, observedAt: '2026-06-01T09:59:59.999+08:00' };
    expect(issuesOf(() => parsePriceProtectionInput(bad))).toEqual([{ path: 'observedAt', message: 'Observed before the purchase', code: 'invalid_date' }]);
    expect(issuesOf(() => evaluatePriceProtection(bad))).toEqual(issuesOf(() => parsePriceProtectionInput(bad)));
    expect(parsePriceProtectionInput({ ...claim, observedAt: claim.purchasedAt }).observedAt).toBe(claim.purchasedAt);
  });

  it('RET-6: both prices are checked, every issue at once', () => {
    expect(issuesOf(() => parsePriceProtectionInput({ ...claim, paidUnitPrice: '199.001', currentUnitPrice: '179.001' })).map((issue) => issue.path)).toEqual([
      'paidUnitPrice',
      'currentUnitPrice',
    ]);
    expect(issuesOf(() => parsePriceProtectionInput({ ...claim, currentUnitPrice: '179.001' })).map((issue) => issue.path)).toEqual(['currentUnitPrice']);
  });

  it('RET-6: a stored claim with a bad price, an unknown currency or a corrupted instant throws at its path', () => {
    const returns = createReturnEvaluator(presets.generic);
    const parsed = parsePriceProtectionInput(claim);
    const corrupt = (changes: object) => ({ ...parsed, ...changes }) as unknown as ParsedPriceProtectionInput;
    expect(issuesOf(() => returns.evaluatePriceProtectionParsed(corrupt({ paidUnitPrice: '1.001' }))).map((issue) => issue.path)).toEqual(['paidUnitPrice']);
    expect(issuesOf(() => returns.evaluatePriceProtectionParsed(corrupt({ currentUnitPrice: '1.001' }))).map((issue) => issue.path)).toEqual(['currentUnitPrice']);
    expect(issuesOf(() => returns.evaluatePriceProtectionParsed(corrupt({ currency: 'XXY' }))).map((issue) => issue.code)).toContain('invalid_currency');
    expect(issuesOf(() => returns.evaluatePriceProtectionParsed(corrupt({ purchasedAt: 'soon' }))).map((issue) => issue.path)).toEqual(['purchasedAt']);
    expect(issuesOf(() => returns.evaluatePriceProtectionParsed(corrupt({ observedAt: 'soon' }))).map((issue) => issue.path)).toEqual(['observedAt']);
  });

  it('RET-6: safeParsePriceProtectionInput returns the result instead of throwing', () => {
    expect(safeParsePriceProtectionInput(claim)).toEqual({ ok: true, value: parsePriceProtectionInput(claim) });
    const bad = safeParsePriceProtectionInput({ ...claim, observedAt: 'yesterday' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues.map((issue) => issue.path.join('.'))).toEqual(['observedAt']);
  });
});
