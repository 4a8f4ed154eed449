export {
  conditionRuleSchema,
  conditionSchema,
  priceProtectionInputSchema,
  resolutionSchema,
  returnInputSchema,
  returnPolicySchema,
  returnReasonSchema,
  returnTagSchema,
} from './schema.js';
export { defineReturnPolicy, presets, returnPolicy } from './returnPolicy.js';
export { returnMessages } from './messages.js';
export { evaluateReturn } from './evaluateReturn.js';
export { evaluatePriceProtection } from './evaluatePriceProtection.js';
export { createReturnEvaluator } from './createReturnEvaluator.js';
export { parseReturnInput } from './parseReturnInput.js';
export { parsePriceProtectionInput } from './parsePriceProtectionInput.js';
export { safeEvaluatePriceProtection, safeEvaluateReturn, safeParsePriceProtectionInput, safeParseReturnInput } from './safeVariants.js';

export type {
  Condition,
  ParsedPriceProtectionInput,
  ParsedReturnInput,
  PriceProtectionDecision,
  PriceProtectionInput,
  Resolution,
  ReturnDecision,
  ReturnInput,
  ReturnPolicy,
  ReturnPolicyInput,
  ReturnReason,
  ReturnTag,
} from './types.js';
export type { ReturnEvaluator } from './createReturnEvaluator.js';
