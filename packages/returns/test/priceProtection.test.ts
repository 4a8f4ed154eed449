import { explain, PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import {
  createReturnEvaluator,
  defineReturnPolicy,
  evaluatePriceProtection,
  presets,
  safeEvaluatePriceProtection,
  type PriceProtectionInput,
} from '../src/index.js';
import { claim, issuePaths, plus } from './fixtures.js';


/** The same claim in New York, in USD. */
const usClaim: PriceProtectionInput = { ...claim, purchasedAt: '2026-06-01T10:00:00-04:00', observedAt: '2026-06-05T09:00:00-04:00', currency: 'USD' };

describe('RET-6: price protection', () => {
  it('RET-6: a drop within the period refunds (paid − current) × quantity', () => {
    const decision = evaluatePriceProtection(claim);
    expect(decision).toMatchObject({ eligible: true, refund: { amount: '40.00', currency: 'CNY' } });
    expect(decision.reasons).toEqual([expect.objectContaining({ code: 'PRICE_PROTECTION_REFUND', clause: 'RET-6' })]);
    // (19.99 − 17.49) × 3 = 7.50; (10.00 − 9.99) × 1000 = 10.00
    expect(evaluatePriceProtection({ ...claim, paidUnitPrice: '19.99', currentUnitPrice: '17.49', quantity: 3 }).refund).toEqual({ amount: '7.50', currency: 'CNY' });
    expect(evaluatePriceProtection({ ...claim, paidUnitPrice: 10, currentUnitPrice: '9.99', quantity: 1000 }).refund).toEqual({ amount: '10.00', currency: 'CNY' });
    // A drop to zero refunds everything paid.
    expect(evaluatePriceProtection({ ...claim, currentUnitPrice: '0' }).refund).toEqual({ amount: '398.00', currency: 'CNY' });
  });

  // Period: day 1 is the day after purchase in the store's zone; it ends at the last millisecond of its last day.
  const periods: [name: string, policy: typeof presets.generic, base: PriceProtectionInput, last: string][] = [
    ['generic, 7 days (8 June 23:59:59.999 Shanghai)', presets.generic, claim, '2026-06-08T15:59:59.999Z'],
    ['douyinShop, 15 days (16 June 23:59:59.999 Shanghai)', presets.douyinShop, claim, '2026-06-16T15:59:59.999Z'],
    ['usStore, 14 days (15 June 23:59:59.999 EDT)', presets.usStore, usClaim, '2026-06-16T03:59:59.999Z'],
    // Bought 28 February 10:00 EST: day 14 = 14 March, after DST began on 8 March (EDT).
    ['usStore across DST, 14 days (14 March 23:59:59.999 EDT)', presets.usStore, { ...usClaim, purchasedAt: '2026-02-28T10:00:00-05:00' }, '2026-03-15T03:59:59.999Z'],
  ];
  for (const [name, policy, base, last] of periods) {
    it(`RET-6: ${name}: the last millisecond is inside, the next is not`, () => {
      const inside = evaluatePriceProtection({ ...base, observedAt: last }, policy);
      expect(inside).toMatchObject({ eligible: true, deadline: last, refund: { amount: '40.00', currency: base.currency } });
      const after = evaluatePriceProtection({ ...base, observedAt: plus(last, 1) }, policy);
      expect(after).toMatchObject({ eligible: false, deadline: last, refund: { amount: '0.00', currency: base.currency } });
      expect(after.reasons).toEqual([expect.objectContaining({ code: 'PRICE_PROTECTION_EXPIRED', clause: 'RET-6' })]);
    });
  }

  it('RET-6: no drop, or a rise, is not eligible', () => {
    for (const currentUnitPrice of ['199.00', '199.01', '250']) {
      const decision = evaluatePriceProtection({ ...claim, currentUnitPrice });
      expect(decision).toMatchObject({ eligible: false, refund: { amount: '0.00', currency: 'CNY' } });
      expect(decision.reasons).toEqual([expect.objectContaining({ code: 'PRICE_PROTECTION_NO_DROP', clause: 'RET-6' })]);
    }
    // One cent lower is a drop.
    expect(evaluatePriceProtection({ ...claim, currentUnitPrice: '198.99' }).refund).toEqual({ amount: '0.02', currency: 'CNY' });
  });

  it('RET-6: a policy without price protection refunds nothing', () => {
    const policy = defineReturnPolicy({ priceProtection: { enabled: false } });
    const decision = evaluatePriceProtection(claim, policy);
    expect(decision).toEqual({
      eligible: false,
      refund: { amount: '0.00', currency: 'CNY' },
      deadline: null,
      reasons: [expect.objectContaining({ code: 'PRICE_PROTECTION_DISABLED', clause: 'RET-6' })],
    });
  });

  it('RET-6: a period of no limit never expires', () => {
    const policy = defineReturnPolicy({ priceProtection: { window: { length: null, unit: 'calendar_days' } } });
    expect(evaluatePriceProtection({ ...claim, observedAt: '2031-01-01T00:00:00Z' }, policy)).toMatchObject({ eligible: true, deadline: null });
  });

  it('RET-6: reasons in the store locale, explain switches them', () => {
    const zh = evaluatePriceProtection(claim);
    expect(zh.reasons[0]?.message).toContain('2026-06-08 23:59:59');
    const en = evaluatePriceProtection(claim, presets.generic, { locale: 'en-US' });
    expect(en.reasons[0]?.message).toMatch(/protection period/u);
    expect(explain(zh, 'en-US')).toEqual(en);
    expect(evaluatePriceProtection(usClaim, presets.usStore).reasons[0]?.message).toMatch(/protection period/u);
    expect(JSON.parse(JSON.stringify(zh))).toEqual(zh);
  });

  it('RET-6: createReturnEvaluator decides claims as evaluatePriceProtection does', () => {
    expect(createReturnEvaluator(presets.douyinShop).evaluatePriceProtection(claim)).toEqual(evaluatePriceProtection(claim, presets.douyinShop));
  });
});

describe('RET-6: bad claims → PolicyInputError', () => {
  it('RET-6: observed before the purchase', () => {
    const bad = { ...claim, observedAt: '2026-06-01T09:59:59.999+08:00' };
    expect(() => evaluatePriceProtection(bad)).toThrow(PolicyInputError);
    expect(issuePaths(() => evaluatePriceProtection(bad))).toContain('observedAt');
    // The purchase instant itself is fine.
    expect(evaluatePriceProtection({ ...claim, observedAt: claim.purchasedAt }).eligible).toBe(true);
  });

  it('RET-6: prices with more decimals than the currency has', () => {
    expect(issuePaths(() => evaluatePriceProtection({ ...claim, paidUnitPrice: '199.001' }))).toContain('paidUnitPrice');
    expect(issuePaths(() => evaluatePriceProtection({ ...claim, currentUnitPrice: 179.005 }))).toContain('currentUnitPrice');
    expect(() => evaluatePriceProtection({ ...claim, currentUnitPrice: '179.005' })).toThrow(PolicyInputError);
  });

  it('RET-6: other bad fields', () => {
    expect(issuePaths(() => evaluatePriceProtection({ ...claim, quantity: 0 }))).toContain('quantity');
    expect(issuePaths(() => evaluatePriceProtection({ ...claim, purchasedAt: '2026-06-01T10:00:00' }))).toContain('purchasedAt');
    expect(issuePaths(() => evaluatePriceProtection({ ...claim, paidUnitPrice: '-1.00' }))).toContain('paidUnitPrice');
    const safe = safeEvaluatePriceProtection({ ...claim, currency: 'XXX' });
    expect(safe.ok).toBe(false);
    if (!safe.ok) expect(safe.error).toBeInstanceOf(PolicyInputError);
  });
});
