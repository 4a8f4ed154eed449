import type { Decision, DeepReadonly, Money } from '@zhidu/core';
import type * as z from 'zod/mini';
import type { administrativePenaltyInputSchema, attendanceMonthSchema, penaltyPolicySchema, sellerPenaltyInputSchema, sellerPenaltyKindSchema } from './schema.js';

/** A month of attendance records. */
export type AttendanceMonth = DeepReadonly<z.input<typeof attendanceMonthSchema>>;
/** The input of {@link assessAdministrativePenalty}. */
export type AdministrativePenaltyInput = DeepReadonly<z.input<typeof administrativePenaltyInputSchema>>;
/** The input of {@link assessSellerPenalty}. */
export type SellerPenaltyInput = DeepReadonly<z.input<typeof sellerPenaltyInputSchema>>;
/** A kind of platform penalty. */
export type SellerPenaltyKind = z.output<typeof sellerPenaltyKindSchema>;
/** The penalties policy as overrides are written against it. */
export type PenaltyPolicyInput = z.input<typeof penaltyPolicySchema>;
/** A complete, validated penalties policy. */
export type PenaltyPolicy = DeepReadonly<z.output<typeof penaltyPolicySchema>>;

/** One day assessed. */
export type AttendanceDayResult = Decision<{
  readonly date: string;
  readonly scheduled: boolean;
  /** Minutes late (part of a minute counts as one); 0 when on time. */
  readonly lateMinutes: number;
  /** Minutes left early before the end of the day (outside the sign-out window); 0 when not early. */
  readonly earlyMinutes: number;
  /** Unapproved temporary absence in minutes, lunch excluded. */
  readonly absenceMinutes: number;
  /** Half days of absenteeism counted on this day. */
  readonly halfDayAbsences: number;
}>;

/** A month assessed (PAY-1..8). */
export type AttendanceResult = Decision<{
  readonly employeeId: string;
  readonly days: readonly AttendanceDayResult[];
  readonly halfDayAbsences: number;
  readonly absenteeismDays: number;
  readonly seriousViolation: boolean;
  readonly fullAttendance: boolean;
  readonly scheduledDays: number;
  readonly attendedDays: number;
}>;

/** An administrative penalty assessed (PAY-9). */
export type AdministrativePenaltyResult = Decision<{
  readonly allowed: boolean;
  /** The amount that may be deducted (0 when refused; less than asked when a legal limit caps it). */
  readonly amount: Money;
}>;

/** A platform penalty assessed (PAY-22). */
export type SellerPenaltyResult = Decision<{ readonly amount: Money }>;
