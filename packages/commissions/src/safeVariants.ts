import { toSafe } from '@zhidu/core';
import { commission } from './commission.js';
import { payStatement } from './payStatement.js';
import { performancePay } from './performancePay.js';

/**
 * {@link performancePay} that returns a result instead of throwing.
 * @example
 * safePerformancePay({ role: 'staff', plan: 0, actual: 10 }).ok
 * //=> false
 */
export const safePerformancePay = /* @__PURE__ */ toSafe(performancePay);

/**
 * {@link commission} that returns a result instead of throwing.
 * @example
 * safeCommission({ role: 'staff', orders: [{ amount: '9.999' }], returns: [], target: 100 }).ok
 * //=> false
 */
export const safeCommission = /* @__PURE__ */ toSafe(commission);

/**
 * {@link payStatement} that returns a result instead of throwing.
 * @example
 * safePayStatement({ employee: { id: 'E-1', role: 'staff' }, month: '2026-3', performance: { plan: 1, actual: 1 } }).ok
 * //=> false
 */
export const safePayStatement = /* @__PURE__ */ toSafe(payStatement);
