import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { safeParse } from 'zod/mini';
import {
  PolicyInputError,
  addBusinessDaysToDate,
  addDaysToDate,
  addMonthsToDate,
  businessDaysBetween,
  computeWindow,
  windowSpecSchema,
  endOfLocalDay,
  isBusinessDay,
  isLocalDate,
  isTimeZone,
  isWithinWindow,
  localDate,
  localDateTime,
  localMinutes,
  parseInstant,
  readInstant,
  resolveContext,
  safeComputeWindow,
  startOfLocalDay,
  toIsoString,
  zonedTime,
} from '../src/index.js';

describe('parseInstant', () => {
  it('reads ISO 8601 instants with an offset or Z', () => {
    expect(parseInstant('2026-03-01T10:00:00+08:00').toISOString()).toBe('2026-03-01T02:00:00.000Z');
    expect(parseInstant('2026-03-01T10:00Z').toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(parseInstant('2026-03-01T10:00:00.123456-0500').toISOString()).toBe('2026-03-01T15:00:00.123Z');
    expect(parseInstant(new Date('2026-03-01T00:00:00Z')).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(parseInstant('2026-11-24T09:30:00Z').getTime()).toBe(1795512600000);
  });

  it.each([
    ['2026-03-01T10:00:00', 'no offset'],
    ['2026-03-01', 'a date only'],
    ['2026-02-29T10:00:00Z', 'not a leap year'],
    ['2026-04-31T10:00:00Z', 'April has 30 days'],
    ['2026-03-01T24:00:00Z', 'hour 24'],
    ['2026-03-01T23:60:00Z', 'minute 60'],
    ['2026-03-01T23:59:60Z', 'a leap second'],
    ['2026-03-01 10:00:00Z', 'a space separator'],
    ['2026-03-01T10:00:00+19:00', 'an offset past 18 hours'],
    ['tomorrow', 'words'],
  ])('refuses %j (%s)', (value) => {
    expect(readInstant(value)).toBeUndefined();
    expect(() => parseInstant(value, ['order', 'placedAt'])).toThrow(PolicyInputError);
  });

  it('accepts 29 February in a leap year and refuses an invalid Date', () => {
    expect(readInstant('2028-02-29T00:00:00Z')).toBeDefined();
    expect(readInstant(new Date(Number.NaN))).toBeUndefined();
  });

  it('names the path of the bad value', () => {
    try {
      parseInstant('2026-03-01', ['order', 'placedAt']);
      expect.unreachable();
    } catch (error) {
      expect((error as PolicyInputError).issues[0]?.path).toEqual(['order', 'placedAt']);
    }
  });

  it('writes instants in UTC', () => {
    expect(toIsoString('2026-03-01T10:00:00+08:00')).toBe('2026-03-01T02:00:00.000Z');
  });
});

describe('local days in a time zone', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(() => localDate('2026-03-01T00:00:00Z', 'Mars/Olympus')).toThrow(PolicyInputError);
  });

  it('gives the local date and time of an instant', () => {
    expect(localDate('2026-03-01T15:59:59Z', 'Asia/Shanghai')).toBe('2026-03-01');
    expect(localDate('2026-03-01T16:00:00Z', 'Asia/Shanghai')).toBe('2026-03-02');
    expect(localMinutes('2026-03-02T01:16:00Z', 'Asia/Shanghai')).toBe(9 * 60 + 16);
  });

  it('checks calendar dates, month ends and leap years included', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(addDaysToDate('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDaysToDate('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDaysToDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysToDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToDate('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('ends a 23-hour DST day and a 25-hour DST day at their real last instant (America/New_York)', () => {
    // 2026-03-08: clocks go forward at 02:00 EST → 03:00 EDT.
    const springStart = startOfLocalDay('2026-03-08', 'America/New_York');
    const springEnd = endOfLocalDay('2026-03-08', 'America/New_York');
    expect(springStart.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(springEnd.toISOString()).toBe('2026-03-09T03:59:59.999Z');
    expect(springEnd.getTime() + 1 - springStart.getTime()).toBe(23 * 3_600_000);
    // 2026-11-01: clocks go back at 02:00 EDT → 01:00 EST.
    const fallStart = startOfLocalDay('2026-11-01', 'America/New_York');
    const fallEnd = endOfLocalDay('2026-11-01', 'America/New_York');
    expect(fallEnd.getTime() + 1 - fallStart.getTime()).toBe(25 * 3_600_000);
  });

  it('moves a wall-clock time in the skipped hour forward, as the clocks do', () => {
    expect(zonedTime('2026-03-08', 2 * 60 + 30, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(zonedTime('2026-03-08', 9 * 60, 'America/New_York').toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(zonedTime('2026-03-07', 9 * 60, 'America/New_York').toISOString()).toBe('2026-03-07T14:00:00.000Z');
  });
});

describe('business calendar', () => {
  // A China-style calendar: National Day holidays with a make-up working Sunday before them.
  const calendar = {
    holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
    workdays: ['2026-09-27', '2026-10-10'],
  } as const;

  it('skips weekends and holidays and counts make-up working days', () => {
    expect(isBusinessDay('2026-11-24')).toBe(true);
    expect(isBusinessDay('2026-11-28')).toBe(false);
    expect(isBusinessDay('2026-10-01', calendar)).toBe(false);
    expect(isBusinessDay('2026-09-27', calendar)).toBe(true);
    expect(isBusinessDay('2026-10-10', calendar)).toBe(true);
  });

  it('adds business days across a weekend and a holiday week', () => {
    expect(addBusinessDaysToDate('2026-11-27', 1)).toBe('2026-11-30');
    expect(addBusinessDaysToDate('2026-11-30', -1)).toBe('2026-11-27');
    expect(addBusinessDaysToDate('2026-09-30', 1, calendar)).toBe('2026-10-08');
    expect(addBusinessDaysToDate('2026-09-25', 1, calendar)).toBe('2026-09-27');
    expect(businessDaysBetween('2026-11-20', '2026-11-27')).toBe(5);
    expect(businessDaysBetween('2026-11-27', '2026-11-20')).toBe(0);
  });

  it('accepts another weekend, and refuses a calendar with no working day', () => {
    expect(isBusinessDay('2026-11-28', { weekend: [7] })).toBe(true);
    expect(() => isBusinessDay('2026-11-28', { weekend: [1, 2, 3, 4, 5, 6, 7] })).toThrow(PolicyInputError);
    expect(() => isBusinessDay('2026-11-28', { holidays: ['2026-02-30'] })).toThrow(PolicyInputError);
  });
});

describe('computeWindow', () => {
  const shanghai = { timeZone: 'Asia/Shanghai' };

  it('RET-7: 7 days from the day after signing, ending at the end of the 7th day', () => {
    const window = computeWindow('2026-03-01T15:00:00+08:00', { length: 7, unit: 'calendar_days' }, shanghai);
    expect(window).toEqual({ start: '2026-03-01T07:00:00.000Z', end: '2026-03-08T15:59:59.999Z' });
    // Boundary on both sides: the last millisecond of 8 March is inside, the first of 9 March is not.
    expect(isWithinWindow('2026-03-08T23:59:59.999+08:00', window)).toBe(true);
    expect(isWithinWindow('2026-03-09T00:00:00.000+08:00', window)).toBe(false);
  });

  it('counts from the same day when the policy says so, and across a month end', () => {
    const window = computeWindow('2026-01-28T09:00:00+08:00', { length: 7, unit: 'calendar_days', countFrom: 'same_day' }, shanghai);
    expect(window.end).toBe(new Date(new TZDate(2026, 1, 3, 23, 59, 59, 999, 'Asia/Shanghai').getTime()).toISOString());
    const feb = computeWindow('2028-02-25T09:00:00+08:00', { length: 7, unit: 'calendar_days' }, shanghai);
    expect(localDate(feb.end ?? '', 'Asia/Shanghai')).toBe('2028-03-03');
  });

  it('keeps the wall-clock time across a DST change when the window does not end at end of day', () => {
    const window = computeWindow('2026-03-07T10:00:00-05:00', { length: 1, unit: 'calendar_days', endOfDay: false }, { timeZone: 'America/New_York' });
    expect(window.end).toBe('2026-03-08T14:00:00.000Z');
  });

  it('counts hours as elapsed time, even across a DST change', () => {
    const window = computeWindow('2026-03-07T12:00:00-05:00', { length: 48, unit: 'hours' }, { timeZone: 'America/New_York' });
    expect(window.end).toBe('2026-03-09T17:00:00.000Z');
    expect(computeWindow('2026-03-01T10:00:00Z', { length: 30, unit: 'minutes' }, shanghai).end).toBe('2026-03-01T10:30:00.000Z');
  });

  it('ends at the end of the n-th business day after the start', () => {
    const window = computeWindow('2026-11-27T16:00:00+08:00', { length: 2, unit: 'business_days' }, shanghai);
    expect(localDate(window.end ?? '', 'Asia/Shanghai')).toBe('2026-12-01');
    const sameDay = computeWindow('2026-11-27T09:00:00+08:00', { length: 1, unit: 'business_days', countFrom: 'same_day' }, shanghai);
    expect(localDate(sameDay.end ?? '', 'Asia/Shanghai')).toBe('2026-11-27');
  });

  it('has no end when the length is null or -1', () => {
    expect(computeWindow('2026-03-01T00:00:00Z', { length: null, unit: 'calendar_days' }, shanghai).end).toBeNull();
    expect(computeWindow('2026-03-01T00:00:00Z', { length: -1, unit: 'calendar_days' }, shanghai).end).toBeNull();
    expect(isWithinWindow('2099-01-01T00:00:00Z', { start: '2026-03-01T00:00:00.000Z', end: null })).toBe(true);
  });

  it('lists every problem of a bad call', () => {
    const result = safeComputeWindow('yesterday', { length: 1.5, unit: 'calendar_days' }, { timeZone: 'Nowhere' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['start', 'spec.length', 'options.timeZone']);
    }
    expect(() => computeWindow('2026-03-01T00:00:00Z', { length: 1, unit: 'weeks' as never }, shanghai)).toThrow(PolicyInputError);
  });
});

describe('resolveContext', () => {
  const defaults = { timeZone: 'Asia/Shanghai', locale: 'zh-CN' } as const;

  it('fills what the host left out from the policy and the clock', () => {
    const clock = () => new Date('2026-11-24T00:00:00Z');
    expect(resolveContext(undefined, defaults, clock)).toEqual({ now: new Date('2026-11-24T00:00:00Z'), timeZone: 'Asia/Shanghai', locale: 'zh-CN' });
    expect(resolveContext({ locale: 'en-US', now: '2026-03-09T10:00:00+08:00' }, defaults, clock)).toEqual({
      now: new Date('2026-03-09T02:00:00Z'),
      timeZone: 'Asia/Shanghai',
      locale: 'en-US',
    });
  });

  it('refuses an unknown key, a zone-less now, an unknown zone and locale, all at once', () => {
    try {
      resolveContext({ now: '2026-03-09T10:00:00', timeZone: 'Nowhere', locale: 'fr-FR', timezone: 'UTC' } as never, defaults);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyInputError);
      const paths = (error as PolicyInputError).issues.map((issue) => issue.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['context.now', 'context.timeZone', 'context.locale']));
      expect(paths.some((path) => path.startsWith('context'))).toBe(true);
      expect((error as PolicyInputError).issues.length).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('windows across DST and month ends', () => {
  const newYork = { timeZone: 'America/New_York' };

  it('RET-7 in New York: a 7-day window across the spring DST change ends at local midnight', () => {
    const window = computeWindow('2026-03-05T12:00:00-05:00', { length: 7, unit: 'calendar_days' }, newYork);
    // Ends at the end of 12 March, which is in EDT (UTC−4).
    expect(window.end).toBe('2026-03-13T03:59:59.999Z');
    expect(isWithinWindow('2026-03-12T23:59:59-04:00', window)).toBe(true);
    expect(isWithinWindow('2026-03-13T00:00:00-04:00', window)).toBe(false);
  });

  it('a window across the autumn DST change keeps the local day', () => {
    const window = computeWindow('2026-10-29T12:00:00-04:00', { length: 7, unit: 'calendar_days' }, newYork);
    expect(window.end).toBe('2026-11-06T04:59:59.999Z');
  });

  it('counts calendar months, falling back to the last day of a shorter month', () => {
    const shanghai = { timeZone: 'Asia/Shanghai' };
    const end = (start: string, length: number, countFrom?: 'same_day' | 'next_day') =>
      localDate(computeWindow(start, { length, unit: 'calendar_months', ...(countFrom ? { countFrom } : {}) }, shanghai).end ?? '', 'Asia/Shanghai');
    expect(end('2026-01-15T10:00:00+08:00', 1)).toBe('2026-02-15');
    expect(end('2026-01-15T10:00:00+08:00', 1, 'same_day')).toBe('2026-02-14');
    expect(end('2026-01-31T10:00:00+08:00', 1)).toBe('2026-02-28');
    expect(end('2028-01-31T10:00:00+08:00', 1)).toBe('2028-02-29');
    expect(end('2026-03-31T10:00:00+08:00', 1)).toBe('2026-04-30');
    expect(end('2026-11-30T10:00:00+08:00', 3)).toBe('2027-02-28');
    expect(end('2026-03-01T10:00:00+08:00', 12)).toBe('2027-03-01');
  });

  it('a wall-clock window that starts late on a 25-hour day stays valid', () => {
    const window = computeWindow('2026-11-01T23:30:00-05:00', { length: 1, unit: 'calendar_days', endOfDay: false }, newYork);
    expect(window.end).toBe('2026-11-03T04:30:00.000Z');
    const months = computeWindow('2026-11-01T23:30:00-05:00', { length: 1, unit: 'calendar_months', endOfDay: false }, newYork);
    expect(months.end).toBe('2026-12-02T04:30:00.000Z');
  });
});

describe('addMonthsToDate', () => {
  it('clamps to the month end and handles leap years', () => {
    expect(addMonthsToDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDate('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsToDate('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonthsToDate('2026-03-31', -1)).toBe('2026-02-28');
    expect(() => addMonthsToDate('2026-02-30', 1)).toThrow(PolicyInputError);
  });
});

describe('windowSpecSchema', () => {
  it('accepts what computeWindow accepts and refuses the rest', () => {
    const ok = (value: unknown) => safeParse(windowSpecSchema, value).success;
    expect(ok({ length: 7, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true })).toBe(true);
    expect(ok({ length: null, unit: 'calendar_days' })).toBe(true);
    expect(ok({ length: -1, unit: 'business_days' })).toBe(true);
    expect(ok({ length: 0.5, unit: 'hours' })).toBe(true);
    expect(ok({ length: 1.5, unit: 'calendar_days' })).toBe(false);
    expect(ok({ length: -2, unit: 'hours' })).toBe(false);
    expect(ok({ length: 7, unit: 'weeks' })).toBe(false);
    expect(ok({ length: 7, unit: 'hours', extra: 1 })).toBe(false);
  });
});

describe('localDateTime', () => {
  it('writes an instant as the local date and time, seconds included, across DST', () => {
    expect(localDateTime('2026-03-08T15:59:59.999Z', 'Asia/Shanghai')).toBe('2026-03-08 23:59:59');
    expect(localDateTime('2026-03-08T06:59:59Z', 'America/New_York')).toBe('2026-03-08 01:59:59');
    expect(localDateTime('2026-03-08T07:00:00Z', 'America/New_York')).toBe('2026-03-08 03:00:00');
    expect(localDateTime(null, 'Asia/Shanghai')).toBeNull();
    expect(() => localDateTime('2026-03-08', 'Asia/Shanghai')).toThrow(PolicyInputError);
  });
});

describe('local wall clock (property)', () => {
  const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
  const formatters = new Map(
    zones.map((zone) => [
      zone,
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
    ]),
  );
  test.prop([fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) })], { numRuns: 2000 })(
    'localDateTime agrees with Intl in zones with DST, half-hour and 45-minute offsets',
    (zone, ms) => {
      const parts = Object.fromEntries((formatters.get(zone)?.formatToParts(new Date(ms)) ?? []).map((part) => [part.type, part.value]));
      const expected = `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''} ${parts.hour ?? ''}:${parts.minute ?? ''}:${parts.second ?? ''}`;
      expect(localDateTime(new Date(ms), zone)).toBe(expected);
      expect(localDate(new Date(ms), zone)).toBe(expected.slice(0, 10));
    },
  );
});

describe('zonedTime (property)', () => {
  const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
  test.prop(
    [
      fc.constantFrom(...zones),
      fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
      fc.integer({ min: 0, max: 1440 }),
    ],
    { numRuns: 3000 },
  )('agrees with @date-fns/tz for every local time, DST gaps and overlaps included', (zone, date, minutes) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const expected = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, 0, 0, zone).getTime();
    expect(zonedTime(date, minutes, zone).getTime()).toBe(expected);
  });

  it('agrees around the 2026 New York transitions minute by minute', () => {
    for (const date of ['2026-03-08', '2026-11-01']) {
      for (let minutes = 0; minutes <= 240; minutes += 1) {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const expected = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, 0, 0, 'America/New_York').getTime();
        expect(zonedTime(date, minutes, 'America/New_York').getTime(), `${date} +${String(minutes)}`).toBe(expected);
      }
    }
  });
});
