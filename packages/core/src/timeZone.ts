import { TZDate, tzOffset } from '@date-fns/tz';
import { PolicyInputError } from './PolicyInputError.js';
import { parseInstant, writeDateTime, type InstantInput } from './instant.js';

const known = new Map<string, boolean>();

// Offsets change only at transitions, which fall on a quarter hour of UTC in every zone (offsets are
// whole quarter hours and clocks change on the hour or half hour), so one lookup serves a quarter hour.
// One map per zone keyed by the quarter hour's number (no key string to build per lookup), and the
// last zone's map kept at hand, since a call asks for one zone many times.
const quarterHour = 900_000;
const DAY = 86_400_000;
const offsets = new Map<string, Map<number, number>>();
let lastZone: string | undefined;
let lastOffsets = new Map<number, number>();

/** The zone's UTC offset in minutes at an instant, cached per quarter hour. */
function offsetMinutes(ms: number, timeZone: string): number {
  if (timeZone !== lastZone) {
    let zone = offsets.get(timeZone);
    if (zone === undefined) {
      if (offsets.size > 1_000) offsets.clear();
      zone = new Map();
      offsets.set(timeZone, zone);
    }
    lastZone = timeZone;
    lastOffsets = zone;
  }
  const quarter = Math.floor(ms / quarterHour);
  let offset = lastOffsets.get(quarter);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(ms));
    if (lastOffsets.size > 200_000) lastOffsets.clear();
    lastOffsets.set(quarter, offset);
  }
  return offset;
}

/** The local wall-clock fields of an instant, read off a Date shifted by the zone's offset. */
function wallClock(instant: InstantInput, timeZone: string): Date {
  const ms = instant instanceof Date && !Number.isNaN(instant.getTime()) ? instant.getTime() : parseInstant(instant, ['instant']).getTime();
  return new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
}

/** Day starts already computed, per zone and day number: a batch of orders falls on few days. */
const dayStarts = new Map<string, Map<number, number>>();

/**
 * The local day of an instant in a time zone, as days since 1970-01-01 — {@link localDate} as a
 * number. The zone must be valid.
 *
 * @internal
 */
export function localDayNumber(ms: number, timeZone: string): number {
  return Math.floor((ms + offsetMinutes(ms, timeZone) * 60_000) / DAY);
}

/**
 * The first instant (epoch ms) of a local day given as days since 1970-01-01 — what
 * {@link startOfLocalDay} gives for that date, by the same fast path, and through it where the
 * day starts near a clock change. The zone must be valid, the year from 100 to 9999.
 *
 * @internal
 */
export function localDayStart(day: number, timeZone: string): number {
  let starts = dayStarts.get(timeZone);
  if (starts === undefined) {
    if (dayStarts.size > 1_000) dayStarts.clear();
    starts = new Map();
    dayStarts.set(timeZone, starts);
  }
  let start = starts.get(day);
  if (start === undefined) {
    start = firstInstantOfDay(day, timeZone);
    if (starts.size > 100_000) starts.clear();
    starts.set(day, start);
  }
  return start;
}

/** {@link localDayStart} before it is cached. */
function firstInstantOfDay(day: number, timeZone: string): number {
  const wall = day * DAY;
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  const instant = wall - offsetMinutes(first, timeZone) * 60_000;
  const offset = offsetMinutes(instant, timeZone);
  if (offset === offsetMinutes(instant - 3_600_000, timeZone) && offset === offsetMinutes(instant + 3_600_000, timeZone) && instant + offset * 60_000 === wall) {
    return instant;
  }
  const date = new Date(wall);
  return zonedTime(`${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`, 0, timeZone).getTime();
}

/**
 * Whether a string is an IANA time zone this runtime knows (`'Asia/Shanghai'`, `'America/New_York'`, `'UTC'`).
 *
 * @param value - the name to check
 * @returns `true` when the runtime can compute local times in it
 * @example
 * isTimeZone('Asia/Shanghai')
 * //=> true
 */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  const cached = known.get(value);
  if (cached !== undefined) return cached;
  let ok: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    ok = true;
  } catch {
    ok = false;
  }
  known.set(value, ok);
  return ok;
}

function assertTimeZone(timeZone: string, path: readonly (string | number)[] = ['timeZone']): void {
  if (!isTimeZone(timeZone)) {
    throw new PolicyInputError([
      { path: [...path], message: `Unknown time zone ${JSON.stringify(timeZone)}: expected an IANA name such as "Asia/Shanghai"`, code: 'invalid_time_zone' },
    ]);
  }
}

/** A calendar date `YYYY-MM-DD` (a day in some time zone, no time). */
export type LocalDate = string;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * Whether a string is a real calendar date `YYYY-MM-DD` (`2026-02-29` is not).
 *
 * @param value - the string to check
 * @returns `true` for a valid date
 * @example
 * isLocalDate('2028-02-29')
 * //=> true
 */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = isoDate.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * The calendar date of an instant in a time zone.
 *
 * @param instant - the instant
 * @param timeZone - an IANA time zone
 * @returns the local date `YYYY-MM-DD`
 * @throws {@link PolicyInputError} when the instant or the time zone is invalid
 * @example
 * localDate('2026-03-01T18:30:00Z', 'Asia/Shanghai')
 * //=> '2026-03-02'
 */
export function localDate(instant: InstantInput, timeZone: string): LocalDate {
  assertTimeZone(timeZone);
  const wall = wallClock(instant, timeZone);
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

/**
 * An instant as the local date and time in a time zone, `YYYY-MM-DD HH:mm:ss`, as messages show
 * deadlines to people. `null` stays `null` (a window with no limit).
 *
 * @param instant - the instant, or `null`
 * @param timeZone - an IANA time zone
 * @returns the local date and time, or `null`
 * @throws {@link PolicyInputError} when the instant or the time zone is invalid
 * @example
 * localDateTime('2026-03-08T15:59:59.999Z', 'Asia/Shanghai')
 * //=> '2026-03-08 23:59:59'
 */
export function localDateTime(instant: InstantInput | null, timeZone: string): string | null {
  if (instant === null) return null;
  assertTimeZone(timeZone);
  const ms = instant instanceof Date && !Number.isNaN(instant.getTime()) ? instant.getTime() : parseInstant(instant, ['instant']).getTime();
  const fast = writeDateTime(ms + offsetMinutes(ms, timeZone) * 60_000, ' ', false);
  if (fast !== undefined) return fast;
  const wall = wallClock(instant, timeZone);
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
}

/**
 * The local wall-clock time of an instant in a time zone, as minutes after local midnight.
 *
 * @param instant - the instant
 * @param timeZone - an IANA time zone
 * @returns minutes since local midnight (0–1439), seconds dropped
 * @throws {@link PolicyInputError} when the instant or the time zone is invalid
 * @example
 * localMinutes('2026-03-02T01:16:00Z', 'Asia/Shanghai')
 * //=> 556
 */
export function localMinutes(instant: InstantInput, timeZone: string): number {
  assertTimeZone(timeZone);
  const wall = wallClock(instant, timeZone);
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
}

/**
 * Adds calendar days to a local date.
 *
 * @param date - a date `YYYY-MM-DD`
 * @param days - whole days, may be negative
 * @returns the date `days` later
 * @throws {@link PolicyInputError} when the date is not valid or days is not an integer
 * @example
 * addDaysToDate('2026-02-27', 2)
 * //=> '2026-03-01'
 */
export function addDaysToDate(date: LocalDate, days: number): LocalDate {
  if (!isLocalDate(date)) throw new PolicyInputError([{ path: ['date'], message: 'Expected a date YYYY-MM-DD', code: 'invalid_date' }]);
  if (!Number.isSafeInteger(days)) throw new PolicyInputError([{ path: ['days'], message: 'Expected whole days', code: 'invalid_type' }]);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/**
 * Adds calendar months to a local date; a day past the end of the target month falls back to
 * its last day (31 January + 1 month is 28 or 29 February), as date-fns's `addMonths` does.
 *
 * @param date - a date `YYYY-MM-DD`
 * @param months - whole months, may be negative
 * @returns the date `months` later
 * @throws {@link PolicyInputError} when the date is not valid or months is not an integer
 * @example
 * addMonthsToDate('2026-01-31', 1)
 * //=> '2026-02-28'
 */
export function addMonthsToDate(date: LocalDate, months: number): LocalDate {
  if (!isLocalDate(date)) throw new PolicyInputError([{ path: ['date'], message: 'Expected a date YYYY-MM-DD', code: 'invalid_date' }]);
  if (!Number.isSafeInteger(months)) throw new PolicyInputError([{ path: ['months'], message: 'Expected whole months', code: 'invalid_type' }]);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${pad(first.getUTCFullYear(), 4)}-${pad(first.getUTCMonth() + 1)}-${pad(Math.min(d, last))}`;
}

/**
 * The ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * @param date - a date `YYYY-MM-DD`
 * @returns the weekday number
 * @throws {@link PolicyInputError} when the date is not valid
 * @example
 * isoWeekday('2026-11-24')
 * //=> 2
 */
export function isoWeekday(date: LocalDate): number {
  if (!isLocalDate(date)) throw new PolicyInputError([{ path: ['date'], message: 'Expected a date YYYY-MM-DD', code: 'invalid_date' }]);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The instant a local wall-clock time happens in a time zone. A time that does not exist (the
 * hour skipped when clocks go forward) moves forward by the gap, as the zone's clocks do.
 *
 * @param date - a date `YYYY-MM-DD`
 * @param minutes - minutes after local midnight (0–1440; 1440 is the next day's midnight)
 * @param timeZone - an IANA time zone
 * @returns the instant
 * @throws {@link PolicyInputError} when the date, minutes or time zone is invalid
 * @example
 * zonedTime('2026-03-08', 9 * 60, 'America/New_York').toISOString()
 * //=> '2026-03-08T13:00:00.000Z'
 */
export function zonedTime(date: LocalDate, minutes: number, timeZone: string): Date {
  assertTimeZone(timeZone);
  if (!isLocalDate(date)) throw new PolicyInputError([{ path: ['date'], message: 'Expected a date YYYY-MM-DD', code: 'invalid_date' }]);
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > 1440) {
    throw new PolicyInputError([{ path: ['minutes'], message: 'Expected minutes after midnight, 0 to 1440', code: 'too_big' }]);
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const whole = Math.floor(minutes);
  const ms = Math.round((minutes - whole) * 60_000);
  // Fast path: the wall-clock time as if UTC, shifted by the zone's offset there (cached per quarter
  // hour), checked by reading the wall clock back. Local times that fall in a DST gap or overlap take
  // @date-fns/tz's path, so both agree everywhere.
  const wall = Date.UTC(y, m - 1, d, Math.floor(whole / 60), whole % 60, 0, ms);
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  const instant = wall - offsetMinutes(first, timeZone) * 60_000;
  if (offsetMinutes(instant, timeZone) === offsetMinutes(instant - 3_600_000, timeZone) && offsetMinutes(instant, timeZone) === offsetMinutes(instant + 3_600_000, timeZone)) {
    if (instant + offsetMinutes(instant, timeZone) * 60_000 === wall) return new Date(instant);
  }
  const zoned = new TZDate(y, m - 1, d, Math.floor(whole / 60), whole % 60, 0, ms, timeZone);
  return new Date(zoned.getTime());
}

/**
 * The first instant of a local day in a time zone (local midnight, or the first existing time
 * when midnight is skipped).
 *
 * @param date - a date `YYYY-MM-DD`
 * @param timeZone - an IANA time zone
 * @returns the instant the day starts
 * @throws {@link PolicyInputError} when the date or the time zone is invalid
 * @example
 * startOfLocalDay('2026-03-02', 'Asia/Shanghai').toISOString()
 * //=> '2026-03-01T16:00:00.000Z'
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return zonedTime(date, 0, timeZone);
}

/**
 * The last millisecond of a local day in a time zone: the instant before the next day starts.
 * Correct on days of 23 or 25 hours.
 *
 * @param date - a date `YYYY-MM-DD`
 * @param timeZone - an IANA time zone
 * @returns the day's last instant
 * @throws {@link PolicyInputError} when the date or the time zone is invalid
 * @example
 * endOfLocalDay('2026-03-08', 'Asia/Shanghai').toISOString()
 * //=> '2026-03-08T15:59:59.999Z'
 */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  return new Date(startOfLocalDay(addDaysToDate(date, 1), timeZone).getTime() - 1);
}
