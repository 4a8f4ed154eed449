import { businessCalendarSchema, decimalSchema, instantSchema, localDateSchema, nonNegativeDecimalSchema, readDecimal, storeSettingsSchema } from '@zhidu/core';
import * as z from 'zod/mini';

/** A local time of day, `HH:mm`. */
export const clockTimeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/u, 'Expected a time HH:mm'));

const nonNegative = z.number().check(z.refine((value) => Number.isFinite(value) && value >= 0, { message: 'Expected a finite number ≥ 0' }));
const rate = nonNegativeDecimalSchema.check(z.refine((value) => Number(value) <= 1, { message: 'Expected a rate from 0 to 1' }));

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/u;
/** Whether every time of a schedule is well formed (the order checks run only then, so a typo is reported once). */
const wellFormed = (s: { start: string; end: string; lunch: { start: string; end: string } | null }) =>
  [s.start, s.end, ...(s.lunch === null ? [] : [s.lunch.start, s.lunch.end])].every((time) => clockPattern.test(time));

/** One day of an employee's attendance record. */
export const attendanceDaySchema = z.strictObject({
  date: localDateSchema,
  /** Whether the employee was scheduled to work; by default, a working day of the policy's calendar. */
  scheduled: z.optional(z.boolean()),
  signIn: z.optional(z.nullable(instantSchema)),
  signOut: z.optional(z.nullable(instantSchema)),
  /** Leave taken on this day: approved in advance or not, and the length of the leave in days. */
  leave: z.optional(z.strictObject({ approved: z.boolean(), days: z.number().check(z.refine((v) => Number.isFinite(v) && v > 0 && v <= 366, { message: 'Expected days > 0' })) })),
  /** Temporary absences during the day (临时外出). */
  absences: z.optional(z.array(z.strictObject({ from: instantSchema, to: instantSchema, approved: z.boolean() }))),
});

/** A month of attendance records of one employee. */
export const attendanceMonthSchema = z.strictObject({
  employeeId: z.string().check(z.minLength(1), z.maxLength(200)),
  days: z.array(attendanceDaySchema).check(z.maxLength(31)),
});

/** The input of {@link assessAdministrativePenalty}. */
export const administrativePenaltyInputSchema = z.strictObject({
  amount: decimalSchema,
  monthlyWage: nonNegativeDecimalSchema,
  otherDeductions: z.optional(nonNegativeDecimalSchema),
  minimumWage: z.optional(z.nullable(nonNegativeDecimalSchema)),
});

/** The kinds of platform penalty on a seller (PAY-22). */
export const sellerPenaltyKindSchema = z.enum(['late_shipment', 'false_shipment', 'out_of_stock']);

/** The input of {@link assessSellerPenalty}. */
export const sellerPenaltyInputSchema = z.strictObject({
  kind: sellerPenaltyKindSchema,
  /** The amount the penalty is computed on: the transaction amount or the amount paid. */
  itemPrice: nonNegativeDecimalSchema,
  /** The promised shipping time in hours (for rules that depend on it). */
  promisedShipHours: z.optional(nonNegative),
});

/** A charge: a percentage of the price with an optional minimum and maximum, or a fixed amount. */
export const chargeSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('percent'), rate, min: z.optional(z.nullable(nonNegativeDecimalSchema)), max: z.optional(z.nullable(nonNegativeDecimalSchema)) })
    .check(
      z.refine((c) => c.min == null || c.max == null || readDecimal(c.min)?.lessThanOrEqualTo(c.max) !== false, {
        message: 'The lowest charge is above the highest',
        path: ['max'],
      }),
    ),
  z.strictObject({ kind: z.literal('fixed'), amount: nonNegativeDecimalSchema }),
]);

/** A platform penalty rule: price tiers, or a charge by the promised shipping time. */
export const sellerRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('tiers'),
    /** The first tier whose bound the price is under (or at, when `inclusive`) applies; `upTo: null` has no bound. */
    tiers: z
      .array(z.strictObject({ upTo: z.nullable(nonNegativeDecimalSchema), inclusive: z._default(z.boolean(), true), charge: chargeSchema }))
      .check(
        z.minLength(1),
        z.superRefine((tiers, ctx) => {
          // Tiers are tried in order, so each must reach past the one before it, or it never applies.
          tiers.forEach((tier, index) => {
            const before = tiers[index - 1];
            if (before === undefined) return;
            const bound = tier.upTo === null ? undefined : readDecimal(tier.upTo);
            const reached =
              before.upTo !== null &&
              (bound === undefined || bound.greaterThan(before.upTo) || (bound.equals(before.upTo) && !before.inclusive && tier.inclusive));
            if (!reached) {
              ctx.issues.push({ code: 'custom', input: tier.upTo, path: [index, 'upTo'], message: 'This tier is never reached: tiers must go up, and only the last may have no bound (`upTo: null`)' });
            }
          });
        }),
      ),
  }),
  z.strictObject({
    kind: z.literal('by_promise'),
    promisedHoursAtMost: nonNegative,
    within: chargeSchema,
    beyond: chargeSchema,
  }),
]);

/** The penalties policy. */
export const penaltyPolicySchema = z.strictObject({
  store: storeSettingsSchema,
  /** Working days, public holidays and make-up days (PAY-1). */
  calendar: z._default(businessCalendarSchema, {}),
  /** PAY-1: working hours and the lunch break. */
  schedule: z._default(
    z
      .strictObject({
        start: clockTimeSchema,
        end: clockTimeSchema,
        lunch: z.nullable(z.strictObject({ start: clockTimeSchema, end: clockTimeSchema })),
      })
      .check(
        z.refine((s) => !wellFormed(s) || s.start < s.end, { message: 'The day must end after it starts', path: ['end'] }),
        z.refine((s) => !wellFormed(s) || s.lunch === null || (s.start <= s.lunch.start && s.lunch.start < s.lunch.end && s.lunch.end <= s.end), {
          message: 'Lunch must fall inside the working day',
          path: ['lunch'],
        }),
      ),
    { start: '09:00', end: '18:00', lunch: { start: '12:00', end: '13:30' } },
  ),
  /** PAY-3: sign-out is allowed in the last this-many minutes of the day without counting as early. */
  signOutWindowMinutes: z._default(nonNegative, 10),
  /** PAY-4: late arrival or early leave over this many minutes is half a day of absenteeism. */
  lateHalfDayOverMinutes: z._default(nonNegative, 15),
  /** PAY-5: unapproved temporary absence over this many minutes in a day is half a day of absenteeism. */
  absenceHalfDayOverMinutes: z._default(nonNegative, 60),
  /** PAY-6: this many half days of absenteeism or more in a month is a serious violation. */
  seriousViolationHalfDays: z._default(z.int().check(z.minimum(1)), 1),
  /** PAY-7 (ambiguous, off by default): count leave over `overDays` days as half a day of absenteeism. */
  longLeave: z._default(z.strictObject({ mode: z.enum(['off', 'literal']), overDays: nonNegative }), { mode: 'off', overDays: 1 }),
  /** PAY-2: days attended for full attendance; `null` for every scheduled day. */
  fullAttendanceDays: z._default(z.nullable(nonNegative), 26),
  /** PAY-9: administrative penalties and the legal limits on deductions. */
  administrative: z._default(
    z
      .strictObject({
      min: nonNegativeDecimalSchema,
      max: z.nullable(nonNegativeDecimalSchema),
      /** Deductions in a month at most this share of the wage (工资支付暂行规定 art. 16: 20%); `null` for none. */
      deductionCapRate: z.nullable(rate),
      /** The wage paid never below this (the local monthly minimum wage); `null` for none. */
      minimumWage: z.nullable(nonNegativeDecimalSchema),
      /** Add a warning that disciplinary fines lost their legal basis in 2008. */
      warnNoLegalBasis: z.boolean(),
    })
      .check(z.refine((a) => a.max === null || Number(a.min) <= Number(a.max), { message: 'The lowest penalty is above the highest', path: ['max'] })),
    { min: '50', max: '200', deductionCapRate: '0.2', minimumWage: '2740.00', warnNoLegalBasis: true },
  ),
  /** PAY-22: platform penalties on the seller, dated because platforms change them. */
  seller: z._default(
    z.strictObject({
      platform: z.string(),
      asOf: localDateSchema,
      rules: z.strictObject({
        late_shipment: z.nullable(sellerRuleSchema),
        false_shipment: z.nullable(sellerRuleSchema),
        out_of_stock: z.nullable(sellerRuleSchema),
      }),
    }),
    {
      platform: 'taobao',
      asOf: '2026-01-01',
      rules: {
        late_shipment: { kind: 'tiers', tiers: [{ upTo: null, inclusive: true, charge: { kind: 'percent', rate: '0.05', min: '5', max: '30' } }] },
        false_shipment: null,
        out_of_stock: null,
      },
    },
  ),
});
