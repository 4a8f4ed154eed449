import type { Context } from '@zhidu/core';
import { createPenaltyAssessor } from './createPenaltyAssessor.js';
import { presets } from './penaltyPolicy.js';
import type { AttendanceMonth, AttendanceResult, PenaltyPolicy } from './types.js';

/**
 * Assesses a month of sign-in and sign-out records in the store's time zone (PAY-1..8): the
 * schedule and lunch break from the policy (PAY-1); late arrival or early leave **over** 15 minutes
 * is half a day of absenteeism, 15 minutes itself is not (PAY-4), and signing out in the last 10
 * minutes of the day is not leaving early (PAY-3); unapproved temporary absence **over** an hour in
 * a day, lunch excluded, is half a day (PAY-5); a missing sign-in or sign-out is half a day, no
 * record at all or unapproved leave a whole day (PAY-6); **half a day or more** in the month is a
 * serious violation (PAY-6); the ambiguous PAY-7 only when the policy turns it on; full attendance
 * against the policy's monthly days (26 in the S3 preset, PAY-2). Days off and public holidays come
 * from the policy's calendar, or a day's `scheduled`.
 *
 * @param month - the employee and one record per day
 * @param policy - the penalties policy; the generic preset by default
 * @param context - the time zone and the locale of the reasons
 * @returns per day: minutes late and early, absence, half days; for the month: half days, days of
 *   absenteeism, serious violation, full attendance, with reasons
 * @throws {@link @zhidu/core!PolicyInputError} on a malformed record, a duplicate date, or a sign-in on another day
 * @example
 * assessAttendance({ employeeId: 'E7', days: [{ date: '2026-03-02', signIn: '2026-03-02T09:16:00+08:00', signOut: '2026-03-02T18:00:00+08:00' }] })
 * //=> { halfDayAbsences: 1, absenteeismDays: 0.5, seriousViolation: true, fullAttendance: false, days: [{ lateMinutes: 16, … }], … }
 */
export function assessAttendance(month: AttendanceMonth, policy: PenaltyPolicy = presets.generic, context?: Context): AttendanceResult {
  return createPenaltyAssessor(policy).attendance(month, context);
}
