import type { Context } from '@zhidu/core';
import { createOrderLifecycle } from './createOrderLifecycle.js';
import { presets } from './orderPolicy.js';
import type { OrderInput, OrderPolicy, OrderState } from './types.js';

/**
 * Starts an order: validates it and returns its state in `pending_payment`, as plain JSON the host
 * stores in its own database. The state records the policy's version, the store's time zone and
 * locale, and the payment deadline (ORD-11) computed in that time zone.
 *
 * @param order - the order as received from the platform (ORD-1)
 * @param policy - the order policy; the generic preset by default
 * @param context - the time zone and locale, when not the policy's
 * @returns the order's state, version 0 with an empty history
 * @throws {@link @zhidu/core!PolicyInputError} when the order is malformed (a missing field, an amount with too
 *   many decimals, an instant without an offset)
 * @throws {@link @zhidu/core!PolicyConfigError} when the policy is invalid
 * @example
 * startOrder({
 *   id: 'SO-1001', currency: 'CNY', placedAt: '2026-03-01T10:00:00+08:00',
 *   customer: { name: '王芳', phone: '13800138000', address: '上海市浦东新区世纪大道 100 号' },
 *   lines: [{ sku: 'TEA-250', quantity: 2, unitPrice: '59.00' }], total: '118.00', payment: { method: 'alipay' },
 * }).deadlines
 * //=> { paymentDueAt: '2026-03-02T02:00:00.000Z', shipBy: null, afterSalesUntil: null }
 */
export function startOrder(order: OrderInput, policy: OrderPolicy = presets.generic, context?: Context): OrderState {
  return createOrderLifecycle(policy).start(order, context);
}
