import type { Context } from '@zhidu/core';
import { createReturnEvaluator } from './createReturnEvaluator.js';
import { presets } from './returnPolicy.js';
import type { ReturnDecision, ReturnInput, ReturnPolicy } from './types.js';

/**
 * Decides whether a return, exchange or refund request may go ahead under the store's policy.
 *
 * The window starts at delivery (signing), or at placement when the order was never delivered,
 * and is computed in the store's time zone: 7 days from the day after signing for a return
 * without a reason (RET-7), the quality-issue return and exchange windows (RET-8), the US store's
 * window (RET-9). Excluded tags (custom, perishable, digital, opened sealed media, periodicals,
 * hygiene, final sale) block returns without a reason only, never a quality issue, wrong item,
 * transit damage or an item not as described. Goods must be intact for a return without a reason;
 * opened or used goods follow the policy (accept, restocking fee, review, reject). The buyer pays
 * the return shipping of a return without a reason, the store when the goods were at fault. The
 * refund is what was actually paid for the units returned (units already returned are left out),
 * less any restocking fee; it never exceeds what was paid for the line (RET-10).
 *
 * @param input - the order (with what was paid per line) and the request
 * @param policy - the returns policy; the generic preset by default
 * @param context - the time zone and the locale of the reasons
 * @returns the decision: `eligible`, `outcome`, `returnShippingPaidBy`, `refund`, `restockingFee`, `deadline`, `reasons`
 * @throws {@link @zhidu/core!PolicyInputError} with the path of every bad field
 * @example
 * evaluateReturn({
 *   order: { id: 'SO-1', currency: 'CNY', placedAt: '2026-03-01T10:00:00+08:00', deliveredAt: '2026-03-03T15:00:00+08:00',
 *     lines: [{ id: 'L1', sku: 'TEA-250', quantity: 2, unitPrice: '59.00', paid: '110.00' }] },
 *   request: { lineId: 'L1', quantity: 1, requestedAt: '2026-03-10T23:59:59+08:00', reason: 'no_reason', resolution: 'return_refund', condition: 'intact' },
 * })
 * //=> { eligible: true, outcome: 'approve', returnShippingPaidBy: 'buyer', refund: { amount: '55.00', currency: 'CNY' }, deadline: '2026-03-10T15:59:59.999Z', … }
 */
export function evaluateReturn(input: ReturnInput, policy: ReturnPolicy = presets.generic, context?: Context): ReturnDecision {
  return createReturnEvaluator(policy).evaluate(input, context);
}
