import type { Context } from '@zhidu/core';
import { createPenaltyAssessor } from './createPenaltyAssessor.js';
import { presets } from './penaltyPolicy.js';
import type { PenaltyPolicy, SellerPenaltyInput, SellerPenaltyResult } from './types.js';

/**
 * Assesses a penalty a platform charges the seller (PAY-22): late shipment, false shipment or an
 * out-of-stock cancellation, by the platform's rule in the policy — a percentage of the price with
 * a minimum and a maximum, price tiers, or a charge by the promised shipping time. The presets date
 * their rules (platforms change them); hosts override them.
 *
 * @param input - the kind, the price the penalty is computed on, the promised shipping hours where the rule needs them
 * @param policy - the penalties policy; the generic preset (Taobao late shipment: 5%, min 5, max 30) by default
 * @param context - the locale of the reasons
 * @returns `{ amount, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} on a malformed price, or no promised hours for a rule that needs them
 * @example
 * assessSellerPenalty({ kind: 'out_of_stock', itemPrice: '80.00', promisedShipHours: 72 }, presets.douyinShop).amount
 * //=> { amount: '8.00', currency: 'CNY' }
 */
export function assessSellerPenalty(input: SellerPenaltyInput, policy: PenaltyPolicy = presets.generic, context?: Context): SellerPenaltyResult {
  return createPenaltyAssessor(policy).sellerPenalty(input, context);
}
