import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluateReturn, presets, type ReturnInput, type ReturnPolicy } from '../src/index.js';

// Oracles worked out from RET-10 independently of the code: a line's payment P (in cents) over q
// units gives each unit floor(P / q) cents, and the first P mod q units one cent more, so the
// shares of all units add up to P exactly.

const toCents = (amount: string): number => {
  const [whole = '0', fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
};
const fromCents = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** What was paid, in cents, for units [from, from + count) of a line of `units` units paid `paid` cents. */
function shareCents(paid: number, units: number, from: number, count: number): number {
  const base = Math.floor(paid / units);
  const remainder = paid % units;
  let total = 0;
  for (let unit = from; unit < from + count; unit++) total += base + (unit < remainder ? 1 : 0);
  return total;
}

/** A line: quantity, unit price and what was actually paid for it (never above price × quantity), in cents. */
const line = fc
  .record({ quantity: fc.integer({ min: 1, max: 12 }), unitCents: fc.integer({ min: 0, max: 200_000 }), paidRatio: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ quantity, unitCents, paidRatio }) => ({ quantity, unitCents, paidCents: Math.floor(unitCents * quantity * paidRatio) }));

const stores = {
  generic: { policy: presets.generic, currency: 'CNY', placedAt: '2026-03-01T10:00:00+08:00', deliveredAt: '2026-03-03T15:00:00+08:00', inside: '2026-03-05T12:00:00+08:00' },
  usStore: { policy: presets.usStore, currency: 'USD', placedAt: '2026-02-18T09:00:00-05:00', deliveredAt: '2026-02-20T12:00:00-05:00', inside: '2026-03-01T12:00:00-05:00' },
  douyinShop: { policy: presets.douyinShop, currency: 'CNY', placedAt: '2026-03-01T10:00:00+08:00', deliveredAt: '2026-03-03T15:00:00+08:00', inside: '2026-03-05T12:00:00+08:00' },
} as const;
type Store = keyof typeof stores;

function build(
  store: Store,
  l: { quantity: number; unitCents: number; paidCents: number },
  request: Partial<ReturnInput['request']> & { quantity: number },
  tags: ReturnInput['order']['lines'][number]['tags'] = [],
): [ReturnInput, ReturnPolicy] {
  const s = stores[store];
  return [
    {
      order: {
        id: 'SO-P',
        currency: s.currency,
        placedAt: s.placedAt,
        deliveredAt: s.deliveredAt,
        lines: [{ id: 'L1', sku: 'SKU-1', quantity: l.quantity, unitPrice: fromCents(l.unitCents), paid: fromCents(l.paidCents), tags }],
      },
      request: { lineId: 'L1', requestedAt: s.inside, reason: 'no_reason', resolution: 'return_refund', condition: 'intact', ...request },
    },
    s.policy,
  ];
}

const evaluate = (...args: Parameters<typeof build>) => {
  const [input, policy] = build(...args);
  return evaluateReturn(input, policy);
};

/** A line with a split of some of its units: `already` returned before, then `first`, then `second`. */
const split = line.chain((l) =>
  fc
    .integer({ min: 0, max: l.quantity - 1 })
    .chain((already) =>
      fc.integer({ min: 1, max: l.quantity - already }).chain((total) => fc.integer({ min: 0, max: total }).map((first) => ({ l, already, first, second: total - first }))),
    ),
);

describe('RET-10: refund properties', () => {
  test.prop([line.chain((l) => fc.record({ l: fc.constant(l), from: fc.integer({ min: 0, max: l.quantity - 1 }) }).chain(({ l, from }) => fc.record({ l: fc.constant(l), from: fc.constant(from), count: fc.integer({ min: 1, max: l.quantity - from }) }))), fc.constantFrom<Store>('generic', 'usStore', 'douyinShop'), fc.constantFrom('intact' as const, 'opened' as const), fc.constantFrom('no_reason' as const, 'quality_issue' as const, 'wrong_item' as const)])(
    'RET-9, RET-10: refund + restocking fee ≤ what was paid for the units ≤ what was paid for the line',
    ({ l, from, count }, store, condition, reason) => {
      const decision = evaluate(store, l, { quantity: count, alreadyReturned: from, condition, reason });
      const share = shareCents(l.paidCents, l.quantity, from, count);
      const refund = toCents(decision.refund.amount);
      const fee = toCents(decision.restockingFee.amount);
      expect(decision.outcome).toBe('approve');
      expect(refund).toBeGreaterThanOrEqual(0);
      expect(fee).toBeGreaterThanOrEqual(0);
      expect(refund + fee).toBeLessThanOrEqual(share);
      expect(refund + fee).toBeLessThanOrEqual(l.paidCents);
      // No fee → exactly the paid share; with a fee the two add back up to the share.
      expect(refund + fee).toBe(share);
      if (store !== 'usStore' || condition === 'intact' || reason !== 'no_reason') expect(fee).toBe(0);
    },
  );

  test.prop([split, fc.constantFrom<Store>('generic', 'douyinShop', 'usStore')])(
    'RET-10: two requests refund exactly what one request for both units would',
    ({ l, already, first, second }, store) => {
      fc.pre(first > 0 && second > 0);
      const one = evaluate(store, l, { quantity: first, alreadyReturned: already });
      const two = evaluate(store, l, { quantity: second, alreadyReturned: already + first });
      const both = evaluate(store, l, { quantity: first + second, alreadyReturned: already });
      expect([one.outcome, two.outcome, both.outcome]).toEqual(['approve', 'approve', 'approve']);
      expect(toCents(one.refund.amount) + toCents(two.refund.amount)).toBe(toCents(both.refund.amount));
      expect(toCents(both.refund.amount)).toBe(shareCents(l.paidCents, l.quantity, already, first + second));
    },
  );

  test.prop([split])('RET-9, RET-10: with a restocking fee, splitting a return never refunds more than one request for both', ({ l, already, first, second }) => {
    fc.pre(first > 0 && second > 0);
    const opened = { condition: 'opened' as const };
    const one = evaluate('usStore', l, { ...opened, quantity: first, alreadyReturned: already });
    const two = evaluate('usStore', l, { ...opened, quantity: second, alreadyReturned: already + first });
    const both = evaluate('usStore', l, { ...opened, quantity: first + second, alreadyReturned: already });
    expect(toCents(one.refund.amount) + toCents(two.refund.amount)).toBeLessThanOrEqual(toCents(both.refund.amount));
  });

  test('RET-9, RET-10: with a restocking fee, splitting a return never refunds more (a worked case)', () => {
    // 2 units paid 20.06 → 10.03 each. Each alone: fee 15% × 10.03 = 1.5045 → 1.50, refund 8.53; together 17.06.
    // Both at once: fee 15% × 20.06 = 3.009 → 3.01, refund 17.05.
    const l = { quantity: 2, unitCents: 1003, paidCents: 2006 };
    const one = evaluate('usStore', l, { quantity: 1, condition: 'opened' });
    const two = evaluate('usStore', l, { quantity: 1, alreadyReturned: 1, condition: 'opened' });
    const both = evaluate('usStore', l, { quantity: 2, condition: 'opened' });
    expect(both.refund.amount).toBe('17.05');
    expect(toCents(one.refund.amount) + toCents(two.refund.amount)).toBeLessThanOrEqual(toCents(both.refund.amount));
  });

  test.prop([line, fc.constantFrom<Store>('generic', 'douyinShop', 'usStore')])('RET-10: returning every unit one at a time refunds exactly what was paid for the line', (l, store) => {
    let total = 0;
    for (let unit = 0; unit < l.quantity; unit++) {
      const decision = evaluate(store, l, { quantity: 1, alreadyReturned: unit });
      expect(decision.outcome).toBe('approve');
      expect(toCents(decision.refund.amount)).toBe(shareCents(l.paidCents, l.quantity, unit, 1));
      total += toCents(decision.refund.amount);
    }
    expect(total).toBe(l.paidCents);
    // And nothing more once every unit is back.
    expect(evaluate(store, l, { quantity: 1, alreadyReturned: l.quantity }).outcome).toBe('reject');
  });
});

/** Any request at all on a line, at any time from placement to a year after delivery. */
const anyRequest = fc.record({
  store: fc.constantFrom<Store>('generic', 'usStore', 'douyinShop'),
  l: line,
  quantity: fc.integer({ min: 1, max: 14 }),
  alreadyReturned: fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined }),
  after: fc.integer({ min: 0, max: 400 * 86_400_000 }),
  reason: fc.constantFrom('no_reason' as const, 'quality_issue' as const, 'wrong_item' as const, 'damaged_in_transit' as const, 'not_as_described' as const),
  resolution: fc.constantFrom('refund' as const, 'return_refund' as const, 'exchange' as const),
  condition: fc.constantFrom('intact' as const, 'opened' as const, 'used' as const, 'damaged' as const),
  tags: fc.subarray(['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'final_sale', 'hygiene'] as const),
  delivered: fc.boolean(),
  locale: fc.constantFrom(undefined, 'zh-CN' as const, 'en-US' as const),
});

describe('decision properties', () => {
  test.prop([anyRequest])('RET-2, RET-4: every decision is JSON, with a known outcome, eligible exactly when not rejected', (r) => {
    const [input, policy] = build(
      r.store,
      r.l,
      { quantity: r.quantity, alreadyReturned: r.alreadyReturned, reason: r.reason, resolution: r.resolution, condition: r.condition },
      [...r.tags],
    );
    const order = { ...input.order, deliveredAt: r.delivered ? input.order.deliveredAt : null };
    const requestedAt = new Date(Date.parse(stores[r.store].placedAt) + r.after).toISOString();
    const decision = evaluateReturn({ order, request: { ...input.request, requestedAt } }, policy, r.locale === undefined ? undefined : { locale: r.locale });
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(['approve', 'reject', 'review']).toContain(decision.outcome);
    expect(decision.eligible).toBe(decision.outcome !== 'reject');
    expect(decision.reasons.length).toBeGreaterThan(0);
    for (const reason of decision.reasons) expect(reason.clause).toMatch(/^RET-(?:[1-9]|10)$/u);
    const refund = toCents(decision.refund.amount);
    const fee = toCents(decision.restockingFee.amount);
    if (decision.outcome === 'reject' || decision.resolution === 'exchange') expect(refund + fee).toBe(0);
    if (decision.outcome === 'reject') expect(decision.returnShippingPaidBy).toBe('none');
    expect(refund + fee).toBeLessThanOrEqual(r.l.paidCents);
    expect(decision.refund.currency).toBe(input.order.currency);
  });
});
