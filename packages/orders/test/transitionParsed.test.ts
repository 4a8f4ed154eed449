import { fc, test } from '@fast-check/vitest';
import { PolicyInputError } from '@zhidu/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createOrderLifecycle,
  parseOrderEvent,
  parseOrderState,
  presets,
  safeParseOrderEvent,
  safeParseOrderState,
  startOrder,
  transition,
  type OrderEvent,
  type OrderLifecycle,
  type OrderPolicy,
  type OrderState,
  type ParsedOrderEvent,
  type ParsedOrderState,
} from '../src/index.js';
import { order, orderIn, pay, toDelivered } from './fixtures.js';

const inputError = (call: () => unknown): PolicyInputError => {
  try {
    call();
  } catch (error) {
    if (error instanceof PolicyInputError) return error;
    throw error;
  }
  return expect.fail('expected a PolicyInputError');
};

/** What a call gave: its value, or the issues of the PolicyInputError it threw. */
function outcome<T>(call: () => T): { value: T } | { issues: PolicyInputError['issues'] } {
  try {
    return { value: call() };
  } catch (error) {
    if (error instanceof PolicyInputError) return { issues: error.issues };
    throw error;
  }
}

const complete: OrderEvent = { type: 'COMPLETE', at: '2026-03-18T00:00:00+08:00' };

/** Events of every type with plausible fields; most are refused in most states, which is tested too. */
const anyEvent = fc.oneof(
  fc.constant<OrderEvent>(pay),
  fc.constantFrom<OrderEvent>(...toDelivered, complete),
  fc.constantFrom<OrderEvent>(
    { type: 'PAY', at: '2026-03-01T10:06:00+08:00', amount: '1.00' },
    { type: 'REMIND_PAYMENT', at: '2026-03-01T10:03:00+08:00' },
    { type: 'EXPIRE_PAYMENT', at: '2026-03-03T10:00:00+08:00' },
    { type: 'AUDIT', at: '2026-03-01T10:20:00+08:00' },
    { type: 'CONFIRM', at: '2026-03-01T10:30:00+08:00', by: ' 客服小李 ', override: true },
    { type: 'REPORT_SHORTAGE', at: '2026-03-01T11:30:00+08:00', lines: [{ sku: 'TEA-250', quantity: 1 }] },
    { type: 'STOCK_ARRIVED', at: '2026-03-01T11:40:00+08:00' },
    { type: 'RESOLVE_SHORTAGE', at: '2026-03-01T11:45:00+08:00', resolution: 'refund' },
    { type: 'REPORT_EXCEPTION', at: '2026-03-02T09:00:00+08:00', kind: 'lost' },
    { type: 'RESHIP', at: '2026-03-02T10:00:00+08:00', carrier: 'YTO', trackingNumber: 'YT1' },
    { type: 'REFUND', id: 'r-1', at: '2026-03-03T10:00:00+08:00', amount: { amount: '10.00', currency: 'CNY' } },
    { type: 'REFUND', at: '2026-03-04T10:00:00+08:00', amount: 5 },
    { type: 'CANCEL', at: '2026-03-01T10:40:00+08:00', by: 'customer', reason: 'changed my mind' },
  ),
);

describe('transitionParsed', () => {
  const orders = createOrderLifecycle(presets.generic);

  it('ORD-14: walks the happy path to the same states and commands as transition', () => {
    let state = startOrder(order);
    let parsed = parseOrderState(JSON.parse(JSON.stringify(state)));
    for (const event of [pay, ...toDelivered, complete]) {
      const plain = transition(state, event);
      const checked = orders.transitionParsed(parsed, parseOrderEvent(event, parsed.order.currency));
      expect(checked).toStrictEqual(plain);
      if (!plain.ok || !checked.ok) return expect.fail(`${event.type} refused`);
      state = plain.state;
      parsed = checked.state;
    }
    expect(parsed.value).toBe('completed');
  });

  test.prop([fc.constantFrom<OrderPolicy>(presets.generic, presets.usStore, presets.douyinShop), fc.array(anyEvent, { maxLength: 14 })], { numRuns: 150 })(
    'ORD-14: any sequence of events gives the same results, refusals included, as transition',
    (policy, events) => {
      const lifecycle = createOrderLifecycle(policy);
      let state: OrderState = startOrder({ ...order, currency: policy.store.currency }, policy);
      let parsed: ParsedOrderState = parseOrderState(state);
      for (const event of events) {
        const plain = outcome(() => transition(state, event, policy));
        const checked = outcome(() => lifecycle.transitionParsed(parsed, parseOrderEvent(event, parsed.order.currency)));
        expect(checked).toStrictEqual(plain);
        expect(JSON.stringify(checked)).toBe(JSON.stringify(plain));
        if ('value' in plain && plain.value.ok && 'value' in checked && checked.value.ok) {
          state = plain.value.state;
          parsed = checked.value.state;
        }
      }
    },
  );

  it("ORD-14: the events of a history are parsed events: replaying them rebuilds the order's state", () => {
    const delivered = orderIn([pay, ...toDelivered]);
    let state = parseOrderState(startOrder(order));
    for (const entry of delivered.history) {
      const result = orders.transitionParsed(state, entry.event as ParsedOrderEvent);
      if (result.ok) state = result.state;
    }
    expect(state).toStrictEqual(delivered);
  });

  it('ORD-14: still refuses a state started under another policy, and an amount parsed for another currency', () => {
    const state = parseOrderState(orderIn());
    const event = parseOrderEvent(pay, 'CNY');
    expect(inputError(() => createOrderLifecycle(presets.douyinShop).transitionParsed(state, event)).issues[0]?.code).toBe('policy_version_mismatch');
    const dollars = parseOrderEvent(pay, 'USD');
    expect(inputError(() => orders.transitionParsed(state, dollars)).issues[0]?.path).toEqual(['event', 'amount', 'currency']);
  });

  it('the parsed types keep unchecked input out', () => {
    const state = orderIn();
    expectTypeOf<Parameters<OrderLifecycle['transitionParsed']>[0]>().toEqualTypeOf<ParsedOrderState>();
    // @ts-expect-error a state that was not parsed
    expect(() => orders.transitionParsed(state, parseOrderEvent(pay, 'CNY'))).not.toThrow();
    // @ts-expect-error an event that was not parsed
    expect(() => orders.transitionParsed(parseOrderState(state), pay)).toThrow();
  });
});

describe('parseOrderState', () => {
  it('ORD-14: gives back the same state, and the same issues as transition for a malformed one', () => {
    const state = orderIn([pay]);
    expect(parseOrderState(state)).toBe(state);
    const broken = { ...state, version: -1, order: { ...state.order, total: '1e3' } };
    const fromTransition = inputError(() => transition(broken, toDelivered[0]!));
    expect(inputError(() => parseOrderState(broken)).issues).toEqual(fromTransition.issues);
    expect(safeParseOrderState(broken).ok).toBe(false);
    expect(safeParseOrderState(JSON.parse(JSON.stringify(state))).ok).toBe(true);
  });
});

describe('parseOrderEvent', () => {
  it('ORD-14: gives the event as the history records it', () => {
    expect(parseOrderEvent({ type: 'PAY', id: 'pay-1', at: '2026-03-01T10:05:00+08:00', amount: '150' }, 'CNY')).toStrictEqual({
      type: 'PAY',
      id: 'pay-1',
      at: '2026-03-01T02:05:00.000Z',
      amount: { amount: '150.00', currency: 'CNY' },
    });
    const paid = orderIn([pay]);
    expect(parseOrderEvent(pay, 'CNY')).toStrictEqual(paid.history[0]?.event);
  });

  it.each<[string, unknown]>([
    ['an unknown type', { type: 'TELEPORT', at: '2026-03-01T12:00:00+08:00' }],
    ['a missing field', { type: 'ALLOCATE', at: '2026-03-01T12:00:00+08:00' }],
    ['an instant without offset', { type: 'ALLOCATE', at: '2026-03-01T12:00:00', warehouse: 'SH-1' }],
    ['an amount with 3 decimals', { type: 'REFUND', at: '2026-03-01T12:00:00+08:00', amount: '10.005' }],
    ['a zero amount', { type: 'REFUND', at: '2026-03-01T12:00:00+08:00', amount: '0.00' }],
    ['an amount in another currency', { type: 'REFUND', at: '2026-03-01T12:00:00+08:00', amount: { amount: '10.00', currency: 'USD' } }],
  ])('ORD-14: %s gives the issues transition gives', (_name, event) => {
    const paid = orderIn([pay]);
    const fromTransition = inputError(() => transition(paid, event as OrderEvent));
    expect(inputError(() => parseOrderEvent(event, 'CNY')).issues).toEqual(fromTransition.issues);
    expect(safeParseOrderEvent(event, 'CNY').ok).toBe(false);
  });
});
