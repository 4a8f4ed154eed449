import type { Context } from '@zhidu/core';
import { presets } from './commissionPolicy.js';
import { createCommissionCalculator } from './createCommissionCalculator.js';
import type { CommissionPolicy, PerformancePayDecision, PerformancePayInput } from './types.js';

/**
 * Computes a month's performance pay (PAY-11..14).
 *
 * Full performance pay is 500 a month, the same for everyone (PAY-11). completion = actual ÷ plan.
 * Staff and customer service: below 30% of the plan (不到30%) nothing; at 30% and above (30%以上)
 * min(completion, 1) × 500, rounded half-up to the cent (PAY-11). A supervisor is paid the same way
 * on the department's completion, less 50 for each team member below 30% (`teamCompletions`),
 * never below zero (PAY-13). A bonus (`exceeded.bonus`) is granted only when completion is above
 * 100% and the bonus lies within the range (staff 50–100, PAY-12; supervisor 100–150, PAY-13);
 * otherwise it is refused with a reason, not an error. An override pays the full 500 whatever the
 * completion, recording by whom and why (PAY-14). amount = pay − deductions + bonus.
 *
 * @param input - the role, plan and actual (any one measure), and optionally the team's completions, a bonus and an override
 * @param policy - the pay policy; the generic preset by default
 * @param context - the locale of the reasons
 * @returns `{ amount, completion, pay, deductions, bonus, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} with the path of every bad field (a plan of 0 or less, `NaN`, an unknown role, a bonus with 3 decimals …)
 * @example
 * performancePay({ role: 'staff', plan: 10000, actual: 2999 }).amount
 * //=> { amount: '0.00', currency: 'CNY' }
 * performancePay({ role: 'staff', plan: 10000, actual: 3000 }).amount
 * //=> { amount: '150.00', currency: 'CNY' }
 * performancePay({ role: 'supervisor', plan: 200, actual: 240, teamCompletions: [0.25, 0.6, '0.1'], exceeded: { bonus: 120 } })
 * //=> { amount: { amount: '520.00', currency: 'CNY' }, completion: '1.2000', pay: { amount: '500.00', … }, deductions: { amount: '100.00', … }, bonus: { amount: '120.00', … }, reasons: [...] }
 */
export function performancePay(input: PerformancePayInput, policy: CommissionPolicy = presets.generic, context?: Context): PerformancePayDecision {
  return createCommissionCalculator(policy).performancePay(input, context);
}
