import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { PolicyInputError } from './PolicyInputError.js';
import { addBusinessDaysToDate, type BusinessCalendar } from './businessCalendar.js';
import { parseInstant, readInstant, type InstantInput } from './instant.js';
import type { PolicyIssue } from './issues.js';
import { addDaysToDate, addMonthsToDate, endOfLocalDay, isTimeZone, localDate, localDayNumber, localDayStart, zonedTime } from './timeZone.js';

/** The local wall-clock time of an instant as (fractional) minutes after midnight. */
function wallClockMinutes(instant: Date, timeZone: string): number {
  const local = new TZDate(instant.getTime(), timeZone);
  return local.getHours() * 60 + local.getMinutes() + local.getSeconds() / 60 + local.getMilliseconds() / 60_000;
}

/** The units a window is measured in. */
export type WindowUnit = 'minutes' | 'hours' | 'calendar_days' | 'business_days' | 'calendar_months';

/**
 * A time limit as a policy states it: "7 days from the day after signing, to the end of the 7th
 * day", "48 hours", "3 business days".
 */
export interface WindowSpec {
  /** How long; `null` or `-1` means no limit. */
  readonly length: number | null;
  /** What `length` counts. Minutes and hours are elapsed time (a DST change does not stretch them). */
  readonly unit: WindowUnit;
  /**
   * For days and months: whether day 1 is the start's own day (`'same_day'`) or the day after
   * (`'next_day'`, the default, as "7 days from the day after receipt" counts). Months counted
   * from the next day end on the same date `length` months later (15 January + 1 month → through
   * 15 February); from the same day, one day earlier. A date past the month's end falls back to
   * its last day (31 January + 1 month → 28 or 29 February).
   */
  readonly countFrom?: 'same_day' | 'next_day' | undefined;
  /**
   * For days: whether the window closes at the end of its last local day (`true`, the default)
   * or at the start's wall-clock time on that day (`false`).
   */
  readonly endOfDay?: boolean | undefined;
}

/** Where a window is computed: the store's time zone and, for business days, its calendar. */
export interface WindowOptions {
  /** The store's IANA time zone. */
  readonly timeZone: string;
  /** Working days, holidays and make-up days, for `business_days`. */
  readonly calendar?: BusinessCalendar;
}

/** A computed window: when it opened and when it closes (inclusive), as UTC ISO strings. */
export interface Window {
  /** The instant the window opened. */
  readonly start: string;
  /** The last instant inside the window, or `null` when it has no limit. */
  readonly end: string | null;
}

const units: ReadonlySet<string> = new Set<WindowUnit>(['minutes', 'hours', 'calendar_days', 'business_days', 'calendar_months']);

/** Lists what is wrong with a window spec and its options (the checks {@link computeWindow} makes). */
function checkWindowSpec(spec: WindowSpec, options: WindowOptions, issues: PolicyIssue[]): void {
  const raw = spec as unknown as Readonly<Record<string, unknown>> | null;
  if (typeof raw !== 'object' || raw === null) {
    issues.push({ path: ['spec'], message: 'Expected a window spec', code: 'invalid_type' });
  } else {
    const unit = raw.unit;
    if (typeof unit !== 'string' || !units.has(unit)) {
      issues.push({ path: ['spec', 'unit'], message: `Expected one of ${[...units].join(', ')}`, code: 'invalid_value' });
    }
    const length = raw.length;
    const days = unit === 'calendar_days' || unit === 'business_days' || unit === 'calendar_months';
    if (length !== null && length !== -1) {
      if (typeof length !== 'number' || !Number.isFinite(length) || length < 0 || length > 100_000 || (days && !Number.isInteger(length))) {
        issues.push({
          path: ['spec', 'length'],
          message: days ? 'Expected whole days from 0 to 100000, or null / -1 for no limit' : 'Expected a non-negative length, or null / -1 for no limit',
          code: 'invalid_length',
        });
      }
    }
    if (raw.countFrom !== undefined && raw.countFrom !== 'same_day' && raw.countFrom !== 'next_day') {
      issues.push({ path: ['spec', 'countFrom'], message: "Expected 'same_day' or 'next_day'", code: 'invalid_value' });
    }
    if (raw.endOfDay !== undefined && typeof raw.endOfDay !== 'boolean') {
      issues.push({ path: ['spec', 'endOfDay'], message: 'Expected a boolean', code: 'invalid_type' });
    }
  }
  const rawOptions = options as unknown as Readonly<Record<string, unknown>> | null;
  if (typeof rawOptions !== 'object' || rawOptions === null || !isTimeZone(rawOptions.timeZone)) {
    issues.push({ path: ['options', 'timeZone'], message: 'Expected an IANA time zone', code: 'invalid_time_zone' });
  }
}

// Instants from year 1000 to 9000: a window of up to 100,000 days from one stays inside the years
// 100–9999 that the local-date helpers write, so day numbers give exactly their answer.
const dayNumbersFrom = Date.UTC(1000, 0, 1);
const dayNumbersTo = Date.UTC(9000, 0, 1);

/** The window's inclusive end (epoch ms) for a checked spec and options, or `null` for no limit. */
function windowEnd(opened: number, spec: WindowSpec, options: WindowOptions): number | null {
  const { length, unit } = spec;
  if (length === null || length === -1) return null;
  if (unit === 'minutes' || unit === 'hours') return opened + Math.round(length * (unit === 'hours' ? 3_600_000 : 60_000));
  const { timeZone, calendar } = options;
  const nextDay = (spec.countFrom ?? 'next_day') === 'next_day';
  const endOfDay = spec.endOfDay ?? true;
  if (unit === 'calendar_days' && endOfDay && opened >= dayNumbersFrom && opened < dayNumbersTo) {
    // The common window ("7 days from the day after signing, to the end of the 7th day") on day
    // numbers: the same local dates and day starts as the date strings below, without writing them.
    const lastDay = localDayNumber(opened, timeZone) + (nextDay ? length : Math.max(length - 1, 0));
    return localDayStart(lastDay + 1, timeZone) - 1;
  }
  const startDate = localDate(new Date(opened), timeZone);
  let lastDate: string;
  if (unit === 'calendar_days') {
    lastDate = addDaysToDate(startDate, nextDay || !endOfDay ? length : Math.max(length - 1, 0));
  } else if (unit === 'calendar_months') {
    const sameDate = addMonthsToDate(startDate, length);
    lastDate = nextDay || !endOfDay || length === 0 ? sameDate : addDaysToDate(sameDate, -1);
  } else {
    // Business days: with 'same_day', the start's own day counts as day 1 when it is a working day.
    const base = nextDay ? startDate : addDaysToDate(startDate, -1);
    lastDate = addBusinessDaysToDate(base, length, calendar);
  }
  if (endOfDay) return endOfLocalDay(lastDate, timeZone).getTime();
  if (unit === 'calendar_days') {
    // The same wall-clock time `length` days later (date-fns in the zone keeps the local time across DST).
    return addDays(new TZDate(opened, timeZone), length).getTime();
  }
  return zonedTime(lastDate, wallClockMinutes(new Date(opened), timeZone), timeZone).getTime();
}

/**
 * Computes when a policy's time limit closes, in the store's time zone: calendar days end at the
 * end of the local day (so a 23- or 25-hour day still counts as one day), business days skip rest
 * days and holidays, and hours are elapsed time.
 *
 * @param start - the instant the window opens (e.g. signed for, placed, paid)
 * @param spec - the length and how it is counted
 * @param options - the store's time zone and calendar
 * @returns the window's start and inclusive end
 * @throws {@link PolicyInputError} when the start, the spec or the options are invalid
 * @example
 * // A 7-day no-reason return window, signed for on 1 March in Shanghai (RET-7):
 * computeWindow('2026-03-01T15:00:00+08:00', { length: 7, unit: 'calendar_days' }, { timeZone: 'Asia/Shanghai' })
 * //=> { start: '2026-03-01T07:00:00.000Z', end: '2026-03-08T15:59:59.999Z' }
 */
export function computeWindow(start: InstantInput, spec: WindowSpec, options: WindowOptions): Window {
  const issues: PolicyIssue[] = [];
  const opened = readInstant(start);
  if (opened === undefined) issues.push({ path: ['start'], message: 'Expected an ISO 8601 instant with an offset, or a Date', code: 'invalid_instant' });
  checkWindowSpec(spec, options, issues);
  if (issues.length > 0 || opened === undefined) throw new PolicyInputError(issues);
  const end = windowEnd(opened.getTime(), spec, options);
  return { start: opened.toISOString(), end: end === null ? null : new Date(end).toISOString() };
}

/** A window spec compiled for a time zone and calendar: see {@link createWindowCalculator}. */
export interface WindowCalculator {
  /** The spec, as given. */
  readonly spec: WindowSpec;
  /** The time zone and calendar, as given. */
  readonly options: WindowOptions;
  /**
   * The window opened at `start`: what `computeWindow(start, spec, options)` returns.
   *
   * @throws {@link PolicyInputError} when the start is not a valid instant
   */
  compute(start: InstantInput): Window;
  /**
   * The window's inclusive end as epoch milliseconds for a start given as epoch milliseconds, or
   * `null` when it has no limit — `Date.parse(compute(new Date(startTime)).end)`, with no string
   * written or read in between.
   *
   * @throws {@link PolicyInputError} when `startTime` is not a finite number
   */
  endTime(startTime: number): number | null;
}

/**
 * Checks a window spec and its time zone once and returns a calculator for any number of starts:
 * for a host (or an evaluator) that computes the same policy window for many orders. It gives
 * exactly what {@link computeWindow} gives.
 *
 * @param spec - the length and how it is counted
 * @param options - the store's time zone and calendar
 * @returns the calculator
 * @throws {@link PolicyInputError} when the spec or the options are invalid
 * @example
 * const returnWindow = createWindowCalculator({ length: 7, unit: 'calendar_days' }, { timeZone: 'Asia/Shanghai' });
 * returnWindow.compute('2026-03-01T15:00:00+08:00').end
 * //=> '2026-03-08T15:59:59.999Z'
 * returnWindow.endTime(Date.parse('2026-03-01T15:00:00+08:00'))
 * //=> 1772985599999
 */
/* @__NO_SIDE_EFFECTS__ */
export function createWindowCalculator(spec: WindowSpec, options: WindowOptions): WindowCalculator {
  const issues: PolicyIssue[] = [];
  checkWindowSpec(spec, options, issues);
  if (issues.length > 0) throw new PolicyInputError(issues);
  // Copies, so a spec or options object changed later cannot change what was checked.
  const checkedSpec: WindowSpec = Object.freeze({ ...spec });
  const checkedOptions: WindowOptions = Object.freeze({ ...options });
  const endTime = (startTime: number): number | null => {
    if (typeof startTime !== 'number' || !Number.isFinite(startTime) || Math.abs(startTime) > 8.64e15) {
      throw new PolicyInputError([{ path: ['startTime'], message: 'Expected epoch milliseconds of a valid instant', code: 'invalid_instant' }]);
    }
    return windowEnd(startTime, checkedSpec, checkedOptions);
  };
  const compute = (start: InstantInput): Window => {
    const opened = readInstant(start);
    if (opened === undefined) {
      throw new PolicyInputError([{ path: ['start'], message: 'Expected an ISO 8601 instant with an offset, or a Date', code: 'invalid_instant' }]);
    }
    const end = windowEnd(opened.getTime(), checkedSpec, checkedOptions);
    return { start: opened.toISOString(), end: end === null ? null : new Date(end).toISOString() };
  };
  return Object.freeze({ spec: checkedSpec, options: checkedOptions, compute, endTime });
}

/**
 * Whether an instant falls inside a window (start and end inclusive; no end means no limit).
 *
 * @param instant - the instant to test
 * @param window - a window from {@link computeWindow}
 * @returns `true` when start ≤ instant ≤ end
 * @throws {@link PolicyInputError} when the instant or the window is invalid
 * @example
 * isWithinWindow('2026-03-08T23:59:00+08:00', { start: '2026-03-01T07:00:00.000Z', end: '2026-03-08T15:59:59.999Z' })
 * //=> true
 */
export function isWithinWindow(instant: InstantInput, window: Window): boolean {
  const at = parseInstant(instant, ['instant']).getTime();
  const start = parseInstant(window.start, ['window', 'start']).getTime();
  if (at < start) return false;
  return window.end === null || at <= parseInstant(window.end, ['window', 'end']).getTime();
}
