import { describe, expect, it } from 'vitest';
import { startOrder, transition, type OrderEvent, type OrderInput, type OrderState } from '../src/index.js';

// 3 × TEA at 10.00 and 1 × CUP at 10.00, less a 0.01 discount: 39.99 paid for the goods. Apportioned
// by price (largest remainder), TEA's three units were paid 29.99 together and CUP 10.00.
const order: OrderInput = {
  id: 'SO-5',
  currency: 'CNY',
  placedAt: '2026-03-01T10:00:00+08:00',
  customer: { name: '王芳', phone: '13800138000', address: '上海市浦东新区世纪大道 100 号' },
  lines: [
    { sku: 'TEA', quantity: 3, unitPrice: '10.00' },
    { sku: 'CUP', quantity: 1, unitPrice: '10.00' },
  ],
  discount: '0.01',
  total: '39.99',
  payment: { method: 'alipay' },
};

/** Applies events, keeping the amounts of the ISSUE_REFUND commands. */
function apply(events: readonly OrderEvent[], input: OrderInput = order): { state: OrderState; refunds: string[] } {
  let state = startOrder(input);
  const refunds: string[] = [];
  for (const event of events) {
    const result = transition(state, event);
    if (!result.ok) expect.fail(`${event.type} refused: ${result.error.code}`);
    state = result.state;
    for (const command of result.commands) if (command.type === 'ISSUE_REFUND') refunds.push(command.amount.amount);
  }
  return { state, refunds };
}

const pay: OrderEvent = { type: 'PAY', at: '2026-03-01T10:05:00+08:00', amount: '39.99' };
const shortOf = (sku: string, quantity: number, hour: number): OrderEvent[] => [
  { type: 'REPORT_SHORTAGE', at: `2026-03-01T${String(hour)}:00:00+08:00`, lines: [{ sku, quantity }] },
  { type: 'RESOLVE_SHORTAGE', at: `2026-03-01T${String(hour)}:30:00+08:00`, resolution: 'refund' },
];

describe('RESOLVE_SHORTAGE refunds of one SKU over several shortages', () => {
  it('ORD-5, RET-10: the refunds of a SKU short one unit at a time add up to what was paid for it, never more', () => {
    const { state, refunds } = apply([pay, ...shortOf('TEA', 1, 11), ...shortOf('TEA', 1, 12), ...shortOf('TEA', 1, 13)]);
    // Before the fix each shortage refunded 10.00 (one unit's share of 29.99 taken afresh): 30.00 for
    // goods paid 29.99, a cent the CUP still to ship was no longer paid for.
    expect(refunds).toEqual(['10.00', '9.99', '10.00']);
    expect(state.refunded).toEqual({ amount: '29.99', currency: 'CNY' });
    expect(state.toShip).toEqual([{ sku: 'CUP', quantity: 1 }]);
  });

  it('ORD-5, RET-10: one shortage of several units refunds what the same units short one by one do', () => {
    expect(apply([pay, ...shortOf('TEA', 2, 11)]).refunds).toEqual(['19.99']);
    expect(apply([pay, ...shortOf('TEA', 2, 11), ...shortOf('TEA', 1, 12)]).refunds).toEqual(['19.99', '10.00']);
    expect(apply([pay, ...shortOf('TEA', 1, 11), ...shortOf('TEA', 2, 12)]).refunds).toEqual(['10.00', '19.99']);
  });

  it('ORD-5: the last unit to ship refunded closes the order with everything paid refunded', () => {
    const { state, refunds } = apply([pay, ...shortOf('TEA', 1, 11), ...shortOf('TEA', 2, 12), ...shortOf('CUP', 1, 13)]);
    expect(state.value).toBe('refunded');
    expect(refunds).toEqual(['10.00', '19.99', '10.00']);
    expect(state.refunded).toEqual({ amount: '39.99', currency: 'CNY' });
  });
});

describe('RESOLVE_SHORTAGE refunds with free lines', () => {
  const withLines = (lines: OrderInput['lines'], discount: string, total: string): OrderInput => ({ ...order, lines, discount, total });
  const payOf = (amount: string): OrderEvent => ({ ...pay, amount });

  it('RET-10: a free gift beside paid goods takes no share: a paid line short refunds what it was paid', () => {
    // 2 × TEA at 10.00 and a free GIFT: the 20.00 paid is all TEA's, 10.00 a unit.
    const input = withLines([{ sku: 'TEA', quantity: 2, unitPrice: '10.00' }, { sku: 'GIFT', quantity: 1, unitPrice: '0.00' }], '0.00', '20.00');
    const { state, refunds } = apply([payOf('20.00'), ...shortOf('TEA', 1, 11)], input);
    expect(refunds).toEqual(['10.00']);
    expect(state.toShip).toEqual([{ sku: 'TEA', quantity: 1 }, { sku: 'GIFT', quantity: 1 }]);
    // The gift short refunds nothing and leaves the TEA to ship.
    const gift = apply([payOf('20.00'), ...shortOf('GIFT', 1, 11)], input);
    expect(gift.refunds).toEqual([]);
    expect(gift.state).toMatchObject({ value: 'awaiting_fulfillment', refunded: { amount: '0.00', currency: 'CNY' }, toShip: [{ sku: 'TEA', quantity: 2 }] });
  });
});

