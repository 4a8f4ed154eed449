import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { assessSellerPenalty, createPenaltyAssessor, definePenaltyPolicy, presets, safeAssessSellerPenalty } from '../src/index.js';
import { clauseOf, codes, issuePaths } from './fixtures.js';

// PAY-22 (platform practice, presets dated 2026-01-01). Worked by hand:
// Taobao late shipment: 5% of the transaction amount, at least 5, at most 30 → 5% reaches 5 at 100
// and 30 at 600. Douyin late pickup: 0 up to 3 (inclusive), 3 from over 3 to under 300, 1% capped at 30
// from 300 on (1% of 300 = 3.00; the cap is reached at 3000). Douyin out of stock: 5% when the promised
// ship time is ≤ 48 h, 10% when longer, at least 5.

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const late = (itemPrice: string | number, policy = presets.generic) => assessSellerPenalty({ kind: 'late_shipment', itemPrice }, policy);

describe('PAY-22: Taobao late shipment (generic)', () => {
  it('PAY-22: 5% of the price, at least 5.00 and at most 30.00', () => {
    const expected: [string, string][] = [
      ['50', '5.00'], // 2.50 → the minimum
      ['100', '5.00'], // 5% = 5.00 exactly
      ['101', '5.05'],
      ['123.45', '6.17'], // 6.1725 → 6.17
      ['600', '30.00'], // 5% = 30.00 exactly
      ['700', '30.00'], // 35.00 → the maximum
      ['0', '5.00'], // the minimum applies to a free item too
    ];
    for (const [price, amount] of expected) expect(late(price).amount, price).toEqual(cny(amount));
  });

  it('PAY-22: the reason names the platform, the basis and the date of the rules', () => {
    const decision = late('101');
    expect(codes(decision)).toEqual(['SELLER_LATE_SHIPMENT']);
    expect(clauseOf(decision, 'SELLER_LATE_SHIPMENT')).toBe('PAY-22');
    expect(decision.reasons[0]?.params).toEqual({ platform: 'taobao', basis: cny('101.00'), amount: cny('5.05'), asOf: '2026-01-01' });
    expect(assessSellerPenalty({ kind: 'late_shipment', itemPrice: '101' }, presets.generic, { locale: 'en-US' }).reasons[0]?.message).toBe(
      'taobao late-shipment penalty: CN¥5.05 on CN¥101.00 (rules as of 2026-01-01)',
    );
  });

  it('PAY-22: Taobao sets no false-shipment or out-of-stock penalty in the preset', () => {
    for (const kind of ['false_shipment', 'out_of_stock'] as const) {
      const decision = assessSellerPenalty({ kind, itemPrice: '100', promisedShipHours: 24 });
      expect(decision.amount).toEqual(cny('0.00'));
      expect(codes(decision)).toEqual(['SELLER_PENALTY_NONE']);
      expect(clauseOf(decision, 'SELLER_PENALTY_NONE')).toBe('PAY-22');
    }
  });
});

describe('PAY-22: Douyin late pickup (douyinShop)', () => {
  it('PAY-22: 0 up to 3.00, then 3.00 under 300, then 1% capped at 30', () => {
    const expected: [string, string][] = [
      ['0', '0.00'],
      ['3.00', '0.00'], // ≤ 3: none
      ['3.01', '3.00'],
      ['299.99', '3.00'],
      ['300', '3.00'], // 1% of 300
      ['300.50', '3.01'], // 3.005 → 3.01
      ['1234', '12.34'],
      ['3000', '30.00'], // 1% = 30 exactly
      ['5000', '30.00'], // 50 → capped
    ];
    for (const [price, amount] of expected) expect(late(price, presets.douyinShop).amount, price).toEqual(cny(amount));
    expect(late('3.01', presets.douyinShop).reasons[0]?.params).toMatchObject({ platform: 'douyin' });
  });
});

describe('PAY-22: Douyin out of stock (douyinShop)', () => {
  const oos = (itemPrice: string, promisedShipHours?: number) =>
    assessSellerPenalty(promisedShipHours === undefined ? { kind: 'out_of_stock', itemPrice } : { kind: 'out_of_stock', itemPrice, promisedShipHours }, presets.douyinShop);

  it('PAY-22: promised within 48 h (48 itself included) → 5%; longer → 10%; at least 5.00', () => {
    expect(oos('200', 48).amount).toEqual(cny('10.00')); // 5%
    expect(oos('200', 24).amount).toEqual(cny('10.00'));
    expect(oos('200', 48.01).amount).toEqual(cny('20.00')); // 10%
    expect(oos('80', 72).amount).toEqual(cny('8.00'));
    expect(oos('40', 48).amount).toEqual(cny('5.00')); // 2.00 → the minimum
    expect(oos('40', 72).amount).toEqual(cny('5.00')); // 4.00 → the minimum
    expect(oos('50', 72).amount).toEqual(cny('5.00')); // 10% = 5.00 exactly
    const decision = oos('200', 48.01);
    expect(codes(decision)).toEqual(['SELLER_OUT_OF_STOCK']);
    expect(clauseOf(decision, 'SELLER_OUT_OF_STOCK')).toBe('PAY-22');
    expect(decision.reasons[0]?.params).toMatchObject({ platform: 'douyin', promisedHours: 48.01, amount: cny('20.00') });
  });

  it('PAY-22: without promisedShipHours the rule cannot be applied: PolicyInputError at promisedShipHours', () => {
    expect(() => oos('200')).toThrow(PolicyInputError);
    expect(issuePaths(() => oos('200'))).toEqual(['promisedShipHours']);
  });

  it('PAY-22: Douyin sets no false-shipment penalty in the preset: 0 with SELLER_PENALTY_NONE', () => {
    const decision = assessSellerPenalty({ kind: 'false_shipment', itemPrice: '200' }, presets.douyinShop);
    expect(decision.amount).toEqual(cny('0.00'));
    expect(codes(decision)).toEqual(['SELLER_PENALTY_NONE']);
    expect(decision.reasons[0]?.message).toBe('douyin 平台对该情形未设处罚');
  });
});

describe('PAY-22: other stores and custom rules', () => {
  it('PAY-22: usStore has no platform penalties', () => {
    for (const kind of ['late_shipment', 'false_shipment', 'out_of_stock'] as const) {
      const decision = assessSellerPenalty({ kind, itemPrice: '100' }, presets.usStore);
      expect(decision.amount).toEqual({ amount: '0.00', currency: 'USD' });
      expect(codes(decision)).toEqual(['SELLER_PENALTY_NONE']);
      expect(decision.reasons[0]?.message).toBe('none sets no penalty for this');
    }
  });

  it('PAY-22: a custom policy with a fixed false-shipment charge keeps the preset’s other rules', () => {
    const policy = definePenaltyPolicy({
      seller: { platform: 'myshop', asOf: '2026-06-01', rules: { false_shipment: { kind: 'tiers', tiers: [{ upTo: null, charge: { kind: 'fixed', amount: '20' } }] } } },
    });
    for (const price of ['1', '100', '99999']) {
      const decision = assessSellerPenalty({ kind: 'false_shipment', itemPrice: price }, policy);
      expect(decision.amount, price).toEqual(cny('20.00'));
      expect(codes(decision)).toEqual(['SELLER_FALSE_SHIPMENT']);
      expect(clauseOf(decision, 'SELLER_FALSE_SHIPMENT')).toBe('PAY-22');
    }
    // The Taobao late-shipment rule is still there, now under the new platform name and date.
    expect(late('101', policy).amount).toEqual(cny('5.05'));
    expect(late('101', policy).reasons[0]?.params).toMatchObject({ platform: 'myshop', asOf: '2026-06-01' });
  });

  it('PAY-22: a custom out-of-stock rule by promise with a fixed charge beyond it', () => {
    const policy = definePenaltyPolicy({
      seller: {
        rules: {
          out_of_stock: { kind: 'by_promise', promisedHoursAtMost: 24, within: { kind: 'percent', rate: '0.02' }, beyond: { kind: 'fixed', amount: '12.5' } },
        },
      },
    });
    expect(assessSellerPenalty({ kind: 'out_of_stock', itemPrice: '300', promisedShipHours: 24 }, policy).amount).toEqual(cny('6.00'));
    expect(assessSellerPenalty({ kind: 'out_of_stock', itemPrice: '300', promisedShipHours: 25 }, policy).amount).toEqual(cny('12.50'));
  });
});

describe('PAY-22: bad input and decisions', () => {
  it('PAY-22: a malformed, negative or 3-decimal price and an unknown kind are PolicyInputError', () => {
    expect(issuePaths(() => assessSellerPenalty({ kind: 'late_shipment', itemPrice: 'lots' }))).toEqual(['itemPrice']);
    expect(issuePaths(() => assessSellerPenalty({ kind: 'late_shipment', itemPrice: '-1' }))).toEqual(['itemPrice']);
    expect(issuePaths(() => assessSellerPenalty({ kind: 'late_shipment', itemPrice: '10.001' }))).toEqual(['itemPrice']);
    expect(issuePaths(() => assessSellerPenalty({ kind: 'lost' as 'late_shipment', itemPrice: '10' }))).toEqual(['kind']);
    expect(issuePaths(() => assessSellerPenalty({ kind: 'out_of_stock', itemPrice: '10', promisedShipHours: -1 }, presets.douyinShop))).toEqual(['promisedShipHours']);
    expect(safeAssessSellerPenalty({ kind: 'late_shipment', itemPrice: 'lots' }).ok).toBe(false);
  });

  it('PAY-22: decisions are JSON and the compiled assessor agrees', () => {
    const input = { kind: 'out_of_stock', itemPrice: '80', promisedShipHours: 72 } as const;
    const decision = assessSellerPenalty(input, presets.douyinShop);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(createPenaltyAssessor(presets.douyinShop).sellerPenalty(input)).toEqual(decision);
  });
});

describe('PAY-22: prices past the last tier, and the promise a rule needs', () => {
  it('PAY-22: a price above every bounded tier matches no tier: no charge, still a late-shipment reason', () => {
    const policy = definePenaltyPolicy({ seller: { rules: { late_shipment: { kind: 'tiers', tiers: [{ upTo: '100', charge: { kind: 'fixed', amount: '5' } }] } } } });
    expect(late('100', policy).amount).toEqual(cny('5.00')); // at the bound: inclusive by default
    const past = late('100.01', policy);
    expect(past.amount).toEqual(cny('0.00'));
    expect(past.reasons.map((r) => [r.code, r.params])).toEqual([['SELLER_LATE_SHIPMENT', { platform: 'taobao', basis: cny('100.01'), amount: cny('0.00'), asOf: '2026-01-01' }]]);
  });

  it('PAY-22: the missing promised shipping time is named in the issue, with the platform and the kind', () => {
    try {
      assessSellerPenalty({ kind: 'out_of_stock', itemPrice: '200' }, presets.douyinShop);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyInputError);
      expect((error as PolicyInputError).issues).toEqual([
        { path: ['promisedShipHours'], message: 'The douyin out_of_stock rule depends on the promised shipping time', code: 'required' },
      ]);
    }
  });
});

