import { fc, test } from '@fast-check/vitest';
import { compareMoney, Decimal } from '@zhidu/core';
import { describe, expect } from 'vitest';
import { createActor } from 'xstate';
import {
  createOrderMachine,
  orderStates,
  presets,
  restoreOrderSnapshot,
  startOrder,
  transition,
  type OrderEvent,
  type OrderEventType,
  type OrderInput,
  type OrderPolicy,
  type OrderState,
} from '../src/index.js';
import { lifecycle } from '../src/lifecycle.js';
import { order } from './fixtures.js';

const skus = ['TEA-250', 'CUP-01', 'GHOST-9'];

const item = fc.record({ sku: fc.constantFrom(...skus), quantity: fc.integer({ min: 1, max: 3 }) });
const amount = fc.oneof(fc.constant('150.00'), fc.integer({ min: 1, max: 20_000 }).map((cents) => new Decimal(cents).div(100).toFixed(2)));

/** An event of any type, with plausible fields, to be dated later. */
const eventBody = fc.oneof(
  fc.record({ type: fc.constant('PAY' as const), amount }),
  fc.constant({ type: 'REMIND_PAYMENT' as const }),
  fc.constant({ type: 'EXPIRE_PAYMENT' as const }),
  fc.constant({ type: 'AUDIT' as const }),
  fc.record({ type: fc.constant('CONFIRM' as const), by: fc.constant('客服小李'), override: fc.boolean() }),
  fc.record({ type: fc.constant('ALLOCATE' as const), warehouse: fc.constantFrom('SH-1', 'GZ-2') }),
  fc.record({ type: fc.constant('REPORT_SHORTAGE' as const), lines: fc.option(fc.array(item, { minLength: 1, maxLength: 2 }), { nil: undefined }) }),
  fc.constant({ type: 'STOCK_ARRIVED' as const }),
  fc.record({ type: fc.constant('RESOLVE_SHORTAGE' as const), resolution: fc.constantFrom('refund' as const, 'exchange' as const, 'backorder' as const) }),
  fc.record({
    type: fc.constant('PACK' as const),
    items: fc.oneof(
      fc.constant([
        { sku: 'TEA-250', quantity: 2 },
        { sku: 'CUP-01', quantity: 1 },
      ]),
      fc.constant([{ sku: 'TEA-250', quantity: 2 }]),
      fc.array(item, { maxLength: 3 }),
    ),
  }),
  fc.record({ type: fc.constant('SHIP' as const), carrier: fc.constant('SF'), trackingNumber: fc.constantFrom('SF1', ' ') }),
  fc.record({ type: fc.constant('IN_TRANSIT' as const), node: fc.option(fc.constant('上海转运中心'), { nil: undefined }) }),
  fc.constant({ type: 'DELIVER' as const }),
  fc.record({ type: fc.constant('REPORT_EXCEPTION' as const), kind: fc.constantFrom('delayed' as const, 'lost' as const, 'damaged' as const) }),
  fc.record({ type: fc.constant('RESHIP' as const), carrier: fc.constant('YTO'), trackingNumber: fc.constant('YT2') }),
  fc.record({ type: fc.constant('REFUND' as const), amount }),
  fc.constant({ type: 'COMPLETE' as const }),
  fc.record({ type: fc.constant('CANCEL' as const), by: fc.constant('customer'), reason: fc.constant('changed my mind') }),
);

/** One step of a script: a guided step picks an event the current state takes (with fields that mostly fit), an unguided one sends anything. */
const step = fc.record({
  guided: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  pick: fc.nat(),
  body: eventBody,
  gapMinutes: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 600 }) },
    { weight: 1, arbitrary: fc.integer({ min: 600, max: 60 * 24 * 40 }) },
  ),
  id: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
});
const script = fc.array(step, { minLength: 4, maxLength: 40, size: 'max' });

type Body = OrderEvent extends infer E ? (E extends OrderEvent ? Omit<E, 'at' | 'id'> : never) : never;

/** An event of `type` with fields that fit the state (most of the time: `pick` also makes near misses). */
function fitting(type: OrderEventType, state: OrderState, pick: number): Body {
  const refundable = new Decimal((state.paid ?? { amount: '0' }).amount).minus(state.refunded.amount);
  switch (type) {
    case 'PAY':
      return { type, amount: pick % 7 === 0 ? '1.00' : state.order.total };
    case 'CONFIRM':
      return { type, by: '客服小李', override: pick % 3 === 0, customer: { phone: '13900139000' } };
    case 'ALLOCATE':
      return { type, warehouse: 'SH-1' };
    case 'REPORT_SHORTAGE':
      return pick % 2 === 0 ? { type } : { type, lines: [{ sku: state.toShip[0]?.sku ?? 'TEA-250', quantity: 1 }] };
    case 'RESOLVE_SHORTAGE':
      return { type, resolution: (['refund', 'exchange', 'backorder'] as const)[pick % 3] ?? 'refund' };
    case 'PACK':
      return { type, items: pick % 6 === 0 ? [{ sku: 'TEA-250', quantity: 9 }] : state.toShip.map((item) => ({ ...item })) };
    case 'SHIP':
    case 'RESHIP':
      return { type, carrier: 'SF', trackingNumber: `SF${String(pick % 1000)}` };
    case 'IN_TRANSIT':
      return { type, node: '上海转运中心' };
    case 'REPORT_EXCEPTION':
      return { type, kind: (['delayed', 'lost', 'damaged'] as const)[pick % 3] ?? 'lost' };
    case 'REFUND': {
      const choices = [refundable, refundable.div(3).toDecimalPlaces(2, Decimal.ROUND_DOWN), new Decimal('10.00'), refundable.plus('0.01')];
      const chosen = choices[pick % choices.length] ?? refundable;
      return { type, amount: chosen.greaterThan(0) ? chosen.toFixed(2) : '0.01' };
    }
    case 'CANCEL':
      return { type, by: 'customer', reason: 'changed my mind' };
    default:
      return { type };
  }
}

/** Turns a script into dated events, folding with the pure transition to see which events the state takes. */
function realize(input: OrderInput, rules: OrderPolicy, steps: readonly StepValue[]): OrderEvent[] {
  let state = startOrder(input, rules);
  let at = Date.parse(state.order.placedAt);
  const events: OrderEvent[] = [];
  for (const { guided, pick, body, gapMinutes, id } of steps) {
    at += gapMinutes * 60_000;
    // Ending events (cancel, expire) are picked less often, so scripts also reach the later states.
    const accepted = (Object.keys(lifecycle[state.value]) as OrderEventType[]).flatMap((type) =>
      type === 'CANCEL' || type === 'EXPIRE_PAYMENT' || type === 'REMIND_PAYMENT' ? [type] : [type, type, type, type, type, type],
    );
    const chosen: Body = guided && accepted.length > 0 ? fitting(accepted[pick % accepted.length] ?? 'PAY', state, pick) : body;
    const event = { ...chosen, at: new Date(at).toISOString(), ...(id === undefined ? {} : { id: `e${String(id)}` }) } as OrderEvent;
    events.push(event);
    const result = transition(state, event, rules);
    if (result.ok) state = result.state;
  }
  return events;
}

type StepValue = typeof step extends fc.Arbitrary<infer T> ? T : never;

const variant = fc.constantFrom<OrderInput>(
  order,
  { ...order, note: '请周末送货' },
  { ...order, lines: [{ ...order.lines[0]!, tags: ['perishable'] }, order.lines[1]!] },
  { ...order, customer: { ...order.customer, phone: 'unknown' } },
);
const policy = fc.constantFrom<OrderPolicy>(presets.generic, presets.douyinShop, presets.usStore);

function checkInvariants(state: OrderState): void {
  expect(orderStates).toContain(state.value);
  expect(state.version).toBe(state.history.length);
  const paid = state.paid ?? { amount: '0.00', currency: state.order.currency };
  // A refund never exceeds what was paid.
  expect(compareMoney(state.refunded, paid)).toBeLessThanOrEqual(0);
  expect(new Decimal(state.refunded.amount).isNegative()).toBe(false);
  for (const line of state.toShip) expect(line.quantity).toBeGreaterThan(0);
  if (state.value === 'refunded') expect(compareMoney(state.refunded, paid)).toBeLessThanOrEqual(0);
  if (state.history.length > 0) expect(state.history.at(-1)?.to).toBe(state.value);
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
}

describe('transition (properties)', () => {
  test.prop([variant, policy, script], { numRuns: 150 })(
    'random event sequences never produce an invalid state, and refunds never exceed payment (RET-10)',
    (input, rules, steps) => {
      const events = realize(input, rules, steps);
      let state = startOrder(input, rules);
      for (const event of events) {
        const result = transition(state, event, rules);
        if (result.ok) {
          state = result.state;
          checkInvariants(state);
        }
      }
    },
  );

  test.prop([variant, policy, script], { numRuns: 100 })('the xstate machine and the pure transition agree on every event sequence', (input, rules, steps) => {
    const events = realize(input, rules, steps);
    const machine = createOrderMachine(rules);
    const actor = createActor(machine, { input: { order: input } }).start();
    let state = startOrder(input, rules);
    expect(actor.getSnapshot().context).toEqual(state);
    for (const event of events) {
      const result = transition(state, event, rules);
      if (result.ok) state = result.state;
      actor.send(event);
      const snapshot = actor.getSnapshot();
      expect(snapshot.value).toBe(state.value);
      expect(snapshot.context).toEqual(state);
    }
    actor.stop();
  });

  test.prop([variant, policy, script, fc.nat()], { numRuns: 100 })(
    'replaying an event (same id) equals applying it once; a state restored from JSON continues identically',
    (input, rules, steps, pick) => {
      const events = realize(input, rules, steps);
      const withIds = events.map((event, index) => ({ ...event, id: `u${String(index)}` }));
      let once = startOrder(input, rules);
      let twice = once;
      const replayAt = withIds.length === 0 ? -1 : pick % withIds.length;
      for (const [index, event] of withIds.entries()) {
        const a = transition(once, event, rules);
        if (a.ok) once = a.state;
        const b = transition(twice, event, rules);
        if (b.ok) twice = b.state;
        if (index === replayAt) {
          const replay = transition(twice, event, rules);
          if (b.ok) {
            // Applied once: the replay is accepted and changes nothing.
            expect(replay).toEqual({ ok: true, state: twice, commands: [] });
          } else {
            // Refused: the replay is refused the same way.
            expect(replay).toEqual(b);
          }
          twice = JSON.parse(JSON.stringify(twice)) as OrderState;
        }
      }
      expect(twice).toEqual(once);
    },
  );

  test.prop([variant, script], { numRuns: 50 })('a machine resumed from a stored state continues like the pure transition', (input, steps) => {
    const events = realize(input, presets.generic, steps);
    const half = Math.floor(events.length / 2);
    let state = startOrder(input);
    for (const event of events.slice(0, half)) {
      const result = transition(state, event);
      if (result.ok) state = result.state;
    }
    const stored = JSON.parse(JSON.stringify(state)) as OrderState;
    const machine = createOrderMachine(presets.generic);
    const actor = createActor(machine, { snapshot: restoreOrderSnapshot(machine, stored) }).start();
    for (const event of events.slice(half)) {
      const result = transition(state, event);
      if (result.ok) state = result.state;
      actor.send(event);
    }
    expect(actor.getSnapshot().context).toEqual(state);
  });
});
