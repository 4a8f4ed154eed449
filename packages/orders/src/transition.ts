import { createOrderLifecycle } from './createOrderLifecycle.js';
import { presets } from './orderPolicy.js';
import type { OrderEvent, OrderPolicy, OrderState, TransitionResult } from './types.js';

/**
 * Applies one event to an order's state. Pure: the input state is never changed. The result is the
 * next state (version + 1, a history entry with the reasons) and the commands the host must carry
 * out, or a refusal with its code and clause: `TRANSITION_NOT_ALLOWED` when the state does not take
 * the event, or the policy's own reason (payment window closed, package does not match the order,
 * refund above what was paid …). An event whose `id` was already applied returns the same state and
 * no commands, so a replayed webhook is harmless.
 *
 * @param state - the order's state as stored
 * @param event - the event
 * @param policy - the policy the order started under; the generic preset by default
 * @returns `{ ok: true, state, commands }` or `{ ok: false, error }`
 * @throws {@link @zhidu/core!PolicyInputError} when the event or the state is malformed, or the policy is not
 *   the one the order started under
 * @example
 * const paid = transition(state, { type: 'PAY', id: 'pay-1', at: '2026-03-01T10:05:00+08:00', amount: '118.00' });
 * paid.ok && paid.state.value
 * //=> 'awaiting_fulfillment'
 * transition(paid.state, { type: 'SHIP', at: '2026-03-01T11:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1' })
 * //=> { ok: false, error: { code: 'TRANSITION_NOT_ALLOWED', clause: 'ORD-14', … } }
 */
export function transition(state: OrderState, event: OrderEvent, policy: OrderPolicy = presets.generic): TransitionResult {
  return createOrderLifecycle(policy).transition(state, event);
}
