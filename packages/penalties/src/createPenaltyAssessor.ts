import {
  collectIssues,
  createReason,
  Decimal,
  fromDecimal,
  isBusinessDay,
  localDate,
  money,
  parseInput,
  parseInstant,
  PolicyInputError,
  readMoney,
  resolveContext,
  zonedTime,
  type Context,
  type DeepReadonly,
  type Money,
  type PolicyIssue,
  type Reason,
  type ReasonParams,
} from '@zhidu/core';
import { penaltyMessages } from './messages.js';
import { penaltyPolicy } from './penaltyPolicy.js';
import type * as z from 'zod/mini';
import { administrativePenaltyInputSchema, attendanceMonthSchema, sellerPenaltyInputSchema, type chargeSchema } from './schema.js';
import type {
  AdministrativePenaltyInput,
  AdministrativePenaltyResult,
  AttendanceDayResult,
  AttendanceMonth,
  AttendanceResult,
  PenaltyPolicy,
  SellerPenaltyInput,
  SellerPenaltyResult,
} from './types.js';

/** The penalty rules compiled for one policy. */
export interface PenaltyAssessor {
  /** The validated policy. */
  readonly policy: PenaltyPolicy;
  /** Assesses a month of attendance (see {@link assessAttendance}). */
  attendance(month: AttendanceMonth, context?: Context): AttendanceResult;
  /** Assesses an administrative penalty (see {@link assessAdministrativePenalty}). */
  administrativePenalty(input: AdministrativePenaltyInput, context?: Context): AdministrativePenaltyResult;
  /** Assesses a platform penalty (see {@link assessSellerPenalty}). */
  sellerPenalty(input: SellerPenaltyInput, context?: Context): SellerPenaltyResult;
}

type Code = keyof typeof penaltyMessages;
type Charge = DeepReadonly<z.output<typeof chargeSchema>>;

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const compiled = new WeakMap<PenaltyPolicy, PenaltyAssessor>();

/**
 * Compiles the penalty rules for a policy: validated once, then months, penalties and platform
 * penalties are assessed without doing it again.
 *
 * @param policy - the penalties policy
 * @returns the assessor
 * @throws {@link @zhidu/core!PolicyConfigError} when the policy is invalid
 * @example
 * const penalties = createPenaltyAssessor(presets.generic);
 * penalties.administrativePenalty({ amount: '100', monthlyWage: '6000' }).allowed
 * //=> true
 */
export function createPenaltyAssessor(policy: PenaltyPolicy): PenaltyAssessor {
  const valid = penaltyPolicy.check(policy);
  const existing = compiled.get(valid);
  if (existing !== undefined) return existing;
  const { schedule } = valid;
  const startMinutes = minutesOf(schedule.start);
  const endMinutes = minutesOf(schedule.end);
  const lunch = schedule.lunch === null ? null : { start: minutesOf(schedule.lunch.start), end: minutesOf(schedule.lunch.end) };
  const lateLimitMs = valid.lateHalfDayOverMinutes * 60_000;
  const absenceLimitMs = valid.absenceHalfDayOverMinutes * 60_000;
  const windowMs = valid.signOutWindowMinutes * 60_000;
  const currency = valid.store.currency;

  /** Every scheduled day of the calendar month of a date (a month's records may leave days out). */
  const scheduledDaysOfMonth = (date: string | undefined): number => {
    if (date === undefined) return 0;
    const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    let count = 0;
    for (let day = 1; day <= last; day += 1) {
      if (isBusinessDay(`${date.slice(0, 8)}${String(day).padStart(2, '0')}`, valid.calendar)) count += 1;
    }
    return count;
  };

  const attendance = (input: AttendanceMonth, context?: Context): AttendanceResult => {
    const month = parseInput(attendanceMonthSchema, input, ['month']);
    const { locale, timeZone } = resolveContext(context, valid.store);
    const issues: PolicyIssue[] = [];
    const seen = new Set<string>();
    month.days.forEach((day, index) => {
      if (seen.has(day.date)) issues.push({ path: ['month', 'days', index, 'date'], message: `${day.date} appears twice`, code: 'duplicate_date' });
      seen.add(day.date);
      for (const key of ['signIn', 'signOut'] as const) {
        const value = day[key];
        if (value != null && localDate(value, timeZone) !== day.date) {
          issues.push({ path: ['month', 'days', index, key], message: `Not on ${day.date} in ${timeZone}`, code: 'wrong_date' });
        }
      }
      if (day.signIn != null && day.signOut != null && parseInstant(day.signOut).getTime() < parseInstant(day.signIn).getTime()) {
        issues.push({ path: ['month', 'days', index, 'signOut'], message: 'Signed out before signing in', code: 'invalid_order' });
      }
      (day.absences ?? []).forEach((absence, at) => {
        if (parseInstant(absence.to).getTime() < parseInstant(absence.from).getTime()) {
          issues.push({ path: ['month', 'days', index, 'absences', at, 'to'], message: 'An absence ends before it starts', code: 'invalid_order' });
        }
      });
    });
    if (issues.length > 0) throw new PolicyInputError(issues);

    const days = [...month.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const monthReasons: Reason[] = [];
    const say = (list: Reason[], code: Code, params?: ReasonParams) => list.push(createReason(penaltyMessages, code, params, locale));
    let halfDays = 0;
    let scheduledDays = 0;
    let attendedDays = 0;
    let lapses = 0;
    // PAY-7: a long leave counts once, on its first day; days off inside it do not break it.
    let inLongLeave = false;
    const results: AttendanceDayResult[] = days.map((day) => {
      const reasons: Reason[] = [];
      const date = day.date;
      const scheduled = day.scheduled ?? isBusinessDay(date, valid.calendar);
      const empty = { date, scheduled, lateMinutes: 0, earlyMinutes: 0, absenceMinutes: 0 };
      if (!scheduled) {
        say(reasons, 'ATTENDANCE_DAY_OFF', { date });
        return { ...empty, halfDayAbsences: 0, reasons };
      }
      scheduledDays += 1;
      let half = 0;
      if (day.leave !== undefined) {
        if (!day.leave.approved) {
          half += 2;
          inLongLeave = false;
          say(reasons, 'ATTENDANCE_UNAPPROVED_LEAVE', { date });
        } else {
          say(reasons, 'ATTENDANCE_ON_LEAVE', { date });
          // PAY-7, literal reading: a leave over the limit counts half a day once, on its first day.
          const long = valid.longLeave.mode === 'literal' && day.leave.days > valid.longLeave.overDays;
          if (long && !inLongLeave) {
            half += 1;
            say(reasons, 'ATTENDANCE_LONG_LEAVE', { date, days: day.leave.days, limit: valid.longLeave.overDays });
          }
          inLongLeave = long;
        }
        halfDays += half;
        return { ...empty, halfDayAbsences: half, reasons };
      }
      inLongLeave = false;
      const signIn = day.signIn == null ? null : parseInstant(day.signIn).getTime();
      const signOut = day.signOut == null ? null : parseInstant(day.signOut).getTime();
      if (signIn === null && signOut === null) {
        half += 2;
        say(reasons, 'ATTENDANCE_NO_SHOW', { date });
        halfDays += half;
        return { ...empty, halfDayAbsences: half, reasons };
      }
      const start = zonedTime(date, startMinutes, timeZone).getTime();
      const end = zonedTime(date, endMinutes, timeZone).getTime();
      let lateMinutes = 0;
      let earlyMinutes = 0;
      const limit = valid.lateHalfDayOverMinutes;
      if (signIn === null) {
        half += 1;
        say(reasons, 'ATTENDANCE_MISSING_SIGN_IN', { date });
      } else if (signIn > start) {
        const late = signIn - start;
        lateMinutes = Math.ceil(late / 60_000);
        lapses += 1;
        if (late > lateLimitMs) {
          half += 1;
          say(reasons, 'ATTENDANCE_LATE_HALF_DAY', { date, minutes: lateMinutes, limit });
        } else say(reasons, 'ATTENDANCE_LATE', { date, minutes: lateMinutes, limit });
      }
      if (signOut === null) {
        half += 1;
        say(reasons, 'ATTENDANCE_MISSING_SIGN_OUT', { date });
      } else if (signOut < end) {
        const early = end - signOut;
        if (early <= windowMs) say(reasons, 'ATTENDANCE_SIGNED_OUT_IN_WINDOW', { date, window: valid.signOutWindowMinutes });
        else {
          earlyMinutes = Math.ceil(early / 60_000);
          lapses += 1;
          if (early > lateLimitMs) {
            half += 1;
            say(reasons, 'ATTENDANCE_EARLY_HALF_DAY', { date, minutes: earlyMinutes, limit });
          } else say(reasons, 'ATTENDANCE_EARLY_LEAVE', { date, minutes: earlyMinutes, limit });
        }
      }
      // PAY-5: unapproved temporary absence within working hours, lunch excluded, summed over the day.
      let absentMs = 0;
      const lunchStart = lunch === null ? 0 : zonedTime(date, lunch.start, timeZone).getTime();
      const lunchEnd = lunch === null ? 0 : zonedTime(date, lunch.end, timeZone).getTime();
      for (const absence of day.absences ?? []) {
        if (absence.approved) continue;
        const from = Math.max(parseInstant(absence.from).getTime(), start);
        const to = Math.min(parseInstant(absence.to).getTime(), end);
        if (to <= from) continue;
        const overlap = lunch === null ? 0 : Math.max(0, Math.min(to, lunchEnd) - Math.max(from, lunchStart));
        absentMs += to - from - overlap;
      }
      const absenceMinutes = Math.ceil(absentMs / 60_000);
      if (absentMs > 0) {
        const absenceLimit = valid.absenceHalfDayOverMinutes;
        if (absentMs > absenceLimitMs) {
          half += 1;
          say(reasons, 'ATTENDANCE_ABSENCE_HALF_DAY', { date, minutes: absenceMinutes, limit: absenceLimit });
        } else say(reasons, 'ATTENDANCE_ABSENCE', { date, minutes: absenceMinutes, limit: absenceLimit });
      }
      if (signIn !== null && signOut !== null) attendedDays += 1;
      if (reasons.length === 0) say(reasons, 'ATTENDANCE_ON_TIME', { date, start: schedule.start, end: schedule.end });
      halfDays += half;
      return { date, scheduled, lateMinutes, earlyMinutes, absenceMinutes, halfDayAbsences: half, reasons };
    });

    const absenteeismDays = halfDays / 2;
    say(monthReasons, 'ATTENDANCE_SUMMARY', { halfDays, days: absenteeismDays });
    const seriousViolation = halfDays >= valid.seriousViolationHalfDays;
    if (seriousViolation) say(monthReasons, 'ATTENDANCE_SERIOUS_VIOLATION', { days: absenteeismDays });
    const required = valid.fullAttendanceDays ?? scheduledDaysOfMonth(days[0]?.date);
    // PAY-2: a month without a single record attended nothing (and, with no monthly figure, has no month to count).
    const fullAttendance = days.length > 0 && halfDays === 0 && lapses === 0 && attendedDays >= required;
    if (fullAttendance) say(monthReasons, 'ATTENDANCE_FULL', { attended: attendedDays, required });
    else say(monthReasons, 'ATTENDANCE_NOT_FULL', { attended: attendedDays, required, lapses, halfDays });
    return { employeeId: month.employeeId, days: results, halfDayAbsences: halfDays, absenteeismDays, seriousViolation, fullAttendance, scheduledDays, attendedDays, reasons: monthReasons };
  };

  const administrativePenalty = (input: AdministrativePenaltyInput, context?: Context): AdministrativePenaltyResult => {
    const parsed = parseInput(administrativePenaltyInputSchema, input);
    const { locale } = resolveContext(context, valid.store);
    const issues: PolicyIssue[] = [];
    const read = (path: string, value: unknown) => collectIssues(issues, () => readMoney([path], value, currency));
    const amount = read('amount', parsed.amount);
    const wage = read('monthlyWage', parsed.monthlyWage);
    const other = read('otherDeductions', parsed.otherDeductions ?? 0);
    const minimumInput = parsed.minimumWage === undefined ? valid.administrative.minimumWage : parsed.minimumWage;
    const minimum = minimumInput === null ? null : read('minimumWage', minimumInput);
    if (amount?.value.isNegative() === true) issues.push({ path: ['amount'], message: 'Expected an amount ≥ 0', code: 'too_small' });
    if (issues.length > 0 || amount === undefined || wage === undefined || other === undefined || minimum === undefined) throw new PolicyInputError(issues);

    const reasons: Reason[] = [];
    const say = (code: Code, params?: ReasonParams) => reasons.push(createReason(penaltyMessages, code, params, locale));
    const m = (value: Decimal) => fromDecimal(value, currency);
    const zero = money(0, currency);
    const { min, max, deductionCapRate, warnNoLegalBasis } = valid.administrative;
    const asked = m(amount.value);
    const range = { amount: asked, min: m(new Decimal(min)), max: max === null ? '∞' : m(new Decimal(max)) };
    const result = (allowed: boolean, value: Money): AdministrativePenaltyResult => {
      if (warnNoLegalBasis) say('PENALTY_NO_LEGAL_BASIS');
      return { allowed, amount: value, reasons };
    };
    // "50-200元内": both ends included.
    if (amount.value.lessThan(min) || (max !== null && amount.value.greaterThan(max))) {
      say('PENALTY_OUT_OF_RANGE', range);
      return result(false, zero);
    }
    say('PENALTY_WITHIN_RANGE', range);
    let allowedAmount = amount.value;
    if (deductionCapRate !== null) {
      const cap = fromDecimal(wage.value.times(deductionCapRate), currency, 'down');
      const room = Decimal.max(new Decimal(cap.amount).minus(other.value), 0);
      if (room.lessThan(allowedAmount)) {
        allowedAmount = room;
        say('PENALTY_CAPPED_BY_DEDUCTION_LIMIT', { wage: m(wage.value), rate: `${new Decimal(deductionCapRate).times(100).toFixed()}%`, cap, other: m(other.value), room: m(room) });
      }
    }
    if (minimum !== null) {
      const room = Decimal.max(wage.value.minus(other.value).minus(minimum.value), 0);
      if (room.lessThan(allowedAmount)) {
        allowedAmount = room;
        say('PENALTY_CAPPED_BY_MINIMUM_WAGE', { minimumWage: m(minimum.value), room: m(room) });
      }
    }
    if (allowedAmount.isZero() && !amount.value.isZero()) {
      say('PENALTY_NO_ROOM');
      return result(false, zero);
    }
    return result(true, m(allowedAmount));
  };

  const charge = (price: Decimal, rule: Charge): Money => {
    if (rule.kind === 'fixed') return fromDecimal(new Decimal(rule.amount), currency);
    let value = new Decimal(fromDecimal(price.times(rule.rate), currency).amount);
    if (rule.min != null) value = Decimal.max(value, rule.min);
    if (rule.max != null) value = Decimal.min(value, rule.max);
    return fromDecimal(value, currency);
  };

  const sellerPenalty = (input: SellerPenaltyInput, context?: Context): SellerPenaltyResult => {
    const parsed = parseInput(sellerPenaltyInputSchema, input);
    const { locale } = resolveContext(context, valid.store);
    const price = readMoney(['itemPrice'], parsed.itemPrice, currency);
    const { platform, asOf, rules } = valid.seller;
    const rule = rules[parsed.kind];
    const reason = (code: Code, params?: ReasonParams) => createReason(penaltyMessages, code, params, locale);
    if (rule === null) return { amount: money(0, currency), reasons: [reason('SELLER_PENALTY_NONE', { platform })] };
    let chosen: Charge | undefined;
    if (rule.kind === 'by_promise') {
      if (parsed.promisedShipHours === undefined) {
        throw new PolicyInputError([{ path: ['promisedShipHours'], message: `The ${platform} ${parsed.kind} rule depends on the promised shipping time`, code: 'required' }]);
      }
      chosen = parsed.promisedShipHours <= rule.promisedHoursAtMost ? rule.within : rule.beyond;
    } else {
      chosen = rule.tiers.find((tier) => tier.upTo === null || (tier.inclusive ? price.value.lessThanOrEqualTo(tier.upTo) : price.value.lessThan(tier.upTo)))?.charge;
    }
    const amount = chosen === undefined ? money(0, currency) : charge(price.value, chosen);
    const code: Code = parsed.kind === 'late_shipment' ? 'SELLER_LATE_SHIPMENT' : parsed.kind === 'false_shipment' ? 'SELLER_FALSE_SHIPMENT' : 'SELLER_OUT_OF_STOCK';
    const basis = fromDecimal(price.value, currency);
    const params: ReasonParams =
      parsed.kind === 'out_of_stock' ? { platform, basis, amount, asOf, promisedHours: parsed.promisedShipHours ?? null } : { platform, basis, amount, asOf };
    return { amount, reasons: [reason(code, params)] };
  };

  const assessor: PenaltyAssessor = Object.freeze({ policy: valid, attendance, administrativePenalty, sellerPenalty });
  compiled.set(valid, assessor);
  return assessor;
}

