// #region save
import { PolicyInputError } from '@zhidu/core';
import { defineOrderPolicy, orderPolicy, presets, startOrder, transition, type OrderPolicy } from '@zhidu/orders';
import { evaluateReturn, returnPolicy } from '@zhidu/returns';

// When a policy is first used, keep the policy itself (not just the preset's name), by version.
const policyTable = new Map<string, string>(); // in your database: policies (version primary key, policy jsonb)
function remember(policy: OrderPolicy): string {
  const version = orderPolicy.version(policy);
  if (!policyTable.has(version)) policyTable.set(version, JSON.stringify(policy));
  return version;
}
function load(version: string): OrderPolicy {
  const json = policyTable.get(version);
  if (json === undefined) throw new Error(`Unknown policy ${version}`);
  return orderPolicy.parse(JSON.parse(json)); // validated and frozen again: the same version
}

const order = {
  id: 'SO-1001',
  currency: 'CNY',
  placedAt: '2026-03-01T10:00:00+08:00',
  customer: { name: '王芳', phone: '13800138000', address: '上海市浦东新区世纪大道 100 号' },
  lines: [{ sku: 'TEA-250', quantity: 2, unitPrice: '59.00' }],
  total: '118.00',
  payment: { method: 'alipay' },
};
remember(presets.generic);
const state = startOrder(order, presets.generic); // stored by the host, with state.policyVersion
// #endregion save

// #region upgrade
// Later, after an upgrade, the preset has changed (here: a 30-day after-sales window), so its
// version has changed too.
const newPreset = defineOrderPolicy({ afterSales: { window: { length: 30, unit: 'calendar_days' } } });
console.log(orderPolicy.version(newPreset) === state.policyVersion); // false

// The old order refuses the new rules...
const pay = { type: 'PAY', at: '2026-03-01T10:05:00+08:00', amount: '118.00' } as const;
try {
  transition(state, pay, newPreset);
} catch (error) {
  if (error instanceof PolicyInputError) console.log(error.issues[0]?.code); // policy_version_mismatch
}
// ...and goes on under the policy it started under, loaded by its version.
const paid = transition(state, pay, load(state.policyVersion));
console.log(paid.ok && paid.state.value); // awaiting_fulfillment
// #endregion upgrade

// #region stateless
// A decision without a stored state (a return, a stock check) uses the policy you pass. To decide
// under the rules an order was sold under, pass that policy: keep its version with the order.
const soldUnder = returnPolicy.presets.generic;
console.log(returnPolicy.version(soldUnder)); // returns@…, stored with the order
const decision = evaluateReturn(
  {
    order: { id: 'SO-1001', currency: 'CNY', placedAt: '2026-03-01T10:00:00+08:00', deliveredAt: '2026-03-03T15:00:00+08:00', lines: [{ id: 'L1', sku: 'TEA-250', quantity: 2, unitPrice: '59.00', paid: '118.00' }] },
    request: { lineId: 'L1', quantity: 1, requestedAt: '2026-03-10T12:00:00+08:00', reason: 'no_reason', resolution: 'return_refund', condition: 'intact' },
  },
  soldUnder,
);
console.log(decision.outcome); // approve
// #endregion stateless
