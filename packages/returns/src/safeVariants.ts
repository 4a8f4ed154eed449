import { toSafe } from '@zhidu/core';
import { evaluatePriceProtection } from './evaluatePriceProtection.js';
import { evaluateReturn } from './evaluateReturn.js';

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
