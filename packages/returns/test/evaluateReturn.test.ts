import { explain, PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import {
  createReturnEvaluator,
  defineReturnPolicy,
  evaluateReturn,
  presets,
  safeEvaluateReturn,
  type ReturnDecision,
  type ReturnReason,
  type ReturnTag,
} from '../src/index.js';
import { clauseOf, cnOrder, codes, input, issuePaths, plus, request, usOrder } from './fixtures.js';

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const usd = (amount: string) => ({ amount, currency: 'USD' });

// Expected instants are worked out by hand from RET-7 / RET-8 / RET-9: day 1 is the local day after
// signing (or placing), and the window closes at the last millisecond of its last local day.

// Signed for 2026-03-03 15:00 Shanghai (UTC+8): day 1 = 4 March, day 7 = 10 March, day 15 = 18 March.
const CN_DAY7_END = '2026-03-10T15:59:59.999Z'; // 2026-03-10 23:59:59.999 +08:00
const CN_DAY8_START = '2026-03-10T16:00:00.000Z'; // 2026-03-11 00:00:00.000 +08:00
const CN_DAY15_END = '2026-03-18T15:59:59.999Z'; // 2026-03-18 23:59:59.999 +08:00
const CN_DAY16_START = '2026-03-18T16:00:00.000Z';

// ---------------------------------------------------------------------------------------------
// RET-7: the no-reason window
// ---------------------------------------------------------------------------------------------

describe('RET-7: the no-reason return window (Asia/Shanghai)', () => {
  it('RET-7: approves on the last millisecond of the 7th day after signing', () => {
    const decision = evaluateReturn(input({ request: { requestedAt: CN_DAY7_END } }));
    expect(decision).toMatchObject({ eligible: true, outcome: 'approve', deadline: CN_DAY7_END });
    expect(clauseOf(decision, 'RETURN_WITHIN_NO_REASON_WINDOW')).toBe('RET-7');
    // The local times in the message are Shanghai wall-clock times.
    expect(decision.reasons.find((r) => r.code === 'RETURN_WITHIN_NO_REASON_WINDOW')?.message).toContain('2026-03-10 23:59:59');
  });

  it('RET-7: rejects on the first millisecond of the 8th day', () => {
    const decision = evaluateReturn(input({ request: { requestedAt: CN_DAY8_START } }));
    expect(decision).toMatchObject({ eligible: false, outcome: 'reject', deadline: CN_DAY7_END, returnShippingPaidBy: 'none' });
    expect(decision.refund).toEqual(cny('0.00'));
    expect(codes(decision)).toContain('RETURN_WINDOW_CLOSED');
    expect(clauseOf(decision, 'RETURN_WINDOW_CLOSED')).toBe('RET-7');
  });

  it('RET-7: the day of signing itself is day 0, taken in Shanghai time, not UTC', () => {
    // Signed 2026-03-04 00:10 in Shanghai (= 3 March 16:10 UTC): day 1 = 5 March, day 7 = 11 March.
    const order = { deliveredAt: '2026-03-04T00:10:00+08:00' };
    const last = '2026-03-11T15:59:59.999Z';
    expect(evaluateReturn(input({ order, request: { requestedAt: last } }))).toMatchObject({ outcome: 'approve', deadline: last });
    expect(evaluateReturn(input({ order, request: { requestedAt: '2026-03-11T16:00:00.000Z' } })).outcome).toBe('reject');
    // Signed at 23:30 local on 3 March (still 3 March in Shanghai): the window is the fixture's.
    expect(evaluateReturn(input({ order: { deliveredAt: '2026-03-03T23:30:00+08:00' }, request: { requestedAt: CN_DAY7_END } })).deadline).toBe(CN_DAY7_END);
  });

  it('RET-7: counts from placement when the order was never delivered', () => {
    // Placed 2026-03-01 10:00 Shanghai: day 7 = 8 March.
    const last = '2026-03-08T15:59:59.999Z';
    for (const deliveredAt of [null, undefined]) {
      const order = { deliveredAt };
      expect(evaluateReturn(input({ order, request: { requestedAt: last } }))).toMatchObject({ outcome: 'approve', deadline: last });
      expect(evaluateReturn(input({ order, request: { requestedAt: plus(last, 1) } }))).toMatchObject({ outcome: 'reject', deadline: last });
    }
  });

  it('RET-7: a window of -1 or null days has no limit', () => {
    for (const length of [-1, null]) {
      const policy = defineReturnPolicy({ noReason: { window: { length, unit: 'calendar_days' } } });
      const decision = evaluateReturn(input({ request: { requestedAt: '2030-01-01T00:00:00+08:00' } }), policy);
      expect(decision).toMatchObject({ eligible: true, outcome: 'approve', deadline: null });
      expect(decision.refund).toEqual(cny('33.34'));
    }
  });
});

describe('RET-9, RET-7: windows across a DST change in America/New_York', () => {
  it('RET-9: usStore, 30 days from the day after delivery, ending at local midnight after DST began', () => {
    // Delivered 2026-02-20 12:00 EST: day 1 = 21 Feb, day 30 = 22 March (EDT, UTC−4 since 8 March).
    const last = '2026-03-23T03:59:59.999Z';
    const inside = evaluateReturn(input({ request: { requestedAt: last } }, usOrder), presets.usStore);
    expect(inside).toMatchObject({ eligible: true, outcome: 'approve', deadline: last, returnShippingPaidBy: 'buyer' });
    expect(clauseOf(inside, 'RETURN_US_WINDOW')).toBe('RET-9');
    const outside = evaluateReturn(input({ request: { requestedAt: '2026-03-23T04:00:00.000Z' } }, usOrder), presets.usStore);
    expect(outside).toMatchObject({ eligible: false, outcome: 'reject', deadline: last });
    expect(clauseOf(outside, 'RETURN_US_WINDOW_CLOSED')).toBe('RET-9');
  });

  const nyGeneric = defineReturnPolicy({ store: { timeZone: 'America/New_York', locale: 'en-US', currency: 'USD' } });

  it('RET-7: a generic-law policy in New York, spring forward (EST → EDT)', () => {
    // Delivered 2026-03-05 10:00 EST: day 7 = 12 March, which ends at 23:59:59.999 EDT.
    const order = { deliveredAt: '2026-03-05T10:00:00-05:00' };
    const last = '2026-03-13T03:59:59.999Z';
    expect(evaluateReturn(input({ order, request: { requestedAt: last } }, usOrder), nyGeneric)).toMatchObject({ outcome: 'approve', deadline: last });
    expect(evaluateReturn(input({ order, request: { requestedAt: '2026-03-13T04:00:00.000Z' } }, usOrder), nyGeneric).outcome).toBe('reject');
    // Signed late on 5 March local (already 6 March in UTC): still day 0 is 5 March.
    const late = { deliveredAt: '2026-03-05T22:30:00-05:00' };
    expect(evaluateReturn(input({ order: late, request: { requestedAt: last } }, usOrder), nyGeneric).deadline).toBe(last);
  });

  it('RET-7: a generic-law policy in New York, fall back (EDT → EST)', () => {
    // Delivered 2026-10-28 10:00 EDT: day 7 = 4 November, after DST ended on 1 November (UTC−5).
    const order = { placedAt: '2026-10-26T09:00:00-04:00', deliveredAt: '2026-10-28T10:00:00-04:00' };
    const last = '2026-11-05T04:59:59.999Z';
    expect(evaluateReturn(input({ order, request: { requestedAt: last } }, usOrder), nyGeneric)).toMatchObject({ outcome: 'approve', deadline: last });
    expect(evaluateReturn(input({ order, request: { requestedAt: '2026-11-05T05:00:00.000Z' } }, usOrder), nyGeneric).outcome).toBe('reject');
  });
});

// ---------------------------------------------------------------------------------------------
// RET-7: exclusions, every tag × every reason
// ---------------------------------------------------------------------------------------------

const tags: ReturnTag[] = ['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'final_sale', 'hygiene'];
const reasons: ReturnReason[] = ['no_reason', 'quality_issue', 'wrong_item', 'damaged_in_transit', 'not_as_described'];

describe('RET-7: exclusions apply to no-reason returns only', () => {
  for (const tag of tags) {
    for (const reason of reasons) {
      const excluded = reason === 'no_reason' && tag !== 'sealed_media';
      it(`RET-7: ${tag} × ${reason} (intact) → ${excluded ? 'rejected' : 'approved'}`, () => {
        const decision = evaluateReturn(input({ line: { tags: [tag] }, request: { reason } }));
        expect(decision.outcome).toBe(excluded ? 'reject' : 'approve');
        expect(decision.eligible).toBe(!excluded);
        if (excluded) {
          expect(clauseOf(decision, 'RETURN_EXCLUDED_TAG')).toBe('RET-7');
          expect(decision.refund).toEqual(cny('0.00'));
        } else {
          expect(codes(decision)).not.toContain('RETURN_EXCLUDED_TAG');
          expect(decision.refund).toEqual(cny('33.34'));
        }
      });
    }
    it(`RET-7: ${tag} × every seller-fault reason, opened → approved`, () => {
      for (const reason of reasons.filter((r) => r !== 'no_reason')) {
        expect(evaluateReturn(input({ line: { tags: [tag] }, request: { reason, condition: 'opened' } })).outcome).toBe('approve');
      }
    });
  }

  it('RET-7: sealed media is excluded only once it is no longer intact', () => {
    const opened = evaluateReturn(input({ line: { tags: ['sealed_media'] }, request: { condition: 'opened' } }));
    expect(opened.outcome).toBe('reject');
    expect(clauseOf(opened, 'RETURN_EXCLUDED_TAG')).toBe('RET-7');
    expect(evaluateReturn(input({ line: { tags: ['sealed_media'] }, request: { condition: 'intact' } })).outcome).toBe('approve');
  });

  it('RET-9: the US store excludes custom, perishable, digital, opened sealed media, hygiene and final sale', () => {
    const at = { requestedAt: '2026-03-01T10:00:00-05:00' };
    for (const tag of ['custom', 'perishable', 'digital', 'hygiene', 'final_sale'] as const) {
      const decision = evaluateReturn(input({ line: { tags: [tag] }, request: at }, usOrder), presets.usStore);
      expect(decision.outcome).toBe('reject');
      expect(clauseOf(decision, 'RETURN_EXCLUDED_TAG_US')).toBe('RET-9');
      expect(evaluateReturn(input({ line: { tags: [tag] }, request: { ...at, reason: 'quality_issue' } }, usOrder), presets.usStore).outcome).toBe('approve');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// RET-7 / RET-9: condition
// ---------------------------------------------------------------------------------------------

describe('RET-7: condition of the goods (generic)', () => {
  it('RET-7: intact and opened-to-inspect goods count as 完好', () => {
    for (const condition of ['intact', 'opened'] as const) {
      const decision = evaluateReturn(input({ request: { condition } }));
      expect(decision).toMatchObject({ outcome: 'approve', eligible: true });
      expect(clauseOf(decision, 'RETURN_GOODS_INTACT')).toBe('RET-7');
      expect(decision.restockingFee).toEqual(cny('0.00'));
      expect(decision.refund).toEqual(cny('33.34'));
    }
  });

  it('RET-7: used goods are rejected', () => {
    const decision = evaluateReturn(input({ request: { condition: 'used' } }));
    expect(decision).toMatchObject({ outcome: 'reject', eligible: false, returnShippingPaidBy: 'none' });
    expect(clauseOf(decision, 'RETURN_USED_REJECTED')).toBe('RET-7');
  });

  it('RET-7: damaged goods are rejected', () => {
    const decision = evaluateReturn(input({ request: { condition: 'damaged' } }));
    expect(decision).toMatchObject({ outcome: 'reject', eligible: false });
    expect(clauseOf(decision, 'RETURN_DAMAGED_REJECTED')).toBe('RET-7');
  });
});

describe('RET-9: condition of the goods (usStore)', () => {
  const at = { requestedAt: '2026-03-01T10:00:00-05:00' };

  it('RET-9: intact goods are refunded in full', () => {
    const decision = evaluateReturn(input({ request: at }, usOrder), presets.usStore);
    expect(decision).toMatchObject({ outcome: 'approve', returnShippingPaidBy: 'buyer' });
    expect(decision.refund).toEqual(usd('33.34'));
    expect(decision.restockingFee).toEqual(usd('0.00'));
    expect(clauseOf(decision, 'RETURN_CONDITION_ACCEPTED')).toBe('RET-9');
    expect(clauseOf(decision, 'RETURN_BUYER_PAYS_SHIPPING_STORE_POLICY')).toBe('RET-2');
  });

  it('RET-9: opened goods carry a 15% restocking fee, exactly', () => {
    const cases: [line: 'L1' | 'L2', quantity: number, fee: string, refund: string][] = [
      ['L2', 1, '30.00', '170.00'], // 200.00 × 15% = 30.00
      ['L1', 1, '5.00', '28.34'], // share 33.34 × 15% = 5.001 → 5.00
      ['L1', 2, '10.00', '56.67'], // share 66.67 × 15% = 10.0005 → 10.00
      ['L1', 3, '15.00', '85.00'], // share 100.00 × 15% = 15.00
    ];
    for (const [lineId, quantity, fee, refund] of cases) {
      const decision = evaluateReturn(input({ request: { ...at, lineId, quantity, condition: 'opened' } }, usOrder), presets.usStore);
      expect(decision).toMatchObject({ eligible: true, outcome: 'approve', returnShippingPaidBy: 'buyer' });
      expect(decision.restockingFee).toEqual(usd(fee));
      expect(decision.refund).toEqual(usd(refund));
      expect(clauseOf(decision, 'RETURN_OPENED_RESTOCKING_FEE')).toBe('RET-9');
      expect(clauseOf(decision, 'RETURN_REFUND_PAID_SHARE_LESS_FEE')).toBe('RET-10');
    }
  });

  it('RET-9, RET-4: used goods go to a person (review)', () => {
    const decision = evaluateReturn(input({ request: { ...at, condition: 'used' } }, usOrder), presets.usStore);
    expect(decision).toMatchObject({ eligible: true, outcome: 'review' });
    expect(clauseOf(decision, 'RETURN_USED_REVIEW')).toBe('RET-4');
  });

  it('RET-9: a US store rejects damaged goods under its own policy, not PRC law (RET-7)', () => {
    const decision = evaluateReturn(input({ request: { ...at, condition: 'damaged' } }, usOrder), presets.usStore);
    expect(decision.outcome).toBe('reject');
    // RET-7 is the PRC Consumer Rights Protection Law rule (CN presets only).
    expect(decision.reasons.map((r) => r.clause)).not.toContain('RET-7');
  });

  it('RET-9: defective goods are not charged a restocking fee', () => {
    const decision = evaluateReturn(input({ request: { ...at, reason: 'quality_issue', condition: 'opened' } }, usOrder), presets.usStore);
    expect(decision).toMatchObject({ outcome: 'approve', returnShippingPaidBy: 'seller' });
    expect(decision.restockingFee).toEqual(usd('0.00'));
    expect(decision.refund).toEqual(usd('33.34'));
  });
});

// ---------------------------------------------------------------------------------------------
// RET-2, RET-7, RET-8: who pays the return shipping
// ---------------------------------------------------------------------------------------------

describe('RET-2, RET-7, RET-8: who pays the return shipping', () => {
  it('RET-7: the buyer, for a return without a reason', () => {
    const decision = evaluateReturn(input());
    expect(decision.returnShippingPaidBy).toBe('buyer');
    expect(clauseOf(decision, 'RETURN_BUYER_PAYS_SHIPPING')).toBe('RET-7');
    expect(clauseOf(decision, 'RETURN_INSPECT_ON_RECEIPT')).toBe('RET-3');
    expect(clauseOf(decision, 'RETURN_RECORDED')).toBe('RET-2');
    expect(clauseOf(decision, 'RETURN_REFUND_WITHIN')).toBe('RET-7');
  });

  for (const reason of ['quality_issue', 'wrong_item', 'damaged_in_transit', 'not_as_described'] as const) {
    it(`RET-2, RET-8: the seller, for ${reason}`, () => {
      for (const resolution of ['return_refund', 'exchange'] as const) {
        const decision = evaluateReturn(input({ request: { reason, resolution } }));
        expect(decision).toMatchObject({ outcome: 'approve', returnShippingPaidBy: 'seller' });
        expect(clauseOf(decision, 'RETURN_SELLER_PAYS_SHIPPING')).toBe('RET-2');
      }
    });
  }

  it('RET-8: nobody, for a refund without a return', () => {
    const decision = evaluateReturn(input({ request: { reason: 'quality_issue', resolution: 'refund' } }));
    expect(decision.returnShippingPaidBy).toBe('none');
    expect(codes(decision)).not.toContain('RETURN_SELLER_PAYS_SHIPPING');
  });

  it('RET-7: nobody, when the request is rejected', () => {
    const decision = evaluateReturn(input({ request: { requestedAt: CN_DAY8_START } }));
    expect(decision.returnShippingPaidBy).toBe('none');
    expect(codes(decision)).not.toContain('RETURN_BUYER_PAYS_SHIPPING');
  });

  it('RET-4: a refund without sending the goods back is not offered for a return without a reason', () => {
    const decision = evaluateReturn(input({ request: { resolution: 'refund' } }));
    expect(decision).toMatchObject({ outcome: 'reject', returnShippingPaidBy: 'none' });
    expect(clauseOf(decision, 'RETURN_REFUND_WITHOUT_RETURN_REJECTED')).toBe('RET-4');
  });
});

// ---------------------------------------------------------------------------------------------
// RET-8: quality issues
// ---------------------------------------------------------------------------------------------

describe('RET-8: quality-issue returns (三包)', () => {
  const quality = (requestedAt: string, resolution: 'refund' | 'return_refund' | 'exchange', condition: 'intact' | 'used' = 'intact') =>
    evaluateReturn(input({ request: { reason: 'quality_issue', requestedAt, resolution, condition } }));

  it('RET-8: within 7 days, a return and refund is approved, seller pays, RET-5 follow-up', () => {
    const decision = quality(CN_DAY7_END, 'return_refund');
    expect(decision).toMatchObject({ eligible: true, outcome: 'approve', returnShippingPaidBy: 'seller', deadline: CN_DAY7_END });
    expect(decision.refund).toEqual(cny('33.34'));
    expect(clauseOf(decision, 'RETURN_WITHIN_QUALITY_WINDOW')).toBe('RET-8');
    expect(clauseOf(decision, 'RETURN_QUALITY_FOLLOW_UP')).toBe('RET-5');
  });

  it('RET-8: within 7 days, an exchange is approved with nothing refunded, the exchange window as deadline', () => {
    const decision = quality(CN_DAY7_END, 'exchange');
    expect(decision).toMatchObject({ eligible: true, outcome: 'approve', deadline: CN_DAY15_END, returnShippingPaidBy: 'seller' });
    expect(decision.refund).toEqual(cny('0.00'));
    expect(clauseOf(decision, 'RETURN_EXCHANGE_NO_REFUND')).toBe('RET-8');
  });

  it('RET-8, RET-4: within 7 days, a refund without a return goes to review', () => {
    const decision = quality('2026-03-05T10:00:00+08:00', 'refund');
    expect(decision).toMatchObject({ eligible: true, outcome: 'review', returnShippingPaidBy: 'none' });
    expect(clauseOf(decision, 'RETURN_REFUND_WITHOUT_RETURN_REVIEW')).toBe('RET-4');
  });

  it('RET-8: day 8 to 15, a refund is rejected but an exchange approved', () => {
    for (const at of [CN_DAY8_START, CN_DAY15_END]) {
      const refund = quality(at, 'return_refund');
      expect(refund).toMatchObject({ eligible: false, outcome: 'reject', refund: cny('0.00'), returnShippingPaidBy: 'none' });
      expect(clauseOf(refund, 'RETURN_EXCHANGE_ONLY')).toBe('RET-8');
      const exchange = quality(at, 'exchange');
      expect(exchange).toMatchObject({ eligible: true, outcome: 'approve', deadline: CN_DAY15_END, returnShippingPaidBy: 'seller' });
      expect(clauseOf(exchange, 'RETURN_EXCHANGE_ONLY')).toBe('RET-8');
    }
  });

  it('RET-8: after 15 days, rejected whatever is asked', () => {
    for (const resolution of ['refund', 'return_refund', 'exchange'] as const) {
      const decision = quality(CN_DAY16_START, resolution);
      expect(decision).toMatchObject({ eligible: false, outcome: 'reject', deadline: CN_DAY15_END });
      expect(clauseOf(decision, 'RETURN_QUALITY_WINDOW_CLOSED')).toBe('RET-8');
    }
  });

  it('RET-8, RET-4: a used item claimed defective goes to review', () => {
    const decision = quality(CN_DAY7_END, 'return_refund', 'used');
    expect(decision).toMatchObject({ eligible: true, outcome: 'review' });
    expect(clauseOf(decision, 'RETURN_USED_DEFECT_REVIEW')).toBe('RET-4');
  });
});

// ---------------------------------------------------------------------------------------------
// RET-10: refund amounts
// ---------------------------------------------------------------------------------------------

describe('RET-10: the refund is what was paid for the returned units', () => {
  // L1: 3 units, 100.00 paid → unit shares 33.34, 33.33, 33.33 (the odd cent to the first unit).
  const cases: [quantity: number, alreadyReturned: number | undefined, refund: string][] = [
    [1, undefined, '33.34'],
    [1, 0, '33.34'],
    [1, 1, '33.33'],
    [1, 2, '33.33'],
    [2, 0, '66.67'],
    [2, 1, '66.66'],
    [3, 0, '100.00'],
  ];
  for (const [quantity, alreadyReturned, refund] of cases) {
    it(`RET-10: ${quantity} unit(s) after ${alreadyReturned ?? 0} returned → ${refund}`, () => {
      const decision = evaluateReturn(input({ request: { quantity, alreadyReturned } }));
      expect(decision).toMatchObject({ eligible: true, outcome: 'approve' });
      expect(decision.refund).toEqual(cny(refund));
      expect(decision.restockingFee).toEqual(cny('0.00'));
      expect(clauseOf(decision, 'RETURN_REFUND_PAID_SHARE')).toBe('RET-10');
    });
  }

  it('RET-10: a line paid in full refunds its price', () => {
    expect(evaluateReturn(input({ request: { lineId: 'L2' } })).refund).toEqual(cny('59.99'));
  });

  it('RET-10: more than is still returnable is rejected', () => {
    for (const [quantity, alreadyReturned] of [
      [4, 0],
      [3, 1],
      [2, 2],
      [1, 3],
    ] as const) {
      const decision = evaluateReturn(input({ request: { quantity, alreadyReturned } }));
      expect(decision).toMatchObject({ eligible: false, outcome: 'reject', refund: cny('0.00'), restockingFee: cny('0.00') });
      const reason = decision.reasons.find((r) => r.code === 'RETURN_QUANTITY_EXCEEDS');
      expect(reason?.clause).toBe('RET-10');
      expect(reason?.params).toMatchObject({ quantity, returnable: 3 - alreadyReturned, purchased: 3, alreadyReturned });
    }
  });

  it('RET-8: an exchange refunds nothing', () => {
    const decision = evaluateReturn(input({ request: { resolution: 'exchange' } }));
    expect(decision).toMatchObject({ outcome: 'approve', refund: cny('0.00'), restockingFee: cny('0.00') });
  });

  it('RET-7: a rejection refunds nothing', () => {
    const decision = evaluateReturn(input({ request: { condition: 'used' } }));
    expect(decision).toMatchObject({ outcome: 'reject', refund: cny('0.00'), restockingFee: cny('0.00') });
  });
});

// ---------------------------------------------------------------------------------------------
// Locale, explain, JSON
// ---------------------------------------------------------------------------------------------

describe('reasons in the store locale', () => {
  it('RET-2: zh-CN by default, en-US with usStore or the context', () => {
    const recorded = (decision: ReturnDecision) => decision.reasons.find((r) => r.code === 'RETURN_RECORDED')?.message;
    expect(recorded(evaluateReturn(input()))).toBe('申请已登记并跟踪处理');
    expect(recorded(evaluateReturn(input({ request: { requestedAt: '2026-03-01T10:00:00-05:00' } }, usOrder), presets.usStore))).toBe(
      'The request is recorded and tracked',
    );
    expect(recorded(evaluateReturn(input(), presets.generic, { locale: 'en-US' }))).toBe('The request is recorded and tracked');
  });

  it('RET-7, RET-8, RET-9: explain re-renders a decision in the other locale as evaluating in it would', () => {
    const requests = [
      input(),
      input({ request: { requestedAt: CN_DAY8_START } }),
      input({ line: { tags: ['custom', 'hygiene'] } }),
      input({ request: { reason: 'quality_issue', requestedAt: CN_DAY8_START, resolution: 'exchange' } }),
      input({ request: { quantity: 5 } }),
    ];
    for (const request of requests) {
      const zh = evaluateReturn(request);
      const en = evaluateReturn(request, presets.generic, { locale: 'en-US' });
      expect(en.reasons.map((r) => r.message)).not.toEqual(zh.reasons.map((r) => r.message));
      expect(explain(zh, 'en-US')).toEqual(en);
      expect(explain(en, 'zh-CN')).toEqual(zh);
    }
    const us = input({ request: { requestedAt: '2026-03-01T10:00:00-05:00', condition: 'opened' } }, usOrder);
    expect(explain(evaluateReturn(us, presets.usStore), 'zh-CN')).toEqual(evaluateReturn(us, presets.usStore, { locale: 'zh-CN' }));
  });

  it('RET-2: decisions survive a JSON round trip', () => {
    const decisions = [
      evaluateReturn(input()),
      evaluateReturn(input({ request: { requestedAt: CN_DAY8_START } })),
      evaluateReturn(input({ request: { reason: 'quality_issue', resolution: 'refund' } })),
      evaluateReturn(input({ line: { tags: ['digital'] } })),
      evaluateReturn(input({ request: { requestedAt: '2026-03-01T10:00:00-05:00', condition: 'opened' } }, usOrder), presets.usStore),
      evaluateReturn(input(), defineReturnPolicy({ noReason: { window: { length: null, unit: 'calendar_days' } } })),
    ];
    for (const decision of decisions) expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  });
});

// ---------------------------------------------------------------------------------------------
// Input errors
// ---------------------------------------------------------------------------------------------

describe('bad input → PolicyInputError with the path', () => {
  const cases: [name: string, bad: () => Parameters<typeof evaluateReturn>[0], path: string][] = [
    ['an unknown line', () => input({ request: { lineId: 'L9' } }), 'request.lineId'],
    ['paid with 3 decimals', () => input({ line: { paid: '33.333' } }), 'order.lines.0.paid'],
    ['paid as a number with 3 decimals', () => input({ line: { paid: 33.333 } }), 'order.lines.0.paid'],
    ['an instant without an offset', () => input({ order: { placedAt: '2026-03-01T10:00:00' } }), 'order.placedAt'],
    ['a request instant without an offset', () => input({ request: { requestedAt: '2026-03-04 10:00' } }), 'request.requestedAt'],
    ['paid above unit price × quantity', () => input({ line: { paid: '120.01' } }), 'order.lines.0.paid'],
    ['requested before the order was placed', () => input({ request: { requestedAt: '2026-03-01T09:59:59.999+08:00' } }), 'request.requestedAt'],
    ['an unknown tag', () => input({ line: { tags: ['gift' as ReturnTag] } }), 'order.lines.0.tags.0'],
    ['an unknown reason', () => input({ request: { reason: 'changed_mind' as ReturnReason } }), 'request.reason'],
    ['a zero quantity', () => input({ request: { quantity: 0 } }), 'request.quantity'],
  ];
  for (const [name, bad, path] of cases) {
    it(`RET-4: ${name} → ${path}`, () => {
      const value = bad();
      expect(() => evaluateReturn(value)).toThrow(PolicyInputError);
      expect(issuePaths(() => evaluateReturn(value))).toContain(path);
    });
  }

  it('RET-10: paid exactly unit price × quantity is accepted', () => {
    expect(evaluateReturn(input({ line: { paid: '120.00' } })).refund).toEqual(cny('40.00'));
  });

  it('RET-4: safeEvaluateReturn returns the error instead of throwing', () => {
    const ok = safeEvaluateReturn(input());
    expect(ok).toEqual({ ok: true, value: evaluateReturn(input()) });
    const bad = safeEvaluateReturn(input({ request: { lineId: 'nope' } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error).toBeInstanceOf(PolicyInputError);
      expect(bad.error.issues.map((i) => i.path)).toContainEqual(['request', 'lineId']);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Evaluators and policies
// ---------------------------------------------------------------------------------------------

describe('createReturnEvaluator and defineReturnPolicy', () => {
  it('RET-1: compiles once per policy and decides as evaluateReturn does', () => {
    const evaluator = createReturnEvaluator(presets.generic);
    expect(createReturnEvaluator(presets.generic)).toBe(evaluator);
    expect(evaluator.policy).toBe(presets.generic);
    expect(evaluator.evaluate(input())).toEqual(evaluateReturn(input()));
    expect(createReturnEvaluator(presets.usStore)).not.toBe(evaluator);
  });

  it('RET-1: a store without no-reason returns rejects them, citing its published policy', () => {
    const policy = defineReturnPolicy({ noReason: { enabled: false } });
    const decision = evaluateReturn(input(), policy);
    expect(decision).toMatchObject({ eligible: false, outcome: 'reject' });
    expect(clauseOf(decision, 'RETURN_NO_REASON_DISABLED')).toBe('RET-1');
    // Quality issues still go through RET-8.
    expect(evaluateReturn(input({ request: { reason: 'quality_issue' } }), policy).outcome).toBe('approve');
  });

  it('RET-2: a store that pays the return shipping of no-reason returns', () => {
    const decision = evaluateReturn(input(), defineReturnPolicy({ noReason: { returnShippingPaidBy: 'seller' } }));
    expect(decision).toMatchObject({ outcome: 'approve', returnShippingPaidBy: 'seller' });
    expect(clauseOf(decision, 'RETURN_SELLER_PAYS_SHIPPING')).toBe('RET-2');
    expect(codes(decision)).not.toContain('RETURN_BUYER_PAYS_SHIPPING');
  });

  it('RET-1, RET-7: a 15-day no-reason window ends with the 15th day after signing', () => {
    const policy = defineReturnPolicy({ noReason: { window: { length: 15, unit: 'calendar_days' } } });
    expect(evaluateReturn(input({ request: { requestedAt: CN_DAY15_END } }), policy)).toMatchObject({ outcome: 'approve', deadline: CN_DAY15_END });
    expect(evaluateReturn(input({ request: { requestedAt: CN_DAY16_START } }), policy)).toMatchObject({ outcome: 'reject', deadline: CN_DAY15_END });
  });

  it('RET-7: the order fixture is unchanged by evaluating it', () => {
    const copy = structuredClone(cnOrder);
    evaluateReturn({ order: cnOrder, request });
    expect(cnOrder).toEqual(copy);
  });
});
