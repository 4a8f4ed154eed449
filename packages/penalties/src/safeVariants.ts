import { toSafe } from '@zhidu/core';
import { assessAdministrativePenalty } from './assessAdministrativePenalty.js';
import { assessAttendance } from './assessAttendance.js';
import { assessSellerPenalty } from './assessSellerPenalty.js';

/**
 * {@link assessAttendance} that returns a result instead of throwing.
 * @example
 * safeAssessAttendance({ employeeId: 'E7', days: [{ date: '2026-02-30' }] }).ok
 * //=> false
 */
export const safeAssessAttendance = /* @__PURE__ */ toSafe(assessAttendance);

/**
 * {@link assessAdministrativePenalty} that returns a result instead of throwing.
 * @example
 * safeAssessAdministrativePenalty({ amount: '1.005', monthlyWage: '3000' }).ok
 * //=> false
 */
export const safeAssessAdministrativePenalty = /* @__PURE__ */ toSafe(assessAdministrativePenalty);

/**
 * {@link assessSellerPenalty} that returns a result instead of throwing.
 * @example
 * safeAssessSellerPenalty({ kind: 'late_shipment', itemPrice: 'lots' }).ok
 * //=> false
 */
export const safeAssessSellerPenalty = /* @__PURE__ */ toSafe(assessSellerPenalty);
