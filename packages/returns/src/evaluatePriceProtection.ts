import type { Context } from '@zhidu/core';
import { createReturnEvaluator } from './createReturnEvaluator.js';
import { presets } from './returnPolicy.js';
import type { PriceProtectionDecision, PriceProtectionInput, ReturnPolicy } from './types.js';

/**
 * Decides a price-protection claim (RET-6): when the price drops within the protection period
 * after purchase (counted in the store's time zone), the difference is refunded for each unit.
 *
 * @param input - what was paid per unit and when, the current price and when it was seen, the quantity, the currency
 * @param policy - the returns policy; the generic preset (7 days) by default
 * @param context - the time zone and the locale of the reasons
 * @returns `{ eligible, refund, deadline, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} with the path of every bad field
 * @example
 * evaluatePriceProtection({ paidUnitPrice: '199.00', purchasedAt: '2026-06-01T10:00:00+08:00',
 *   currentUnitPrice: '179.00', observedAt: '2026-06-05T09:00:00+08:00', quantity: 2, currency: 'CNY' })
 * //=> { eligible: true, refund: { amount: '40.00', currency: 'CNY' }, deadline: '2026-06-08T15:59:59.999Z', reasons: [...] }
 */
export function evaluatePriceProtection(input: PriceProtectionInput, policy: ReturnPolicy = presets.generic, context?: Context): PriceProtectionDecision {
  return createReturnEvaluator(policy).evaluatePriceProtection(input, context);
}
