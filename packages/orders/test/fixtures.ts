import { expect } from 'vitest';
import { startOrder, transition, type OrderEvent, type OrderInput, type OrderPolicy, type OrderState, type TransitionResult } from '../src/index.js';
import { presets } from '../src/index.js';

/** A complete, consistent order placed in Shanghai: 2 × 59.00 + 1 × 30.00 + 10.00 shipping − 8.00 discount = 150.00. */
export const order: OrderInput = {
  id: 'SO-1001',
  currency: 'CNY',
  placedAt: '2026-03-01T10:00:00+08:00',
  customer: { name: '王芳', phone: '13800138000', address: '上海市浦东新区世纪大道 100 号' },
  lines: [
    { sku: 'TEA-250', quantity: 2, unitPrice: '59.00' },
    { sku: 'CUP-01', quantity: 1, unitPrice: '30.00' },
  ],
  shipping: '10.00',
  discount: '8.00',
  total: '150.00',
  payment: { method: 'alipay' },
};

/** Applies events in order and fails the test on any refusal. */
export function run(state: OrderState, events: readonly OrderEvent[], policy: OrderPolicy = presets.generic): OrderState {
  let current = state;
  for (const event of events) {
    const result = transition(current, event, policy);
    if (!result.ok) expect.fail(`${event.type} refused in ${current.value}: ${result.error.code} ${result.error.message}`);
    current = result.state;
  }
  return current;
}

/** The event that pays the fixture order on time. */
export const pay: Extract<OrderEvent, { type: 'PAY' }> = { type: 'PAY', id: 'pay-1', at: '2026-03-01T10:05:00+08:00', amount: '150.00' };

/** Events that take the fixture order from paid to delivered. */
export const toDelivered: readonly OrderEvent[] = [
  { type: 'ALLOCATE', at: '2026-03-01T11:00:00+08:00', warehouse: 'SH-1' },
  {
    type: 'PACK',
    at: '2026-03-01T12:00:00+08:00',
    items: [
      { sku: 'TEA-250', quantity: 2 },
      { sku: 'CUP-01', quantity: 1 },
    ],
  },
  { type: 'SHIP', at: '2026-03-01T13:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1234567890' },
  { type: 'IN_TRANSIT', at: '2026-03-02T08:00:00+08:00', node: '上海转运中心' },
  { type: 'DELIVER', at: '2026-03-02T15:00:00+08:00' },
];

/** The fixture order started (generic preset unless given) and, optionally, moved by events. */
export function orderIn(events: readonly OrderEvent[] = [], policy: OrderPolicy = presets.generic, input: OrderInput = order): OrderState {
  return run(startOrder(input, policy), events, policy);
}

/** Narrows a transition result to a refusal, failing the test if it was applied. */
export function refused(result: TransitionResult): Extract<TransitionResult, { ok: false }>['error'] {
  if (result.ok) return expect.fail(`expected a refusal, the order moved to ${result.state.value}`);
  return result.error;
}

/** Narrows a transition result to an applied one, failing the test if it was refused. */
export function applied(result: TransitionResult): Extract<TransitionResult, { ok: true }> {
  if (!result.ok) return expect.fail(`expected the event to apply, refused: ${result.error.code} ${result.error.message}`);
  return result;
}
