import { describe, expect, it } from 'vitest';
import {
  defineOrderPolicy,
  overdue,
  presets,
  startOrder,
  transition,
  type OrderEvent,
  type OrderInput,
  type OrderPolicy,
  type OrderState,
} from '../src/index.js';
import { applied, order, refused, run } from './fixtures.js';

// Deadlines are inclusive: the instant stated is the last one inside the window (ORD-7, ORD-11,
// ORD-12); one millisecond after it the deadline has passed.

const HOUR = 3_600_000;
const MINUTE = 60_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const plus = (instant: string, ms: number): string => iso(Date.parse(instant) + ms);

/** A USD order for the usStore preset, placed in New York at the given instant. */
function usOrder(placedAt: string, tags: OrderInput['lines'][number]['tags'] = []): OrderInput {
  return {
    id: 'US-2001',
    currency: 'USD',
    placedAt,
    customer: { name: 'Jane Doe', phone: '+1 212-555-0100', address: '1 Main St, New York, NY 10001' },
    lines: [{ sku: 'MUG-1', quantity: 2, unitPrice: '12.50', tags }],
    shipping: '5.00',
    total: '30.00',
    payment: { method: 'card' },
  };
}

/** The fixture order (CNY) placed at another instant, optionally with tags on its first line. */
function cnOrder(placedAt: string, tags: OrderInput['lines'][number]['tags'] = []): OrderInput {
  const [first, ...rest] = order.lines;
  return { ...order, placedAt, lines: [{ ...first!, tags }, ...rest] };
}

const packItems = (input: OrderInput) => input.lines.map((line) => ({ sku: line.sku, quantity: line.quantity }));

/** The order paid at `paidAt` (and nothing else). */
function paidAt(input: OrderInput, at: string, policy: OrderPolicy): OrderState {
  return run(startOrder(input, policy), [{ type: 'PAY', at, amount: input.total }], policy);
}

/** The order paid, allocated and packed at `paidAt`-ish times, ready to SHIP. */
function packedAfter(input: OrderInput, at: string, policy: OrderPolicy): OrderState {
  return run(
    startOrder(input, policy),
    [
      { type: 'PAY', at, amount: input.total },
      { type: 'ALLOCATE', at, warehouse: 'W1' },
      { type: 'PACK', at, items: packItems(input) },
    ],
    policy,
  );
}

/** The order taken all the way to delivered at `deliveredAt` (payment and shipping one minute after placing). */
function deliveredAt(input: OrderInput, at: string, policy: OrderPolicy): OrderState {
  const early = plus(new Date(input.placedAt).toISOString(), MINUTE);
  const events: OrderEvent[] = [
    { type: 'PAY', at: early, amount: input.total },
    { type: 'ALLOCATE', at: early, warehouse: 'W1' },
    { type: 'PACK', at: early, items: packItems(input) },
    { type: 'SHIP', at: early, carrier: 'UPS', trackingNumber: '1Z999' },
    { type: 'DELIVER', at },
  ];
  return run(startOrder(input, policy), events, policy);
}

const shipCodes = (state: OrderState): string[] => (state.history.at(-1)?.reasons ?? []).map((r) => r.code);

// ---------------------------------------------------------------------------------------------
// ORD-11: the payment window
// ---------------------------------------------------------------------------------------------

describe.each([
  ['generic', presets.generic, 24 * HOUR],
  ['douyinShop', presets.douyinShop, 30 * MINUTE],
] as const)('ORD-11: paymentDueAt under %s', (_name, policy, window) => {
  const start = startOrder(order, policy);
  const due = iso(Date.parse('2026-03-01T10:00:00+08:00') + window);

  it('ORD-11: paymentDueAt is placedAt plus the window', () => {
    expect(start.deadlines.paymentDueAt).toBe(due);
  });

  it('ORD-11: PAY exactly at paymentDueAt is accepted, 1 ms after is refused', () => {
    expect(applied(transition(start, { type: 'PAY', at: due, amount: '150.00' }, policy)).state.value).toBe('awaiting_fulfillment');
    const error = refused(transition(start, { type: 'PAY', at: plus(due, 1), amount: '150.00' }, policy));
    expect(error.code).toBe('ORDER_PAYMENT_WINDOW_CLOSED');
    expect(error.clause).toBe('ORD-11');
  });

  it('ORD-11: EXPIRE_PAYMENT 1 ms before paymentDueAt is refused, exactly at it the order is cancelled', () => {
    expect(refused(transition(start, { type: 'EXPIRE_PAYMENT', at: plus(due, -1) }, policy)).code).toBe('ORDER_PAYMENT_WINDOW_OPEN');
    expect(applied(transition(start, { type: 'EXPIRE_PAYMENT', at: due }, policy)).state.value).toBe('cancelled');
  });

  it('ORD-11: overdue() at the deadline lists nothing; 1 ms after it lists payment, 1 minute overdue', () => {
    const atDue = overdue(start, policy, { now: due });
    expect(atDue.overdue).toEqual([]);
    expect(atDue.reasons.map((r) => r.code)).toEqual(['ORDER_NOTHING_OVERDUE']);
    const after = overdue(start, policy, { now: plus(due, 1) });
    expect(after.overdue).toEqual([{ kind: 'payment', dueAt: due, minutesOverdue: 1 }]);
    expect(after.reasons.map((r) => [r.code, r.clause])).toEqual([['ORDER_PAYMENT_OVERDUE', 'ORD-11']]);
    expect(overdue(start, policy, { now: plus(due, 61 * MINUTE) }).overdue[0]?.minutesOverdue).toBe(61);
  });

  it('ORD-11: a paid order is never payment-overdue', () => {
    const paid = paidAt(order, due, policy);
    expect(overdue(paid, policy, { now: plus(due, HOUR) }).overdue.filter((item) => item.kind === 'payment')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// ORD-7: ship-by
// ---------------------------------------------------------------------------------------------

describe('ORD-7: shipBy from payment (generic and douyinShop: 48 h, perishable 24 h)', () => {
  const paidTime = '2026-03-01T10:20:00+08:00';

  it.each([
    ['generic', presets.generic],
    ['douyinShop', presets.douyinShop],
  ] as const)('ORD-7: %s — shipBy is 48 h after payment (not after placing)', (_name, policy) => {
    const paid = paidAt(order, paidTime, policy);
    expect(paid.deadlines.shipBy).toBe(iso(Date.parse(paidTime) + 48 * HOUR));
    expect(shipCodes(paid)).toContain('ORDER_SHIP_BY');
  });

  it.each([
    ['generic', presets.generic],
    ['douyinShop', presets.douyinShop],
  ] as const)('ORD-7: %s — a line tagged perishable makes it 24 h', (_name, policy) => {
    const paid = paidAt(cnOrder(order.placedAt as string, ['perishable']), paidTime, policy);
    expect(paid.deadlines.shipBy).toBe(iso(Date.parse(paidTime) + 24 * HOUR));
    expect(shipCodes(paid)).toContain('ORDER_SHIP_BY_PERISHABLE');
    expect(paid.history.at(-1)?.reasons.find((r) => r.code === 'ORDER_SHIP_BY_PERISHABLE')?.clause).toBe('ORD-7');
  });

  it('ORD-7: tags other than perishable keep the ordinary handling time', () => {
    const paid = paidAt(cnOrder(order.placedAt as string, ['fragile', 'gift']), paidTime, presets.generic);
    expect(paid.deadlines.shipBy).toBe(iso(Date.parse(paidTime) + 48 * HOUR));
  });

  describe.each([
    ['ordinary', [] as const, 48 * HOUR],
    ['perishable', ['perishable'] as const, 24 * HOUR],
  ])('ORD-7: shipping a %s order around shipBy', (_kind, tags, handling) => {
    const input = cnOrder(order.placedAt as string, [...tags]);
    const packed = packedAfter(input, paidTime, presets.generic);
    const shipBy = iso(Date.parse(paidTime) + handling);
    const ship = (at: string) => transition(packed, { type: 'SHIP', at, carrier: 'SF', trackingNumber: 'SF1' });

    it('ORD-7: 1 ms before and exactly at shipBy is on time', () => {
      expect(packed.deadlines.shipBy).toBe(shipBy);
      for (const at of [plus(shipBy, -1), shipBy]) {
        const codes = shipCodes(applied(ship(at)).state);
        expect(codes).toContain('ORDER_SHIPPED_ON_TIME');
        expect(codes).not.toContain('ORDER_SHIPPED_LATE');
      }
    });

    it('ORD-7: 1 ms after shipBy is late, by one (started) minute', () => {
      const state = applied(ship(plus(shipBy, 1))).state;
      const late = state.history.at(-1)?.reasons.find((r) => r.code === 'ORDER_SHIPPED_LATE');
      expect(late?.clause).toBe('ORD-7');
      expect(late?.params?.lateMinutes).toBe(1);
      expect(shipCodes(state)).not.toContain('ORDER_SHIPPED_ON_TIME');
    });

    it('ORD-7: overdue() lists shipping only after shipBy, and not once shipped', () => {
      expect(overdue(packed, presets.generic, { now: shipBy }).overdue).toEqual([]);
      const after = overdue(packed, presets.generic, { now: plus(shipBy, 1) });
      expect(after.overdue).toEqual([{ kind: 'shipping', dueAt: shipBy, minutesOverdue: 1 }]);
      expect(after.reasons.map((r) => [r.code, r.clause])).toEqual([['ORDER_SHIPMENT_OVERDUE', 'ORD-7']]);
      const shipped = applied(ship(plus(shipBy, 1))).state;
      expect(overdue(shipped, presets.generic, { now: plus(shipBy, HOUR) }).overdue).toEqual([]);
    });
  });

  it('ORD-7: overdue() lists shipping for a paid order still awaiting fulfilment', () => {
    const paid = paidAt(order, paidTime, presets.generic);
    const shipBy = paid.deadlines.shipBy!;
    expect(overdue(paid, presets.generic, { now: plus(shipBy, 30 * MINUTE) }).overdue).toEqual([{ kind: 'shipping', dueAt: shipBy, minutesOverdue: 30 }]);
  });
});

describe('ORD-7: usStore (FTC rule, America/New_York)', () => {
  const us = presets.usStore;
  const twoBusinessDays = defineOrderPolicy({ shipping: { handling: { length: 2, unit: 'business_days' } } }, 'usStore');

  it('ORD-7: with no stated handling time, ship within 30 calendar days (ORDER_SHIP_BY_UNSTATED, FTC 16 CFR 435)', () => {
    // paid Monday 2026-03-02 (EST); day 1 is 03-03, day 30 is 2026-04-01, which ends in EDT (UTC−4)
    const paid = paidAt(usOrder('2026-03-02T09:00:00-05:00'), '2026-03-02T10:05:00-05:00', us);
    expect(paid.deadlines.shipBy).toBe('2026-04-02T03:59:59.999Z');
    const reason = paid.history.at(-1)?.reasons.find((r) => r.code === 'ORDER_SHIP_BY_UNSTATED');
    expect(reason?.clause).toBe('ORD-7');
    expect(reason?.message).toMatch(/FTC/u);
  });

  it('ORD-7: a stated handling time of 2 business days skips the weekend (paid Friday → end of Tuesday)', () => {
    // Friday 2026-01-09 (EST, UTC−5): Monday 01-12 and Tuesday 01-13 are the two business days
    const paid = paidAt(usOrder('2026-01-09T14:00:00-05:00'), '2026-01-09T15:00:00-05:00', twoBusinessDays);
    expect(paid.deadlines.shipBy).toBe('2026-01-14T04:59:59.999Z');
    const reason = paid.history.at(-1)?.reasons.find((r) => r.code === 'ORDER_SHIP_BY');
    expect(reason?.params).toMatchObject({ length: 2, unit: 'business_days' });
    expect(shipCodes(paid)).not.toContain('ORDER_SHIP_BY_UNSTATED');
  });

  it('ORD-7: shipping 1 ms after the end of the last business day is late; at it, on time', () => {
    const packed = packedAfter(usOrder('2026-01-09T14:00:00-05:00'), '2026-01-09T15:00:00-05:00', twoBusinessDays);
    const shipBy = '2026-01-14T04:59:59.999Z';
    const ship = (at: string) => shipCodes(applied(transition(packed, { type: 'SHIP', at, carrier: 'UPS', trackingNumber: '1Z1' }, twoBusinessDays)).state);
    expect(ship(shipBy)).toContain('ORDER_SHIPPED_ON_TIME');
    expect(ship(plus(shipBy, 1))).toContain('ORDER_SHIPPED_LATE');
  });
});

// ---------------------------------------------------------------------------------------------
// DST in America/New_York: spring forward 2026-03-08, fall back 2026-11-01
// ---------------------------------------------------------------------------------------------

describe('DST in America/New_York: end of local day = 23:59:59.999 local', () => {
  const placed = '2026-03-07T11:00:00-05:00'; // Saturday, EST
  const paid = '2026-03-07T12:00:00-05:00'; // = 17:00Z

  it('ORD-7: 2 business days from Saturday 2026-03-07 end on Tuesday 03-10, now in EDT (UTC−4)', () => {
    const policy = defineOrderPolicy({ shipping: { handling: { length: 2, unit: 'business_days' } } }, 'usStore');
    expect(paidAt(usOrder(placed), paid, policy).deadlines.shipBy).toBe('2026-03-11T03:59:59.999Z');
  });

  it('ORD-7: a perishable line (usStore: 1 business day) from 2026-03-07 ends at the end of Monday 03-09 EDT', () => {
    expect(paidAt(usOrder(placed, ['perishable']), paid, presets.usStore).deadlines.shipBy).toBe('2026-03-10T03:59:59.999Z');
  });

  it('ORD-7: 1 calendar day from 2026-03-07 is the whole 23-hour day 2026-03-08', () => {
    const policy = defineOrderPolicy({ shipping: { handling: { length: 1, unit: 'calendar_days' } } }, 'usStore');
    expect(paidAt(usOrder(placed), paid, policy).deadlines.shipBy).toBe('2026-03-09T03:59:59.999Z');
  });

  it('ORD-7: the unstated 30 days from 2026-03-07 end on 2026-04-06 EDT', () => {
    expect(paidAt(usOrder(placed), paid, presets.usStore).deadlines.shipBy).toBe('2026-04-07T03:59:59.999Z');
  });

  it('ORD-7: a handling time in hours is elapsed time: 48 h across the spring-forward change', () => {
    const policy = defineOrderPolicy({ shipping: { handling: { length: 48, unit: 'hours' } } }, 'usStore');
    // 17:00Z + 48 h; the local clock reads 13:00 EDT, not 12:00
    expect(paidAt(usOrder(placed), paid, policy).deadlines.shipBy).toBe('2026-03-09T17:00:00.000Z');
  });

  it('ORD-7: across the fall-back change: 1 calendar day from 2026-10-31 ends at the end of the 25-hour 11-01 (EST)', () => {
    const policy = defineOrderPolicy({ shipping: { handling: { length: 1, unit: 'calendar_days' } } }, 'usStore');
    expect(paidAt(usOrder('2026-10-31T11:00:00-04:00'), '2026-10-31T12:00:00-04:00', policy).deadlines.shipBy).toBe('2026-11-02T04:59:59.999Z');
  });

  it('ORD-7: 2 business days from Friday 2026-10-30 (EDT) end on Tuesday 11-03 in EST (UTC−5)', () => {
    const policy = defineOrderPolicy({ shipping: { handling: { length: 2, unit: 'business_days' } } }, 'usStore');
    expect(paidAt(usOrder('2026-10-30T11:00:00-04:00'), '2026-10-30T12:00:00-04:00', policy).deadlines.shipBy).toBe('2026-11-04T04:59:59.999Z');
  });

  it('ORD-12: usStore after-sales (30 days) from a delivery on 2026-03-07 ends on 2026-04-06 EDT', () => {
    expect(deliveredAt(usOrder(placed), '2026-03-07T18:00:00-05:00', presets.usStore).deadlines.afterSalesUntil).toBe('2026-04-07T03:59:59.999Z');
  });

  it('ORD-12: a 1-day after-sales window over the spring-forward day 2026-03-08', () => {
    const policy = defineOrderPolicy({ afterSales: { window: { length: 1, unit: 'calendar_days' } } }, 'usStore');
    expect(deliveredAt(usOrder(placed), '2026-03-07T18:00:00-05:00', policy).deadlines.afterSalesUntil).toBe('2026-03-09T03:59:59.999Z');
  });

  it('ORD-12: usStore after-sales from a delivery on 2026-10-15 (EDT) ends on 2026-11-14 in EST', () => {
    const input = usOrder('2026-10-15T09:00:00-04:00');
    expect(deliveredAt(input, '2026-10-15T12:00:00-04:00', presets.usStore).deadlines.afterSalesUntil).toBe('2026-11-15T04:59:59.999Z');
  });

  it('ORD-12: the delivery day is the local one: 23:30 on 2026-10-31 in New York is 11-01 in UTC, but counts from 10-31', () => {
    const input = usOrder('2026-10-31T09:00:00-04:00');
    expect(deliveredAt(input, '2026-10-31T23:30:00-04:00', presets.usStore).deadlines.afterSalesUntil).toBe('2026-12-01T04:59:59.999Z');
  });

  it('ORD-12: a 240-day after-sales window from 2026-03-07 spans both changes and ends on 2026-11-02 EST', () => {
    const policy = defineOrderPolicy({ afterSales: { window: { length: 240, unit: 'calendar_days' } } }, 'usStore');
    expect(deliveredAt(usOrder(placed), '2026-03-07T18:00:00-05:00', policy).deadlines.afterSalesUntil).toBe('2026-11-03T04:59:59.999Z');
  });
});

// ---------------------------------------------------------------------------------------------
// ORD-12: afterSalesUntil and COMPLETE
// ---------------------------------------------------------------------------------------------

describe('ORD-12: afterSalesUntil and COMPLETE at the boundary', () => {
  it.each([
    // generic: 15 days from the day after delivery, to the end of the day in Shanghai (UTC+8)
    ['generic', presets.generic, order, '2026-03-02T15:00:00+08:00', '2026-03-17T15:59:59.999Z'],
    ['douyinShop', presets.douyinShop, order, '2026-03-02T15:00:00+08:00', '2026-03-17T15:59:59.999Z'],
    // usStore: 30 days, New York (EDT by then)
    ['usStore', presets.usStore, usOrder('2026-03-19T09:00:00-04:00'), '2026-03-20T12:00:00-04:00', '2026-04-20T03:59:59.999Z'],
  ] as const)('ORD-12: %s — COMPLETE at afterSalesUntil is refused, 1 ms after it is accepted', (_name, policy, input, delivered, until) => {
    const state = deliveredAt(input, delivered, policy);
    expect(state.deadlines.afterSalesUntil).toBe(until);
    const open = refused(transition(state, { type: 'COMPLETE', at: until }, policy));
    expect(open.code).toBe('ORDER_AFTER_SALES_WINDOW_OPEN');
    expect(open.clause).toBe('ORD-12');
    expect(refused(transition(state, { type: 'COMPLETE', at: plus(until, -1) }, policy)).code).toBe('ORDER_AFTER_SALES_WINDOW_OPEN');
    const done = applied(transition(state, { type: 'COMPLETE', at: plus(until, 1) }, policy));
    expect(done.state.value).toBe('completed');
  });

  it.each([
    ['delivered 2026-01-31 (Shanghai)', '2026-01-31T10:00:00+08:00', '2026-02-15T15:59:59.999Z'],
    ['delivered at the last minute of 2026-01-31 (Shanghai)', '2026-01-31T23:59:59+08:00', '2026-02-15T15:59:59.999Z'],
    ['delivered at 00:00 on 2026-02-01 Shanghai (still 01-31 in UTC)', '2026-02-01T00:00:00+08:00', '2026-02-16T15:59:59.999Z'],
    ['delivered 2026-02-28, across the end of February', '2026-02-28T10:00:00+08:00', '2026-03-15T15:59:59.999Z'],
  ])('ORD-12: month end, generic — %s', (_name, delivered, until) => {
    const input = cnOrder('2026-01-30T09:00:00+08:00');
    const state = deliveredAt(input, delivered, presets.generic);
    expect(state.deadlines.afterSalesUntil).toBe(until);
  });

  it('ORD-12: month end, generic — delivered 2028-02-14 in a leap year ends on 2028-02-29', () => {
    const state = deliveredAt(cnOrder('2028-02-13T09:00:00+08:00'), '2028-02-14T10:00:00+08:00', presets.generic);
    expect(state.deadlines.afterSalesUntil).toBe('2028-02-29T15:59:59.999Z');
  });

  it('ORD-12: month end, usStore — delivered 20:00 on 2026-01-31 in New York (02-01 in UTC) runs 30 days to 2026-03-02 EST', () => {
    const state = deliveredAt(usOrder('2026-01-30T09:00:00-05:00'), '2026-01-31T20:00:00-05:00', presets.usStore);
    expect(state.deadlines.afterSalesUntil).toBe('2026-03-03T04:59:59.999Z');
  });
});
