import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDaysToDate, computeWindow, createWindowCalculator, endOfLocalDay, localDate, PolicyInputError, type WindowSpec } from '../src/index.js';

// Calendar-day windows counted on day numbers (and the day starts remembered), and the calculator
// that checks a spec once: checked against the local-date helpers and computeWindow.

describe('createWindowCalculator and computeWindow (day numbers)', () => {
  const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'America/Santiago', 'UTC'];
  // Business days are counted one by one (100,000 of them take a while): at most 60 here.
  const spec: fc.Arbitrary<WindowSpec> = fc
    .record(
      {
        length: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constantFrom(null, -1, 100_000)),
        unit: fc.constantFrom('calendar_days', 'calendar_days', 'business_days', 'calendar_months', 'hours', 'minutes'),
        countFrom: fc.constantFrom('same_day', 'next_day', undefined),
        endOfDay: fc.constantFrom(true, false, undefined),
      },
      { requiredKeys: ['length', 'unit'] },
    )
    .map((value) => (value.unit === 'business_days' && value.length !== null && value.length > 60 ? { ...value, length: value.length % 61 } : value));
  const start = fc.oneof(
    fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
    fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
    fc.constantFrom(Date.UTC(2026, 2, 8, 6, 59, 59, 999), Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 5, 30), Date.UTC(1000, 0, 1), Date.UTC(9000, 0, 1) - 1, Date.UTC(9000, 0, 1)),
  );
  const outcome = <T>(compute: () => T): { value: T } | { error: unknown } => {
    try {
      return { value: compute() };
    } catch (error) {
      return { error: error instanceof PolicyInputError ? error.issues : String(error) };
    }
  };

  test.prop([fc.constantFrom(...zones), start, fc.integer({ min: 0, max: 400 }), fc.boolean()], { numRuns: 3000 })(
    'a calendar-day window ends where the local-date helpers say it ends',
    (timeZone, ms, length, nextDay) => {
      const expected = outcome(() => endOfLocalDay(addDaysToDate(localDate(new Date(ms), timeZone), nextDay ? length : Math.max(length - 1, 0)), timeZone).toISOString());
      const spec: WindowSpec = { length, unit: 'calendar_days', countFrom: nextDay ? 'next_day' : 'same_day' };
      expect(outcome(() => computeWindow(new Date(ms), spec, { timeZone }).end)).toEqual(expected);
      expect(outcome(() => createWindowCalculator(spec, { timeZone }).compute(new Date(ms)).end)).toEqual(expected);
    },
  );

  test.prop([fc.constantFrom(...zones), start, spec], { numRuns: 1500 })('the calculator gives what computeWindow gives, errors included', (timeZone, ms, windowSpec) => {
    const options = { timeZone, calendar: { holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-09-27'] } };
    const expected = outcome(() => computeWindow(new Date(ms), windowSpec, options));
    const calculator = createWindowCalculator(windowSpec, options);
    expect(outcome(() => calculator.compute(new Date(ms)))).toEqual(expected);
    const end = outcome(() => calculator.endTime(ms));
    if ('value' in expected) expect(end).toEqual({ value: expected.value.end === null ? null : Date.parse(expected.value.end) });
    else expect(end).toEqual(expected);
  });

  it('checks the spec and the time zone once, with the issues computeWindow gives', () => {
    const bad = { length: 1.5, unit: 'calendar_days' } as const;
    const expected = outcome(() => computeWindow('2026-03-01T10:00:00Z', bad, { timeZone: 'Mars/Base' }));
    expect(outcome(() => createWindowCalculator(bad, { timeZone: 'Mars/Base' }))).toEqual(expected);
    const calculator = createWindowCalculator({ length: 7, unit: 'calendar_days' }, { timeZone: 'Asia/Shanghai' });
    expect(() => calculator.compute('2026-03-01')).toThrow(PolicyInputError);
    expect(() => calculator.endTime(Number.NaN)).toThrow(PolicyInputError);
    expect(calculator.compute('2026-03-01T15:00:00+08:00')).toEqual({ start: '2026-03-01T07:00:00.000Z', end: '2026-03-08T15:59:59.999Z' });
    expect(calculator.endTime(Date.parse('2026-03-01T15:00:00+08:00'))).toBe(Date.parse('2026-03-08T15:59:59.999Z'));
  });

  it('keeps its own copy of the spec', () => {
    const spec = { length: 7, unit: 'calendar_days' as const };
    const calculator = createWindowCalculator(spec, { timeZone: 'Asia/Shanghai' });
    spec.length = 30;
    expect(calculator.compute('2026-03-01T15:00:00+08:00').end).toBe('2026-03-08T15:59:59.999Z');
    expect(Object.isFrozen(calculator.spec)).toBe(true);
  });
});
