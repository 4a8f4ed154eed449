import type { Context } from '@zhidu/core';
import { createPenaltyAssessor } from './createPenaltyAssessor.js';
import { presets } from './penaltyPolicy.js';
import type { AdministrativePenaltyInput, AdministrativePenaltyResult, PenaltyPolicy } from './types.js';

/**
 * Assesses an administrative penalty (PAY-9): within the range the operations department may
 * impose (50–200 yuan inclusive in the S3 preset; outside it is refused), then the legal limits —
 * the month's deductions at most 20% of the wage, and the wage paid never below the minimum wage
 * (工资支付暂行规定 art. 16) — which reduce the amount, with the reason. In the CN presets every
 * decision also warns that disciplinary fines lost their legal basis in 2008.
 *
 * @param input - the penalty, the month's wage, deductions already made, and the minimum wage if not the policy's
 * @param policy - the penalties policy; the generic preset by default
 * @param context - the locale of the reasons
 * @returns `{ allowed, amount, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} on a malformed amount
 * @example
 * assessAdministrativePenalty({ amount: '200', monthlyWage: '6000', otherDeductions: '1100' })
 * //=> { allowed: true, amount: { amount: '100.00', currency: 'CNY' }, reasons: [PENALTY_WITHIN_RANGE, PENALTY_CAPPED_BY_DEDUCTION_LIMIT, PENALTY_NO_LEGAL_BASIS] }
 */
export function assessAdministrativePenalty(input: AdministrativePenaltyInput, policy: PenaltyPolicy = presets.generic, context?: Context): AdministrativePenaltyResult {
  return createPenaltyAssessor(policy).administrativePenalty(input, context);
}
