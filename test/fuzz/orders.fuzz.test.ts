import type { Context } from '@zhidu/core';
import {
  auditOrder,
  createOrderLifecycle,
  defineOrderPolicy,
  overdue,
  parseOrderEvent,
  parseOrderState,
  presets,
  readOrder,
  startOrder,
  transition,
  type OrderEvent,
  type OrderInput,
  type OrderPolicy,
  type OrderState,
} from '@zhidu/orders';
import { describe, expect } from 'vitest';
import { fuzz, noPolicy } from './harness.js';

// Samples copied from packages/orders/test/fixtures.ts.
const context: Context = { now: '2026-03-01T10:01:00+08:00', locale: 'en-US' };
const policies: Readonly<Record<string, OrderPolicy>> = presets;
/** 2 × 59.00 + 1 × 30.00 + 10.00 shipping − 8.00 discount = 150.00, in the store's currency. */
const orderFor = (policy: OrderPolicy): OrderInput => ({
  id: 'SO-1001',
  currency: policy.store.currency,
  placedAt: '2026-03-01T10:00:00+08:00',
  customer: { name: '王芳', phone: '13800138000', address: '上海市浦东新区世纪大道 100 号' },
  lines: [
    { sku: 'TEA-250', quantity: 2, unitPrice: '59.00' },
    { sku: 'CUP-01', quantity: 1, unitPrice: '30.00', tags: ['perishable'] },
  ],
  shipping: '10.00',
  discount: '8.00',
  total: '150.00',
  payment: { method: 'alipay' },
});
const started = (policy: OrderPolicy): OrderState => startOrder(orderFor(policy), policy, context);
const pay: OrderEvent = { type: 'PAY', id: 'pay-1', at: '2026-03-01T10:05:00+08:00', amount: '150.00' };

describe('fuzz @zhidu/orders', () => {
  fuzz({ name: 'readOrder', policies, sample: (p) => [orderFor(p)], call: ([order]) => readOrder(order), returns: 'json' });
  fuzz({ name: 'startOrder', policies, sample: (p) => [orderFor(p), context], call: ([order, c], p) => startOrder(order as OrderInput, p, c as Context), returns: 'json' });
  fuzz({ name: 'auditOrder', policies, sample: (p) => [orderFor(p), context], call: ([order, c], p) => auditOrder(order as OrderInput, p, c as Context) });
  fuzz({
    name: 'transition (the event)',
    policies,
    sample: () => [pay],
    call: ([event], p) => transition(started(p), event as OrderEvent, p),
    returns: 'json',
  });
  fuzz({
    name: 'transition (the state)',
    policies,
    sample: (p) => [started(p)],
    call: ([state], p) => transition(state as OrderState, pay, p),
    returns: 'json',
  });
  fuzz({
    name: 'overdue',
    policies,
    sample: (p) => [started(p), { now: '2026-03-03T10:00:00+08:00' }],
    call: ([state, c], p) => overdue(state as OrderState, p, c as Context),
    returns: 'json',
  });
  fuzz({
    name: 'defineOrderPolicy',
    policies: noPolicy,
    refusal: 'config',
    sample: () => [structuredClone(presets.generic), 'generic'],
    call: ([overrides, base]) => defineOrderPolicy(overrides as never, base as never),
    returns: 'json',
  });
  fuzz({
    name: 'createOrderLifecycle(policy).audit',
    policies,
    runs: 100,
    sample: (p) => [orderFor(p), context],
    call: ([order, c], p) => createOrderLifecycle(p).audit(order as OrderInput, c as Context),
  });
  // The parse functions give back the checked value, never a decision; transitionParsed on what they
  // accepted must then behave like transition: a JSON result or a PolicyInputError.
  const checked = (result: unknown): void => {
    expect(typeof result === 'object' && result !== null, 'returns the checked value').toBe(true);
  };
  fuzz({ name: 'parseOrderState', policies: noPolicy, sample: () => [started(presets.generic)], call: ([state]) => parseOrderState(state), returns: checked });
  fuzz({
    name: 'parseOrderEvent',
    policies,
    sample: (p) => [pay, p.store.currency],
    call: ([event, currency]) => parseOrderEvent(event, currency as string),
    returns: checked,
  });
  fuzz({
    name: 'createOrderLifecycle(policy).transitionParsed (parsed state and event)',
    policies,
    runs: 150,
    sample: (p) => [started(p), pay],
    call: ([state, event], p) => createOrderLifecycle(p).transitionParsed(parseOrderState(state), parseOrderEvent(event, p.store.currency)),
    returns: 'json',
  });
});
