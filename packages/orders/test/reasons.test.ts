import type { Reason } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { defineOrderPolicy, overdue, presets, startOrder, transition, type OrderCommand, type OrderEvent, type OrderInput, type OrderState } from '../src/index.js';
import { applied, order, orderIn, pay, refused, run, toDelivered } from './fixtures.js';

// The reasons each event gives, in full: code, clause, params and message. The fixture order is
// placed in Shanghai (UTC+8) at 2026-03-01 10:00 and paid at 10:05 for ¥150.00; the generic
// preset gives 24 h to pay (due 2026-03-02 10:00 local), 48 h to ship from payment (by 2026-03-03
// 10:05 local) and 15 calendar days of after-sales from the day after delivery.

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const lastReasons = (state: OrderState): readonly Reason[] => state.history.at(-1)?.reasons ?? [];
const reasonOf = (reasons: readonly Reason[], code: string): Reason => {
  const found = reasons.find((r) => r.code === code);
  if (found === undefined) return expect.fail(`no ${code} among ${reasons.map((r) => r.code).join(', ')}`);
  return found;
};
function command<T extends OrderCommand['type']>(commands: readonly OrderCommand[], type: T): Extract<OrderCommand, { type: T }> {
  const found = commands.find((c): c is Extract<OrderCommand, { type: T }> => c.type === type);
  if (found === undefined) return expect.fail(`no ${type} command among ${commands.map((c) => c.type).join(', ')}`);
  return found;
}

const allocate: OrderEvent = { type: 'ALLOCATE', at: '2026-03-01T11:00:00+08:00', warehouse: 'SH-1' };
const [toPacked, toShipped, toInTransit] = [toDelivered.slice(0, 2), toDelivered.slice(0, 3), toDelivered.slice(0, 4)];
const noLimit = { length: null, unit: 'hours' } as const;

describe('transition: PAY, REMIND_PAYMENT, EXPIRE_PAYMENT', () => {
  it('ORD-11, ORD-7: ORDER_PAID and ORDER_SHIP_BY state the payment, its deadline and the ship-by instant in UTC and local time', () => {
    const paid = applied(transition(orderIn(), pay));
    const [paidReason, shipByReason] = lastReasons(paid.state);
    expect(paidReason).toEqual({
      code: 'ORDER_PAID',
      clause: 'ORD-11',
      message: '已于 2026-03-01 10:05:00 付款 ¥150.00（付款期限 2026-03-02 10:00:00）',
      params: {
        amount: cny('150.00'),
        at: '2026-03-01T02:05:00.000Z',
        atLocal: '2026-03-01 10:05:00',
        paymentDueAt: '2026-03-02T02:00:00.000Z',
        paymentDueLocal: '2026-03-02 10:00:00',
      },
    });
    expect(shipByReason).toEqual({
      code: 'ORDER_SHIP_BY',
      clause: 'ORD-7',
      message: '须在 2026-03-03 10:05:00 前发货（发货时限自付款起算）',
      params: { shipBy: '2026-03-03T02:05:00.000Z', shipByLocal: '2026-03-03 10:05:00', length: 48, unit: 'hours' },
    });
    expect(paid.commands).toEqual([{ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'payment_received' }]);
  });

  it('ORD-11: a payment after the window is refused with the deadline; the amount check names both amounts (ORD-2)', () => {
    const start = orderIn();
    expect(refused(transition(start, { ...pay, at: '2026-03-02T10:00:00.001+08:00' }))).toEqual({
      code: 'ORDER_PAYMENT_WINDOW_CLOSED',
      clause: 'ORD-11',
      message: '付款期限已于 2026-03-02 10:00:00 届满，订单不能再付款',
      params: { paymentDueAt: '2026-03-02T02:00:00.000Z', paymentDueLocal: '2026-03-02 10:00:00' },
    });
    expect(refused(transition(start, { ...pay, amount: '149.99' }))).toEqual({
      code: 'ORDER_PAYMENT_AMOUNT_MISMATCH',
      clause: 'ORD-2',
      message: '付款金额 ¥149.99 与订单总额 ¥150.00 不符',
      params: { amount: cny('149.99'), total: cny('150.00') },
    });
  });

  it('ORD-11: a reminder restates the deadline; REQUEST_PAYMENT asks for the total by it', () => {
    const reminded = applied(transition(orderIn(), { type: 'REMIND_PAYMENT', at: '2026-03-02T10:00:00+08:00' }));
    expect(reminded.state.value).toBe('pending_payment');
    expect(lastReasons(reminded.state)).toEqual([
      {
        code: 'ORDER_PAYMENT_REMINDED',
        clause: 'ORD-11',
        message: '客服跟进未付款订单，提醒买家在 2026-03-02 10:00:00 前付款',
        params: { paymentDueAt: '2026-03-02T02:00:00.000Z', paymentDueLocal: '2026-03-02 10:00:00' },
      },
    ]);
    expect(reminded.commands).toEqual([{ type: 'REQUEST_PAYMENT', orderId: 'SO-1001', amount: cny('150.00'), dueAt: '2026-03-02T02:00:00.000Z' }]);
    // At the deadline itself a reminder is still sent; 1 ms after, the window has closed.
    expect(refused(transition(orderIn(), { type: 'REMIND_PAYMENT', at: '2026-03-02T10:00:00.001+08:00' })).params).toEqual({
      paymentDueAt: '2026-03-02T02:00:00.000Z',
      paymentDueLocal: '2026-03-02 10:00:00',
    });
  });

  it('ORD-11: EXPIRE_PAYMENT names the deadline whether it refuses (window open) or cancels', () => {
    const params = { paymentDueAt: '2026-03-02T02:00:00.000Z', paymentDueLocal: '2026-03-02 10:00:00' };
    expect(refused(transition(orderIn(), { type: 'EXPIRE_PAYMENT', at: '2026-03-02T09:59:59.999+08:00' }))).toEqual({
      code: 'ORDER_PAYMENT_WINDOW_OPEN',
      clause: 'ORD-11',
      message: '付款期限至 2026-03-02 10:00:00，尚未届满，订单不能因未付款取消',
      params,
    });
    const expired = applied(transition(orderIn(), { type: 'EXPIRE_PAYMENT', at: '2026-03-02T10:00:00+08:00' }));
    expect(lastReasons(expired.state)).toEqual([{ code: 'ORDER_PAYMENT_EXPIRED', clause: 'ORD-11', message: '超过付款期限（2026-03-02 10:00:00）未付款，订单取消', params }]);
    expect(expired.commands).toEqual([{ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'order_cancelled' }]);
  });

  it('ORD-11: with no payment window the order may be paid or reminded at any time, and never expires as unpaid', () => {
    const open = defineOrderPolicy({ payment: { window: noLimit } });
    const start = startOrder(order, open);
    expect(start.deadlines.paymentDueAt).toBeNull();
    const years = '2029-01-01T00:00:00+08:00';
    expect(refused(transition(start, { type: 'EXPIRE_PAYMENT', at: years }, open))).toMatchObject({
      code: 'ORDER_PAYMENT_WINDOW_OPEN',
      params: { paymentDueAt: null, paymentDueLocal: null },
    });
    const reminded = applied(transition(start, { type: 'REMIND_PAYMENT', at: years }, open));
    expect(reminded.commands).toEqual([{ type: 'REQUEST_PAYMENT', orderId: 'SO-1001', amount: cny('150.00'), dueAt: null }]);
    const paid = applied(transition(start, { ...pay, at: years }, open));
    expect(paid.state.value).toBe('awaiting_fulfillment');
    expect(lastReasons(paid.state)[0]?.params).toMatchObject({ paymentDueAt: null, paymentDueLocal: null });
  });
});

describe('transition: ship-by rules (ORD-7)', () => {
  const perishableOrder: OrderInput = { ...order, lines: [{ ...order.lines[0]!, tags: ['perishable'] }, order.lines[1]!] };

  it('ORD-7: a perishable line sets the stricter deadline, with its own length and unit', () => {
    const paid = orderIn([pay], presets.generic, perishableOrder);
    expect(paid.deadlines.shipBy).toBe('2026-03-02T02:05:00.000Z');
    expect(reasonOf(lastReasons(paid), 'ORDER_SHIP_BY_PERISHABLE')).toEqual({
      code: 'ORDER_SHIP_BY_PERISHABLE',
      clause: 'ORD-7',
      message: '订单含生鲜易腐商品，适用更严的发货时限：须在 2026-03-02 10:05:00 前发货',
      params: { shipBy: '2026-03-02T02:05:00.000Z', shipByLocal: '2026-03-02 10:05:00', length: 24, unit: 'hours' },
    });
  });

  it('ORD-7: a perishable time no shorter than the stated one changes nothing: the stated rule applies', () => {
    for (const length of [48, 72]) {
      const policy = defineOrderPolicy({ shipping: { perishableHandling: { length, unit: 'hours' } } });
      const paid = orderIn([pay], policy, perishableOrder);
      expect(paid.deadlines.shipBy, `${String(length)} h`).toBe('2026-03-03T02:05:00.000Z');
      expect(lastReasons(paid).map((r) => r.code)).toEqual(['ORDER_PAID', 'ORDER_SHIP_BY', 'ORDER_AUDIT_PASSED']);
    }
  });

  it('ORD-7: a perishable time applies even when the store states no handling time and the unstated one has no limit', () => {
    const policy = defineOrderPolicy({ shipping: { handling: null, unstatedHandling: noLimit } });
    const paid = orderIn([pay], policy, perishableOrder);
    expect(paid.deadlines.shipBy).toBe('2026-03-02T02:05:00.000Z');
    expect(lastReasons(paid)[1]?.code).toBe('ORDER_SHIP_BY_PERISHABLE');
  });

  it('ORD-7: the unstated-time rule (FTC) names its 30 calendar days', () => {
    const policy = defineOrderPolicy({ shipping: { handling: null } });
    const paid = orderIn([pay], policy);
    expect(lastReasons(paid)[1]).toMatchObject({ code: 'ORDER_SHIP_BY_UNSTATED', clause: 'ORD-7', params: { length: 30, unit: 'calendar_days' } });
  });

  it('ORD-7: with no handling time at all there is no ship-by deadline, and shipping is neither on time nor late', () => {
    const policy = defineOrderPolicy({ shipping: { handling: noLimit, perishableHandling: null } });
    const paid = orderIn([pay], policy, perishableOrder);
    expect(paid.deadlines.shipBy).toBeNull();
    expect(lastReasons(paid)[1]).toEqual({ code: 'ORDER_NO_SHIP_DEADLINE', clause: 'ORD-7', message: '本店政策未设发货时限' });
    const shipped = run(paid, [allocate, toPacked[1]!, { type: 'SHIP', at: '2027-01-01T00:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1' }], policy);
    expect(lastReasons(shipped).map((r) => r.code)).toEqual(['ORDER_SHIPPED', 'ORDER_OUTBOUND_REGISTERED']);
    expect(overdue(paid, policy, { now: '2027-01-01T00:00:00+08:00' }).overdue).toEqual([]);
  });
});

describe('transition: audit holds and CONFIRM (ORD-2..4)', () => {
  const withNote: OrderInput = { ...order, note: '请周末送货' };

  it('ORD-3, ORD-4: a held order contacts the customer about each problem, never about the pass or the hold itself', () => {
    const policy = defineOrderPolicy({ audit: { holdTotalAbove: '100.00' } });
    const held = applied(transition(startOrder({ ...withNote, customer: { ...order.customer, phone: '' } }, policy), pay, policy));
    expect(held.state.value).toBe('on_hold');
    expect(held.commands).toEqual([
      { type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'payment_received' },
      { type: 'CONTACT_CUSTOMER', orderId: 'SO-1001', about: ['ORDER_CUSTOMER_PHONE_INVALID', 'ORDER_TOTAL_SUSPICIOUS', 'ORDER_BUYER_NOTE_REVIEW'] },
    ]);
    // An order held only for its note was audited as passing: the pass is a reason, not something to ask about.
    const noted = applied(transition(orderIn([], presets.generic, withNote), pay));
    expect(lastReasons(noted.state).map((r) => r.code)).toEqual(['ORDER_PAID', 'ORDER_SHIP_BY', 'ORDER_AUDIT_PASSED', 'ORDER_BUYER_NOTE_REVIEW']);
    expect(command(noted.commands, 'CONTACT_CUSTOMER').about).toEqual(['ORDER_BUYER_NOTE_REVIEW']);
  });

  it('ORD-2: under a manual audit, PAY says the order waits for review', () => {
    const manual = defineOrderPolicy({ audit: { mode: 'manual' } });
    const paid = applied(transition(startOrder(order, manual), pay, manual));
    expect(lastReasons(paid.state)[2]).toEqual({ code: 'ORDER_AWAITING_REVIEW', clause: 'ORD-2', message: '已付款，订单等待人工审核' });
    expect(paid.commands).toEqual([{ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'payment_received' }]);
    const audited = applied(transition(paid.state, { type: 'AUDIT', at: '2026-03-01T10:30:00+08:00' }, manual));
    expect(lastReasons(audited.state).map((r) => r.code)).toEqual(['ORDER_AUDIT_PASSED']);
    expect(audited.commands).toEqual([]);
  });

  it('ORD-3: CONFIRM names who confirmed; an override names who released the order', () => {
    const held = orderIn([pay], presets.generic, withNote);
    const confirmed = applied(transition(held, { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: 'cs-li' }));
    expect(lastReasons(confirmed.state)[0]).toEqual({
      code: 'ORDER_CONFIRMED_BY_CUSTOMER',
      clause: 'ORD-3',
      message: 'cs-li 已与客户确认订单信息，重新审核',
      params: { by: 'cs-li' },
    });
    expect(confirmed.commands).toEqual([]);
    // Nothing about the customer changed: the order is kept as it was.
    expect(confirmed.state.order).toBe(held.order);
    const released = applied(transition(held, { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: 'ops-zhao', override: true }));
    expect(lastReasons(released.state)).toEqual([{ code: 'ORDER_HOLD_OVERRIDDEN', clause: 'ORD-3', message: 'ops-zhao 确认客户信息后人工放行订单', params: { by: 'ops-zhao' } }]);
    expect(released.state.order).toBe(held.order);
    // `override: false` is a plain confirmation.
    const notOverridden = applied(transition(held, { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: 'cs-li', override: false }));
    expect(lastReasons(notOverridden.state)[0]?.code).toBe('ORDER_CONFIRMED_BY_CUSTOMER');
  });

  it('ORD-4: a confirmed buyer note no longer holds the order, but only for that confirmation: the policy still holds new notes', () => {
    const held = orderIn([pay], presets.generic, withNote);
    const confirmed = applied(transition(held, { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: 'cs-li' }));
    expect(confirmed.state.value).toBe('awaiting_fulfillment');
    expect(presets.generic.audit.holdOnNote).toBe(true);
    expect(orderIn([pay], presets.generic, withNote).value).toBe('on_hold');
  });

  it('ORD-4: corrections in CONFIRM replace only the fields given; a field left undefined keeps its value', () => {
    const held = orderIn([pay], presets.generic, { ...order, customer: { ...order.customer, phone: '' } });
    const corrected = applied(
      transition(held, { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: 'cs-li', customer: { name: undefined, phone: '13900139000', address: undefined } }),
    );
    expect(corrected.state.value).toBe('awaiting_fulfillment');
    expect(corrected.state.order.customer).toEqual({ name: '王芳', phone: '13900139000', address: '上海市浦东新区世纪大道 100 号' });
    // A correction that still fails the audit keeps the order on hold, with the correction recorded.
    const still = applied(transition(held, { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: 'cs-li', customer: { phone: 'call me' } }));
    expect(still.state.value).toBe('on_hold');
    expect(still.state.order.customer.phone).toBe('call me');
    expect(still.commands).toEqual([{ type: 'CONTACT_CUSTOMER', orderId: 'SO-1001', about: ['ORDER_CUSTOMER_PHONE_INVALID'] }]);
  });
});

describe('transition: allocation and shortages (ORD-5, ORD-6)', () => {
  const shortAt = '2026-03-01T11:30:00+08:00';
  const resolveAt = '2026-03-01T12:00:00+08:00';

  it('ORD-6: ORDER_ALLOCATED names the warehouse', () => {
    const allocated = applied(transition(orderIn([pay]), allocate));
    expect(lastReasons(allocated.state)).toEqual([{ code: 'ORDER_ALLOCATED', clause: 'ORD-6', message: '订单已分配至 SH-1', params: { warehouse: 'SH-1' } }]);
    expect(allocated.commands).toEqual([]);
  });

  it('ORD-5: a shortage names its lines; the customer is contacted and stock replenished', () => {
    const short = applied(transition(orderIn([pay, allocate]), { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'TEA-250', quantity: 1 }, { sku: 'TEA-250', quantity: 1 }] }));
    expect(short.state.shortage).toEqual({ lines: [{ sku: 'TEA-250', quantity: 2 }], resolution: null });
    expect(lastReasons(short.state)).toEqual([
      { code: 'ORDER_STOCK_SHORTAGE', clause: 'ORD-5', message: '库存不足（TEA-250 ×2）：联系客户，以退款、换货或补货解决', params: { lines: ['TEA-250 ×2'] } },
    ]);
    expect(short.commands).toEqual([
      { type: 'CONTACT_CUSTOMER', orderId: 'SO-1001', about: ['ORDER_STOCK_SHORTAGE'] },
      { type: 'REPLENISH', orderId: 'SO-1001', lines: [{ sku: 'TEA-250', quantity: 2 }] },
    ]);
  });

  it('ORD-5: a shortage of more than is still to ship names each line as still-to-ship → reported', () => {
    const paid = orderIn([pay]);
    // Entries of one SKU add up: 1 + 1 cups against the 1 still to ship.
    const error = refused(
      transition(paid, { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'CUP-01', quantity: 1 }, { sku: 'BOWL-9', quantity: 3 }, { sku: 'CUP-01', quantity: 1 }, { sku: 'TEA-250', quantity: 2 }] }),
    );
    expect(error).toEqual({
      code: 'ORDER_SHORTAGE_NOT_IN_ORDER',
      clause: 'ORD-5',
      message: '缺货行与待发货商品不符：CUP-01: 1 → 2、BOWL-9: 0 → 3',
      params: { differences: ['CUP-01: 1 → 2', 'BOWL-9: 0 → 3'] },
    });
  });

  it('ORD-5: when the stock arrives the order goes back to be allocated again', () => {
    const short = orderIn([pay, allocate, { type: 'REPORT_SHORTAGE', at: shortAt }]);
    expect(short.warehouse).toBe('SH-1');
    const arrived = applied(transition(short, { type: 'STOCK_ARRIVED', at: resolveAt }));
    expect(arrived.state).toMatchObject({ value: 'awaiting_fulfillment', shortage: null, warehouse: null });
    expect(lastReasons(arrived.state)).toEqual([{ code: 'ORDER_STOCK_ARRIVED', clause: 'ORD-5', message: '缺货商品已到货，订单恢复待发货' }]);
    expect(arrived.commands).toEqual([]);
  });

  it('ORD-5: a backorder keeps the shortage\'s lines; an exchange clears the shortage and the allocation', () => {
    const short = orderIn([pay, allocate, { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'CUP-01', quantity: 1 }] }]);
    const backorder = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: resolveAt, resolution: 'backorder' }));
    expect(backorder.state.shortage).toEqual({ lines: [{ sku: 'CUP-01', quantity: 1 }], resolution: 'backorder' });
    expect(backorder.state.warehouse).toBe('SH-1');
    expect(lastReasons(backorder.state)).toEqual([{ code: 'ORDER_SHORTAGE_BACKORDER', clause: 'ORD-5', message: '缺货按补货处理，到货后发货，已通知客户' }]);
    const exchange = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: resolveAt, resolution: 'exchange' }));
    expect(exchange.state).toMatchObject({ value: 'awaiting_fulfillment', shortage: null, warehouse: null, toShip: short.toShip });
    expect(exchange.commands).toEqual([{ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'shortage_resolved' }]);
  });

  it('ORD-5, RET-10: a refunded shortage names the refund and the lines, records it and clears the allocation', () => {
    const short = orderIn([pay, allocate, { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'CUP-01', quantity: 1 }] }]);
    const refunded = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: resolveAt, resolution: 'refund' }));
    // The cup's share of the goods paid: 30.00 × (150.00 − 10.00 shipping) ÷ 148.00 = 28.378… → 28.38.
    expect(refunded.state).toMatchObject({ value: 'awaiting_fulfillment', shortage: null, warehouse: null, refunded: cny('28.38'), toShip: [{ sku: 'TEA-250', quantity: 2 }] });
    expect(lastReasons(refunded.state)).toEqual([
      { code: 'ORDER_SHORTAGE_REFUNDED', clause: 'ORD-5', message: '缺货按退款处理：退还 ¥28.38（CUP-01 ×1）', params: { refund: cny('28.38'), lines: ['CUP-01 ×1'] } },
      {
        code: 'ORDER_REFUND_RECORDED',
        clause: 'ORD-12',
        message: '退款 ¥28.38；累计已退 ¥28.38，实付 ¥150.00',
        params: { amount: cny('28.38'), refunded: cny('28.38'), paid: cny('150.00') },
      },
    ]);
    expect(refunded.commands).toEqual([
      { type: 'ISSUE_REFUND', orderId: 'SO-1001', amount: cny('28.38'), cause: 'shortage' },
      { type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'refund_issued' },
    ]);
  });

  it('ORD-5: a shortage of goods that cost nothing refunds nothing: the customer is told, no refund is issued', () => {
    const withGift: OrderInput = { ...order, lines: [...order.lines, { sku: 'GIFT-1', quantity: 1, unitPrice: '0.00', tags: ['gift'] }] };
    const short = orderIn([pay, { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'GIFT-1', quantity: 1 }] }], presets.generic, withGift);
    const resolved = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: resolveAt, resolution: 'refund' }));
    expect(resolved.state).toMatchObject({ value: 'awaiting_fulfillment', refunded: cny('0.00'), shortage: null, toShip: [{ sku: 'TEA-250', quantity: 2 }, { sku: 'CUP-01', quantity: 1 }] });
    expect(lastReasons(resolved.state)).toEqual([
      { code: 'ORDER_SHORTAGE_REFUNDED', clause: 'ORD-5', message: '缺货按退款处理：退还 ¥0.00（GIFT-1 ×1）', params: { refund: cny('0.00'), lines: ['GIFT-1 ×1'] } },
    ]);
    expect(resolved.commands).toEqual([{ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'shortage_resolved' }]);
  });
});

describe('transition: what a shortage refunds when the payment did not buy the goods (ORD-5, RET-10)', () => {
  const at = (minute: number) => `2026-03-01T11:${String(minute).padStart(2, '0')}:00+08:00`;
  const twoLines = (lines: OrderInput['lines'], shipping: string, discount: string, total: string): OrderInput => ({ ...order, lines, shipping, discount, total });

  it('RET-10: a discount larger than the goods leaves nothing paid for them: a partial shortage refunds nothing', () => {
    // 10.00 + 10.00 goods + 10.00 shipping − 25.00 discount = 5.00 paid, less than the shipping.
    const input = twoLines([{ sku: 'A', quantity: 1, unitPrice: '10.00' }, { sku: 'B', quantity: 1, unitPrice: '10.00' }], '10.00', '25.00', '5.00');
    const short = orderIn([{ ...pay, amount: '5.00' }, { type: 'REPORT_SHORTAGE', at: at(0), lines: [{ sku: 'B', quantity: 1 }] }], presets.generic, input);
    const resolved = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: at(1), resolution: 'refund' }));
    expect(resolved.state).toMatchObject({ value: 'awaiting_fulfillment', refunded: cny('0.00'), toShip: [{ sku: 'A', quantity: 1 }] });
    expect(resolved.commands).toEqual([{ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'shortage_resolved' }]);
    // The last line short empties the order: everything paid goes back.
    const last = run(resolved.state, [{ type: 'REPORT_SHORTAGE', at: at(2) }]);
    const closed = applied(transition(last, { type: 'RESOLVE_SHORTAGE', at: at(3), resolution: 'refund' }));
    expect(closed.state).toMatchObject({ value: 'refunded', refunded: cny('5.00') });
  });

  it('RET-10: an order of free goods paid only for its delivery refunds nothing for a free line short', () => {
    const input = twoLines([{ sku: 'GIFT-1', quantity: 1, unitPrice: '0.00' }, { sku: 'GIFT-2', quantity: 2, unitPrice: '0.00' }], '10.00', '0.00', '10.00');
    const short = orderIn([{ ...pay, amount: '10.00' }, { type: 'REPORT_SHORTAGE', at: at(0), lines: [{ sku: 'GIFT-2', quantity: 1 }] }], presets.generic, input);
    const resolved = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: at(1), resolution: 'refund' }));
    expect(resolved.state).toMatchObject({ value: 'awaiting_fulfillment', refunded: cny('0.00'), toShip: [{ sku: 'GIFT-1', quantity: 1 }, { sku: 'GIFT-2', quantity: 1 }] });
    expect(lastReasons(resolved.state)[0]?.params).toEqual({ refund: cny('0.00'), lines: ['GIFT-2 ×1'] });
  });

  it('ORD-5, RET-10: a SKU on two lines is refunded from what both lines were paid', () => {
    // TEA on two lines: 2 × 10.00 and 1 × 40.00 (a different price, e.g. a gift box); no discount or shipping.
    const input = twoLines([{ sku: 'TEA', quantity: 2, unitPrice: '10.00' }, { sku: 'TEA', quantity: 1, unitPrice: '40.00' }], '0.00', '0.00', '60.00');
    const paid = orderIn([{ ...pay, amount: '60.00' }], presets.generic, input);
    expect(paid.toShip).toEqual([{ sku: 'TEA', quantity: 3 }]);
    const short = run(paid, [{ type: 'REPORT_SHORTAGE', at: at(0), lines: [{ sku: 'TEA', quantity: 1 }] }]);
    const resolved = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: at(1), resolution: 'refund' }));
    // 60.00 for the SKU's 3 units: one unit's share is 20.00.
    expect(command(resolved.commands, 'ISSUE_REFUND').amount).toEqual(cny('20.00'));
    expect(resolved.state.toShip).toEqual([{ sku: 'TEA', quantity: 2 }]);
  });
});

describe('transition: packing, shipping, tracking and exceptions (ORD-7..10, ORD-13)', () => {
  const packAll = toPacked[1]!;
  const ship: OrderEvent = { type: 'SHIP', at: '2026-03-01T13:00:00+08:00', carrier: 'SF', trackingNumber: ' SF1234567890 ' };

  it('ORD-8: a pack that matches names nothing; one that does not lists each SKU as ordered → packed', () => {
    const allocated = orderIn([pay, allocate]);
    const packed = applied(transition(allocated, packAll));
    expect(lastReasons(packed.state)).toEqual([{ code: 'ORDER_PACK_MATCHES', clause: 'ORD-8', message: '包裹内商品与订单一致' }]);
    expect(packed.commands).toEqual([{ type: 'BOOK_CARRIER', orderId: 'SO-1001', warehouse: 'SH-1', reship: false }]);
    const error = refused(transition(allocated, { type: 'PACK', at: '2026-03-01T12:00:00+08:00', items: [{ sku: 'SPOON-1', quantity: 1 }, { sku: 'TEA-250', quantity: 3 }] }));
    expect(error).toEqual({
      code: 'ORDER_PACK_MISMATCH',
      clause: 'ORD-8',
      message: '包裹内商品与订单不符，不得发货：TEA-250: 2 → 3、CUP-01: 1 → 0、SPOON-1: 0 → 1',
      params: { differences: ['TEA-250: 2 → 3', 'CUP-01: 1 → 0', 'SPOON-1: 0 → 1'] },
    });
    // An empty package matches nothing that is still to ship.
    expect(refused(transition(allocated, { type: 'PACK', at: '2026-03-01T12:00:00+08:00', items: [] })).params).toEqual({
      differences: ['TEA-250: 2 → 0', 'CUP-01: 1 → 0'],
    });
  });

  it('ORD-9, ORD-13, ORD-7: SHIP records the trimmed tracking number, registers outbound and says it shipped on time', () => {
    const shipped = applied(transition(orderIn([pay, ...toPacked]), ship));
    expect(lastReasons(shipped.state)).toEqual([
      {
        code: 'ORDER_SHIPPED',
        clause: 'ORD-9',
        message: '已由 SF 发货，运单号 SF1234567890，已同步给客户',
        params: { carrier: 'SF', trackingNumber: 'SF1234567890' },
      },
      { code: 'ORDER_OUTBOUND_REGISTERED', clause: 'ORD-13', message: '快递揽收，出库登记' },
      {
        code: 'ORDER_SHIPPED_ON_TIME',
        clause: 'ORD-7',
        message: '在发货时限（2026-03-03 10:05:00）内发货',
        params: { shipBy: '2026-03-03T02:05:00.000Z', shipByLocal: '2026-03-03 10:05:00' },
      },
    ]);
    expect(shipped.commands).toEqual([{ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'order_shipped' }]);
  });

  it('ORD-7: a late shipment counts every started minute late, with the deadline', () => {
    const packed = orderIn([pay, ...toPacked]);
    const late = (at: string) => reasonOf(lastReasons(applied(transition(packed, { ...ship, at })).state), 'ORDER_SHIPPED_LATE');
    expect(late('2026-03-03T10:06:00+08:00')).toEqual({
      code: 'ORDER_SHIPPED_LATE',
      clause: 'ORD-7',
      message: '发货晚于时限 2026-03-03 10:05:00，超时 1 分钟',
      params: { shipBy: '2026-03-03T02:05:00.000Z', shipByLocal: '2026-03-03 10:05:00', lateMinutes: 1 },
    });
    expect(late('2026-03-03T10:06:00.001+08:00').params?.lateMinutes).toBe(2);
    expect(late('2026-03-04T10:05:00+08:00').params?.lateMinutes).toBe(24 * 60);
  });

  it('ORD-9: a transit node is named (null when the carrier gives none) and goes on the latest shipment only', () => {
    const lost = orderIn([pay, ...toShipped, { type: 'IN_TRANSIT', at: '2026-03-02T08:00:00+08:00', node: '上海转运中心' }, { type: 'REPORT_EXCEPTION', at: '2026-03-03T08:00:00+08:00', kind: 'lost' }]);
    const reshipped = run(lost, [{ type: 'RESHIP', at: '2026-03-03T10:00:00+08:00', carrier: 'YTO', trackingNumber: 'YT998877' }]);
    const moving = applied(transition(reshipped, { type: 'IN_TRANSIT', at: '2026-03-03T18:00:00+08:00' }));
    expect(lastReasons(moving.state)).toEqual([{ code: 'ORDER_IN_TRANSIT', clause: 'ORD-9', message: '运输中：—', params: { node: null } }]);
    expect(moving.state.shipments.map((s) => s.nodes)).toEqual([[{ at: '2026-03-02T00:00:00.000Z', node: '上海转运中心' }], [{ at: '2026-03-03T10:00:00.000Z', node: null }]]);
    expect(moving.commands).toEqual([{ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'order_in_transit' }]);
  });

  it('ORD-10: news from the carrier after an exception (in transit again, or delivered) closes the exception', () => {
    const delayed = orderIn([pay, ...toShipped, { type: 'REPORT_EXCEPTION', at: '2026-03-02T08:00:00+08:00', kind: 'delayed' }]);
    expect(delayed.exception).toEqual({ kind: 'delayed', reportedAt: '2026-03-02T00:00:00.000Z' });
    expect(applied(transition(delayed, { type: 'IN_TRANSIT', at: '2026-03-02T09:00:00+08:00', node: '杭州' })).state.exception).toBeNull();
    expect(applied(transition(delayed, { type: 'DELIVER', at: '2026-03-02T15:00:00+08:00' })).state.exception).toBeNull();
  });

  it('ORD-10: an exception contacts the carrier of the latest shipment, with its tracking number', () => {
    const reshipped = orderIn([
      pay,
      ...toShipped,
      { type: 'REPORT_EXCEPTION', at: '2026-03-02T08:00:00+08:00', kind: 'lost' },
      { type: 'RESHIP', at: '2026-03-02T10:00:00+08:00', carrier: 'YTO', trackingNumber: 'YT998877' },
    ]);
    const damaged = applied(transition(reshipped, { type: 'REPORT_EXCEPTION', at: '2026-03-03T08:00:00+08:00', kind: 'damaged' }));
    expect(damaged.commands).toEqual([
      { type: 'CONTACT_CARRIER', orderId: 'SO-1001', carrier: 'YTO', trackingNumber: 'YT998877', kind: 'damaged' },
      { type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'shipment_exception' },
    ]);
    expect(lastReasons(damaged.state)).toEqual([
      {
        code: 'ORDER_LOGISTICS_DAMAGED',
        clause: 'ORD-10',
        message: '包裹损坏：联系快递公司并告知客户处理进度，以补发或退款解决',
        params: { kind: 'damaged' },
      },
    ]);
  });

  it('ORD-10: a reship names the new carrier and trimmed tracking number, books the carrier again and tells the customer', () => {
    const lost = orderIn([pay, ...toShipped, { type: 'REPORT_EXCEPTION', at: '2026-03-02T08:00:00+08:00', kind: 'lost' }]);
    const reshipped = applied(transition(lost, { type: 'RESHIP', at: '2026-03-02T10:00:00+08:00', carrier: 'YTO', trackingNumber: ' YT998877 ' }));
    expect(reshipped.state.shipments[1]?.trackingNumber).toBe('YT998877');
    expect(lastReasons(reshipped.state)).toEqual([
      { code: 'ORDER_RESHIPPED', clause: 'ORD-10', message: '物流异常以补发解决：YTO，运单号 YT998877', params: { carrier: 'YTO', trackingNumber: 'YT998877' } },
    ]);
    expect(reshipped.commands).toEqual([
      { type: 'BOOK_CARRIER', orderId: 'SO-1001', warehouse: 'SH-1', reship: true },
      { type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'order_reshipped' },
    ]);
  });

  it('ORD-9, ORD-12: delivery names the instant and the end of the after-sales window', () => {
    const delivered = applied(transition(orderIn([pay, ...toInTransit]), { type: 'DELIVER', at: '2026-03-02T15:00:00+08:00' }));
    expect(lastReasons(delivered.state)).toEqual([
      {
        code: 'ORDER_DELIVERED',
        clause: 'ORD-9',
        message: '客户已签收；售后期至 2026-03-17 23:59:59',
        params: { deliveredAt: '2026-03-02T07:00:00.000Z', afterSalesUntil: '2026-03-17T15:59:59.999Z', afterSalesLocal: '2026-03-17 23:59:59' },
      },
    ]);
  });
});

describe('transition: refunds, completion and cancellation (ORD-12, ORD-14, RET-10)', () => {
  const cancel = (at: string): OrderEvent => ({ type: 'CANCEL', at, by: 'customer', reason: '不想要了' });

  it('ORD-12: a refund before delivery is requested by the customer, and everything refunded closes the order', () => {
    const paid = orderIn([pay, allocate]);
    const part = applied(transition(paid, { type: 'REFUND', at: '2026-03-01T11:30:00+08:00', amount: '50.00' }));
    expect(part.state.value).toBe('allocated');
    expect(part.commands).toEqual([
      { type: 'ISSUE_REFUND', orderId: 'SO-1001', amount: cny('50.00'), cause: 'requested' },
      { type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'refund_issued' },
    ]);
    const rest = applied(transition(part.state, { type: 'REFUND', at: '2026-03-01T11:40:00+08:00', amount: '100.00' }));
    expect(rest.state).toMatchObject({ value: 'refunded', refunded: cny('150.00') });
    expect(lastReasons(rest.state)).toEqual([
      {
        code: 'ORDER_REFUND_RECORDED',
        clause: 'ORD-12',
        message: '退款 ¥100.00；累计已退 ¥150.00，实付 ¥150.00',
        params: { amount: cny('100.00'), refunded: cny('150.00'), paid: cny('150.00') },
      },
      { code: 'ORDER_FULLY_REFUNDED', clause: 'ORD-12', message: '实付金额已全部退还，订单关闭' },
    ]);
  });

  it('RET-10: a refund above what is left names the amount, what is left, what was paid and what was refunded; exactly what is left is taken', () => {
    const part = orderIn([pay, ...toDelivered, { type: 'REFUND', at: '2026-03-05T10:00:00+08:00', amount: '100.00' }]);
    expect(refused(transition(part, { type: 'REFUND', at: '2026-03-05T11:00:00+08:00', amount: '50.01' }))).toEqual({
      code: 'ORDER_REFUND_EXCEEDS_PAID',
      clause: 'RET-10',
      message: '退款 ¥50.01 超过可退金额 ¥50.00（实付 ¥150.00，已退 ¥100.00）',
      params: { amount: cny('50.01'), refundable: cny('50.00'), paid: cny('150.00'), refunded: cny('100.00') },
    });
    expect(applied(transition(part, { type: 'REFUND', at: '2026-03-05T11:00:00+08:00', amount: '50.00' })).state.value).toBe('refunded');
  });

  it('ORD-12: the after-sales refusal names the end of the window', () => {
    const delivered = orderIn([pay, ...toDelivered]);
    expect(refused(transition(delivered, { type: 'REFUND', at: '2026-03-18T00:00:00+08:00', amount: '10.00' }))).toEqual({
      code: 'ORDER_AFTER_SALES_CLOSED',
      clause: 'ORD-12',
      message: '售后期已于 2026-03-17 23:59:59 届满，不再受理售后退款',
      params: { afterSalesUntil: '2026-03-17T15:59:59.999Z', afterSalesLocal: '2026-03-17 23:59:59' },
    });
  });

  it('ORD-12: a refund during a logistics exception is not bound by the after-sales window, which only opens on delivery', () => {
    const lost = orderIn([pay, ...toShipped, { type: 'REPORT_EXCEPTION', at: '2026-03-02T08:00:00+08:00', kind: 'lost' }]);
    const late = applied(transition(lost, { type: 'REFUND', at: '2026-05-01T10:00:00+08:00', amount: '10.00' }));
    expect(command(late.commands, 'ISSUE_REFUND').cause).toBe('logistics_exception');
  });

  it('ORD-12: with no after-sales limit a refund is taken at any time after delivery, and the order never completes', () => {
    const policy = defineOrderPolicy({ afterSales: { window: { length: null, unit: 'calendar_days' } } });
    const delivered = orderIn([pay, ...toDelivered], policy);
    expect(delivered.deadlines.afterSalesUntil).toBeNull();
    const later = '2030-01-01T00:00:00+08:00';
    expect(command(applied(transition(delivered, { type: 'REFUND', at: later, amount: '10.00' }, policy)).commands, 'ISSUE_REFUND').cause).toBe('after_sales');
    expect(refused(transition(delivered, { type: 'COMPLETE', at: later }, policy))).toMatchObject({
      code: 'ORDER_AFTER_SALES_WINDOW_OPEN',
      params: { afterSalesUntil: null, afterSalesLocal: null },
    });
  });

  it('ORD-12: COMPLETE is refused up to the last instant of the window and allowed 1 ms after, naming the window', () => {
    const delivered = orderIn([pay, ...toDelivered]);
    const params = { afterSalesUntil: '2026-03-17T15:59:59.999Z', afterSalesLocal: '2026-03-17 23:59:59' };
    expect(refused(transition(delivered, { type: 'COMPLETE', at: '2026-03-17T23:59:59.999+08:00' }))).toEqual({
      code: 'ORDER_AFTER_SALES_WINDOW_OPEN',
      clause: 'ORD-12',
      message: '售后期至 2026-03-17 23:59:59，届满前订单不能完结',
      params,
    });
    const done = applied(transition(delivered, { type: 'COMPLETE', at: '2026-03-18T00:00:00+08:00' }));
    expect(lastReasons(done.state)).toEqual([{ code: 'ORDER_COMPLETED', clause: 'ORD-12', message: '售后期已于 2026-03-17 23:59:59 届满，订单完结', params }]);
    expect(done.commands).toEqual([]);
  });

  it('ORD-14, ORD-12: a cancellation names who and why; a paid one refunds what is left, before telling the customer', () => {
    const unpaid = applied(transition(orderIn(), cancel('2026-03-01T10:10:00+08:00')));
    expect(lastReasons(unpaid.state)).toEqual([{ code: 'ORDER_CANCELLED', clause: 'ORD-14', message: '订单由 customer 取消：不想要了', params: { by: 'customer', reason: '不想要了' } }]);
    expect(unpaid.commands).toEqual([{ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'order_cancelled' }]);
    const part = orderIn([pay, { type: 'REFUND', at: '2026-03-01T10:30:00+08:00', amount: '20.00' }]);
    const cancelled = applied(transition(part, cancel('2026-03-01T11:00:00+08:00')));
    expect(cancelled.state).toMatchObject({ value: 'cancelled', refunded: cny('150.00') });
    expect(lastReasons(cancelled.state)[1]).toEqual({ code: 'ORDER_CANCEL_REFUND', clause: 'ORD-12', message: '已付款订单取消，退还 ¥130.00', params: { refund: cny('130.00') } });
    expect(cancelled.commands).toEqual([
      { type: 'ISSUE_REFUND', orderId: 'SO-1001', amount: cny('130.00'), cause: 'cancelled' },
      { type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'order_cancelled' },
    ]);
  });

  it('ORD-8: a cancellation after packing is refused, naming the state', () => {
    expect(refused(transition(orderIn([pay, ...toPacked]), cancel('2026-03-01T13:00:00+08:00')))).toEqual({
      code: 'ORDER_CANCEL_AFTER_PACKING',
      clause: 'ORD-8',
      message: '订单已打包核对（packed），不能再取消；签收后可走售后流程',
      params: { state: 'packed' },
    });
  });
});

describe('transition: refusals of the lifecycle itself (ORD-14)', () => {
  it('ORD-14: an event the state does not take names the state and the event', () => {
    expect(refused(transition(orderIn([pay]), { type: 'SHIP', at: '2026-03-01T11:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1' }))).toEqual({
      code: 'TRANSITION_NOT_ALLOWED',
      clause: 'ORD-14',
      message: '订单处于“awaiting_fulfillment”状态，不接受 SHIP 事件',
      params: { state: 'awaiting_fulfillment', event: 'SHIP' },
    });
  });

  it('ORD-14: an event dated before the last step names both instants', () => {
    expect(refused(transition(orderIn([pay]), { ...allocate, at: '2026-03-01T10:04:59+08:00' }))).toEqual({
      code: 'ORDER_EVENT_OUT_OF_ORDER',
      clause: 'ORD-14',
      message: '事件时间 2026-03-01 10:04:59 早于订单上一步的时间 2026-03-01 10:05:00',
      params: { at: '2026-03-01T02:04:59.000Z', atLocal: '2026-03-01 10:04:59', last: '2026-03-01T02:05:00.000Z', lastLocal: '2026-03-01 10:05:00' },
    });
  });

  it('ORD-14: an event without an id is applied every time it is sent; one with a new id too', () => {
    const allocated = orderIn([pay, allocate]);
    const refund = { type: 'REFUND', at: '2026-03-01T11:30:00+08:00', amount: '10.00' } as const;
    const twice = run(allocated, [refund, refund]);
    expect(twice.refunded).toEqual(cny('20.00'));
    const ids = run(allocated, [{ ...refund, id: 'r-1' }, { ...refund, id: 'r-2' }, { ...refund, id: 'r-1' }]);
    expect(ids.refunded).toEqual(cny('20.00'));
    expect(ids.version).toBe(allocated.version + 2);
  });
});

describe('overdue: reasons (ORD-7, ORD-11)', () => {
  it('ORD-11: an overdue payment names the deadline and the minutes past it', () => {
    const report = overdue(orderIn(), presets.generic, { now: '2026-03-02T10:30:00+08:00' });
    expect(report).toEqual({
      overdue: [{ kind: 'payment', dueAt: '2026-03-02T02:00:00.000Z', minutesOverdue: 30 }],
      reasons: [
        {
          code: 'ORDER_PAYMENT_OVERDUE',
          clause: 'ORD-11',
          message: '付款已逾期 30 分钟（期限 2026-03-02 10:00:00），可取消订单',
          params: { paymentDueAt: '2026-03-02T02:00:00.000Z', paymentDueLocal: '2026-03-02 10:00:00', minutes: 30 },
        },
      ],
    });
  });

  it('ORD-7: an overdue shipment names the deadline and the minutes past it, in every state before shipping', () => {
    const policy = defineOrderPolicy({ audit: { mode: 'manual' } });
    const now = '2026-03-03T12:05:00+08:00';
    const expected = {
      overdue: [{ kind: 'shipping', dueAt: '2026-03-03T02:05:00.000Z', minutesOverdue: 120 }],
      reasons: [
        {
          code: 'ORDER_SHIPMENT_OVERDUE',
          clause: 'ORD-7',
          message: '发货已逾期 120 分钟（时限 2026-03-03 10:05:00）',
          params: { shipBy: '2026-03-03T02:05:00.000Z', shipByLocal: '2026-03-03 10:05:00', minutes: 120 },
        },
      ],
    };
    const review = orderIn([pay], policy);
    expect(review.value).toBe('under_review');
    expect(overdue(review, policy, { now })).toEqual(expected);
    const held = orderIn([pay], presets.generic, { ...order, note: '请周末送货' });
    expect(held.value).toBe('on_hold');
    const short = orderIn([pay, { type: 'REPORT_SHORTAGE', at: '2026-03-01T11:00:00+08:00' }]);
    for (const state of [held, short, orderIn([pay, allocate]), orderIn([pay, ...toPacked])]) {
      expect(overdue(state, presets.generic, { now }), state.value).toEqual(expected);
    }
    for (const state of [orderIn([pay, ...toShipped]), orderIn([pay, ...toDelivered])]) {
      expect(overdue(state, presets.generic, { now }).overdue, state.value).toEqual([]);
    }
  });

  it('ORD-7: nothing overdue is said so', () => {
    expect(overdue(orderIn([pay]), presets.generic, { now: '2026-03-01T12:00:00+08:00' }).reasons).toEqual([
      { code: 'ORDER_NOTHING_OVERDUE', clause: 'ORD-7', message: '没有逾期的付款或发货期限' },
    ]);
  });
});
