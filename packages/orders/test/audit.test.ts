import { PolicyConfigError, PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { auditOrder, defineOrderPolicy, presets, readOrder, safeAuditOrder, startOrder } from '../src/index.js';
import { order } from './fixtures.js';

const codes = (result: { reasons: readonly { code: string }[] }) => result.reasons.map((reason) => reason.code);

describe('auditOrder', () => {
  it('ORD-2: passes a complete order whose lines, shipping and discount add up to the total', () => {
    const audit = auditOrder(order);
    expect(audit).toMatchObject({ passed: true, hold: false });
    expect(audit.reasons).toEqual([expect.objectContaining({ code: 'ORDER_AUDIT_PASSED', clause: 'ORD-2' })]);
  });

  it('ORD-2, ORD-3: an order missing the customer name, phone or address is held and the customer contacted', () => {
    const audit = auditOrder({ ...order, customer: { name: ' ', phone: '', address: '' } }, presets.generic, { locale: 'en-US' });
    expect(audit).toMatchObject({ passed: false, hold: true });
    expect(codes(audit)).toEqual(['ORDER_CUSTOMER_NAME_MISSING', 'ORDER_CUSTOMER_PHONE_INVALID', 'ORDER_CUSTOMER_ADDRESS_MISSING', 'ORDER_HELD_CONTACT_CUSTOMER']);
    expect(audit.reasons.at(-1)?.clause).toBe('ORD-3');
    expect(audit.reasons.at(-1)?.message).toContain('customer is contacted');
  });

  it('ORD-2: checks the phone against the policy pattern', () => {
    expect(codes(auditOrder({ ...order, customer: { ...order.customer, phone: 'call me' } }))).toContain('ORDER_CUSTOMER_PHONE_INVALID');
    expect(auditOrder({ ...order, customer: { ...order.customer, phone: '+1 (212) 555-0100' } }).passed).toBe(true);
    const strict = defineOrderPolicy({ audit: { phonePattern: '^1[3-9][0-9]{9}$' } });
    expect(auditOrder({ ...order, customer: { ...order.customer, phone: '+1 (212) 555-0100' } }, strict).passed).toBe(false);
  });

  it('ORD-2: the phone pattern is a Unicode regular expression; one that is not valid as such is refused', () => {
    // \p{Nd} is "a decimal digit" only in Unicode mode; without it, it is the letter p.
    const digits = defineOrderPolicy({ audit: { phonePattern: '^\\p{Nd}{11}$' } });
    expect(auditOrder({ ...order, customer: { ...order.customer, phone: '13800138000' } }, digits).passed).toBe(true);
    expect(auditOrder({ ...order, customer: { ...order.customer, phone: '1380013800' } }, digits).passed).toBe(false);
    // An unknown property is a syntax error in Unicode mode only.
    expect(() => defineOrderPolicy({ audit: { phonePattern: '^\\p{Digitz}+$' } })).toThrow(PolicyConfigError);
  });

  it('ORD-2: holds an order whose amounts do not add up, with the numbers used', () => {
    const audit = auditOrder({ ...order, total: '150.01' });
    expect(audit.passed).toBe(false);
    const mismatch = audit.reasons.find((reason) => reason.code === 'ORDER_AMOUNT_MISMATCH');
    // 2 × 59.00 + 1 × 30.00 = 148.00; + 10.00 shipping − 8.00 discount = 150.00
    expect(mismatch?.params).toMatchObject({
      subtotal: { amount: '148.00', currency: 'CNY' },
      expected: { amount: '150.00', currency: 'CNY' },
      total: { amount: '150.01', currency: 'CNY' },
    });
    expect(mismatch?.message).toContain('¥150.01');
  });

  it('ORD-2: holds an order with no payment method, or one the store does not accept', () => {
    expect(codes(auditOrder({ ...order, payment: null }))).toContain('ORDER_PAYMENT_METHOD_MISSING');
    const policy = defineOrderPolicy({ audit: { acceptedPaymentMethods: ['wechat'] } });
    const audit = auditOrder(order, policy);
    expect(codes(audit)).toContain('ORDER_PAYMENT_METHOD_NOT_ACCEPTED');
    expect(audit.reasons[0]?.params).toEqual({ method: 'alipay', accepted: ['wechat'] });
    expect(auditOrder({ ...order, payment: { method: 'wechat' } }, policy).passed).toBe(true);
  });

  it('ORD-3: a total above the limit is held; the limit itself is not', () => {
    const policy = defineOrderPolicy({ audit: { holdTotalAbove: '150.00' } });
    expect(auditOrder(order, policy).passed).toBe(true);
    const above = defineOrderPolicy({ audit: { holdTotalAbove: '149.99' } });
    expect(codes(auditOrder(order, above))).toEqual(['ORDER_TOTAL_SUSPICIOUS', 'ORDER_HELD_CONTACT_CUSTOMER']);
  });

  it('ORD-3: a line quantity above the limit is held; the limit itself is not', () => {
    expect(auditOrder(order, defineOrderPolicy({ audit: { holdQuantityAbove: 2 } })).passed).toBe(true);
    const audit = auditOrder(order, defineOrderPolicy({ audit: { holdQuantityAbove: 1 } }));
    expect(audit.reasons[0]).toMatchObject({ code: 'ORDER_QUANTITY_SUSPICIOUS', params: { sku: 'TEA-250', quantity: 2, limit: 1 } });
  });

  it('ORD-4: a buyer note holds an order that passed, for review; a policy can turn that off', () => {
    const audit = auditOrder({ ...order, note: '请改成蓝色' });
    expect(audit).toMatchObject({ passed: true, hold: true });
    expect(codes(audit)).toEqual(['ORDER_AUDIT_PASSED', 'ORDER_BUYER_NOTE_REVIEW']);
    expect(auditOrder({ ...order, note: '请改成蓝色' }, defineOrderPolicy({ audit: { holdOnNote: false } })).hold).toBe(false);
    expect(auditOrder({ ...order, note: '   ' }).hold).toBe(false);
  });

  it('speaks the store locale by default and the context locale when given', () => {
    expect(auditOrder(order).reasons[0]?.message).toMatch(/[\u4e00-\u9fff]/u);
    expect(auditOrder(order, presets.usStore).reasons[0]?.message).toMatch(/^Order audit passed/u);
    expect(auditOrder(order, presets.generic, { locale: 'en-US' }).reasons[0]?.message).toMatch(/^Order audit passed/u);
  });

  it('refuses a malformed order with a PolicyInputError listing every issue', () => {
    const bad = { ...order, total: '150.001', placedAt: '2026-03-01T10:00:00', lines: [{ sku: '', quantity: 0, unitPrice: '1' }] };
    try {
      auditOrder(bad);
      expect.fail('expected a PolicyInputError');
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyInputError);
      const paths = (error as PolicyInputError).issues.map((issue) => issue.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['order.placedAt', 'order.lines.0.sku', 'order.lines.0.quantity']));
    }
    expect(() => auditOrder({ ...order, total: '150.001' })).toThrow(/order\.total.*3 decimal places/u);
    expect(() => auditOrder({ ...order, currency: 'XXQ' })).toThrow(PolicyInputError);
    expect(() => auditOrder({ ...order, lines: [] })).toThrow(PolicyInputError);
    expect(() => auditOrder({ ...order, extra: true } as typeof order)).toThrow(PolicyInputError);
    expect(safeAuditOrder({ ...order, total: 'lots' }).ok).toBe(false);
  });

  it('reads amounts at the currency minor unit and instants in UTC', () => {
    const read = readOrder({ ...order, total: 150, shipping: 10, lines: [{ sku: 'A', quantity: 1, unitPrice: 1.5, tags: ['perishable', 'perishable'] }] });
    expect(read).toMatchObject({ total: '150.00', shipping: '10.00', discount: '8.00', placedAt: '2026-03-01T02:00:00.000Z' });
    expect(read.lines[0]).toEqual({ sku: 'A', quantity: 1, unitPrice: '1.50', tags: ['perishable'] });
    expect(startOrder({ ...order, currency: 'JPY', total: '150', shipping: '10', discount: '8', lines: [{ sku: 'A', quantity: 1, unitPrice: '148' }] }).refunded).toEqual({
      amount: '0',
      currency: 'JPY',
    });
    expect(() => readOrder({ ...order, currency: 'JPY', shipping: '10.50' })).toThrow(/order.shipping.*JPY allows 0/u);
  });
});
