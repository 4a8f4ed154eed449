import type { Context } from '@zhidu/core';
import { presets } from './commissionPolicy.js';
import { createCommissionCalculator } from './createCommissionCalculator.js';
import type { CommissionDecision, CommissionInput, CommissionPolicy } from './types.js';

/**
 * Computes a month's commission on net sales (PAY-16, PAY-17).
 *
 * Net sales = the order amounts of all stores − the amounts returned (PAY-16); returns may be of
 * earlier months' orders, so net sales can be negative, and then the commission is clawed back
 * (negative) when the policy's `clawback` is on (the default), or zero. completion = net ÷ target;
 * the rate is the position's table entry with the highest `from` at or below the completion
 * (customer service by the target set before the 30th of the month before, PAY-17). The presets'
 * tables are examples: the seeds give no rates. amount = net × rate, rounded half-up to the cent.
 *
 * @param input - the role, the month's orders and returns (`{ amount }` in the policy's currency) and the target
 * @param policy - the pay policy; the generic preset by default
 * @param context - the locale of the reasons
 * @returns `{ netSales, completion, rate, amount, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} with the path of every bad field (a negative or 3-decimal amount, a target of 0, an unknown role …)
 * @example
 * commission({ role: 'staff', orders: [{ amount: '60000.00' }, { amount: 40000 }], returns: [{ amount: '10000.00' }], target: 90000 })
 * //=> { netSales: { amount: '90000.00', currency: 'CNY' }, completion: '1.0000', rate: '0.015', amount: { amount: '1350.00', currency: 'CNY' }, reasons: [...] }
 * commission({ role: 'staff', orders: [], returns: [{ amount: '2000.00' }], target: 90000 }).amount
 * //=> { amount: '-10.00', currency: 'CNY' }
 */
export function commission(input: CommissionInput, policy: CommissionPolicy = presets.generic, context?: Context): CommissionDecision {
  return createCommissionCalculator(policy).commission(input, context);
}
