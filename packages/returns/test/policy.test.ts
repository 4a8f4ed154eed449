import { PolicyConfigError, storePresets } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { createReturnEvaluator, defineReturnPolicy, evaluateReturn, presets, returnMessages, returnPolicy, type ReturnPolicy } from '../src/index.js';
import { input, issuePaths } from './fixtures.js';

const days = (length: number) => ({ length, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true });
const allTags = ['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'hygiene', 'final_sale'];

describe('returns presets (as returnPolicy.ts documents them)', () => {
  it('RET-7, RET-8, RET-6: generic follows PRC law, 7 days of price protection', () => {
    const p = presets.generic;
    expect(p.store).toEqual({ timeZone: 'Asia/Shanghai', locale: 'zh-CN', currency: 'CNY' });
    expect(p.law).toBe('cn');
    expect(p.noReason).toEqual({
      enabled: true,
      window: days(7),
      excludedTags: allTags,
      returnShippingPaidBy: 'buyer',
      opened: 'accept',
      used: 'reject',
      damaged: 'reject',
      restockingFeeRate: '0',
    });
    expect(p.sellerFault).toEqual({ returnWindow: days(7), exchangeWindow: days(15), usedItem: 'review', refundWithoutReturn: 'review' });
    expect(p.refundWithinDays).toBe(7);
    expect(p.priceProtection).toEqual({ enabled: true, window: days(7) });
  });

  it('RET-7, RET-8, RET-6: douyinShop is generic with 15 days of price protection', () => {
    const p = presets.douyinShop;
    expect(p.store).toEqual(storePresets.douyinShop);
    expect(p.law).toBe('cn');
    expect(p.noReason).toEqual(presets.generic.noReason);
    expect(p.sellerFault).toEqual(presets.generic.sellerFault);
    expect(p.refundWithinDays).toBe(7);
    expect(p.priceProtection).toEqual({ enabled: true, window: days(15) });
  });

  it('RET-9, RET-6: usStore has 30 days, a 15% restocking fee on opened items, used items reviewed, 14 days of price adjustment', () => {
    const p = presets.usStore;
    expect(p.store).toEqual({ timeZone: 'America/New_York', locale: 'en-US', currency: 'USD' });
    expect(p.law).toBe('us');
    expect(p.noReason.window).toEqual(days(30));
    expect(p.noReason.enabled).toBe(true);
    expect(p.noReason.opened).toBe('restocking_fee');
    expect(p.noReason.used).toBe('review');
    expect(p.noReason.restockingFeeRate).toBe('0.15');
    expect(p.noReason.returnShippingPaidBy).toBe('buyer');
    expect([...p.noReason.excludedTags].sort()).toEqual(['custom', 'digital', 'final_sale', 'hygiene', 'perishable', 'sealed_media']);
    expect(p.sellerFault.returnWindow).toEqual(days(30));
    expect(p.sellerFault.exchangeWindow).toEqual(days(30));
    expect(p.refundWithinDays).toBe(7);
    expect(p.priceProtection).toEqual({ enabled: true, window: days(14) });
  });

  it('RET-1: presets are frozen', () => {
    for (const p of Object.values(presets)) {
      expect(Object.isFrozen(p)).toBe(true);
      expect(Object.isFrozen(p.noReason.window)).toBe(true);
      expect(Object.isFrozen(p.noReason.excludedTags)).toBe(true);
    }
  });

  it('RET-1: every reason code names a catalog clause of this package', () => {
    for (const [code, definition] of Object.entries(returnMessages)) {
      expect(definition.clause, code).toMatch(/^RET-(?:[1-9]|10)$/u);
      expect(definition['zh-CN'].length, code).toBeGreaterThan(0);
      expect(definition['en-US'].length, code).toBeGreaterThan(0);
    }
  });
});

describe('defineReturnPolicy', () => {
  it('RET-1: deep-merges overrides onto a preset, validates and freezes', () => {
    const policy = defineReturnPolicy({ noReason: { window: { length: 15, unit: 'calendar_days' } } });
    expect(policy.noReason.window.length).toBe(15);
    expect(policy.noReason.opened).toBe('accept');
    expect(policy.priceProtection.window.length).toBe(7);
    expect(Object.isFrozen(policy.noReason)).toBe(true);

    const us = defineReturnPolicy({ noReason: { restockingFeeRate: '0.10' } }, 'usStore');
    expect(us.noReason.restockingFeeRate).toBe('0.10');
    expect(us.noReason.window.length).toBe(30);
    expect(us.store).toEqual(storePresets.usStore);

    // Based on another policy.
    const onTop = defineReturnPolicy({ refundWithinDays: 3 }, us);
    expect(onTop.refundWithinDays).toBe(3);
    expect(onTop.noReason.restockingFeeRate).toBe('0.10');
  });

  it('RET-9: a 10% restocking fee is charged at 10%', () => {
    const policy = defineReturnPolicy({ noReason: { opened: 'restocking_fee', restockingFeeRate: '0.1' } });
    // Line L2: 59.99 paid; 10% = 5.999 → 6.00; refund 53.99.
    const decision = evaluateReturn(input({ request: { lineId: 'L2', condition: 'opened' } }), policy);
    expect(decision.restockingFee).toEqual({ amount: '6.00', currency: 'CNY' });
    expect(decision.refund).toEqual({ amount: '53.99', currency: 'CNY' });
  });

  it('RET-1: refuses a bad policy, listing the path of every issue', () => {
    const paths = issuePaths(() =>
      defineReturnPolicy({ noReason: { restockingFeeRate: '1.5', window: { length: -3, unit: 'calendar_days' } } }),
    );
    expect(paths).toEqual(expect.arrayContaining(['noReason.restockingFeeRate', 'noReason.window.length']));
    expect(() => defineReturnPolicy({ noReason: { restockingFeeRate: '1.5' } })).toThrow(PolicyConfigError);
    expect(() => defineReturnPolicy({ noReason: { window: { length: -3, unit: 'calendar_days' } } })).toThrow(PolicyConfigError);
    expect(issuePaths(() => defineReturnPolicy({ noReason: { restockingFeeRate: '-0.1' } }))).toContain('noReason.restockingFeeRate');
    expect(issuePaths(() => defineReturnPolicy({ priceProtection: { window: { length: 7, unit: 'weeks' as 'calendar_days' } } }))).toContain(
      'priceProtection.window.unit',
    );
    expect(issuePaths(() => defineReturnPolicy({ refundWithinDays: -1 }))).toContain('refundWithinDays');
    expect(issuePaths(() => defineReturnPolicy({ store: { timeZone: 'Mars/Olympus' } }))).toContain('store.timeZone');
  });

  it('RET-1: a 100% rate and a window of 0 days are allowed (the bounds themselves)', () => {
    expect(defineReturnPolicy({ noReason: { restockingFeeRate: '1' } }).noReason.restockingFeeRate).toBe('1');
    expect(defineReturnPolicy({ noReason: { window: { length: 0, unit: 'calendar_days' } } }).noReason.window.length).toBe(0);
  });

  it('RET-1: an evaluator refuses a policy that was not made by the family', () => {
    expect(() => createReturnEvaluator({ nope: true } as unknown as ReturnPolicy)).toThrow(PolicyConfigError);
    // An equal policy rebuilt from JSON (e.g. stored by the host) still works.
    const stored = returnPolicy.parse(JSON.parse(JSON.stringify(presets.usStore)));
    expect(createReturnEvaluator(stored).policy).toEqual(presets.usStore);
  });
});

describe('RET-8: the exchange window is open at least as long as the return window', () => {
  const window = (length: number | null, unit: 'calendar_days' | 'hours' | 'business_days' = 'calendar_days') => ({ length, unit });
  type SellerFault = NonNullable<NonNullable<Parameters<typeof defineReturnPolicy>[0]>['sellerFault']>;
  const refusal = (sellerFault: SellerFault) => issuePaths(() => defineReturnPolicy({ sellerFault }));

  it('RET-8: equal windows are allowed; an exchange window a day shorter is refused at its length', () => {
    expect(defineReturnPolicy({ sellerFault: { returnWindow: window(15), exchangeWindow: window(15) } }).sellerFault.exchangeWindow.length).toBe(15);
    expect(refusal({ returnWindow: window(15), exchangeWindow: window(14) })).toEqual(['sellerFault.exchangeWindow.length']);
    // A return window raised over the preset's 15-day exchange window needs the exchange window raised too.
    expect(refusal({ returnWindow: window(30) })).toEqual(['sellerFault.exchangeWindow.length']);
    expect(defineReturnPolicy({ sellerFault: { returnWindow: window(30), exchangeWindow: window(30) } }).sellerFault.returnWindow.length).toBe(30);
  });

  it('RET-8: a return window without a limit needs an exchange window without one (null or -1)', () => {
    expect(refusal({ returnWindow: window(null), exchangeWindow: window(365) })).toEqual(['sellerFault.exchangeWindow.length']);
    expect(refusal({ returnWindow: window(-1), exchangeWindow: window(365) })).toEqual(['sellerFault.exchangeWindow.length']);
    expect(defineReturnPolicy({ sellerFault: { returnWindow: window(null), exchangeWindow: window(-1) } }).sellerFault.exchangeWindow.length).toBe(-1);
    expect(defineReturnPolicy({ sellerFault: { returnWindow: window(7), exchangeWindow: window(null) } }).sellerFault.exchangeWindow.length).toBeNull();
  });

  it('RET-8: windows in different units are not compared', () => {
    // 5 business days is about 7 calendar days: the lengths alone would call it shorter.
    expect(defineReturnPolicy({ sellerFault: { returnWindow: window(7), exchangeWindow: window(5, 'business_days') } }).sellerFault.exchangeWindow.unit).toBe('business_days');
    expect(defineReturnPolicy({ sellerFault: { returnWindow: window(7), exchangeWindow: window(48, 'hours') } }).sellerFault.exchangeWindow.unit).toBe('hours');
    expect(defineReturnPolicy({ sellerFault: { returnWindow: window(10, 'business_days'), exchangeWindow: window(10) } }).sellerFault.returnWindow.unit).toBe('business_days');
  });

  it('RET-8: the issue says why, beside the policy\'s other issues', () => {
    try {
      defineReturnPolicy({ refundWithinDays: -1, sellerFault: { exchangeWindow: window(3) } });
      expect.unreachable('the policy is refused');
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyConfigError);
      const issues = (error as PolicyConfigError).issues;
      expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual(['refundWithinDays', 'sellerFault.exchangeWindow.length']);
      expect(issues.find((issue) => issue.path[0] === 'sellerFault')?.message).toBe(
        'The exchange window closes before the return window; exchange is open at least as long as return (RET-8)',
      );
    }
  });
});

