import { PolicyInputError, type PolicyIssue } from '@zhidu/core';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { auditOrder, createOrderMachine, defineOrderPolicy, orderPolicy, presets, startOrder, transition, type OrderEvent, type OrderInput, type OrderState } from '../src/index.js';
import { order, orderIn, pay, toDelivered } from './fixtures.js';

/** The issues a call throws. */
function issuesOf(call: () => unknown): readonly PolicyIssue[] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return (error as PolicyInputError).issues;
  }
  return expect.fail('expected a PolicyInputError');
}

const refund = (amount: Extract<OrderEvent, { type: 'REFUND' }>['amount']): OrderEvent => ({ type: 'REFUND', at: '2026-03-01T11:00:00+08:00', amount });

describe('transition: input errors name the field and what was expected', () => {
  it('ORD-14: an amount in another currency names both currencies', () => {
    expect(issuesOf(() => transition(orderIn([pay]), refund({ amount: '10.00', currency: 'USD' })))).toEqual([
      { path: ['event', 'amount', 'currency'], message: "Expected the order's currency CNY, received USD", code: 'currency_mismatch' },
    ]);
  });

  it('ORD-14: an amount must be above zero; the smallest one above it is taken', () => {
    for (const amount of ['0', '0.00', '-0.01', 0, { amount: '0', currency: 'CNY' }] as const) {
      expect(issuesOf(() => transition(orderIn([pay]), refund(amount))), JSON.stringify(amount)).toEqual([
        { path: ['event', 'amount'], message: 'Expected an amount greater than zero', code: 'too_small' },
      ]);
    }
    const cent = transition(orderIn([pay]), refund('0.01'));
    expect(cent.ok && cent.state.refunded).toEqual({ amount: '0.01', currency: 'CNY' });
  });

  it('ORD-14: a stored state whose last step has no instant is refused at that step, before anything else', () => {
    const paid = orderIn([pay]);
    for (const last of [null, 7, {}, { at: 5 }]) {
      const damaged = { ...paid, history: [...paid.history, last] } as unknown as OrderState;
      expect(issuesOf(() => transition(damaged, { type: 'ALLOCATE', at: '2026-03-01T11:00:00+08:00', warehouse: 'SH-1' })), JSON.stringify(last)).toEqual([
        { path: ['state', 'history', 1, 'at'], message: 'Expected the instant of the last step', code: 'invalid_type' },
      ]);
    }
  });

  it('ORD-14: a stored state with a key it does not have, or a field of the wrong kind, is refused at that key under `state`', () => {
    const paid = orderIn([pay]);
    const event: OrderEvent = { type: 'ALLOCATE', at: '2026-03-01T11:00:00+08:00', warehouse: 'SH-1' };
    expect(issuesOf(() => transition({ ...paid, note: 'x' } as unknown as OrderState, event))).toEqual([
      { path: ['state', 'note'], message: 'Unknown key "note"', code: 'unrecognized_keys' },
    ]);
    expect(issuesOf(() => transition({ ...paid, version: -1 }, event))).toEqual([{ path: ['state', 'version'], message: 'Expected at least 0', code: 'too_small' }]);
    const notAnAmount = { ...paid, paid: { amount: 'ten', currency: 'CNY' }, order: { ...paid.order, total: 'ten' } } as unknown as OrderState;
    expect(issuesOf(() => transition(notAnAmount, event)).map((issue) => issue.path.join('.'))).toEqual(['state.order.total', 'state.paid.amount']);
  });

  it('ORD-14: a state started under another policy names both policy versions', () => {
    const longer = defineOrderPolicy({ payment: { window: { length: 48, unit: 'hours' } } });
    const state = startOrder(order, longer);
    expect(issuesOf(() => transition(state, pay))).toEqual([
      {
        path: ['policy'],
        message: `The order started under policy ${orderPolicy.version(longer)}, but ${orderPolicy.version(presets.generic)} was passed: pass the policy the order started under`,
        code: 'policy_version_mismatch',
      },
    ]);
  });
});

describe('startOrder and auditOrder: input errors', () => {
  it('ORD-2: an unknown currency is one issue at the currency, however many amounts the order has', () => {
    const issues = issuesOf(() => startOrder({ ...order, currency: 'XXQ' }));
    expect(issues).toEqual([{ path: ['order', 'currency'], message: expect.stringContaining('"XXQ"') as unknown, code: 'invalid_currency' }]);
  });

  it('ORD-2: every amount with more decimals than the currency has is listed at its own path; none is read as zero', () => {
    const lines = order.lines.map((line, index) => (index === 0 ? { ...line, unitPrice: '59.001' } : line));
    expect(issuesOf(() => startOrder({ ...order, lines, discount: '8.001' })).map((issue) => issue.path.join('.'))).toEqual(['order.lines.0.unitPrice', 'order.discount']);
    // One bad price on its own is refused too, not taken as 0.00.
    expect(issuesOf(() => startOrder({ ...order, lines })).map((issue) => issue.path.join('.'))).toEqual(['order.lines.0.unitPrice']);
  });

  it('ORD-2: an order with no payment stated is held for it, as one whose payment is null', () => {
    const input: OrderInput = Object.fromEntries(Object.entries(order).filter(([key]) => key !== 'payment')) as OrderInput;
    expect('payment' in input).toBe(false);
    expect(startOrder(input).order.payment).toBeNull();
    expect(auditOrder(input).reasons.map((reason) => reason.code)).toEqual(['ORDER_PAYMENT_METHOD_MISSING', 'ORDER_HELD_CONTACT_CUSTOMER']);
  });

  it('ORD-2: an order states its lines without tags, with no note: the state keeps [] and null', () => {
    const state = startOrder(order);
    expect(state.order.lines.map((line) => line.tags)).toEqual([[], []]);
    expect(state.order.note).toBeNull();
    expect(state.order.shipping).toBe('10.00');
    const bare = startOrder({ ...order, shipping: undefined, discount: undefined, total: '148.00' });
    expect(bare.order).toMatchObject({ shipping: '0.00', discount: '0.00', total: '148.00' });
  });
});

describe('createOrderMachine', () => {
  it('ORD-14: a machine started without an order or a state says how to start it', () => {
    const actor = createActor(createOrderMachine(presets.generic));
    actor.subscribe({ error: () => undefined });
    actor.start();
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('error');
    expect(snapshot.error).toBeInstanceOf(PolicyInputError);
    expect((snapshot.error as PolicyInputError).issues).toEqual([
      { path: ['input'], message: 'Start an order machine with { input: { order } }, or resume it with restoreOrderSnapshot', code: 'invalid_type' },
    ]);
  });

  it('ORD-14: a machine that reaches completed, cancelled or refunded is done; before that it is active', () => {
    const machine = createOrderMachine(presets.generic);
    const cancelled = createActor(machine, { input: { order } }).start();
    expect(cancelled.getSnapshot().status).toBe('active');
    cancelled.send({ type: 'CANCEL', at: '2026-03-01T10:10:00+08:00', by: 'customer', reason: '不想要了' });
    expect(cancelled.getSnapshot()).toMatchObject({ value: 'cancelled', status: 'done' });
    const refunded = createActor(machine, { input: { order } }).start();
    refunded.send(pay);
    refunded.send({ type: 'REFUND', at: '2026-03-01T11:00:00+08:00', amount: '150.00' });
    expect(refunded.getSnapshot()).toMatchObject({ value: 'refunded', status: 'done' });
    const completed = createActor(machine, { input: { order } }).start();
    for (const event of [pay, ...toDelivered]) completed.send(event);
    expect(completed.getSnapshot()).toMatchObject({ value: 'delivered', status: 'active' });
    completed.send({ type: 'COMPLETE', at: '2026-03-18T00:00:00+08:00' });
    expect(completed.getSnapshot()).toMatchObject({ value: 'completed', status: 'done' });
  });

  it('ORD-14: a refused event leaves the machine where it was, and an accepted one moves it like transition', () => {
    const machine = createOrderMachine(presets.generic);
    const actor = createActor(machine, { input: { order } }).start();
    actor.send(pay);
    const paid = actor.getSnapshot().context;
    actor.send({ type: 'SHIP', at: '2026-03-01T11:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1' });
    expect(actor.getSnapshot().context).toBe(paid);
    actor.send(pay);
    expect(actor.getSnapshot().context).toBe(paid);
    actor.send({ type: 'ALLOCATE', at: '2026-03-01T11:00:00+08:00', warehouse: 'SH-1' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'allocated', context: { warehouse: 'SH-1', version: 2 } });
  });
});
