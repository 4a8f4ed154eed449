import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { checkPromotion, createCatalogChecker, defineCatalogPolicy, presets, safeCheckPromotion, type PromotionPlan } from '../src/index.js';
import { codes, during, issuePaths, plus, promotion, without } from './fixtures.js';

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const plan = (changes: Partial<PromotionPlan>): PromotionPlan => ({ ...promotion, ...changes });

// The fixture starts 2026-06-10 00:00 Shanghai = 2026-06-09T16:00:00.000Z and ends
// 2026-06-18 23:59:59 Shanghai = 2026-06-18T15:59:59.000Z.
const STARTS = '2026-06-09T16:00:00.000Z';
const ENDS = '2026-06-18T15:59:59.000Z';

describe('LST-6: a complete, approved plan', () => {
  it('LST-6: the fixture is allowed, with the approval recorded', () => {
    expect(checkPromotion(promotion, presets.generic, during)).toEqual({
      allowed: true,
      reasons: [
        {
          code: 'PROMOTION_APPROVED',
          clause: 'LST-6',
          message: '促销方案 P-618 已于 2026-06-03 10:00:00 由 总经理 批准，活动开始前已获批',
          params: { id: 'P-618', by: '总经理', approvedAt: '2026-06-03 10:00:00' },
        },
      ],
    });
    expect(createCatalogChecker(presets.generic).checkPromotion(promotion, during)).toEqual(checkPromotion(promotion, presets.generic, during));
  });

  it('LST-6: every promotion type is accepted (discount, 满减, gift, limited-time, live stream)', () => {
    for (const type of ['discount', 'spend_and_save', 'gift', 'limited_time', 'live_stream'] as const) {
      expect(checkPromotion(plan({ type }), presets.generic, during).allowed, type).toBe(true);
    }
  });

  it('LST-6: usStore reports in en-US and New York time', () => {
    const us = { id: 'BF-26', type: 'discount', startsAt: '2026-11-27T00:00:00-05:00', endsAt: '2026-11-30T23:59:59-05:00', budget: '5000.00', expectedResult: '800 orders', approval: { by: 'Dana', at: '2026-11-20T14:30:00Z' } } as const;
    const check = checkPromotion(us, presets.usStore, { now: '2026-11-28T12:00:00-05:00' });
    expect(check.allowed).toBe(true);
    expect(check.reasons[0]?.message).toBe('Promotion plan BF-26 was approved by Dana at 2026-11-20 09:30:00, before it starts');
  });
});

describe('LST-6: plan completeness', () => {
  it('LST-6: each missing field is reported and refuses the plan', () => {
    for (const field of ['type', 'startsAt', 'endsAt', 'budget', 'expectedResult'] as const) {
      const check = checkPromotion(without(promotion, field) as PromotionPlan, presets.generic, during);
      expect(check.allowed, field).toBe(false);
      expect(check.reasons[0], field).toEqual({ code: 'PROMOTION_FIELD_MISSING', clause: 'LST-6', message: `促销方案缺少：${field}`, params: { field } });
      expect(codes(check), field).toEqual(['PROMOTION_FIELD_MISSING', 'PROMOTION_APPROVED']);
    }
  });

  it('LST-6: a blank expected result is missing; every missing field is reported at once', () => {
    expect(codes(checkPromotion(plan({ expectedResult: '   ' }), presets.generic, during))).toEqual(['PROMOTION_FIELD_MISSING', 'PROMOTION_APPROVED']);
    const bare = checkPromotion({ id: 'P-1' }, presets.generic, during);
    expect(bare.allowed).toBe(false);
    expect(bare.reasons.map((r) => r.params?.field ?? r.code)).toEqual(['type', 'startsAt', 'endsAt', 'budget', 'expectedResult', 'PROMOTION_NOT_APPROVED']);
  });

  it('LST-6: a plan that ends before (or when) it starts is refused', () => {
    for (const endsAt of ['2026-06-09T00:00:00+08:00', STARTS]) {
      const check = checkPromotion(plan({ endsAt }), presets.generic, during);
      expect(check.allowed).toBe(false);
      expect(check.reasons[0]).toEqual({ code: 'PROMOTION_DATES_INVALID', clause: 'LST-6', message: '促销结束时间不晚于开始时间' });
    }
    expect(checkPromotion(plan({ endsAt: plus(STARTS, 1) }), presets.generic, during).allowed).toBe(true);
  });
});

describe('LST-6: approved before it starts', () => {
  it('LST-6: approved exactly at the start is in time', () => {
    const check = checkPromotion(plan({ approval: { by: '总经理', at: STARTS } }), presets.generic, during);
    expect(check.allowed).toBe(true);
    expect(codes(check)).toEqual(['PROMOTION_APPROVED']);
  });

  it('LST-6: approved 1 ms after the start is refused', () => {
    const check = checkPromotion(plan({ approval: { by: '总经理', at: plus(STARTS, 1) } }), presets.generic, during);
    expect(check).toEqual({
      allowed: false,
      reasons: [
        {
          code: 'PROMOTION_APPROVED_LATE',
          clause: 'LST-6',
          message: '促销方案批准时间 2026-06-10 00:00:00 晚于开始时间 2026-06-10 00:00:00',
          params: { approvedAt: '2026-06-10 00:00:00', startsAt: '2026-06-10 00:00:00' },
        },
      ],
    });
  });

  it('LST-6: no approval is refused', () => {
    for (const approval of [undefined, null]) {
      expect(checkPromotion(plan({ approval }), presets.generic, during)).toEqual({
        allowed: false,
        reasons: [{ code: 'PROMOTION_NOT_APPROVED', clause: 'LST-6', message: '促销方案未获批准，不得执行' }],
      });
    }
  });
});

describe('LST-6: the floor price', () => {
  it('LST-6: an item floorPrice: at the floor allowed, one cent below refused', () => {
    expect(checkPromotion(plan({ items: [{ sku: 'TEA-250', price: '80.00', floorPrice: '80.00' }] }), presets.generic, during).allowed).toBe(true);
    const below = checkPromotion(plan({ items: [{ sku: 'TEA-250', price: '79.99', floorPrice: '80.00' }] }), presets.generic, during);
    expect(below.allowed).toBe(false);
    expect(below.reasons[1]).toEqual({
      code: 'PROMOTION_BELOW_FLOOR',
      clause: 'LST-6',
      message: 'TEA-250 促销价 ¥79.99 低于底价 ¥80.00',
      params: { sku: 'TEA-250', price: cny('79.99'), floor: cny('80.00') },
    });
  });

  it('LST-6: without a floorPrice, the floor is cost × (1 + 0 %) in the presets: at cost allowed, 1 cent below refused', () => {
    expect(presets.generic.promotion.minMarginPercent).toBe(0);
    expect(checkPromotion(plan({ items: [{ sku: 'A', price: '50.00', cost: '50.00' }] }), presets.generic, during).allowed).toBe(true);
    const below = checkPromotion(plan({ items: [{ sku: 'A', price: '49.99', cost: '50.00' }] }), presets.generic, during);
    expect(below.allowed).toBe(false);
    expect(below.reasons[1]?.params).toEqual({ sku: 'A', price: cny('49.99'), floor: cny('50.00') });
  });

  it('LST-6: minMarginPercent 15: cost 40.00 → floor 46.00; 46.00 allowed, 45.99 refused', () => {
    const margin15 = defineCatalogPolicy({ promotion: { minMarginPercent: 15 } });
    expect(checkPromotion(plan({ items: [{ sku: 'A', price: '46.00', cost: '40.00' }] }), margin15, during).allowed).toBe(true);
    const below = checkPromotion(plan({ items: [{ sku: 'A', price: '45.99', cost: '40.00' }] }), margin15, during);
    expect(below.allowed).toBe(false);
    expect(below.reasons[1]?.params).toEqual({ sku: 'A', price: cny('45.99'), floor: cny('46.00') });
  });

  it('LST-6: a floor between cents (cost 10.01 × 1.15 = 11.5115): 11.51 refused, shown as floor 11.52; 11.52 allowed', () => {
    const margin15 = defineCatalogPolicy({ promotion: { minMarginPercent: 15 } });
    const below = checkPromotion(plan({ items: [{ sku: 'A', price: '11.51', cost: '10.01' }] }), margin15, during);
    expect(below.allowed).toBe(false);
    expect(below.reasons[1]?.params).toEqual({ sku: 'A', price: cny('11.51'), floor: cny('11.52') });
    expect(checkPromotion(plan({ items: [{ sku: 'A', price: '11.52', cost: '10.01' }] }), margin15, during).allowed).toBe(true);
  });

  it('LST-6: a floorPrice wins over the cost; minMarginPercent null leaves cost unchecked; each item is checked', () => {
    expect(checkPromotion(plan({ items: [{ sku: 'A', price: '30.00', cost: '50.00', floorPrice: '25.00' }] }), presets.generic, during).allowed).toBe(true);
    const noMargin = defineCatalogPolicy({ promotion: { minMarginPercent: null } });
    expect(checkPromotion(plan({ items: [{ sku: 'A', price: '1.00', cost: '50.00' }] }), noMargin, during).allowed).toBe(true);
    const two = checkPromotion(
      plan({ items: [{ sku: 'A', price: '9.99', floorPrice: '10' }, { sku: 'B', price: '20' }, { sku: 'C', price: 4.99, cost: 5 }] }),
      presets.generic,
      during,
    );
    expect(two.reasons.filter((r) => r.code === 'PROMOTION_BELOW_FLOOR').map((r) => r.params?.sku)).toEqual(['A', 'C']);
  });
});

describe('LST-6: reviewed after it ends', () => {
  it('LST-6: once now is after the end, the review is due (allowed unchanged)', () => {
    const after = checkPromotion(promotion, presets.generic, { now: plus(ENDS, 1) });
    expect(after.allowed).toBe(true);
    expect(after.reasons[1]).toEqual({
      code: 'PROMOTION_REVIEW_DUE',
      clause: 'LST-6',
      message: '促销已于 2026-06-18 23:59:59 结束，须进行活动总结',
      params: { endsAt: '2026-06-18 23:59:59' },
    });
    expect(codes(checkPromotion(promotion, presets.generic, { now: ENDS }))).toEqual(['PROMOTION_APPROVED']);
    expect(codes(checkPromotion(promotion, presets.generic, during))).toEqual(['PROMOTION_APPROVED']);
  });
});

describe('LST-6: malformed input', () => {
  it('LST-6: an unknown type, an instant without an offset, an unknown key', () => {
    expect(() => checkPromotion(plan({ type: 'raffle' as never }), presets.generic, during)).toThrow(PolicyInputError);
    expect(issuePaths(() => checkPromotion(plan({ type: 'raffle' as never }), presets.generic, during))).toEqual(['plan.type']);
    expect(issuePaths(() => checkPromotion(plan({ startsAt: '2026-06-10 00:00' }), presets.generic, during))).toEqual(['plan.startsAt']);
    expect(issuePaths(() => checkPromotion({ ...promotion, channel: 'douyin' } as unknown as PromotionPlan, presets.generic, during))).toEqual(['plan.channel']);
    expect(issuePaths(() => checkPromotion(plan({ approval: { by: '', at: STARTS } }), presets.generic, during))).toEqual(['plan.approval.by']);
    expect(issuePaths(() => checkPromotion(plan({ budget: '-1' }), presets.generic, during))).toEqual(['plan.budget']);
  });

  it('LST-6: item prices with too many decimals, each with its path', () => {
    expect(issuePaths(() => checkPromotion(plan({ items: [{ sku: 'A', price: '9.999', cost: '5' }, { sku: 'B', price: '9', floorPrice: '8.001' }] }), presets.generic, during)))
      .toEqual(['plan.items.0.price', 'plan.items.1.floorPrice']);
    expect(issuePaths(() => checkPromotion(plan({ items: [{ sku: 'A', price: '9', cost: 5.005 }] }), presets.generic, during))).toEqual(['plan.items.0.cost']);
  });

  // Fails against src/createCatalogChecker.ts checkPromotion: `budget` is money but is never read
  // with readMoney, so an amount with more decimals than CNY has is accepted silently (the API
  // contract: such a number is an input error, not a silent rounding).
  it('LST-6: a budget with more decimals than the currency has is an input error', () => {
    expect(issuePaths(() => checkPromotion(plan({ budget: '20000.005' }), presets.generic, during))).toEqual(['plan.budget']);
  });

  it('LST-6: safeCheckPromotion returns the error', () => {
    const result = safeCheckPromotion(plan({ endsAt: 'soon' }), presets.generic, during);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(PolicyInputError);
  });
});

describe('LST-6: what counts as stated, and the dates', () => {
  it('LST-6: a budget given as a number (zero included) is stated', () => {
    for (const budget of [20000, 0, '0']) {
      expect(codes(checkPromotion(plan({ budget }), presets.generic, during)), String(budget)).toEqual(['PROMOTION_APPROVED']);
    }
  });

  it('LST-6: a plan that gives only one of its dates is incomplete, not refused for its dates', () => {
    const noEnd = checkPromotion(without(promotion, 'endsAt') as PromotionPlan, presets.generic, during);
    expect(codes(noEnd)).toEqual(['PROMOTION_FIELD_MISSING', 'PROMOTION_APPROVED']);
    // Whatever the end date, even the Unix epoch.
    const noStart = checkPromotion({ ...(without(promotion, 'startsAt') as PromotionPlan), endsAt: '1970-01-01T00:00:00Z' }, presets.generic, during);
    expect(codes(noStart)).toEqual(['PROMOTION_FIELD_MISSING', 'PROMOTION_APPROVED', 'PROMOTION_REVIEW_DUE']);
  });
});

describe('LST-6: a floor price is the floor as given', () => {
  it('LST-6: the minimum margin applies to cost, never on top of an item’s floorPrice', () => {
    const margin15 = defineCatalogPolicy({ promotion: { minMarginPercent: 15 } });
    expect(checkPromotion(plan({ items: [{ sku: 'A', price: '25.00', floorPrice: '25.00' }] }), margin15, during).allowed).toBe(true);
    const below = checkPromotion(plan({ items: [{ sku: 'A', price: '24.99', floorPrice: '25.00', cost: '10.00' }] }), margin15, during);
    expect(below.allowed).toBe(false);
    expect(below.reasons[1]?.params).toEqual({ sku: 'A', price: cny('24.99'), floor: cny('25.00') });
  });

  it('LST-6: without a minimum margin, a floorPrice still holds and a cost alone sets no floor', () => {
    const noMargin = defineCatalogPolicy({ promotion: { minMarginPercent: null } });
    expect(checkPromotion(plan({ items: [{ sku: 'A', price: '10.00', floorPrice: '10' }] }), noMargin, during).allowed).toBe(true);
    const below = checkPromotion(plan({ items: [{ sku: 'A', price: '9.99', floorPrice: '10', cost: '50' }] }), noMargin, during);
    expect(below.allowed).toBe(false);
    expect(below.reasons[1]?.params).toEqual({ sku: 'A', price: cny('9.99'), floor: cny('10.00') });
    expect(checkPromotion(plan({ items: [{ sku: 'A', price: '0.01', cost: '50' }] }), noMargin, during).allowed).toBe(true);
  });
});
