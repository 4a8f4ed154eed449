import { describe, expect, it } from 'vitest';
import { auditOrder, defineOrderPolicy, presets, type OrderInput } from '../src/index.js';
import { order } from './fixtures.js';

// The audit's reasons in full (ORD-2..4), on the fixture order: 2 × 59.00 + 1 × 30.00 + 10.00
// shipping − 8.00 discount = 150.00, paid by alipay, no note.

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const codes = (audit: { reasons: readonly { code: string }[] }) => audit.reasons.map((reason) => reason.code);
const withCustomer = (customer: Partial<OrderInput['customer']>): OrderInput => ({ ...order, customer: { ...order.customer, ...customer } });

describe('auditOrder: what each reason says', () => {
  it('ORD-2: a passing order says what was checked', () => {
    expect(auditOrder(order)).toEqual({
      passed: true,
      hold: false,
      reasons: [{ code: 'ORDER_AUDIT_PASSED', clause: 'ORD-2', message: '订单审核通过：客户信息、商品信息、订单金额和支付方式完整准确' }],
    });
  });

  it('ORD-2: the customer\'s phone, address and the payment method are read without surrounding spaces', () => {
    expect(auditOrder(withCustomer({ phone: ' 13800138000 ' })).passed).toBe(true);
    expect(codes(auditOrder(withCustomer({ address: '   ' })))).toEqual(['ORDER_CUSTOMER_ADDRESS_MISSING', 'ORDER_HELD_CONTACT_CUSTOMER']);
    expect(codes(auditOrder({ ...order, payment: { method: '   ' } }))).toEqual(['ORDER_PAYMENT_METHOD_MISSING', 'ORDER_HELD_CONTACT_CUSTOMER']);
    const wechatOnly = defineOrderPolicy({ audit: { acceptedPaymentMethods: ['wechat'] } });
    expect(auditOrder({ ...order, payment: { method: ' wechat ' } }, wechatOnly).passed).toBe(true);
  });

  it('ORD-2: an invalid phone is quoted as given; a refused payment method is named with those accepted', () => {
    expect(auditOrder(withCustomer({ phone: 'call me' })).reasons[0]).toEqual({
      code: 'ORDER_CUSTOMER_PHONE_INVALID',
      clause: 'ORD-2',
      message: '收货人电话“call me”缺失或无效',
      params: { phone: 'call me' },
    });
    const policy = defineOrderPolicy({ audit: { acceptedPaymentMethods: ['wechat', 'unionpay'] } });
    expect(auditOrder({ ...order, payment: { method: ' alipay ' } }, policy).reasons[0]).toEqual({
      code: 'ORDER_PAYMENT_METHOD_NOT_ACCEPTED',
      clause: 'ORD-2',
      message: '支付方式“alipay”不在本店接受的方式之列（wechat、unionpay）',
      params: { method: 'alipay', accepted: ['wechat', 'unionpay'] },
    });
  });

  it('ORD-2: amounts that do not add up are shown term by term, at the scale of the total', () => {
    const audit = auditOrder({ ...order, total: '150.01' });
    expect(audit.reasons[0]).toEqual({
      code: 'ORDER_AMOUNT_MISMATCH',
      clause: 'ORD-2',
      message: '订单金额不符：商品 ¥148.00 + 运费 ¥10.00 − 优惠 ¥8.00 = ¥150.00，订单总额却为 ¥150.01',
      params: { subtotal: cny('148.00'), shipping: cny('10.00'), discount: cny('8.00'), expected: cny('150.00'), total: cny('150.01') },
    });
    expect(audit.reasons[1]).toEqual({ code: 'ORDER_HELD_CONTACT_CUSTOMER', clause: 'ORD-3', message: '异常订单已暂停处理，须联系客户确认后再继续' });
    // A currency without minor units: 2 × 59 + 10 − 8 = 120, but the total says 121.
    const yen = auditOrder({ ...order, currency: 'JPY', lines: [{ sku: 'TEA-250', quantity: 2, unitPrice: '59' }], shipping: '10', discount: '8', total: '121' });
    const jpy = (amount: string) => ({ amount, currency: 'JPY' });
    expect(yen.reasons[0]?.params).toEqual({ subtotal: jpy('118'), shipping: jpy('10'), discount: jpy('8'), expected: jpy('120'), total: jpy('121') });
  });

  it('ORD-2: amounts too large for exact integer arithmetic still add up exactly, to the cent', () => {
    const big: OrderInput = { ...order, lines: [{ sku: 'VAN-1', quantity: 3, unitPrice: '3333333333333333.33' }], shipping: '0.01', discount: '0', total: '10000000000000000.00' };
    expect(auditOrder(big).passed).toBe(true);
    const off = auditOrder({ ...big, total: '9999999999999999.99' });
    expect(off.reasons[0]).toMatchObject({
      code: 'ORDER_AMOUNT_MISMATCH',
      params: { subtotal: cny('9999999999999999.99'), expected: cny('10000000000000000.00'), total: cny('9999999999999999.99') },
    });
  });

  it('ORD-3: a suspicious total or quantity is named with its limit', () => {
    const total = auditOrder(order, defineOrderPolicy({ audit: { holdTotalAbove: '149.99' } }));
    expect(total.reasons[0]).toEqual({
      code: 'ORDER_TOTAL_SUSPICIOUS',
      clause: 'ORD-3',
      message: '订单总额 ¥150.00 超过 ¥149.99，按异常订单核实',
      params: { total: cny('150.00'), limit: cny('149.99') },
    });
    // Only the line above the limit is named (the cup's quantity 1 is the limit itself).
    const quantity = auditOrder(order, defineOrderPolicy({ audit: { holdQuantityAbove: 1 } }));
    expect(quantity.reasons).toEqual([
      { code: 'ORDER_QUANTITY_SUSPICIOUS', clause: 'ORD-3', message: '商品 TEA-250 数量 2 超过 1，按异常订单核实', params: { sku: 'TEA-250', quantity: 2, limit: 1 } },
      { code: 'ORDER_HELD_CONTACT_CUSTOMER', clause: 'ORD-3', message: '异常订单已暂停处理，须联系客户确认后再继续' },
    ]);
  });

  it('ORD-4: a buyer note is quoted without surrounding spaces', () => {
    expect(auditOrder({ ...order, note: '  请改成蓝色 ' }).reasons[1]).toEqual({
      code: 'ORDER_BUYER_NOTE_REVIEW',
      clause: 'ORD-4',
      message: '订单有买家留言，发货前须核对地址、电话和商品信息：请改成蓝色',
      params: { note: '请改成蓝色' },
    });
    expect(auditOrder({ ...order, note: '  请改成蓝色 ' }, presets.usStore).reasons[1]?.message).toBe(
      'The buyer left a note: address, phone and product details are checked before shipping: 请改成蓝色',
    );
  });
});
