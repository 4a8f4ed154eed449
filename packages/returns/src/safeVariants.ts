import { toSafe } from '@zhidu/core';
import { evaluatePriceProtection } from './evaluatePriceProtection.js';
import { evaluateReturn } from './evaluateReturn.js';
import { parsePriceProtectionInput } from './parsePriceProtectionInput.js';
import { parseReturnInput } from './parseReturnInput.js';

/**
 * {@link evaluateReturn} that returns a result instead of throwing.
 * @example
 * safeEvaluateReturn({ order, request: { ...request, lineId: 'nope' } }).ok
 * //=> false
 */
export const safeEvaluateReturn = /* @__PURE__ */ toSafe(evaluateReturn);

/**
 * {@link evaluatePriceProtection} that returns a result instead of throwing.
 * @example
 * safeEvaluatePriceProtection({ ...claim, currency: 'XXX' }).ok
 * //=> false
 */
export const safeEvaluatePriceProtection = /* @__PURE__ */ toSafe(evaluatePriceProtection);

/**
 * {@link parseReturnInput} that returns a result instead of throwing.
 * @example
 * safeParseReturnInput({ order, request: { ...request, quantity: 0 } }).ok
 * //=> false
 */
export const safeParseReturnInput = /* @__PURE__ */ toSafe(parseReturnInput);

/**
 * {@link parsePriceProtectionInput} that returns a result instead of throwing.
 * @example
 * safeParsePriceProtectionInput({ ...claim, observedAt: 'yesterday' }).ok
 * //=> false
 */
export const safeParsePriceProtectionInput = /* @__PURE__ */ toSafe(parsePriceProtectionInput);
