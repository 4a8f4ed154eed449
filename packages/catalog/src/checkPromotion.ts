import type { Context } from '@zhidu/core';
import { presets } from './catalogPolicy.js';
import { createCatalogChecker } from './createCatalogChecker.js';
import type { CatalogPolicy, PromotionCheck, PromotionPlan } from './types.js';

/**
 * Checks a promotion plan (LST-6): it must be complete (type — discount, spend-and-save 满减, gift,
 * limited-time, live stream —, start and end, budget, expected result), approved before it starts,
 * and sell nothing below its floor price (the item's floor, or cost plus the policy's minimum
 * margin). A promotion that has ended is due for review.
 *
 * @param plan - the plan
 * @param policy - the catalog policy; the generic preset by default
 * @param context - `now` (for the review), the time zone and the locale
 * @returns `{ allowed, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} on a malformed plan
 * @example
 * checkPromotion({ id: 'P-618', type: 'spend_and_save', startsAt: '2026-06-18T00:00:00+08:00' }).allowed
 * //=> false
 */
export function checkPromotion(plan: PromotionPlan, policy: CatalogPolicy = presets.generic, context?: Context): PromotionCheck {
  return createCatalogChecker(policy).checkPromotion(plan, context);
}
