import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { decimalSchema, instantSchema, nonNegativeDecimalSchema, readDecimal, readInstant } from '../src/index.js';

// Instants read without a regular expression and the decimal refinements without a Decimal,
// checked against the plain definitions they replaced, kept here as the oracles.

/** readInstant as it was: a regular expression, then Date.parse of the rebuilt string. */
function oracleInstant(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/u.exec(value);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s = '00', frac = '', zone, sign, oh = '00', om = '00'] = match;
  const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > days) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59 || Number(oh) > 18 || Number(om) > 59) return undefined;
  const offset = zone === 'Z' ? 'Z' : `${sign ?? '+'}${oh}:${om}`;
  const time = Date.parse(`${y ?? ''}-${mo ?? ''}-${d ?? ''}T${h ?? ''}:${mi ?? ''}:${s}.${(frac + '000').slice(0, 3)}${offset}`);
  return Number.isNaN(time) ? undefined : time;
}

const digits = (length: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '9'), minLength: length, maxLength: length });
/** Instant-like strings: every part right or slightly wrong. */
const instantText = fc
  .record({
    year: fc.oneof(digits(4), fc.constantFrom('0000', '0004', '0100', '1900', '2000', '2024', '2026', '9999', '202', '20260')),
    month: fc.oneof(fc.integer({ min: 0, max: 13 }).map((m) => String(m).padStart(2, '0')), fc.constantFrom('1', '001')),
    day: fc.oneof(fc.integer({ min: 0, max: 32 }).map((d) => String(d).padStart(2, '0')), fc.constantFrom('1', '3l')),
    t: fc.constantFrom('T', 'T', 'T', 't', ' '),
    hour: fc.integer({ min: 0, max: 25 }).map((h) => String(h).padStart(2, '0')),
    minute: fc.integer({ min: 0, max: 61 }).map((m) => String(m).padStart(2, '0')),
    seconds: fc.option(fc.integer({ min: 0, max: 61 }).map((s) => `:${String(s).padStart(2, '0')}`), { nil: '' }),
    fraction: fc.option(fc.integer({ min: 0, max: 11 }).map((n) => `.${'123456789012'.slice(0, n)}`), { nil: '' }),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z', '', '+08:00', '-05:00', '+0530', '-00:00', '+18:59', '+19:00', '+08:60', '+8:00', '+08:0', '+08:000', 'Z '),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 20 }), fc.constantFrom(':', ''), fc.integer({ min: 0, max: 61 })).map(
        ([sign, h, colon, m]) => `${sign}${String(h).padStart(2, '0')}${colon}${String(m).padStart(2, '0')}`,
      ),
    ),
  })
  .map(({ year, month, day, t, hour, minute, seconds, fraction, zone }) => `${year}-${month}-${day}${t}${hour}:${minute}${seconds}${seconds === '' ? '' : fraction}${zone}`);

describe('readInstant (fast path)', () => {
  test.prop([fc.oneof(instantText, fc.string({ maxLength: 45 }), fc.date())], { numRuns: 5000 })('reads exactly what the regular expression and Date.parse read', (value) => {
    expect(readInstant(value)?.getTime()).toBe(oracleInstant(value));
  });

  it('refuses 0000-02-29 and reads the years 0000–0099 literally, as before', () => {
    expect(readInstant('0000-02-29T00:00:00Z')).toBeUndefined();
    expect(readInstant('0004-02-29T00:00:00Z')?.toISOString()).toBe('0004-02-29T00:00:00.000Z');
    expect(readInstant('0050-01-01T00:00:00+01:00')?.toISOString()).toBe('0049-12-31T23:00:00.000Z');
  });

  it('reads the same instant again after other instants (the last few are remembered)', () => {
    const values = ['2026-03-01T10:00:00+08:00', '2026-03-02T10:00:00+08:00', 'nope', '2026-03-03T10:00:00.5Z', '2026-03-04T10:00Z', '2026-03-05T10:00:00-0500'];
    for (let round = 0; round < 3; round += 1) for (const value of [...values].reverse()) expect(readInstant(value)?.getTime()).toBe(oracleInstant(value));
  });
});

describe('instantSchema and the decimal schemas (cheaper refinements)', () => {
  // The schemas as they were: every refinement through readInstant / readDecimal.
  const oracleInstantSchema = z.union([
    z.string().check(z.refine((value) => oracleInstant(value) !== undefined, { message: 'Expected an ISO 8601 instant with an offset or Z, e.g. "2026-03-01T10:00:00+08:00"' })),
    z.date().check(z.refine((value) => !Number.isNaN(value.getTime()), { message: 'Expected a valid Date' })),
  ]);
  const oracleDecimalSchema = z.union([
    z.string().check(z.maxLength(60), z.refine((value) => readDecimal(value) !== undefined, { message: 'Expected a plain decimal string such as "12.30"' })),
    z.number().check(z.refine((value) => Number.isFinite(value), { message: 'Expected a finite number' })),
  ]);
  const oracleNonNegativeSchema = oracleDecimalSchema.check(z.refine((value) => readDecimal(value)?.isNegative() !== true, { message: 'Expected zero or more' }));
  const outcome = (schema: z.ZodMiniType, value: unknown) => {
    const result = z.safeParse(schema, value);
    return result.success ? { data: result.data } : { issues: result.error.issues.map(({ code, path, message }) => ({ code, path, message })) };
  };
  const amount = fc.oneof(
    fc.constantFrom<unknown>('-0', '-0.00', '0', '+1', '-1', '1.', '.5', '-.5', '1e5', ' 1', '', '-', '--1', '1'.repeat(61), `-${'1'.repeat(59)}`, `-${'1'.repeat(60)}`),
    fc.constantFrom<unknown>(-0, -1, -1e70, 1e70, -1e-7, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, true, {}),
    fc.stringMatching(/^[+-]?\d{0,4}(\.\d{0,3})?$/u),
    fc.double(),
    fc.string({ maxLength: 8 }),
  );

  test.prop([amount], { numRuns: 3000 })('decimalSchema and nonNegativeDecimalSchema accept and refuse as before, with the same issues', (value) => {
    expect(outcome(decimalSchema, value)).toEqual(outcome(oracleDecimalSchema, value));
    expect(outcome(nonNegativeDecimalSchema, value)).toEqual(outcome(oracleNonNegativeSchema, value));
  });

  test.prop([fc.oneof(instantText, fc.string({ maxLength: 45 }), fc.date(), fc.constantFrom<unknown>(null, 1, new Date(Number.NaN)))], { numRuns: 3000 })(
    'instantSchema accepts and refuses as before, with the same issues',
    (value) => {
      expect(outcome(instantSchema, value)).toEqual(outcome(oracleInstantSchema, value));
    },
  );
});

