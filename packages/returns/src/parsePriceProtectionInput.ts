import { collectIssues, parseInput, parseInstant, PolicyInputError, readMoney, type DecimalMoney, type PolicyIssue } from '@zhidu/core';
import type * as z from 'zod/mini';
import { priceProtectionInputSchema } from './schema.js';
import type { ParsedPriceProtectionInput } from './types.js';

/**
 * What the rule reads off a checked claim: both prices as Decimals and the instants as epoch
 * milliseconds.
 *
 * @internal
 */
export interface CheckedPriceProtection {
  readonly input: ParsedPriceProtectionInput;
  readonly paidUnit: DecimalMoney;
  readonly currentUnit: DecimalMoney;
  readonly purchasedTime: number;
  readonly observedTime: number;
}

/**
 * Checks what the schema cannot: both prices are money in the claim's currency, and the price was
 * not observed before the purchase. Lists every issue at once.
 *
 * @internal
 */
export function checkPriceProtectionInput(parsed: z.output<typeof priceProtectionInputSchema>): CheckedPriceProtection {
  const issues: PolicyIssue[] = [];
  const paidUnit = collectIssues(issues, () => readMoney(['paidUnitPrice'], parsed.paidUnitPrice, parsed.currency));
  const currentUnit = collectIssues(issues, () => readMoney(['currentUnitPrice'], parsed.currentUnitPrice, parsed.currency));
  // Stryker disable next-line ArrayDeclaration,StringLiteral: the schema already refused a bad instant, so parseInstant never reports this path
  const purchasedTime = parseInstant(parsed.purchasedAt, ['purchasedAt']).getTime();
  // Stryker disable next-line ArrayDeclaration,StringLiteral: the schema already refused a bad instant, so parseInstant never reports this path
  const observedTime = parseInstant(parsed.observedAt, ['observedAt']).getTime();
  if (observedTime < purchasedTime) issues.push({ path: ['observedAt'], message: 'Observed before the purchase', code: 'invalid_date' });
  if (issues.length > 0 || paidUnit === undefined || currentUnit === undefined) throw new PolicyInputError(issues);
  return { input: parsed as unknown as ParsedPriceProtectionInput, paidUnit, currentUnit, purchasedTime, observedTime };
}

/**
 * Validates a price-protection claim once, at the boundary, for
 * {@link ReturnEvaluator.evaluatePriceProtectionParsed}: the schema
 * ({@link priceProtectionInputSchema}) and every check `evaluatePriceProtection` makes, with the
 * same {@link @zhidu/core!PolicyInputError} issues.
 *
 * @param input - the claim, untrusted
 * @returns the claim, checked (a new object)
 * @throws {@link @zhidu/core!PolicyInputError} with the path of every bad field
 * @example
 * const parsed = parsePriceProtectionInput({ paidUnitPrice: '199.00', purchasedAt: '2026-06-01T10:00:00+08:00',
 *   currentUnitPrice: '179.00', observedAt: '2026-06-05T09:00:00+08:00', quantity: 2, currency: 'CNY' });
 * createReturnEvaluator(presets.generic).evaluatePriceProtectionParsed(parsed).refund
 * //=> { amount: '40.00', currency: 'CNY' }
 */
export function parsePriceProtectionInput(input: unknown): ParsedPriceProtectionInput {
  return checkPriceProtectionInput(parseInput(priceProtectionInputSchema, input)).input;
}
