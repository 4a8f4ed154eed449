import { PolicyInputError, type Reason } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import {
  defineOrderPolicy,
  orderEventTypes,
  orderStates,
  presets,
  safeTransition,
  startOrder,
  transition,
  type OrderCommand,
  type OrderEvent,
  type OrderEventType,
  type OrderInput,
  type OrderPolicy,
  type OrderState,
  type OrderStateValue,
} from '../src/index.js';
import { applied, order, orderIn, pay, refused, run, toDelivered } from './fixtures.js';

// ---------------------------------------------------------------------------------------------
// Helpers of this file
// ---------------------------------------------------------------------------------------------

const manual = defineOrderPolicy({ audit: { mode: 'manual' } });
const suspiciousAbove100 = defineOrderPolicy({ audit: { holdTotalAbove: '100.00' } });

const allocate: OrderEvent = { type: 'ALLOCATE', at: '2026-03-01T11:00:00+08:00', warehouse: 'SH-1' };
const packAll: OrderEvent = {
  type: 'PACK',
  at: '2026-03-01T12:00:00+08:00',
  items: [
    { sku: 'TEA-250', quantity: 2 },
    { sku: 'CUP-01', quantity: 1 },
  ],
};
const ship: OrderEvent = { type: 'SHIP', at: '2026-03-01T13:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1234567890' };

/** The fixture order with a buyer note (ORD-4). */
const withNote: OrderInput = { ...order, id: 'SO-NOTE', note: '请周末送货' };
/** The fixture order with no phone: incomplete customer info, an abnormal order (ORD-2, ORD-3). */
const noPhone: OrderInput = { ...order, id: 'SO-NOPHONE', customer: { ...order.customer, phone: '' } };

/** A USD order placed in New York, for the usStore preset. */
const usOrder: OrderInput = {
  id: 'US-1001',
  currency: 'USD',
  placedAt: '2026-03-02T10:00:00-05:00',
  customer: { name: 'Jane Doe', phone: '+1 212-555-0100', address: '1 Main St, New York, NY 10001' },
  lines: [{ sku: 'MUG-1', quantity: 2, unitPrice: '12.50' }],
  shipping: '5.00',
  total: '30.00',
  payment: { method: 'card' },
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

type Amount = Extract<OrderEvent, { type: 'PAY' }>['amount'];
/** The fixture's PAY event (same id and instant) with another amount or instant. */
const payWith = (fields: { readonly at?: string; readonly amount?: Amount }): OrderEvent => ({
  type: 'PAY',
  id: 'pay-1',
  at: fields.at ?? '2026-03-01T10:05:00+08:00',
  amount: fields.amount ?? '150.00',
});

const codes = (reasons: readonly Reason[]): string[] => reasons.map((r) => r.code);
const lastReasons = (state: OrderState): readonly Reason[] => state.history.at(-1)?.reasons ?? [];
const commandTypes = (commands: readonly OrderCommand[]): string[] => commands.map((c) => c.type);
function command<T extends OrderCommand['type']>(commands: readonly OrderCommand[], type: T): Extract<OrderCommand, { type: T }> {
  const found = commands.find((c): c is Extract<OrderCommand, { type: T }> => c.type === type);
  if (found === undefined) return expect.fail(`no ${type} command among ${commandTypes(commands).join(', ')}`);
  return found;
}

/** Expects a call to throw a PolicyInputError and returns it. */
function inputError(call: () => unknown): PolicyInputError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return error as PolicyInputError;
  }
  return expect.fail('expected a PolicyInputError');
}

/** Cents of a decimal string or number with at most 2 decimals, as a bigint (exact). */
function cents(value: string | number): bigint {
  const [whole = '0', fraction = ''] = String(value).split('.');
  return BigInt(whole + fraction.padEnd(2, '0'));
}
/** A cent amount as a decimal string. */
function decimal(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${String(abs / 100n)}.${String(abs % 100n).padStart(2, '0')}`;
}
/** numerator / denominator rounded half up (both positive). */
const roundDiv = (numerator: bigint, denominator: bigint): bigint => (2n * numerator + denominator) / (2n * denominator);

const CJK = /[\u4e00-\u9fff]/u;

// ---------------------------------------------------------------------------------------------
// pending_payment
// ---------------------------------------------------------------------------------------------

describe('PAY (pending_payment)', () => {
  it('ORD-2/ORD-11: an on-time payment of the total passes the audit and moves to awaiting_fulfillment, notifying the customer', () => {
    const start = orderIn();
    const result = applied(transition(start, pay));
    expect(result.state.value).toBe('awaiting_fulfillment');
    expect(result.state.paid).toEqual({ amount: '150.00', currency: 'CNY' });
    expect(result.commands).toContainEqual({ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'payment_received' });
    const reasons = lastReasons(result.state);
    expect(codes(reasons)).toContain('ORDER_PAID');
    expect(codes(reasons)).toContain('ORDER_AUDIT_PASSED');
    expect(reasons.find((r) => r.code === 'ORDER_AUDIT_PASSED')?.clause).toBe('ORD-2');
    expect(reasons.find((r) => r.code === 'ORDER_PAID')?.clause).toBe('ORD-11');
    // ORD-7: the ship-by deadline is set at payment.
    expect(result.state.deadlines.shipBy).not.toBeNull();
    expect(codes(reasons)).toContain('ORDER_SHIP_BY');
  });

  it('ORD-2: refuses a payment whose amount differs from the order total', () => {
    const start = orderIn();
    for (const amount of ['149.99', '150.01', '15.00']) {
      const error = refused(transition(start, payWith({ amount })));
      expect(error.code).toBe('ORDER_PAYMENT_AMOUNT_MISMATCH');
      expect(error.clause).toBe('ORD-2');
      expect(error.params?.total).toEqual({ amount: '150.00', currency: 'CNY' });
    }
  });

  it('ORD-2: accepts the total given as a money object or a number in the order currency', () => {
    const start = orderIn();
    expect(applied(transition(start, payWith({ amount: { amount: '150.00', currency: 'CNY' } }))).state.value).toBe('awaiting_fulfillment');
    expect(applied(transition(start, payWith({ amount: 150 }))).state.value).toBe('awaiting_fulfillment');
  });

  it('ORD-11: refuses a payment after paymentDueAt (the payment window closed)', () => {
    const start = orderIn();
    // generic: 24 h after 2026-03-01T10:00+08:00
    expect(start.deadlines.paymentDueAt).toBe('2026-03-02T02:00:00.000Z');
    const error = refused(transition(start, payWith({ at: '2026-03-02T10:00:00.001+08:00' })));
    expect(error.code).toBe('ORDER_PAYMENT_WINDOW_CLOSED');
    expect(error.clause).toBe('ORD-11');
  });

  it('ORD-2: with a manual audit policy, payment leads to under_review and AUDIT then passes the order on', () => {
    const start = orderIn([], manual);
    const paid = applied(transition(start, pay, manual));
    expect(paid.state.value).toBe('under_review');
    expect(codes(lastReasons(paid.state))).toContain('ORDER_AWAITING_REVIEW');
    expect(paid.commands).toContainEqual({ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'payment_received' });
    const audited = applied(transition(paid.state, { type: 'AUDIT', at: '2026-03-01T10:30:00+08:00' }, manual));
    expect(audited.state.value).toBe('awaiting_fulfillment');
    expect(codes(lastReasons(audited.state))).toContain('ORDER_AUDIT_PASSED');
  });

  it('ORD-3: AUDIT (manual policy) of an abnormal order holds it and commands contacting the customer', () => {
    const paid = orderIn([pay], manual, noPhone);
    expect(paid.value).toBe('under_review');
    const audited = applied(transition(paid, { type: 'AUDIT', at: '2026-03-01T10:30:00+08:00' }, manual));
    expect(audited.state.value).toBe('on_hold');
    expect(command(audited.commands, 'CONTACT_CUSTOMER').about).toContain('ORDER_CUSTOMER_PHONE_INVALID');
  });

  it('ORD-3: an abnormal order (incomplete customer info) goes on_hold with a CONTACT_CUSTOMER command naming the problem', () => {
    const result = applied(transition(orderIn([], presets.generic, noPhone), pay));
    expect(result.state.value).toBe('on_hold');
    const contact = command(result.commands, 'CONTACT_CUSTOMER');
    expect(contact.orderId).toBe('SO-NOPHONE');
    expect(contact.about).toContain('ORDER_CUSTOMER_PHONE_INVALID');
    const reasons = lastReasons(result.state);
    expect(reasons.find((r) => r.code === 'ORDER_HELD_CONTACT_CUSTOMER')?.clause).toBe('ORD-3');
    expect(reasons.find((r) => r.code === 'ORDER_CUSTOMER_PHONE_INVALID')?.clause).toBe('ORD-2');
  });

  it('ORD-3: an order whose total is above the policy limit is held as suspicious', () => {
    const result = applied(transition(orderIn([], suspiciousAbove100), pay, suspiciousAbove100));
    expect(result.state.value).toBe('on_hold');
    expect(command(result.commands, 'CONTACT_CUSTOMER').about).toContain('ORDER_TOTAL_SUSPICIOUS');
    expect(lastReasons(result.state).find((r) => r.code === 'ORDER_TOTAL_SUSPICIOUS')?.clause).toBe('ORD-3');
  });

  it('ORD-4: an order with a buyer note is held for review (on_hold) before shipping', () => {
    const result = applied(transition(orderIn([], presets.generic, withNote), pay));
    expect(result.state.value).toBe('on_hold');
    const note = lastReasons(result.state).find((r) => r.code === 'ORDER_BUYER_NOTE_REVIEW');
    expect(note?.clause).toBe('ORD-4');
    expect(note?.params?.note).toBe('请周末送货');
    expect(command(result.commands, 'CONTACT_CUSTOMER').about).toContain('ORDER_BUYER_NOTE_REVIEW');
  });
});

describe('REMIND_PAYMENT and EXPIRE_PAYMENT (pending_payment)', () => {
  it('ORD-11: customer service follows up an unpaid order with a REQUEST_PAYMENT command; the order stays pending', () => {
    const start = orderIn();
    const result = applied(transition(start, { type: 'REMIND_PAYMENT', at: '2026-03-01T20:00:00+08:00' }));
    expect(result.state.value).toBe('pending_payment');
    expect(result.commands).toContainEqual({
      type: 'REQUEST_PAYMENT',
      orderId: 'SO-1001',
      amount: { amount: '150.00', currency: 'CNY' },
      dueAt: start.deadlines.paymentDueAt,
    });
    expect(lastReasons(result.state).map((r) => [r.code, r.clause])).toContainEqual(['ORDER_PAYMENT_REMINDED', 'ORD-11']);
  });

  it('ORD-11: no reminder once the payment window has closed', () => {
    const error = refused(transition(orderIn(), { type: 'REMIND_PAYMENT', at: '2026-03-02T10:00:00.001+08:00' }));
    expect(error.code).toBe('ORDER_PAYMENT_WINDOW_CLOSED');
  });

  it('ORD-11: refuses to expire the payment before paymentDueAt (window still open)', () => {
    const error = refused(transition(orderIn(), { type: 'EXPIRE_PAYMENT', at: '2026-03-02T09:00:00+08:00' }));
    expect(error.code).toBe('ORDER_PAYMENT_WINDOW_OPEN');
    expect(error.clause).toBe('ORD-11');
  });

  it('ORD-11: an order unpaid at or after paymentDueAt is cancelled with no refund', () => {
    for (const at of ['2026-03-02T10:00:00+08:00', '2026-03-05T00:00:00+08:00']) {
      const result = applied(transition(orderIn(), { type: 'EXPIRE_PAYMENT', at }));
      expect(result.state.value).toBe('cancelled');
      expect(codes(lastReasons(result.state))).toContain('ORDER_PAYMENT_EXPIRED');
      expect(commandTypes(result.commands)).not.toContain('ISSUE_REFUND');
      expect(result.state.refunded).toEqual({ amount: '0.00', currency: 'CNY' });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// on_hold
// ---------------------------------------------------------------------------------------------

describe('CONFIRM (on_hold)', () => {
  it('ORD-4: once the customer confirmed a buyer note, the re-audit passes and the order moves to awaiting_fulfillment', () => {
    const held = orderIn([pay], presets.generic, withNote);
    expect(held.value).toBe('on_hold');
    const result = applied(transition(held, { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: 'cs-li' }));
    expect(result.state.value).toBe('awaiting_fulfillment');
    const reasons = lastReasons(result.state);
    expect(codes(reasons)).toContain('ORDER_CONFIRMED_BY_CUSTOMER');
    expect(codes(reasons)).toContain('ORDER_AUDIT_PASSED');
  });

  it('ORD-3: an order still abnormal after confirmation stays on_hold and the customer is contacted again', () => {
    const held = orderIn([pay], presets.generic, noPhone);
    const result = applied(transition(held, { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: 'cs-li' }));
    expect(result.state.value).toBe('on_hold');
    expect(result.state.version).toBe(held.version + 1);
    expect(command(result.commands, 'CONTACT_CUSTOMER').about).toContain('ORDER_CUSTOMER_PHONE_INVALID');
  });

  it('ORD-3: a suspicious order confirmed but not overridden stays on_hold; an operator override releases it', () => {
    const held = orderIn([pay], suspiciousAbove100);
    expect(held.value).toBe('on_hold');
    const again = applied(transition(held, { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: 'cs-li' }, suspiciousAbove100));
    expect(again.state.value).toBe('on_hold');
    const released = applied(transition(held, { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: 'ops-zhao', override: true }, suspiciousAbove100));
    expect(released.state.value).toBe('awaiting_fulfillment');
    const overridden = lastReasons(released.state).find((r) => r.code === 'ORDER_HOLD_OVERRIDDEN');
    expect(overridden?.clause).toBe('ORD-3');
    expect(overridden?.params?.by).toBe('ops-zhao');
  });

  it('ORD-4: customer corrections in CONFIRM update state.order.customer and the re-audit passes', () => {
    const held = orderIn([pay], presets.generic, noPhone);
    const result = applied(
      transition(held, { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: 'cs-li', customer: { phone: '13900139000', address: '上海市徐汇区 1 号' } }),
    );
    expect(result.state.value).toBe('awaiting_fulfillment');
    expect(result.state.order.customer).toEqual({ name: '王芳', phone: '13900139000', address: '上海市徐汇区 1 号' });
    // the input state keeps the customer as it was
    expect(held.order.customer.phone).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// fulfilment: ALLOCATE, shortages, PACK
// ---------------------------------------------------------------------------------------------

describe('ALLOCATE (awaiting_fulfillment)', () => {
  it('ORD-6: assigns the order to a warehouse', () => {
    const result = applied(transition(orderIn([pay]), allocate));
    expect(result.state.value).toBe('allocated');
    expect(result.state.warehouse).toBe('SH-1');
    expect(lastReasons(result.state).map((r) => [r.code, r.clause])).toContainEqual(['ORDER_ALLOCATED', 'ORD-6']);
  });
});

describe('REPORT_SHORTAGE, STOCK_ARRIVED, RESOLVE_SHORTAGE', () => {
  const shortAt = '2026-03-01T11:30:00+08:00';
  const resolveAt = '2026-03-01T12:00:00+08:00';

  it('ORD-5: a shortage of the whole order (no lines given) moves to awaiting_stock, contacting the customer and asking for replenishment', () => {
    const result = applied(transition(orderIn([pay]), { type: 'REPORT_SHORTAGE', at: shortAt }));
    expect(result.state.value).toBe('awaiting_stock');
    expect(result.state.shortage?.lines).toEqual([
      { sku: 'TEA-250', quantity: 2 },
      { sku: 'CUP-01', quantity: 1 },
    ]);
    expect(command(result.commands, 'CONTACT_CUSTOMER').about).toContain('ORDER_STOCK_SHORTAGE');
    expect(command(result.commands, 'REPLENISH').lines).toEqual([
      { sku: 'TEA-250', quantity: 2 },
      { sku: 'CUP-01', quantity: 1 },
    ]);
    expect(lastReasons(result.state).find((r) => r.code === 'ORDER_STOCK_SHORTAGE')?.clause).toBe('ORD-5');
  });

  it('ORD-5: a shortage of some lines, reported after allocation, records only those lines', () => {
    const result = applied(transition(orderIn([pay, allocate]), { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'CUP-01', quantity: 1 }] }));
    expect(result.state.value).toBe('awaiting_stock');
    expect(result.state.shortage?.lines).toEqual([{ sku: 'CUP-01', quantity: 1 }]);
    expect(command(result.commands, 'REPLENISH').lines).toEqual([{ sku: 'CUP-01', quantity: 1 }]);
  });

  it('ORD-5: refuses a shortage of a line not in the order, or of more units than are still to ship', () => {
    const paid = orderIn([pay]);
    const unknown = refused(transition(paid, { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'BOWL-9', quantity: 1 }] }));
    expect(unknown.code).toBe('ORDER_SHORTAGE_NOT_IN_ORDER');
    expect(unknown.clause).toBe('ORD-5');
    expect(unknown.params?.differences).toEqual([expect.stringContaining('BOWL-9')]);
    const tooMany = refused(transition(paid, { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'CUP-01', quantity: 2 }] }));
    expect(tooMany.code).toBe('ORDER_SHORTAGE_NOT_IN_ORDER');
  });

  it('ORD-5: STOCK_ARRIVED returns the order to awaiting_fulfillment', () => {
    const short = orderIn([pay, { type: 'REPORT_SHORTAGE', at: shortAt }]);
    const result = applied(transition(short, { type: 'STOCK_ARRIVED', at: resolveAt }));
    expect(result.state.value).toBe('awaiting_fulfillment');
    expect(result.state.shortage).toBeNull();
    expect(result.state.toShip).toEqual(short.toShip);
  });

  it('ORD-5/RET-10: a refund of part of the order refunds what was paid for those units (net of their share of the discount) and shrinks toShip', () => {
    const short = orderIn([pay, { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'CUP-01', quantity: 1 }] }]);
    const result = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: resolveAt, resolution: 'refund' }));

    // Expected, from the fixture's numbers: the goods were paid subtotal − discount; the cup's share of
    // that is (its line total / subtotal). Shipping is still performed for what ships, so it is not
    // part of what was paid for the cup.
    const lineTotals = order.lines.map((line) => cents(line.unitPrice) * BigInt(line.quantity));
    const subtotal = lineTotals.reduce((a, b) => a + b, 0n);
    const discount = cents(order.discount ?? '0');
    const cupIndex = order.lines.findIndex((line) => line.sku === 'CUP-01');
    const cupLine = order.lines[cupIndex]!;
    const cupTotal = lineTotals[cupIndex]!;
    const expected = roundDiv(cupTotal * (subtotal - discount) * 1n, subtotal * BigInt(cupLine.quantity));

    const refund = command(result.commands, 'ISSUE_REFUND');
    expect(refund.amount).toEqual({ amount: decimal(expected), currency: 'CNY' });
    expect(refund.cause).toBe('shortage');
    expect(result.state.refunded).toEqual({ amount: decimal(expected), currency: 'CNY' });
    expect(result.state.value).toBe('awaiting_fulfillment');
    expect(result.state.toShip).toEqual([{ sku: 'TEA-250', quantity: 2 }]);
    expect(result.state.shortage).toBeNull();
    expect(codes(lastReasons(result.state))).toContain('ORDER_SHORTAGE_REFUNDED');
  });

  it('RET-10: a shortage refund never exceeds the list price of the units refunded', () => {
    for (const line of order.lines) {
      const short = orderIn([pay, { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: line.sku, quantity: 1 }] }]);
      const result = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: resolveAt, resolution: 'refund' }));
      const refund = cents(command(result.commands, 'ISSUE_REFUND').amount.amount);
      expect(refund, `${line.sku}: refund ${decimal(refund)} for one unit priced ${String(line.unitPrice)}`).toBeLessThanOrEqual(cents(line.unitPrice));
    }
  });

  it('ORD-5/RET-10: a refund of one unit of a two-unit line refunds half of what that line was paid', () => {
    const short = orderIn([pay, { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'TEA-250', quantity: 1 }] }]);
    const result = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: resolveAt, resolution: 'refund' }));
    const lineTotals = order.lines.map((line) => cents(line.unitPrice) * BigInt(line.quantity));
    const subtotal = lineTotals.reduce((a, b) => a + b, 0n);
    const discount = cents(order.discount ?? '0');
    const teaIndex = order.lines.findIndex((line) => line.sku === 'TEA-250');
    const teaTotal = lineTotals[teaIndex]!;
    const teaUnits = BigInt(order.lines[teaIndex]!.quantity);
    const expected = roundDiv(teaTotal * (subtotal - discount), subtotal * teaUnits);
    expect(command(result.commands, 'ISSUE_REFUND').amount).toEqual({ amount: decimal(expected), currency: 'CNY' });
    expect(result.state.toShip).toEqual([
      { sku: 'TEA-250', quantity: 1 },
      { sku: 'CUP-01', quantity: 1 },
    ]);
  });

  it('ORD-5: after a partial shortage refund, PACK must match what is left to ship (ORD-8)', () => {
    const short = orderIn([
      pay,
      { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'CUP-01', quantity: 1 }] },
      { type: 'RESOLVE_SHORTAGE', at: resolveAt, resolution: 'refund' },
      { type: 'ALLOCATE', at: resolveAt, warehouse: 'SH-2' },
    ]);
    expect(refused(transition(short, { ...packAll, at: '2026-03-01T13:00:00+08:00' })).code).toBe('ORDER_PACK_MISMATCH');
    const packed = applied(transition(short, { type: 'PACK', at: '2026-03-01T13:00:00+08:00', items: [{ sku: 'TEA-250', quantity: 2 }] }));
    expect(packed.state.value).toBe('packed');
  });

  it('ORD-5: a refund of the whole order closes it as refunded, with everything paid refunded', () => {
    const short = orderIn([pay, { type: 'REPORT_SHORTAGE', at: shortAt }]);
    const result = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: resolveAt, resolution: 'refund' }));
    expect(result.state.value).toBe('refunded');
    expect(result.state.refunded).toEqual(result.state.paid);
    expect(result.state.refunded).toEqual({ amount: '150.00', currency: 'CNY' });
    expect(command(result.commands, 'ISSUE_REFUND').amount).toEqual({ amount: '150.00', currency: 'CNY' });
    expect(result.state.toShip).toEqual([]);
  });

  it('ORD-5: an exchange returns the order to awaiting_fulfillment and notifies the customer, nothing refunded', () => {
    const short = orderIn([pay, { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'CUP-01', quantity: 1 }] }]);
    const result = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: resolveAt, resolution: 'exchange' }));
    expect(result.state.value).toBe('awaiting_fulfillment');
    expect(result.state.refunded).toEqual({ amount: '0.00', currency: 'CNY' });
    expect(commandTypes(result.commands)).not.toContain('ISSUE_REFUND');
    expect(result.commands).toContainEqual({ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'shortage_resolved' });
    expect(lastReasons(result.state).map((r) => [r.code, r.clause])).toContainEqual(['ORDER_SHORTAGE_EXCHANGE', 'ORD-5']);
  });

  it('ORD-5: a backorder keeps the order awaiting stock until STOCK_ARRIVED', () => {
    const short = orderIn([pay, { type: 'REPORT_SHORTAGE', at: shortAt, lines: [{ sku: 'CUP-01', quantity: 1 }] }]);
    const result = applied(transition(short, { type: 'RESOLVE_SHORTAGE', at: resolveAt, resolution: 'backorder' }));
    expect(result.state.value).toBe('awaiting_stock');
    expect(result.state.shortage?.resolution).toBe('backorder');
    expect(result.commands).toContainEqual({ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'shortage_resolved' });
    const arrived = applied(transition(result.state, { type: 'STOCK_ARRIVED', at: '2026-03-03T12:00:00+08:00' }));
    expect(arrived.state.value).toBe('awaiting_fulfillment');
    expect(arrived.state.toShip).toEqual(short.toShip);
  });
});

describe('PACK (allocated)', () => {
  it('ORD-8: a pack that matches the order moves to packed and books the carrier', () => {
    const result = applied(transition(orderIn([pay, allocate]), packAll));
    expect(result.state.value).toBe('packed');
    expect(result.commands).toContainEqual({ type: 'BOOK_CARRIER', orderId: 'SO-1001', warehouse: 'SH-1', reship: false });
    expect(lastReasons(result.state).map((r) => [r.code, r.clause])).toContainEqual(['ORDER_PACK_MATCHES', 'ORD-8']);
  });

  it('ORD-8: the same quantities split over several entries and in another order still match', () => {
    const result = applied(
      transition(orderIn([pay, allocate]), {
        ...packAll,
        items: [
          { sku: 'CUP-01', quantity: 1 },
          { sku: 'TEA-250', quantity: 1 },
          { sku: 'TEA-250', quantity: 1 },
        ],
      }),
    );
    expect(result.state.value).toBe('packed');
  });

  it('ORD-8: refuses a pack that does not match the order, listing the lines that differ', () => {
    const allocated = orderIn([pay, allocate]);
    const error = refused(
      transition(allocated, {
        ...packAll,
        items: [
          { sku: 'TEA-250', quantity: 2 },
          { sku: 'SPOON-1', quantity: 1 },
        ],
      }),
    );
    expect(error.code).toBe('ORDER_PACK_MISMATCH');
    expect(error.clause).toBe('ORD-8');
    const differences = error.params?.differences;
    expect(Array.isArray(differences)).toBe(true);
    const listed = (differences as readonly string[]).map(String);
    expect(listed).toHaveLength(2);
    expect(listed.some((d) => d.includes('CUP-01'))).toBe(true);
    expect(listed.some((d) => d.includes('SPOON-1'))).toBe(true);
    expect(listed.some((d) => d.includes('TEA-250'))).toBe(false);
    // quantity differences are caught too
    const short = refused(transition(allocated, { ...packAll, items: [{ sku: 'TEA-250', quantity: 1 }, { sku: 'CUP-01', quantity: 1 }] }));
    expect((short.params?.differences as readonly string[]).map(String)).toEqual([expect.stringContaining('TEA-250')]);
  });
});

// ---------------------------------------------------------------------------------------------
// shipping, tracking, exceptions, delivery
// ---------------------------------------------------------------------------------------------

describe('SHIP (packed)', () => {
  it('ORD-9: refuses to ship without a tracking number (blank counts as missing)', () => {
    const packed = orderIn([pay, allocate, packAll]);
    for (const trackingNumber of ['', '   ']) {
      const error = refused(transition(packed, { ...ship, trackingNumber }));
      expect(error.code).toBe('ORDER_TRACKING_NUMBER_MISSING');
      expect(error.clause).toBe('ORD-9');
    }
  });

  it('ORD-9/ORD-13: records the shipment, registers outbound and notifies the customer', () => {
    const result = applied(transition(orderIn([pay, allocate, packAll]), { ...ship, trackingNumber: '  SF1234567890 ' }));
    expect(result.state.value).toBe('shipped');
    expect(result.state.shipments).toEqual([{ carrier: 'SF', trackingNumber: 'SF1234567890', shippedAt: '2026-03-01T05:00:00.000Z', nodes: [] }]);
    expect(result.commands).toContainEqual({ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'order_shipped' });
    const reasons = lastReasons(result.state);
    expect(reasons.map((r) => [r.code, r.clause])).toContainEqual(['ORDER_SHIPPED', 'ORD-9']);
    expect(reasons.map((r) => [r.code, r.clause])).toContainEqual(['ORDER_OUTBOUND_REGISTERED', 'ORD-13']);
  });

  it('ORD-7: shipping within the handling time is on time; after it, late with the minutes late', () => {
    const packed = orderIn([pay, allocate, packAll]);
    // generic: 48 h from payment at 2026-03-01T10:05+08:00
    const shipByMs = Date.parse('2026-03-01T10:05:00+08:00') + 48 * 3_600_000;
    expect(packed.deadlines.shipBy).toBe(new Date(shipByMs).toISOString());
    const onTime = applied(transition(packed, ship));
    expect(codes(lastReasons(onTime.state))).toContain('ORDER_SHIPPED_ON_TIME');
    expect(codes(lastReasons(onTime.state))).not.toContain('ORDER_SHIPPED_LATE');
    const late = applied(transition(packed, { ...ship, at: new Date(shipByMs + 90 * 60_000).toISOString() }));
    const lateReason = lastReasons(late.state).find((r) => r.code === 'ORDER_SHIPPED_LATE');
    expect(lateReason?.clause).toBe('ORD-7');
    expect(lateReason?.params?.lateMinutes).toBe(90);
    expect(codes(lastReasons(late.state))).not.toContain('ORDER_SHIPPED_ON_TIME');
  });
});

describe('IN_TRANSIT, REPORT_EXCEPTION, RESHIP, DELIVER', () => {
  const shipped = (): OrderState => orderIn([pay, allocate, packAll, ship]);

  it('ORD-9: a transit node is appended to the latest shipment, in order', () => {
    const first = applied(transition(shipped(), { type: 'IN_TRANSIT', at: '2026-03-02T08:00:00+08:00', node: '上海转运中心' }));
    expect(first.state.value).toBe('in_transit');
    const second = applied(transition(first.state, { type: 'IN_TRANSIT', at: '2026-03-02T12:00:00+08:00', node: '杭州分拨中心' }));
    expect(second.state.value).toBe('in_transit');
    expect(second.state.shipments[0]?.nodes).toEqual([
      { at: '2026-03-02T00:00:00.000Z', node: '上海转运中心' },
      { at: '2026-03-02T04:00:00.000Z', node: '杭州分拨中心' },
    ]);
    expect(second.commands).toContainEqual({ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'order_in_transit' });
  });

  it.each(['delayed', 'lost', 'damaged'] as const)('ORD-10: a %s parcel moves to delivery_exception and the carrier is contacted', (kind) => {
    const inTransit = orderIn([pay, allocate, packAll, ship, { type: 'IN_TRANSIT', at: '2026-03-02T08:00:00+08:00' }]);
    const result = applied(transition(inTransit, { type: 'REPORT_EXCEPTION', at: '2026-03-03T08:00:00+08:00', kind }));
    expect(result.state.value).toBe('delivery_exception');
    expect(result.state.exception).toEqual({ kind, reportedAt: '2026-03-03T00:00:00.000Z' });
    expect(result.commands).toContainEqual({ type: 'CONTACT_CARRIER', orderId: 'SO-1001', carrier: 'SF', trackingNumber: 'SF1234567890', kind });
    expect(result.commands).toContainEqual({ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'shipment_exception' });
    expect(lastReasons(result.state).map((r) => [r.code, r.clause])).toContainEqual([`ORDER_LOGISTICS_${kind.toUpperCase()}`, 'ORD-10']);
  });

  it('ORD-10: a reship adds a new shipment and books the carrier again (reship: true)', () => {
    const lost = run(shipped(), [{ type: 'REPORT_EXCEPTION', at: '2026-03-03T08:00:00+08:00', kind: 'lost' }]);
    const result = applied(transition(lost, { type: 'RESHIP', at: '2026-03-03T10:00:00+08:00', carrier: 'YTO', trackingNumber: 'YT998877' }));
    expect(result.state.value).toBe('shipped');
    expect(result.state.exception).toBeNull();
    expect(result.state.shipments).toHaveLength(2);
    expect(result.state.shipments[1]).toEqual({ carrier: 'YTO', trackingNumber: 'YT998877', shippedAt: '2026-03-03T02:00:00.000Z', nodes: [] });
    expect(result.state.shipments[0]).toEqual(lost.shipments[0]);
    expect(result.commands).toContainEqual({ type: 'BOOK_CARRIER', orderId: 'SO-1001', warehouse: 'SH-1', reship: true });
    expect(refused(transition(lost, { type: 'RESHIP', at: '2026-03-03T10:00:00+08:00', carrier: 'YTO', trackingNumber: ' ' })).code).toBe(
      'ORDER_TRACKING_NUMBER_MISSING',
    );
  });

  it('ORD-9/ORD-12: delivery (signed for) records deliveredAt and opens the after-sales window', () => {
    const result = applied(transition(shipped(), { type: 'DELIVER', at: '2026-03-02T15:00:00+08:00' }));
    expect(result.state.value).toBe('delivered');
    expect(result.state.deliveredAt).toBe('2026-03-02T07:00:00.000Z');
    // generic: 15 calendar days from the day after delivery, to the end of the local day (Shanghai, UTC+8)
    expect(result.state.deadlines.afterSalesUntil).toBe('2026-03-17T15:59:59.999Z');
    expect(result.commands).toContainEqual({ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'order_delivered' });
  });
});

// ---------------------------------------------------------------------------------------------
// refunds, completion, cancellation
// ---------------------------------------------------------------------------------------------

describe('REFUND', () => {
  const delivered = (): OrderState => orderIn([pay, ...toDelivered]);
  const refundAt = '2026-03-05T10:00:00+08:00';

  it('ORD-12: a partial refund keeps the order delivered and keeps a running total', () => {
    const first = applied(transition(delivered(), { type: 'REFUND', at: refundAt, amount: '20.00' }));
    expect(first.state.value).toBe('delivered');
    expect(first.state.refunded).toEqual({ amount: '20.00', currency: 'CNY' });
    expect(command(first.commands, 'ISSUE_REFUND')).toEqual({ type: 'ISSUE_REFUND', orderId: 'SO-1001', amount: { amount: '20.00', currency: 'CNY' }, cause: 'after_sales' });
    const second = applied(transition(first.state, { type: 'REFUND', at: refundAt, amount: '30.50' }));
    expect(second.state.value).toBe('delivered');
    expect(second.state.refunded).toEqual({ amount: '50.50', currency: 'CNY' });
  });

  it('ORD-12: refunding everything paid closes the order as refunded', () => {
    const first = applied(transition(delivered(), { type: 'REFUND', at: refundAt, amount: '100.00' }));
    const rest = applied(transition(first.state, { type: 'REFUND', at: refundAt, amount: '50.00' }));
    expect(rest.state.value).toBe('refunded');
    expect(rest.state.refunded).toEqual({ amount: '150.00', currency: 'CNY' });
    expect(codes(lastReasons(rest.state))).toContain('ORDER_FULLY_REFUNDED');
  });

  it('RET-10: refuses a refund above what is still refundable, citing RET-10, and leaves the state unchanged', () => {
    const partly = applied(transition(delivered(), { type: 'REFUND', at: refundAt, amount: '100.00' })).state;
    const before = structuredClone(partly);
    const error = refused(transition(partly, { type: 'REFUND', at: refundAt, amount: '50.01' }));
    expect(error.code).toBe('ORDER_REFUND_EXCEEDS_PAID');
    expect(error.clause).toBe('RET-10');
    expect(error.params?.refundable).toEqual({ amount: '50.00', currency: 'CNY' });
    expect(partly).toEqual(before);
    expect(refused(transition(delivered(), { type: 'REFUND', at: refundAt, amount: '150.01' })).code).toBe('ORDER_REFUND_EXCEEDS_PAID');
  });

  it('ORD-10: a refund during a logistics exception is recorded with cause logistics_exception', () => {
    const lost = orderIn([pay, allocate, packAll, ship, { type: 'REPORT_EXCEPTION', at: '2026-03-03T08:00:00+08:00', kind: 'lost' }]);
    const result = applied(transition(lost, { type: 'REFUND', at: '2026-03-03T09:00:00+08:00', amount: '150.00' }));
    expect(result.state.value).toBe('refunded');
    expect(command(result.commands, 'ISSUE_REFUND').cause).toBe('logistics_exception');
  });
});

describe('COMPLETE (delivered)', () => {
  it('ORD-12: refused while the after-sales window is open, allowed once it has closed', () => {
    const delivered = orderIn([pay, ...toDelivered]);
    const until = delivered.deadlines.afterSalesUntil!;
    const open = refused(transition(delivered, { type: 'COMPLETE', at: '2026-03-10T10:00:00+08:00' }));
    expect(open.code).toBe('ORDER_AFTER_SALES_WINDOW_OPEN');
    expect(open.clause).toBe('ORD-12');
    const done = applied(transition(delivered, { type: 'COMPLETE', at: new Date(Date.parse(until) + 60_000).toISOString() }));
    expect(done.state.value).toBe('completed');
    expect(lastReasons(done.state).map((r) => [r.code, r.clause])).toContainEqual(['ORDER_COMPLETED', 'ORD-12']);
  });
});

describe('CANCEL', () => {
  const cancel = (at: string): OrderEvent => ({ type: 'CANCEL', at, by: 'customer', reason: '不想要了' });

  it('ORD-14: an unpaid order is cancelled with no refund', () => {
    const result = applied(transition(orderIn(), cancel('2026-03-01T10:10:00+08:00')));
    expect(result.state.value).toBe('cancelled');
    expect(commandTypes(result.commands)).not.toContain('ISSUE_REFUND');
    expect(result.commands).toContainEqual({ type: 'NOTIFY_CUSTOMER', orderId: 'SO-1001', topic: 'order_cancelled' });
    expect(result.state.refunded).toEqual({ amount: '0.00', currency: 'CNY' });
    expect(lastReasons(result.state).find((r) => r.code === 'ORDER_CANCELLED')?.params).toMatchObject({ by: 'customer', reason: '不想要了' });
  });

  it.each([
    ['awaiting_fulfillment', [pay]],
    ['awaiting_stock', [pay, { type: 'REPORT_SHORTAGE', at: '2026-03-01T11:00:00+08:00' }]],
    ['allocated', [pay, allocate]],
    ['on_hold', [pay]],
  ] as const)('ORD-12: a paid order cancelled before packing (%s) is refunded everything paid', (value, events) => {
    const input = value === 'on_hold' ? withNote : order;
    const state = orderIn(events, presets.generic, input);
    expect(state.value).toBe(value);
    const result = applied(transition(state, cancel('2026-03-01T11:30:00+08:00')));
    expect(result.state.value).toBe('cancelled');
    expect(command(result.commands, 'ISSUE_REFUND')).toEqual({ type: 'ISSUE_REFUND', orderId: state.order.id, amount: { amount: '150.00', currency: 'CNY' }, cause: 'cancelled' });
    expect(result.state.refunded).toEqual({ amount: '150.00', currency: 'CNY' });
    expect(codes(lastReasons(result.state))).toContain('ORDER_CANCEL_REFUND');
  });

  it('ORD-12: a paid order under manual review may be cancelled, with a refund', () => {
    const reviewing = orderIn([pay], manual);
    const result = applied(transition(reviewing, cancel('2026-03-01T11:30:00+08:00'), manual));
    expect(result.state.value).toBe('cancelled');
    expect(command(result.commands, 'ISSUE_REFUND').amount).toEqual({ amount: '150.00', currency: 'CNY' });
  });

  it.each([
    ['packed', [pay, allocate, packAll]],
    ['shipped', [pay, allocate, packAll, ship]],
    ['in_transit', [pay, ...toDelivered.slice(0, 4)]],
    ['delivery_exception', [pay, allocate, packAll, ship, { type: 'REPORT_EXCEPTION', at: '2026-03-02T08:00:00+08:00', kind: 'delayed' }]],
    ['delivered', [pay, ...toDelivered]],
  ] as const)('ORD-8: refuses to cancel once packed and checked (%s)', (value, events) => {
    const state = orderIn(events);
    expect(state.value).toBe(value);
    const error = refused(transition(state, cancel('2026-03-04T10:00:00+08:00')));
    expect(error.code).toBe('ORDER_CANCEL_AFTER_PACKING');
    expect(error.clause).toBe('ORD-8');
  });
});

// ---------------------------------------------------------------------------------------------
// The whole table: every state × every event
// ---------------------------------------------------------------------------------------------

describe('every state × every event', () => {
  const late = '2026-06-01T10:00:00+08:00';
  const eventOf: Record<OrderEventType, OrderEvent> = {
    PAY: { type: 'PAY', at: late, amount: '150.00' },
    REMIND_PAYMENT: { type: 'REMIND_PAYMENT', at: late },
    EXPIRE_PAYMENT: { type: 'EXPIRE_PAYMENT', at: late },
    AUDIT: { type: 'AUDIT', at: late },
    CONFIRM: { type: 'CONFIRM', at: late, by: 'cs-li' },
    ALLOCATE: { type: 'ALLOCATE', at: late, warehouse: 'SH-1' },
    REPORT_SHORTAGE: { type: 'REPORT_SHORTAGE', at: late },
    STOCK_ARRIVED: { type: 'STOCK_ARRIVED', at: late },
    RESOLVE_SHORTAGE: { type: 'RESOLVE_SHORTAGE', at: late, resolution: 'exchange' },
    PACK: { ...packAll, at: late },
    SHIP: { ...ship, at: late },
    IN_TRANSIT: { type: 'IN_TRANSIT', at: late },
    DELIVER: { type: 'DELIVER', at: late },
    REPORT_EXCEPTION: { type: 'REPORT_EXCEPTION', at: late, kind: 'delayed' },
    RESHIP: { type: 'RESHIP', at: late, carrier: 'SF', trackingNumber: 'SF2' },
    REFUND: { type: 'REFUND', at: late, amount: '1.00' },
    COMPLETE: { type: 'COMPLETE', at: late },
    CANCEL: { type: 'CANCEL', at: late, by: 'ops', reason: 'test' },
  };

  // From the API contract: what each state is there for.
  const contract: Record<OrderStateValue, { readonly accepts: readonly OrderEventType[]; readonly unspecified?: readonly OrderEventType[] }> = {
    pending_payment: { accepts: ['PAY', 'REMIND_PAYMENT', 'EXPIRE_PAYMENT', 'CANCEL'] },
    under_review: { accepts: ['AUDIT', 'CANCEL'], unspecified: ['REFUND'] },
    on_hold: { accepts: ['CONFIRM', 'CANCEL'], unspecified: ['REFUND'] },
    awaiting_fulfillment: { accepts: ['ALLOCATE', 'REPORT_SHORTAGE', 'CANCEL'], unspecified: ['REFUND'] },
    awaiting_stock: { accepts: ['STOCK_ARRIVED', 'RESOLVE_SHORTAGE', 'CANCEL'], unspecified: ['REFUND'] },
    allocated: { accepts: ['PACK', 'CANCEL'], unspecified: ['REFUND', 'REPORT_SHORTAGE'] },
    packed: { accepts: ['SHIP'], unspecified: ['REFUND'] },
    shipped: { accepts: ['IN_TRANSIT', 'DELIVER', 'REPORT_EXCEPTION'], unspecified: ['REFUND'] },
    in_transit: { accepts: ['IN_TRANSIT', 'DELIVER', 'REPORT_EXCEPTION'], unspecified: ['REFUND'] },
    delivery_exception: { accepts: ['RESHIP', 'REFUND'], unspecified: ['IN_TRANSIT', 'DELIVER', 'REPORT_EXCEPTION'] },
    delivered: { accepts: ['COMPLETE', 'REFUND'] },
    completed: { accepts: [] },
    cancelled: { accepts: [] },
    refunded: { accepts: [] },
  };
  const afterPacking: readonly OrderStateValue[] = ['packed', 'shipped', 'in_transit', 'delivery_exception', 'delivered'];

  const states: Record<OrderStateValue, { state: OrderState; policy: OrderPolicy }> = {
    pending_payment: { state: orderIn(), policy: presets.generic },
    under_review: { state: orderIn([pay], manual), policy: manual },
    on_hold: { state: orderIn([pay], presets.generic, withNote), policy: presets.generic },
    awaiting_fulfillment: { state: orderIn([pay]), policy: presets.generic },
    awaiting_stock: { state: orderIn([pay, { type: 'REPORT_SHORTAGE', at: '2026-03-01T11:00:00+08:00' }]), policy: presets.generic },
    allocated: { state: orderIn([pay, allocate]), policy: presets.generic },
    packed: { state: orderIn([pay, allocate, packAll]), policy: presets.generic },
    shipped: { state: orderIn([pay, allocate, packAll, ship]), policy: presets.generic },
    in_transit: { state: orderIn([pay, ...toDelivered.slice(0, 4)]), policy: presets.generic },
    delivery_exception: {
      state: orderIn([pay, allocate, packAll, ship, { type: 'REPORT_EXCEPTION', at: '2026-03-02T08:00:00+08:00', kind: 'lost' }]),
      policy: presets.generic,
    },
    delivered: { state: orderIn([pay, ...toDelivered]), policy: presets.generic },
    completed: { state: orderIn([pay, ...toDelivered, { type: 'COMPLETE', at: '2026-03-20T10:00:00+08:00' }]), policy: presets.generic },
    cancelled: { state: orderIn([{ type: 'CANCEL', at: '2026-03-01T10:10:00+08:00', by: 'customer', reason: '不想要了' }]), policy: presets.generic },
    refunded: { state: orderIn([pay, { type: 'REFUND', at: '2026-03-01T10:30:00+08:00', amount: '150.00' }]), policy: presets.generic },
  };

  it('ORD-14: the fixtures reach every one of the fourteen states', () => {
    for (const value of orderStates) expect(states[value].state.value).toBe(value);
  });

  for (const value of orderStates) {
    it(`ORD-14: ${value} refuses with TRANSITION_NOT_ALLOWED every event it does not take, and takes the events its contract gives it`, () => {
      const { state, policy } = states[value];
      const { accepts, unspecified = [] } = contract[value];
      for (const type of orderEventTypes) {
        const result = transition(state, eventOf[type], policy);
        if (accepts.includes(type)) {
          if (!result.ok) expect(result.error.code, `${value} × ${type}`).not.toBe('TRANSITION_NOT_ALLOWED');
        } else if (unspecified.includes(type)) {
          continue;
        } else if (type === 'CANCEL' && afterPacking.includes(value)) {
          expect(refused(result).code, `${value} × ${type}`).toBe('ORDER_CANCEL_AFTER_PACKING');
        } else {
          const error = refused(result);
          expect(error.code, `${value} × ${type}`).toBe('TRANSITION_NOT_ALLOWED');
          expect(error.clause).toBe('ORD-14');
          expect(error.params).toMatchObject({ state: value, event: type });
        }
      }
    });
  }

  it.each(['completed', 'cancelled', 'refunded'] as const)('ORD-14: the terminal state %s accepts nothing', (value) => {
    const { state, policy } = states[value];
    for (const type of orderEventTypes) expect(refused(transition(state, eventOf[type], policy)).code).toBe('TRANSITION_NOT_ALLOWED');
  });
});

// ---------------------------------------------------------------------------------------------
// Cross-cutting: ordering, idempotency, versioning, purity, JSON, locale, input errors, policy version
// ---------------------------------------------------------------------------------------------

describe('event order and idempotency', () => {
  it('ORD-14: refuses an event dated before the last step (or before the order was placed)', () => {
    const beforePlaced = refused(transition(orderIn(), payWith({ at: '2026-03-01T09:59:59.999+08:00' })));
    expect(beforePlaced.code).toBe('ORDER_EVENT_OUT_OF_ORDER');
    expect(beforePlaced.clause).toBe('ORD-14');
    const packed = orderIn([pay, allocate, packAll]);
    const error = refused(transition(packed, { ...ship, at: '2026-03-01T11:59:59+08:00' }));
    expect(error.code).toBe('ORDER_EVENT_OUT_OF_ORDER');
    // the same instant as the last step is in order
    expect(applied(transition(packed, { ...ship, at: '2026-03-01T12:00:00+08:00' })).state.value).toBe('shipped');
  });

  it('ORD-14: an event whose id was already applied returns the same state and no commands', () => {
    const paid = orderIn([pay]);
    const replay = applied(transition(paid, pay));
    expect(replay.state).toEqual(paid);
    expect(replay.commands).toEqual([]);
    // even several steps later, when the state would not take the event any more
    const shipped = orderIn([pay, allocate, packAll, ship]);
    const again = applied(transition(shipped, payWith({ amount: '150.00' })));
    expect(again.state).toEqual(shipped);
    expect(again.commands).toEqual([]);
    // a refused event's id is not consumed
    const packed = orderIn([pay, allocate, packAll]);
    const blank = refused(transition(packed, { ...ship, id: 'ship-1', trackingNumber: '' }));
    expect(blank.code).toBe('ORDER_TRACKING_NUMBER_MISSING');
    expect(applied(transition(packed, { ...ship, id: 'ship-1' })).state.value).toBe('shipped');
  });
});

describe('version and history', () => {
  it('ORD-14: version goes up by one per transition and each step is recorded { at, event, from, to, reasons }', () => {
    const start = orderIn();
    expect(start.version).toBe(0);
    expect(start.history).toEqual([]);
    const events = [pay, ...toDelivered];
    let state = start;
    const path: OrderStateValue[] = [];
    for (const [index, event] of events.entries()) {
      const next = applied(transition(state, event)).state;
      expect(next.version).toBe(state.version + 1);
      expect(next.history).toHaveLength(index + 1);
      const entry = next.history.at(-1)!;
      expect(entry.at).toBe(new Date(event.at).toISOString());
      expect(entry.event.type).toBe(event.type);
      expect(entry.from).toBe(state.value);
      expect(entry.to).toBe(next.value);
      expect(entry.reasons.length).toBeGreaterThan(0);
      for (const r of entry.reasons) expect(r.clause).toMatch(/^(ORD|RET)-\d+$/u);
      expect(next.history.slice(0, -1)).toEqual(state.history);
      path.push(next.value);
      state = next;
    }
    expect(path).toEqual(['awaiting_fulfillment', 'allocated', 'packed', 'shipped', 'in_transit', 'delivered']);
    expect(state.version).toBe(events.length);
    expect(state.history[0]?.event).toMatchObject({ type: 'PAY', id: 'pay-1', amount: { amount: '150.00', currency: 'CNY' } });
  });

  it('ORD-14: a refusal changes neither version nor history', () => {
    const paid = orderIn([pay]);
    const result = transition(paid, { type: 'SHIP', at: '2026-03-01T12:00:00+08:00', carrier: 'SF', trackingNumber: 'X' });
    expect(result.ok).toBe(false);
    expect(paid.version).toBe(1);
    expect(paid.history).toHaveLength(1);
  });
});

describe('purity and JSON', () => {
  it('ORD-14: the input state is never mutated (deep-frozen input, every step of the happy path and the refusals)', () => {
    const events: OrderEvent[] = [pay, ...toDelivered, { type: 'REFUND', at: '2026-03-05T10:00:00+08:00', amount: '10.00' }];
    let state = deepFreeze(orderIn());
    for (const event of events) {
      const copy = structuredClone(state);
      const result = applied(transition(state, event));
      expect(state).toEqual(copy);
      refused(transition(state, { type: 'COMPLETE', at: '2026-03-05T10:00:00+08:00' })); // refusal on a frozen state
      state = deepFreeze(result.state);
    }
    expect(state.value).toBe('delivered');
  });

  it('ORD-14: a state round-tripped through JSON continues identically', () => {
    const events: OrderEvent[] = [pay, ...toDelivered];
    for (let cut = 0; cut <= events.length; cut += 1) {
      const live = orderIn(events.slice(0, cut));
      const stored = JSON.parse(JSON.stringify(live)) as OrderState;
      expect(stored).toStrictEqual(live);
      const rest = [...events.slice(cut), { type: 'REFUND', at: '2026-03-06T10:00:00+08:00', amount: '5.00' } as const];
      for (const event of rest) {
        const a = transition(live, event);
        const b = transition(stored, event);
        expect(b).toStrictEqual(a);
      }
    }
    const end = run(JSON.parse(JSON.stringify(orderIn([pay]))) as OrderState, toDelivered);
    expect(end).toStrictEqual(orderIn([pay, ...toDelivered]));
  });
});

describe('locale of reasons', () => {
  it('ORD-14: reasons are in zh-CN by default (generic preset)', () => {
    const state = orderIn([pay, ...toDelivered]);
    for (const entry of state.history) for (const r of entry.reasons) expect(r.message).toMatch(CJK);
    const error = refused(transition(state, { type: 'COMPLETE', at: '2026-03-05T10:00:00+08:00' }));
    expect(error.message).toMatch(CJK);
  });

  it('ORD-14: reasons are in en-US under the usStore preset', () => {
    const us = presets.usStore;
    const start = startOrder(usOrder, us);
    expect(start.locale).toBe('en-US');
    expect(start.timeZone).toBe('America/New_York');
    const paid = applied(transition(start, { type: 'PAY', at: '2026-03-02T10:05:00-05:00', amount: '30.00' }, us));
    for (const r of lastReasons(paid.state)) {
      expect(r.message).not.toMatch(CJK);
      expect(r.message).toMatch(/[A-Za-z]{3,}/u);
    }
    const error = refused(transition(paid.state, { type: 'PAY', at: '2026-03-02T10:06:00-05:00', amount: '30.00' }, us));
    expect(error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(error.message).not.toMatch(CJK);
  });

  it('ORD-14: the context locale given at start overrides the preset for the order', () => {
    const start = startOrder(order, presets.generic, { locale: 'en-US' });
    const paid = applied(transition(start, pay));
    for (const r of lastReasons(paid.state)) expect(r.message).not.toMatch(CJK);
  });
});

describe('bad input', () => {
  const paid = (): OrderState => orderIn([pay]);
  const cases: readonly [string, (state: OrderState) => unknown][] = [
    ['an unknown event type', (s) => transition(s, { type: 'TELEPORT', at: '2026-03-01T12:00:00+08:00' } as unknown as OrderEvent)],
    ['a missing field (ALLOCATE without warehouse)', (s) => transition(s, { type: 'ALLOCATE', at: '2026-03-01T12:00:00+08:00' } as unknown as OrderEvent)],
    ['a missing at', (s) => transition(s, { type: 'ALLOCATE', warehouse: 'SH-1' } as unknown as OrderEvent)],
    ['an amount with 3 decimals', (s) => transition(s, { type: 'REFUND', at: '2026-03-01T12:00:00+08:00', amount: '10.005' })],
    ['a number amount with 3 decimals', (s) => transition(s, { type: 'REFUND', at: '2026-03-01T12:00:00+08:00', amount: 10.005 })],
    ['an instant without offset', (s) => transition(s, { type: 'ALLOCATE', at: '2026-03-01T12:00:00', warehouse: 'SH-1' })],
    ['an amount in another currency', (s) => transition(s, { type: 'REFUND', at: '2026-03-01T12:00:00+08:00', amount: { amount: '10.00', currency: 'USD' } })],
    ['a zero amount', (s) => transition(s, { type: 'REFUND', at: '2026-03-01T12:00:00+08:00', amount: '0.00' })],
    ['a negative amount', (s) => transition(s, { type: 'REFUND', at: '2026-03-01T12:00:00+08:00', amount: '-1.00' })],
  ];

  it.each(cases)('ORD-14: %s is a PolicyInputError and the state is untouched', (_name, call) => {
    const state = paid();
    const before = structuredClone(state);
    const error = inputError(() => call(state));
    expect(error.issues.length).toBeGreaterThan(0);
    expect(state).toEqual(before);
  });

  it('ORD-2: a zero payment is an input error, not a mismatch', () => {
    const state = orderIn();
    expect(inputError(() => transition(state, payWith({ amount: '0' }))).issues[0]?.path).toEqual(['event', 'amount']);
  });

  it('ORD-14: the currency issue names the amount currency', () => {
    const error = inputError(() => transition(paid(), { type: 'REFUND', at: '2026-03-01T12:00:00+08:00', amount: { amount: '10.00', currency: 'USD' } }));
    expect(error.issues[0]?.path).toEqual(['event', 'amount', 'currency']);
  });
});

describe('policy version', () => {
  it('ORD-14: a state started under another policy is refused with policy_version_mismatch unless the original policy is passed', () => {
    const state = orderIn([pay]);
    const before = structuredClone(state);
    const error = inputError(() => transition(state, allocate, presets.douyinShop));
    expect(error.issues.map((issue) => issue.code)).toContain('policy_version_mismatch');
    const changed = defineOrderPolicy({ shipping: { handling: { length: 72, unit: 'hours' } } });
    expect(inputError(() => transition(state, allocate, changed)).issues.map((issue) => issue.code)).toContain('policy_version_mismatch');
    expect(state).toEqual(before);
    expect(applied(transition(state, allocate, presets.generic)).state.value).toBe('allocated');
    // and an order started under the changed policy continues under it only
    const under = orderIn([pay], changed);
    expect(applied(transition(under, allocate, changed)).state.value).toBe('allocated');
    expect(inputError(() => transition(under, allocate)).issues.map((issue) => issue.code)).toContain('policy_version_mismatch');
  });
});

describe('safeTransition', () => {
  it('ORD-14: returns the result of an accepted or refused event, and the input error instead of throwing', () => {
    const state = orderIn([pay]);
    const good = safeTransition(state, allocate);
    expect(good.ok && good.value.ok && good.value.state.value).toBe('allocated');
    const refusal = safeTransition(state, ship);
    expect(refusal.ok).toBe(true);
    expect(refusal.ok && !refusal.value.ok && refusal.value.error.code).toBe('TRANSITION_NOT_ALLOWED');
    const bad = safeTransition(state, { type: 'TELEPORT', at: '2026-03-01T12:00:00+08:00' } as unknown as OrderEvent);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toBeInstanceOf(PolicyInputError);
    const mismatch = safeTransition(state, allocate, presets.usStore);
    expect(mismatch.ok).toBe(false);
  });
});

describe('after-sales and audit messages', () => {
  it('ORD-12: an after-sales refund is refused once the window has closed, and taken up to its last millisecond', () => {
    const delivered = orderIn([pay, ...toDelivered.slice(0, 3), toDelivered[4]!]);
    const until = delivered.deadlines.afterSalesUntil!;
    const last = applied(transition(delivered, { type: 'REFUND', at: until, amount: '10.00' }));
    expect(last.state.refunded.amount).toBe('10.00');
    const late = refused(transition(delivered, { type: 'REFUND', at: new Date(Date.parse(until) + 1).toISOString(), amount: '10.00' }));
    expect(late).toMatchObject({ code: 'ORDER_AFTER_SALES_CLOSED', clause: 'ORD-12' });
  });

  it('ORD-3: the suspicious-total reason shows the limit as money', () => {
    const policy = defineOrderPolicy({ audit: { holdTotalAbove: '100' } });
    const held = orderIn([pay], policy);
    const reason = held.history[0]?.reasons.find((r) => r.code === 'ORDER_TOTAL_SUSPICIOUS');
    expect(reason?.params).toMatchObject({ limit: { amount: '100.00', currency: 'CNY' } });
    expect(reason?.message).toContain('¥100.00');
  });
});
