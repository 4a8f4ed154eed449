import { describe, expect, it } from 'vitest';
import { PolicyInputError, explain, sumMoney } from '@zhidu/core';
import { decideRefund, type TourOrder } from '../src/refundDecision.js';

const order: TourOrder = {
  currency: 'CNY',
  signedAt: '2026-03-01T15:00:00+08:00',
  discount: '20.00',
  lines: [
    { sku: 'A', quantity: 1, unitPrice: '99.00' },
    { sku: 'B', quantity: 2, unitPrice: '29.90' },
  ],
};

describe('decideRefund (the core tour)', () => {
  it('RET-7: the last minute of the 7th day after signing is inside the window, the next is not', () => {
    expect(decideRefund(order, 'B', { now: '2026-03-08T23:59:00+08:00' }).eligible).toBe(true);
    expect(decideRefund(order, 'B', { now: '2026-03-09T00:00:00+08:00' }).eligible).toBe(false);
  });

  it('RET-10: refunds what was paid after the line\'s share of the order discount', () => {
    const a = decideRefund(order, 'A', { now: '2026-03-05T10:00:00+08:00' });
    const b = decideRefund(order, 'B', { now: '2026-03-05T10:00:00+08:00' });
    // 99.00 and 59.80 of 158.80 gross share the ¥20.00 discount: 12.47 and 7.53.
    expect(a.refund).toEqual({ amount: '86.53', currency: 'CNY' });
    expect(b.refund).toEqual({ amount: '52.27', currency: 'CNY' });
    expect(sumMoney([a.refund, b.refund], 'CNY').amount).toBe('138.80');
  });

  it('explains itself in both locales, citing its clauses', () => {
    const decision = decideRefund(order, 'B', { now: '2026-03-05T10:00:00+08:00' });
    expect(decision.reasons.map((reason) => reason.clause)).toEqual(['RET-7', 'RET-10']);
    expect(decision.reasons[1]?.message).toContain('¥52.27');
    expect(explain(decision, 'en-US').reasons[1]?.message).toContain('CN¥52.27');
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  });

  it('refuses an instant without an offset', () => {
    expect(() => decideRefund({ ...order, signedAt: '2026-03-01 15:00' }, 'B')).toThrow(PolicyInputError);
  });
});
