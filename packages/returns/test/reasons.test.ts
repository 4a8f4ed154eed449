import { describe, expect, it } from 'vitest';
import { createReturnEvaluator, defineReturnPolicy, evaluatePriceProtection, evaluateReturn, presets, type ReturnDecision } from '../src/index.js';
import { claim, codes, input, plus, usOrder } from './fixtures.js';

// Every reason a decision gives, with the numbers it used (RET-2: each request is recorded with the
// steps behind it). Expected values are worked out by hand from the catalog and the fixtures:
// the CN order was signed for 2026-03-03 15:00 Shanghai (07:00 UTC), the US order delivered
// 2026-02-20 12:00 New York (17:00 UTC); day 1 is the local day after, and a window closes at the
// last millisecond of its last local day.

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const usd = (amount: string) => ({ amount, currency: 'USD' });

const CN_START = '2026-03-03T07:00:00.000Z';
const CN_START_LOCAL = '2026-03-03 15:00:00';
const CN_DAY7_END = '2026-03-10T15:59:59.999Z';
const CN_DAY7_END_LOCAL = '2026-03-10 23:59:59';
const CN_DAY8_START = '2026-03-10T16:00:00.000Z';
const CN_DAY15_END = '2026-03-18T15:59:59.999Z';
const CN_DAY15_END_LOCAL = '2026-03-18 23:59:59';
const CN_DAY16_START = '2026-03-18T16:00:00.000Z';

// usStore: 30 days from 21 February = 22 March, ending 23:59:59.999 EDT.
const US_START = '2026-02-20T17:00:00.000Z';
const US_START_LOCAL = '2026-02-20 12:00:00';
const US_DAY30_END = '2026-03-23T03:59:59.999Z';
const US_DAY30_END_LOCAL = '2026-03-22 23:59:59';
const US_INSIDE = '2026-03-01T10:00:00-05:00';

/** The reason of a decision with this code (fails when it is absent). */
function reasonOf(decision: Pick<ReturnDecision, 'reasons'>, code: string) {
  const found = decision.reasons.find((reason) => reason.code === code);
  if (found === undefined) throw new Error(`no ${code} among ${codes(decision).join(', ')}`);
  return found;
}

describe('evaluateReturn: the reasons of a decision, in order', () => {
  it('RET-7, RET-2, RET-3, RET-10: an approved return without a reason, every step with its numbers', () => {
    expect(evaluateReturn(input()).reasons).toEqual([
      {
        code: 'RETURN_WITHIN_NO_REASON_WINDOW',
        clause: 'RET-7',
        message: `在无理由退货期限内申请（${CN_START_LOCAL} 起算，至 ${CN_DAY7_END_LOCAL} 止）`,
        params: { start: CN_START, startLocal: CN_START_LOCAL, deadline: CN_DAY7_END, deadlineLocal: CN_DAY7_END_LOCAL },
      },
      { code: 'RETURN_GOODS_INTACT', clause: 'RET-7', message: '商品完好（为检查而拆封、合理试用不影响完好）' },
      { code: 'RETURN_BUYER_PAYS_SHIPPING', clause: 'RET-7', message: '无理由退货的退回运费由买家承担' },
      { code: 'RETURN_INSPECT_ON_RECEIPT', clause: 'RET-3', message: '退回商品须验收；质量问题反馈供应商' },
      {
        code: 'RETURN_REFUND_PAID_SHARE',
        clause: 'RET-10',
        message: '退款 ¥33.34：1 件商品的实付分摊（该行实付 ¥100.00）',
        params: { refund: cny('33.34'), quantity: 1, linePaid: cny('100.00') },
      },
      { code: 'RETURN_REFUND_WITHIN', clause: 'RET-7', message: '收到退回商品后 7 日内退款', params: { days: 7 } },
      { code: 'RETURN_RECORDED', clause: 'RET-2', message: '申请已登记并跟踪处理' },
    ]);
  });

  it('RET-7: a rejected request gives only the reasons it was rejected for', () => {
    const late = evaluateReturn(input({ request: { requestedAt: CN_DAY8_START } }));
    expect(late.reasons).toEqual([
      {
        code: 'RETURN_WINDOW_CLOSED',
        clause: 'RET-7',
        message: `无理由退货期限已于 ${CN_DAY7_END_LOCAL} 届满`,
        params: { start: CN_START, startLocal: CN_START_LOCAL, deadline: CN_DAY7_END, deadlineLocal: CN_DAY7_END_LOCAL },
      },
      { code: 'RETURN_GOODS_INTACT', clause: 'RET-7', message: '商品完好（为检查而拆封、合理试用不影响完好）' },
    ]);
  });

  it('RET-8, RET-2, RET-5: a quality-issue return in the return window', () => {
    const decision = evaluateReturn(input({ request: { reason: 'quality_issue' } }));
    expect(codes(decision)).toEqual([
      'RETURN_WITHIN_QUALITY_WINDOW',
      'RETURN_SELLER_PAYS_SHIPPING',
      'RETURN_INSPECT_ON_RECEIPT',
      'RETURN_QUALITY_FOLLOW_UP',
      'RETURN_REFUND_PAID_SHARE',
      'RETURN_REFUND_WITHIN',
      'RETURN_RECORDED',
    ]);
    expect(reasonOf(decision, 'RETURN_WITHIN_QUALITY_WINDOW')).toEqual({
      code: 'RETURN_WITHIN_QUALITY_WINDOW',
      clause: 'RET-8',
      message: `在质量问题退货期限内（至 ${CN_DAY7_END_LOCAL} 止），可退货、换货或维修`,
      params: { deadline: CN_DAY7_END, deadlineLocal: CN_DAY7_END_LOCAL },
    });
    expect(reasonOf(decision, 'RETURN_QUALITY_FOLLOW_UP')).toEqual({ code: 'RETURN_QUALITY_FOLLOW_UP', clause: 'RET-5', message: '质量问题商品应评估下架或召回' });
  });

  it('RET-8: an exchange in the return window runs to the end of the exchange window', () => {
    const decision = evaluateReturn(input({ request: { reason: 'wrong_item', resolution: 'exchange', requestedAt: CN_DAY7_END } }));
    expect(decision).toMatchObject({ outcome: 'approve', deadline: CN_DAY15_END });
    expect(codes(decision)).toEqual(['RETURN_WITHIN_QUALITY_WINDOW', 'RETURN_SELLER_PAYS_SHIPPING', 'RETURN_INSPECT_ON_RECEIPT', 'RETURN_EXCHANGE_NO_REFUND', 'RETURN_RECORDED']);
    expect(reasonOf(decision, 'RETURN_WITHIN_QUALITY_WINDOW').params).toEqual({ deadline: CN_DAY15_END, deadlineLocal: CN_DAY15_END_LOCAL });
    expect(reasonOf(decision, 'RETURN_EXCHANGE_NO_REFUND')).toEqual({ code: 'RETURN_EXCHANGE_NO_REFUND', clause: 'RET-8', message: '换货，不退款' });
  });

  it('RET-8: from day 8 to day 15 the reason names both deadlines', () => {
    const expected = {
      code: 'RETURN_EXCHANGE_ONLY',
      clause: 'RET-8',
      message: `已过质量问题退货期限（${CN_DAY7_END_LOCAL}），在换货期限内（至 ${CN_DAY15_END_LOCAL} 止）只可换货或维修`,
      params: { returnDeadline: CN_DAY7_END, returnDeadlineLocal: CN_DAY7_END_LOCAL, deadline: CN_DAY15_END, deadlineLocal: CN_DAY15_END_LOCAL },
    };
    const refund = evaluateReturn(input({ request: { reason: 'quality_issue', requestedAt: CN_DAY8_START } }));
    expect(refund.reasons).toEqual([expected]);
    const exchange = evaluateReturn(input({ request: { reason: 'quality_issue', requestedAt: CN_DAY15_END, resolution: 'exchange' } }));
    expect(exchange.reasons[0]).toEqual(expected);
    expect(exchange.outcome).toBe('approve');
  });

  it('RET-8: after day 15 the reason names the exchange deadline', () => {
    const decision = evaluateReturn(input({ request: { reason: 'quality_issue', requestedAt: CN_DAY16_START, resolution: 'exchange' } }));
    expect(decision.reasons).toEqual([
      {
        code: 'RETURN_QUALITY_WINDOW_CLOSED',
        clause: 'RET-8',
        message: `退换货期限已于 ${CN_DAY15_END_LOCAL} 届满，只可在保修期内维修`,
        params: { deadline: CN_DAY15_END, deadlineLocal: CN_DAY15_END_LOCAL },
      },
    ]);
  });

  it('RET-5: quality problems (a quality issue, not as described) are followed up; a wrong item, transit damage or no reason are not', () => {
    for (const reason of ['quality_issue', 'not_as_described'] as const) {
      expect(codes(evaluateReturn(input({ request: { reason } }))), reason).toContain('RETURN_QUALITY_FOLLOW_UP');
    }
    for (const reason of ['wrong_item', 'damaged_in_transit', 'no_reason'] as const) {
      expect(codes(evaluateReturn(input({ request: { reason } }))), reason).not.toContain('RETURN_QUALITY_FOLLOW_UP');
    }
  });
});

describe('evaluateReturn: condition and exclusion reasons carry what they apply to', () => {
  it('RET-7: used or damaged goods are rejected, naming the condition', () => {
    const used = evaluateReturn(input({ request: { condition: 'used' } }));
    expect(reasonOf(used, 'RETURN_USED_REJECTED')).toEqual({
      code: 'RETURN_USED_REJECTED',
      clause: 'RET-7',
      message: '商品已使用（超出检查和合理试用），不符合无理由退货“商品完好”的条件',
      params: { condition: 'used' },
    });
    expect(reasonOf(evaluateReturn(input({ request: { condition: 'damaged' } })), 'RETURN_DAMAGED_REJECTED').params).toEqual({ condition: 'damaged' });
    const opened = evaluateReturn(input({ request: { condition: 'opened' } }), defineReturnPolicy({ noReason: { opened: 'reject' } }));
    expect(opened.outcome).toBe('reject');
    expect(reasonOf(opened, 'RETURN_OPENED_REJECTED')).toMatchObject({ clause: 'RET-7', params: { condition: 'opened' } });
  });

  it('RET-4: a condition the policy sends to review goes to an operator, naming the condition', () => {
    const policy = defineReturnPolicy({ noReason: { opened: 'review', used: 'review', damaged: 'review' } });
    for (const [condition, code] of [
      ['opened', 'RETURN_OPENED_REVIEW'],
      ['used', 'RETURN_USED_REVIEW'],
      ['damaged', 'RETURN_DAMAGED_REVIEW'],
    ] as const) {
      const decision = evaluateReturn(input({ request: { condition } }), policy);
      expect(decision, condition).toMatchObject({ eligible: true, outcome: 'review', refund: cny('33.34') });
      expect(reasonOf(decision, code)).toMatchObject({ clause: 'RET-4', params: { condition } });
    }
    expect(reasonOf(evaluateReturn(input({ request: { condition: 'used' } }), policy), 'RETURN_USED_REVIEW').message).toBe('商品已使用，是否受理由运营人员判断');
  });

  it('RET-9: the US store rejects a condition its policy does not accept, naming it', () => {
    const decision = evaluateReturn(input({ request: { requestedAt: US_INSIDE, condition: 'damaged' } }, usOrder), presets.usStore);
    expect(decision.outcome).toBe('reject');
    expect(reasonOf(decision, 'RETURN_CONDITION_NOT_ACCEPTED_US')).toEqual({
      code: 'RETURN_CONDITION_NOT_ACCEPTED_US',
      clause: 'RET-9',
      message: "The goods are damaged, which the store's return policy does not accept",
      params: { condition: 'damaged' },
    });
  });

  it('RET-7: the exclusion reason lists the excluded tags of the line, and only those', () => {
    const both = evaluateReturn(input({ line: { tags: ['custom', 'hygiene'] } }));
    expect(reasonOf(both, 'RETURN_EXCLUDED_TAG')).toEqual({
      code: 'RETURN_EXCLUDED_TAG',
      clause: 'RET-7',
      message: '该商品（custom、hygiene）不适用无理由退货；质量问题、发错货或运输损坏仍可申请',
      params: { tag: ['custom', 'hygiene'] },
    });
    // Intact sealed media is not excluded; a tag the policy does not exclude is not listed.
    const policy = defineReturnPolicy({ noReason: { excludedTags: ['custom', 'sealed_media'] } });
    const some = evaluateReturn(input({ line: { tags: ['sealed_media', 'perishable', 'custom'] } }), policy);
    expect(reasonOf(some, 'RETURN_EXCLUDED_TAG').params).toEqual({ tag: ['custom'] });
    expect(evaluateReturn(input({ line: { tags: ['perishable'] } }), policy).outcome).toBe('approve');
    const us = evaluateReturn(input({ line: { tags: ['final_sale'] }, request: { requestedAt: US_INSIDE } }, usOrder), presets.usStore);
    expect(reasonOf(us, 'RETURN_EXCLUDED_TAG_US')).toMatchObject({ clause: 'RET-9', params: { tag: ['final_sale'] } });
  });
});

describe('evaluateReturn: restocking fee and refund reasons', () => {
  it('RET-9, RET-10: the US store charges its fee on opened goods, and says how the refund was reached', () => {
    const decision = evaluateReturn(input({ request: { lineId: 'L2', requestedAt: US_INSIDE, condition: 'opened' } }, usOrder), presets.usStore);
    expect(decision.reasons).toEqual([
      {
        code: 'RETURN_US_WINDOW',
        clause: 'RET-9',
        message: `Requested within the store's return window (until ${US_DAY30_END_LOCAL})`,
        params: { start: US_START, startLocal: US_START_LOCAL, deadline: US_DAY30_END, deadlineLocal: US_DAY30_END_LOCAL },
      },
      { code: 'RETURN_BUYER_PAYS_SHIPPING_STORE_POLICY', clause: 'RET-2', message: "Under the store's policy, the buyer pays the return shipping" },
      { code: 'RETURN_INSPECT_ON_RECEIPT', clause: 'RET-3', message: 'Returned goods are inspected on receipt; quality problems go to the supplier' },
      {
        code: 'RETURN_OPENED_RESTOCKING_FEE',
        clause: 'RET-9',
        message: 'The goods are opened and not defective: a restocking fee of 15% ($30.00) applies',
        params: { condition: 'opened', rate: '15%', fee: usd('30.00') },
      },
      {
        code: 'RETURN_REFUND_PAID_SHARE_LESS_FEE',
        clause: 'RET-10',
        message: "Refund $170.00: what was paid for 1 unit(s), $200.00 of the line's $200.00, less the $30.00 fee",
        params: { refund: usd('170.00'), quantity: 1, paidShare: usd('200.00'), linePaid: usd('200.00'), fee: usd('30.00') },
      },
      { code: 'RETURN_RECORDED', clause: 'RET-2', message: 'The request is recorded and tracked' },
    ]);
    // One unit of L1 (3 units, 100.00 paid): its share is 33.34; 15% of it is 5.001 → 5.00.
    const share = evaluateReturn(input({ request: { requestedAt: US_INSIDE, condition: 'opened' } }, usOrder), presets.usStore);
    expect(reasonOf(share, 'RETURN_REFUND_PAID_SHARE_LESS_FEE').params).toEqual({
      refund: usd('28.34'),
      quantity: 1,
      paidShare: usd('33.34'),
      linePaid: usd('100.00'),
      fee: usd('5.00'),
    });
  });

  it('RET-9: a fee on used or damaged goods names their condition and the rate', () => {
    const policy = defineReturnPolicy({ noReason: { used: 'restocking_fee', damaged: 'restocking_fee', restockingFeeRate: '0.1' } });
    // L2: 59.99 paid; 10% = 5.999 → 6.00.
    for (const [condition, code] of [
      ['used', 'RETURN_USED_RESTOCKING_FEE'],
      ['damaged', 'RETURN_DAMAGED_RESTOCKING_FEE'],
    ] as const) {
      const decision = evaluateReturn(input({ request: { lineId: 'L2', condition } }), policy);
      expect(decision, condition).toMatchObject({ outcome: 'approve', refund: cny('53.99'), restockingFee: cny('6.00') });
      expect(reasonOf(decision, code)).toMatchObject({ clause: 'RET-9', params: { condition, rate: '10%', fee: cny('6.00') } });
      expect(reasonOf(decision, 'RETURN_REFUND_WITHIN').params).toEqual({ days: 7 });
    }
    expect(reasonOf(evaluateReturn(input({ request: { lineId: 'L2', condition: 'used' } }), policy), 'RETURN_USED_RESTOCKING_FEE').message).toBe(
      '商品已使用且无质量问题，收取 10% 的退货手续费 ¥6.00',
    );
  });

  it('RET-7: the refund deadline after receipt is the policy’s, for goods that come back under PRC law only', () => {
    const three = evaluateReturn(input(), defineReturnPolicy({ refundWithinDays: 3 }));
    expect(reasonOf(three, 'RETURN_REFUND_WITHIN')).toEqual({ code: 'RETURN_REFUND_WITHIN', clause: 'RET-7', message: '收到退回商品后 3 日内退款', params: { days: 3 } });
    // The US store's policy states no such deadline.
    expect(codes(evaluateReturn(input({ request: { requestedAt: US_INSIDE } }, usOrder), presets.usStore))).not.toContain('RETURN_REFUND_WITHIN');
    // Nothing comes back on a refund without a return.
    const refundOnly = evaluateReturn(input({ request: { reason: 'quality_issue', resolution: 'refund' } }));
    expect(refundOnly.outcome).toBe('review');
    expect(codes(refundOnly)).not.toContain('RETURN_REFUND_WITHIN');
    expect(reasonOf(refundOnly, 'RETURN_REFUND_PAID_SHARE').params).toEqual({ refund: cny('33.34'), quantity: 1, linePaid: cny('100.00') });
  });
});

describe('evaluateReturn: the seller-fault rules of the policy (RET-8)', () => {
  const at = { reason: 'quality_issue', requestedAt: '2026-03-05T10:00:00+08:00' } as const;

  it('RET-8: a policy that rejects used items claimed defective', () => {
    const policy = defineReturnPolicy({ sellerFault: { usedItem: 'reject' } });
    const decision = evaluateReturn(input({ request: { ...at, condition: 'used' } }), policy);
    expect(decision).toMatchObject({ eligible: false, outcome: 'reject', refund: cny('0.00'), returnShippingPaidBy: 'none' });
    expect(codes(decision)).toEqual(['RETURN_WITHIN_QUALITY_WINDOW', 'RETURN_USED_DEFECT_REJECTED']);
    expect(reasonOf(decision, 'RETURN_USED_DEFECT_REJECTED')).toEqual({ code: 'RETURN_USED_DEFECT_REJECTED', clause: 'RET-8', message: '已使用的商品不受理质量问题退货' });
  });

  it('RET-8: a policy that accepts used items claimed defective decides them as any other', () => {
    const policy = defineReturnPolicy({ sellerFault: { usedItem: 'accept' } });
    const decision = evaluateReturn(input({ request: { ...at, condition: 'used' } }), policy);
    expect(decision).toMatchObject({ eligible: true, outcome: 'approve', refund: cny('33.34'), returnShippingPaidBy: 'seller' });
    expect(codes(decision)).not.toContain('RETURN_USED_DEFECT_REVIEW');
    expect(codes(decision)).not.toContain('RETURN_USED_DEFECT_REJECTED');
  });

  it('RET-4: a policy that refuses a refund without the goods coming back', () => {
    const policy = defineReturnPolicy({ sellerFault: { refundWithoutReturn: 'reject' } });
    const decision = evaluateReturn(input({ request: { ...at, resolution: 'refund' } }), policy);
    expect(decision).toMatchObject({ eligible: false, outcome: 'reject', refund: cny('0.00') });
    expect(codes(decision)).toEqual(['RETURN_WITHIN_QUALITY_WINDOW', 'RETURN_REFUND_WITHOUT_RETURN_REJECTED']);
    expect(reasonOf(decision, 'RETURN_REFUND_WITHOUT_RETURN_REJECTED').clause).toBe('RET-4');
  });

  it('RET-8: a policy that grants a refund without the goods coming back: nobody ships, nothing to inspect', () => {
    const policy = defineReturnPolicy({ sellerFault: { refundWithoutReturn: 'accept' } });
    const decision = evaluateReturn(input({ request: { ...at, resolution: 'refund' } }), policy);
    expect(decision).toMatchObject({ eligible: true, outcome: 'approve', refund: cny('33.34'), returnShippingPaidBy: 'none' });
    expect(codes(decision)).toEqual(['RETURN_WITHIN_QUALITY_WINDOW', 'RETURN_QUALITY_FOLLOW_UP', 'RETURN_REFUND_PAID_SHARE', 'RETURN_RECORDED']);
  });

  it('RET-9: the US store: defects within 30 days, an exchange refunds nothing, closed after day 30', () => {
    const within = evaluateReturn(input({ request: { reason: 'wrong_item', requestedAt: US_DAY30_END } }, usOrder), presets.usStore);
    expect(within).toMatchObject({ outcome: 'approve', deadline: US_DAY30_END, returnShippingPaidBy: 'seller', refund: usd('33.34') });
    expect(reasonOf(within, 'RETURN_US_WINDOW')).toEqual({
      code: 'RETURN_US_WINDOW',
      clause: 'RET-9',
      message: `Requested within the store's return window (until ${US_DAY30_END_LOCAL})`,
      params: { deadline: US_DAY30_END, deadlineLocal: US_DAY30_END_LOCAL },
    });
    const exchange = evaluateReturn(input({ request: { reason: 'wrong_item', resolution: 'exchange', requestedAt: US_INSIDE } }, usOrder), presets.usStore);
    expect(exchange).toMatchObject({ outcome: 'approve', refund: usd('0.00') });
    expect(reasonOf(exchange, 'RETURN_EXCHANGE_NO_REFUND_US')).toEqual({
      code: 'RETURN_EXCHANGE_NO_REFUND_US',
      clause: 'RET-9',
      message: "An exchange under the store's policy: nothing is refunded",
    });
    const closed = evaluateReturn(input({ request: { reason: 'wrong_item', requestedAt: plus(US_DAY30_END, 1) } }, usOrder), presets.usStore);
    expect(closed).toMatchObject({ outcome: 'reject', deadline: US_DAY30_END });
    expect(closed.reasons).toEqual([
      {
        code: 'RETURN_US_WINDOW_CLOSED',
        clause: 'RET-9',
        message: `The store's return window closed at ${US_DAY30_END_LOCAL}`,
        params: { deadline: US_DAY30_END, deadlineLocal: US_DAY30_END_LOCAL },
      },
    ]);
  });
});

describe('evaluateReturn: windows without a limit (RET-1: the policy states the time limit)', () => {
  it('RET-7: a no-reason window without a limit has no deadline, local or not', () => {
    const policy = defineReturnPolicy({ noReason: { window: { length: null, unit: 'calendar_days' } } });
    const decision = evaluateReturn(input({ request: { requestedAt: '2030-01-01T00:00:00+08:00' } }), policy);
    expect(reasonOf(decision, 'RETURN_WITHIN_NO_REASON_WINDOW')).toEqual({
      code: 'RETURN_WITHIN_NO_REASON_WINDOW',
      clause: 'RET-7',
      message: `在无理由退货期限内申请（${CN_START_LOCAL} 起算，至 — 止）`,
      params: { start: CN_START, startLocal: CN_START_LOCAL, deadline: null, deadlineLocal: null },
    });
  });

  it('RET-8: seller-fault windows without a limit', () => {
    const open = defineReturnPolicy({ sellerFault: { returnWindow: { length: null, unit: 'calendar_days' }, exchangeWindow: { length: null, unit: 'calendar_days' } } });
    const within = evaluateReturn(input({ request: { reason: 'quality_issue', requestedAt: '2030-01-01T00:00:00+08:00' } }), open);
    expect(within).toMatchObject({ outcome: 'approve', deadline: null });
    expect(reasonOf(within, 'RETURN_WITHIN_QUALITY_WINDOW').params).toEqual({ deadline: null, deadlineLocal: null });

    const exchangeOpen = defineReturnPolicy({ sellerFault: { exchangeWindow: { length: null, unit: 'calendar_days' } } });
    const later = evaluateReturn(input({ request: { reason: 'quality_issue', resolution: 'exchange', requestedAt: '2030-01-01T00:00:00+08:00' } }), exchangeOpen);
    expect(later).toMatchObject({ outcome: 'approve', deadline: null });
    expect(reasonOf(later, 'RETURN_EXCHANGE_ONLY').params).toEqual({ returnDeadline: CN_DAY7_END, returnDeadlineLocal: CN_DAY7_END_LOCAL, deadline: null, deadlineLocal: null });
  });
});

describe('evaluateReturn: the windows in the context’s time zone', () => {
  it('RET-7: the context’s zone decides where day 0 and the last day fall, whatever zone was asked before', () => {
    const returns = createReturnEvaluator(presets.generic);
    // Signed 2026-03-03 07:00 UTC: 02:00 EST in New York, day 7 = 10 March, which ends at 23:59:59.999 EDT.
    const newYork = '2026-03-11T03:59:59.999Z';
    // In London (GMT until 29 March): day 7 = 10 March, ending 23:59:59.999 GMT.
    const london = '2026-03-10T23:59:59.999Z';
    for (let round = 0; round < 2; round += 1) {
      const ny = returns.evaluate(input({ request: { requestedAt: newYork } }), { timeZone: 'America/New_York' });
      expect(ny).toMatchObject({ outcome: 'approve', deadline: newYork });
      expect(reasonOf(ny, 'RETURN_WITHIN_NO_REASON_WINDOW').params).toEqual({
        start: CN_START,
        startLocal: '2026-03-03 02:00:00',
        deadline: newYork,
        deadlineLocal: '2026-03-10 23:59:59',
      });
      expect(returns.evaluate(input({ request: { requestedAt: plus(newYork, 1) } }), { timeZone: 'America/New_York' }).outcome).toBe('reject');
      expect(returns.evaluate(input({ request: { requestedAt: london } }), { timeZone: 'Europe/London' })).toMatchObject({ outcome: 'approve', deadline: london });
      expect(returns.evaluate(input({ request: { requestedAt: plus(london, 1) } }), { timeZone: 'Europe/London' }).outcome).toBe('reject');
      // The store's own zone, named or not.
      expect(returns.evaluate(input({ request: { requestedAt: CN_DAY7_END } }), { timeZone: 'Asia/Shanghai' }).deadline).toBe(CN_DAY7_END);
      expect(returns.evaluate(input({ request: { requestedAt: CN_DAY7_END } }), { locale: 'en-US' }).deadline).toBe(CN_DAY7_END);
      expect(returns.evaluate(input({ request: { requestedAt: CN_DAY8_START } })).outcome).toBe('reject');
    }
  });

  it('RET-8: seller-fault windows follow the context’s zone too', () => {
    // New York: day 15 = 18 March, ending 23:59:59.999 EDT.
    const last = '2026-03-19T03:59:59.999Z';
    const decision = evaluateReturn(input({ request: { reason: 'quality_issue', resolution: 'exchange', requestedAt: last } }), presets.generic, { timeZone: 'America/New_York' });
    expect(decision).toMatchObject({ outcome: 'approve', deadline: last });
  });
});

describe('evaluateReturn: instants at the ends of the years 0000–9999, on both sides', () => {
  // An instant outside 0000–9999 has an expanded-year ISO string that zhidu does not read back, so a
  // start or a deadline there is refused (see evaluateParsed.test.ts); these are the boundaries.
  const pathsOf = (run: () => unknown): string[] => {
    try {
      run();
    } catch (error) {
      return (error as { issues: { path: string[] }[] }).issues.map((issue) => issue.path.join('.'));
    }
    return [];
  };
  const oneHour = defineReturnPolicy({ noReason: { window: { length: 1, unit: 'hours' } } });
  const placed = (placedAt: string) => input({ order: { placedAt, deliveredAt: null }, request: { requestedAt: placedAt } });

  it('RET-7: a window that ends at the first instant of the year 10000 (UTC) is refused; one ending a millisecond earlier is decided', () => {
    expect(pathsOf(() => evaluateReturn(placed('9999-12-31T23:00:00.000Z'), oneHour))).toEqual(['instant']);
    expect(evaluateReturn(placed('9999-12-31T22:59:59.999Z'), oneHour)).toMatchObject({ outcome: 'approve', deadline: '9999-12-31T23:59:59.999Z' });
  });

  it('RET-7: a start at the first instant of the year 10000 (UTC) is refused at the window’s start, whatever the window', () => {
    const open = defineReturnPolicy({ noReason: { window: { length: null, unit: 'calendar_days' } } });
    for (const policy of [presets.generic, oneHour, open]) {
      expect(pathsOf(() => evaluateReturn(placed('9999-12-31T19:00:00-05:00'), policy))).toEqual(['start']);
    }
    // A millisecond earlier, a window without a limit is decided.
    expect(evaluateReturn(placed('9999-12-31T18:59:59.999-05:00'), open)).toMatchObject({ outcome: 'approve', deadline: null });
  });

  it('RET-7: a start at the first instant of the year 0000 (UTC) is decided', () => {
    expect(evaluateReturn(placed('0000-01-01T00:00:00.000Z'), oneHour)).toMatchObject({ outcome: 'approve', deadline: '0000-01-01T01:00:00.000Z' });
  });
});

describe('evaluateReturn: what was paid, however it is written (RET-10)', () => {
  it('RET-10: an amount paid given as a number or without the minor unit refunds the same', () => {
    for (const paid of [100, '100', '100.0', '100.00']) {
      const all = evaluateReturn(input({ line: { paid }, request: { quantity: 3 } }));
      expect(all.refund, String(paid)).toEqual(cny('100.00'));
      expect(reasonOf(all, 'RETURN_REFUND_PAID_SHARE').params).toEqual({ refund: cny('100.00'), quantity: 3, linePaid: cny('100.00') });
      expect(evaluateReturn(input({ line: { paid }, request: { quantity: 1 } })).refund, String(paid)).toEqual(cny('33.34'));
      expect(evaluateReturn(input({ line: { paid }, request: { quantity: 2, alreadyReturned: 1 } })).refund, String(paid)).toEqual(cny('66.66'));
    }
    // 99.9 over 3 units: 33.30 each.
    expect(evaluateReturn(input({ line: { paid: '99.9' }, request: { quantity: 3 } })).refund).toEqual(cny('99.90'));
    expect(evaluateReturn(input({ line: { paid: 99.9 }, request: { quantity: 1 } })).refund).toEqual(cny('33.30'));
  });

  it('RET-10: shares of less than a yuan, and of a hundred and more, are written at the minor unit', () => {
    // 0.10 over 3 units: 0.04, 0.03, 0.03.
    const dime = { unitPrice: '0.04', paid: '0.10' };
    expect(evaluateReturn(input({ line: dime })).refund).toEqual(cny('0.04'));
    expect(evaluateReturn(input({ line: dime, request: { alreadyReturned: 1 } })).refund).toEqual(cny('0.03'));
    expect(evaluateReturn(input({ line: dime, request: { quantity: 2 } })).refund).toEqual(cny('0.07'));
    // 0.02 over 3 units: 0.01, 0.01, 0.00.
    expect(evaluateReturn(input({ line: { unitPrice: '0.01', paid: '0.02' }, request: { alreadyReturned: 2 } })).refund).toEqual(cny('0.00'));
    // 1.00 over 3 units: 0.34, 0.33, 0.33.
    expect(evaluateReturn(input({ line: { unitPrice: '0.40', paid: '1.00' } })).refund).toEqual(cny('0.34'));
    expect(evaluateReturn(input({ line: { unitPrice: '0.40', paid: '1.00' }, request: { quantity: 2, alreadyReturned: 1 } })).refund).toEqual(cny('0.66'));
    // 300.00 over 3 units: 100.00 each.
    expect(evaluateReturn(input({ line: { unitPrice: '100.00', paid: '300.00' } })).refund).toEqual(cny('100.00'));
    expect(evaluateReturn(input({ line: { unitPrice: '100.00', paid: '300.00' }, request: { quantity: 2, alreadyReturned: 1 } })).refund).toEqual(cny('200.00'));
    // 10 000 000 000 000.00 over 3 units (more digits than a double holds exactly): the odd fen to the first unit.
    const huge = { unitPrice: '4000000000000.00', paid: '10000000000000.00' };
    expect(evaluateReturn(input({ line: huge })).refund).toEqual(cny('3333333333333.34'));
    expect(evaluateReturn(input({ line: huge, request: { quantity: 2, alreadyReturned: 1 } })).refund).toEqual(cny('6666666666666.66'));
    // 90 071 992 547 409.93 = 2^53 + 1 fen over 3 units: 30 023 997 515 803.31 each, exactly.
    const beyondDouble = { unitPrice: '30023997515803.31', paid: '90071992547409.93' };
    for (const alreadyReturned of [0, 1, 2]) {
      expect(evaluateReturn(input({ line: beyondDouble, request: { alreadyReturned } })).refund).toEqual(cny('30023997515803.31'));
    }
  });

  it('RET-10: currencies without a minor unit (JPY) and with three decimals (KWD)', () => {
    const yen = (line: { unitPrice: string | number; paid: string | number }, quantity: number, alreadyReturned?: number) =>
      evaluateReturn(input({ order: { currency: 'JPY' }, line, request: { quantity, alreadyReturned } })).refund;
    // 1000 yen over 3 units: 334, 333, 333.
    expect(yen({ unitPrice: '400', paid: '1000' }, 1)).toEqual({ amount: '334', currency: 'JPY' });
    expect(yen({ unitPrice: '400', paid: '1000' }, 2, 1)).toEqual({ amount: '666', currency: 'JPY' });
    expect(yen({ unitPrice: 400, paid: 1000 }, 3)).toEqual({ amount: '1000', currency: 'JPY' });
    const dinar = (paid: string, quantity: number, alreadyReturned?: number) =>
      evaluateReturn(input({ order: { currency: 'KWD' }, line: { unitPrice: '0.400', paid }, request: { quantity, alreadyReturned } })).refund;
    // 1.000 over 3 units: 0.334, 0.333, 0.333; 0.010 over 3 units: 0.004, 0.003, 0.003.
    expect(dinar('1.000', 1)).toEqual({ amount: '0.334', currency: 'KWD' });
    expect(dinar('1.000', 1, 2)).toEqual({ amount: '0.333', currency: 'KWD' });
    expect(dinar('0.010', 1)).toEqual({ amount: '0.004', currency: 'KWD' });
    expect(dinar('1', 3)).toEqual({ amount: '1.000', currency: 'KWD' });
  });
});

// generic: 7 days from 2 June = 8 June, ending 23:59:59.999 Shanghai.
const PP_END = '2026-06-08T15:59:59.999Z';
const PP_END_LOCAL = '2026-06-08 23:59:59';

describe('evaluatePriceProtection: the reasons carry the prices and the period (RET-6)', () => {
  it('RET-6: a refund names the difference, both prices, the quantity and the end of the period', () => {
    expect(evaluatePriceProtection(claim).reasons).toEqual([
      {
        code: 'PRICE_PROTECTION_REFUND',
        clause: 'RET-6',
        message: `价保期内（至 ${PP_END_LOCAL}）降价：退差价 ¥40.00（¥199.00 − ¥179.00）× 2`,
        params: { refund: cny('40.00'), paidUnitPrice: cny('199.00'), currentUnitPrice: cny('179.00'), quantity: 2, deadline: PP_END, deadlineLocal: PP_END_LOCAL },
      },
    ]);
  });

  it('RET-6: an expired claim names the end of the period', () => {
    expect(evaluatePriceProtection({ ...claim, observedAt: plus(PP_END, 1) }).reasons).toEqual([
      { code: 'PRICE_PROTECTION_EXPIRED', clause: 'RET-6', message: `价保期已于 ${PP_END_LOCAL} 届满`, params: { deadline: PP_END, deadlineLocal: PP_END_LOCAL } },
    ]);
  });

  it('RET-6: no drop names both prices, written as money', () => {
    expect(evaluatePriceProtection({ ...claim, paidUnitPrice: 199, currentUnitPrice: '250' }).reasons).toEqual([
      {
        code: 'PRICE_PROTECTION_NO_DROP',
        clause: 'RET-6',
        message: '现价 ¥250.00 不低于购买价 ¥199.00，无差价可退',
        params: { paidUnitPrice: cny('199.00'), currentUnitPrice: cny('250.00') },
      },
    ]);
  });

  it('RET-6: a period without a limit has no deadline, local or not', () => {
    const policy = defineReturnPolicy({ priceProtection: { window: { length: null, unit: 'calendar_days' } } });
    const decision = evaluatePriceProtection(claim, policy);
    expect(decision.reasons[0]?.params).toMatchObject({ deadline: null, deadlineLocal: null });
  });

  it('RET-6: the period is counted in the context’s time zone', () => {
    // Bought 2026-06-01 02:00 UTC = 31 May 22:00 EDT: day 7 = 7 June, ending 23:59:59.999 EDT.
    const last = '2026-06-08T03:59:59.999Z';
    const ny = { timeZone: 'America/New_York' } as const;
    const inside = evaluatePriceProtection({ ...claim, observedAt: last }, presets.generic, ny);
    expect(inside).toMatchObject({ eligible: true, deadline: last });
    expect(inside.reasons[0]?.params).toMatchObject({ deadlineLocal: '2026-06-07 23:59:59' });
    expect(evaluatePriceProtection({ ...claim, observedAt: plus(last, 1) }, presets.generic, ny)).toMatchObject({ eligible: false, deadline: last });
  });
});
