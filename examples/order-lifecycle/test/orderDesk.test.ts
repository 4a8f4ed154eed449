import { describe, expect, it } from 'vitest';
import { presets, type OrderCommand } from '@zhidu/orders';
import { createOrderDesk, VersionConflictError, type DeskOutcome } from '../src/orderDesk.js';
import { cupRefund, notedOrder, notedSteps, payment, teaOrder, teaSteps, unpaidCheckedAt, unpaidOrder, unpaidSteps, type Step } from '../src/scenario.js';

const run = (steps: readonly Step[], input = teaOrder) => {
  const log: string[] = [];
  const desk = createOrderDesk(presets.douyinShop, (line) => log.push(line));
  desk.open(input);
  const outcomes = steps.map((step) => desk.apply(input.id, step.event));
  return { desk, log, outcomes };
};

const types = (outcome: DeskOutcome | undefined): OrderCommand['type'][] => (outcome?.ok === true ? outcome.commands.map((command) => command.type) : []);
const refusal = (outcome: DeskOutcome | undefined): string | undefined => (outcome?.ok === false ? outcome.error.code : undefined);

describe('createOrderDesk (the Douyin walk)', () => {
  it('takes the tea order from payment to completed, through a delay and a partial refund', () => {
    const { desk } = run(teaSteps);
    const state = desk.read(teaOrder.id);
    expect(state.value).toBe('completed');
    expect(state.version).toBe(9);
    expect(desk.path(teaOrder.id)).toEqual([
      'pending_payment',
      'awaiting_fulfillment',
      'allocated',
      'packed',
      'shipped',
      'in_transit',
      'delivery_exception',
      'delivered',
      'delivered',
      'completed',
    ]);
  });

  it('carries out the commands of each step', () => {
    const { outcomes } = run(teaSteps);
    expect(outcomes.map(types)).toEqual([
      ['NOTIFY_CUSTOMER'],
      [],
      [],
      [],
      ['BOOK_CARRIER'],
      ['NOTIFY_CUSTOMER'],
      ['NOTIFY_CUSTOMER'],
      ['CONTACT_CARRIER', 'NOTIFY_CUSTOMER'],
      ['NOTIFY_CUSTOMER'],
      ['ISSUE_REFUND', 'NOTIFY_CUSTOMER'],
      [],
      [],
    ]);
    expect(outcomes[7]?.ok === true && outcomes[7].commands[0]).toEqual({
      type: 'CONTACT_CARRIER',
      orderId: teaOrder.id,
      carrier: 'YTO',
      trackingNumber: 'YT7712345678',
      kind: 'delayed',
    });
  });

  it('RET-10: refunds the cup net of its share of the discount, and the order keeps the running total', () => {
    const { desk } = run(teaSteps);
    expect(cupRefund).toEqual({ amount: '28.38', currency: 'CNY' });
    expect(desk.refunded(teaOrder.id)).toEqual({ amount: '28.38', currency: 'CNY' });
    expect(desk.read(teaOrder.id).refunded).toEqual({ amount: '28.38', currency: 'CNY' });
    expect(desk.read(teaOrder.id).paid).toEqual({ amount: '140.00', currency: 'CNY' });
  });

  it('ORD-8 and ORD-12: refuses the short package and the early COMPLETE, leaving the order as it was', () => {
    const { outcomes } = run(teaSteps);
    expect(outcomes.map(refusal).filter((code) => code !== undefined)).toEqual(['ORDER_PACK_MISMATCH', 'ORDER_AFTER_SALES_WINDOW_OPEN']);
    const pack = outcomes[3];
    expect(pack?.ok === false && pack.error).toMatchObject({ clause: 'ORD-8', params: { differences: ['TEA-250: 2 → 1'] } });
    expect(pack?.state.value).toBe('allocated');
    expect(outcomes[10]?.ok === false && outcomes[10].error).toMatchObject({
      clause: 'ORD-12',
      params: { afterSalesUntil: '2026-03-22T15:59:59.999Z' },
    });
  });

  it('ORD-7: ships within 48 hours of payment', () => {
    const { desk } = run(teaSteps);
    const { deadlines, history } = desk.read(teaOrder.id);
    expect(deadlines.shipBy).toBe('2026-03-04T12:06:00.000Z');
    expect(history.find((entry) => entry.event.type === 'SHIP')?.reasons.map((reason) => reason.code)).toContain('ORDER_SHIPPED_ON_TIME');
  });

  it('a replayed webhook changes nothing and does nothing twice', () => {
    const { desk, log, outcomes } = run(teaSteps.slice(0, 2));
    expect(outcomes[1]).toMatchObject({ ok: true, replay: true, commands: [] });
    expect(desk.read(teaOrder.id).version).toBe(1);
    expect(log).toEqual([`${teaOrder.id} → notify the customer: payment_received`]);
    expect(desk.apply(teaOrder.id, payment)).toMatchObject({ ok: true, replay: true });
  });

  it('optimistic locking: a write from a stale read is refused', () => {
    const { desk } = run([]);
    const stale = desk.read(teaOrder.id);
    desk.apply(teaOrder.id, payment);
    expect(() => {
      desk.write({ ...stale, version: stale.version + 1 }, stale.version);
    }).toThrow(VersionConflictError);
    expect(desk.read(teaOrder.id).value).toBe('awaiting_fulfillment');
  });

  it('ORD-11: the unpaid order is overdue one minute after its 30-minute window and is cancelled then, not before', () => {
    const { desk, outcomes } = run(unpaidSteps, unpaidOrder);
    expect(types(outcomes[0])).toEqual(['REQUEST_PAYMENT']);
    expect(refusal(outcomes[1])).toBe('ORDER_PAYMENT_WINDOW_OPEN');
    expect(types(outcomes[2])).toEqual(['NOTIFY_CUSTOMER']);
    expect(desk.read(unpaidOrder.id).value).toBe('cancelled');

    const fresh = createOrderDesk(presets.douyinShop);
    fresh.open(unpaidOrder);
    expect(fresh.overdue(unpaidOrder.id, unpaidCheckedAt).overdue).toEqual([
      { kind: 'payment', dueAt: '2026-03-02T13:30:00.000Z', minutesOverdue: 1 },
    ]);
  });

  it('ORD-4: the noted order is held and the customer contacted, then released by CONFIRM', () => {
    const { desk, outcomes } = run(notedSteps, notedOrder);
    expect(outcomes[0]?.state.value).toBe('on_hold');
    expect(outcomes[0]?.ok === true && outcomes[0].commands).toContainEqual({
      type: 'CONTACT_CUSTOMER',
      orderId: notedOrder.id,
      about: ['ORDER_BUYER_NOTE_REVIEW'],
    });
    expect(desk.read(notedOrder.id).value).toBe('awaiting_fulfillment');
  });
});
