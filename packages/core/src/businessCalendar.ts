import { PolicyInputError } from './PolicyInputError.js';
import type { PolicyIssue } from './issues.js';
import { addDaysToDate, isLocalDate, isoWeekday, type LocalDate } from './timeZone.js';

/**
 * Which days are working days, as data: the weekly rest days, the public holidays, and the
 * make-up working days that fall on a rest day (调休, as China's holiday schedule has them).
 */
export interface BusinessCalendar {
  /** ISO weekdays that are rest days, 1 = Monday … 7 = Sunday; Saturday and Sunday by default. */
  readonly weekend?: readonly number[] | undefined;
  /** Public holidays, `YYYY-MM-DD`: never working days. */
  readonly holidays?: readonly LocalDate[] | undefined;
  /** Working days that fall on a weekend day, `YYYY-MM-DD` (make-up days); a holiday on the same date wins. */
  readonly workdays?: readonly LocalDate[] | undefined;
}

interface CompiledCalendar {
  readonly weekend: ReadonlySet<number>;
  readonly holidays: ReadonlySet<string>;
  readonly workdays: ReadonlySet<string>;
}

const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();

function compile(calendar: BusinessCalendar | undefined): CompiledCalendar {
  const source = calendar ?? {};
  const cached = compiled.get(source);
  if (cached !== undefined) return cached;
  const issues: PolicyIssue[] = [];
  const weekend = source.weekend ?? [6, 7];
  weekend.forEach((day, index) => {
    if (!Number.isInteger(day) || day < 1 || day > 7) {
      issues.push({ path: ['calendar', 'weekend', index], message: 'Expected an ISO weekday, 1 (Monday) to 7 (Sunday)', code: 'invalid_weekday' });
    }
  });
  if (new Set(weekend).size >= 7) issues.push({ path: ['calendar', 'weekend'], message: 'A week needs at least one working day', code: 'invalid_weekday' });
  for (const key of ['holidays', 'workdays'] as const) {
    (source[key] ?? []).forEach((date, index) => {
      if (!isLocalDate(date)) issues.push({ path: ['calendar', key, index], message: 'Expected a date YYYY-MM-DD', code: 'invalid_date' });
    });
  }
  if (issues.length > 0) throw new PolicyInputError(issues);
  const result: CompiledCalendar = {
    weekend: new Set(weekend),
    holidays: new Set(source.holidays ?? []),
    workdays: new Set(source.workdays ?? []),
  };
  if (calendar !== undefined) compiled.set(calendar, result);
  return result;
}

/**
 * Whether a date is a working day under a calendar.
 *
 * @param date - a date `YYYY-MM-DD`
 * @param calendar - the rest days, holidays and make-up working days; Monday–Friday when omitted
 * @returns `true` on a working day
 * @throws {@link PolicyInputError} when the date or the calendar is invalid
 * @example
 * isBusinessDay('2026-10-01', { holidays: ['2026-10-01'] })
 * //=> false
 */
export function isBusinessDay(date: LocalDate, calendar?: BusinessCalendar): boolean {
  const c = compile(calendar);
  if (c.holidays.has(date)) return false;
  if (c.workdays.has(date)) return true;
  return !c.weekend.has(isoWeekday(date));
}

/**
 * The date a number of working days after (or before) a date. Day 0 is the date itself; day 1
 * is the next working day.
 *
 * @param date - the date to count from, `YYYY-MM-DD`
 * @param days - working days to add (a non-negative or negative integer)
 * @param calendar - the calendar; Monday–Friday when omitted
 * @returns the date of the `days`-th working day
 * @throws {@link PolicyInputError} when the date, the count or the calendar is invalid
 * @example
 * addBusinessDaysToDate('2026-11-27', 1)
 * //=> '2026-11-30'
 */
export function addBusinessDaysToDate(date: LocalDate, days: number, calendar?: BusinessCalendar): LocalDate {
  compile(calendar);
  if (!isLocalDate(date)) throw new PolicyInputError([{ path: ['date'], message: 'Expected a date YYYY-MM-DD', code: 'invalid_date' }]);
  if (!Number.isSafeInteger(days) || Math.abs(days) > 100_000) {
    throw new PolicyInputError([{ path: ['days'], message: 'Expected whole days, at most 100000', code: 'invalid_type' }]);
  }
  const step = days < 0 ? -1 : 1;
  let left = Math.abs(days);
  let current = date;
  // A year has at most 366 days; a calendar whose holidays fill more than a year is refused.
  let guard = 0;
  while (left > 0) {
    current = addDaysToDate(current, step);
    if (isBusinessDay(current, calendar)) {
      left -= 1;
      guard = 0;
    } else if ((guard += 1) > 366) {
      throw new PolicyInputError([{ path: ['calendar'], message: 'No working day within a year of the count', code: 'invalid_calendar' }]);
    }
  }
  return current;
}

/**
 * The number of working days after `from` up to and including `to` (0 when `to` is not after `from`).
 *
 * @param from - the first date, `YYYY-MM-DD` (not counted)
 * @param to - the last date, `YYYY-MM-DD` (counted when a working day)
 * @param calendar - the calendar; Monday–Friday when omitted
 * @returns the count of working days in (from, to]
 * @throws {@link PolicyInputError} when a date or the calendar is invalid
 * @example
 * businessDaysBetween('2026-11-20', '2026-11-27')
 * //=> 5
 */
export function businessDaysBetween(from: LocalDate, to: LocalDate, calendar?: BusinessCalendar): number {
  compile(calendar);
  if (!isLocalDate(from) || !isLocalDate(to)) {
    throw new PolicyInputError([{ path: [isLocalDate(from) ? 'to' : 'from'], message: 'Expected a date YYYY-MM-DD', code: 'invalid_date' }]);
  }
  let count = 0;
  for (let day = addDaysToDate(from, 1); day <= to; day = addDaysToDate(day, 1)) {
    if (isBusinessDay(day, calendar)) count += 1;
  }
  return count;
}
