// #region decision
import { defineReturnPolicy, evaluateReturn, presets } from '@zhidu/returns';

// An order delivered on 3 March in Shanghai, with what was paid for each line.
const order = {
  id: 'SO-1',
  currency: 'CNY',
  placedAt: '2026-03-01T10:00:00+08:00',
  deliveredAt: '2026-03-03T15:00:00+08:00',
  lines: [{ id: 'L1', sku: 'TEA-250', quantity: 2, unitPrice: '59.00', paid: '110.00' }],
};
const request = {
  lineId: 'L1',
  quantity: 1,
  requestedAt: '2026-03-10T23:59:59+08:00',
  reason: 'no_reason',
  resolution: 'return_refund',
  condition: 'intact',
} as const;

// 1. A first decision, under the generic preset (七天无理由退货, PRC law).
const decision = evaluateReturn({ order, request });
console.log(decision.outcome, decision.refund); // approve { amount: '55.00', currency: 'CNY' }
for (const reason of decision.reasons) console.log(reason.clause, reason.code, reason.message);

// 2. The presets: the same rules, tuned for each store type.
console.log(presets.generic.noReason.window.length); // 7
console.log(presets.usStore.noReason.restockingFeeRate); // '0.15'

// #endregion decision

// #region override
// 3. Overriding a parameter: a 15-day no-reason window on top of the generic preset.
const longer = defineReturnPolicy({ noReason: { window: { length: 15 } } });
const late = { ...request, requestedAt: '2026-03-15T12:00:00+08:00' };
console.log(evaluateReturn({ order, request: late }).outcome); // reject
console.log(evaluateReturn({ order, request: late }, longer).outcome); // approve
// #endregion override
