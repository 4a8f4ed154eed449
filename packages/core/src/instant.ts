import { PolicyInputError } from './PolicyInputError.js';

/** An instant as zhidu accepts it: an ISO 8601 string with an offset or `Z`, or a valid Date. */
export type InstantInput = string | Date;

const isoInstant =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/u;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads an ISO 8601 instant strictly, or returns `undefined`. An offset (`+08:00`) or `Z` is
 * required: a wall-clock time without a zone is ambiguous. Impossible dates (`2026-02-30`) and
 * times (`24:00`, `23:60`) are refused.
 *
 * @param value - an ISO string or a Date
 * @returns the instant as a Date, or `undefined`
 * @example
 * readInstant('2026-03-01T10:00:00+08:00')?.toISOString()
 * //=> '2026-03-01T02:00:00.000Z'
 */
export function readInstant(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : new Date(value.getTime());
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const match = isoInstant.exec(value);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s = '00', frac = '', zone, sign, oh = '00', om = '00'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  if (Number(oh) > 18 || Number(om) > 59) return undefined;
  const ms = (frac + '000').slice(0, 3);
  const offset = zone === 'Z' ? 'Z' : `${sign ?? '+'}${oh}:${om}`;
  const time = Date.parse(`${y ?? ''}-${mo ?? ''}-${d ?? ''}T${h ?? ''}:${mi ?? ''}:${s}.${ms}${offset}`);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/**
 * Parses an instant for a call, throwing a {@link PolicyInputError} at `path` when it is not one.
 *
 * @param value - an ISO 8601 string with an offset or `Z`, or a Date
 * @param path - where the value sits in the caller's input
 * @returns the instant as a new Date
 * @throws {@link PolicyInputError} when the value is not a valid instant with an offset
 * @example
 * parseInstant('2026-11-24T09:30:00Z', ['order', 'placedAt']).getTime()
 * //=> 1795512600000
 */
export function parseInstant(value: unknown, path: readonly (string | number)[] = []): Date {
  const instant = readInstant(value);
  if (instant === undefined) {
    throw new PolicyInputError([
      {
        path: [...path],
        message: 'Expected an ISO 8601 instant with an offset or Z (e.g. "2026-03-01T10:00:00+08:00") or a valid Date',
        code: 'invalid_instant',
      },
    ]);
  }
  return instant;
}

/**
 * Writes an instant the way every zhidu output does: an ISO 8601 string in UTC.
 *
 * @param value - a Date or an ISO string
 * @returns e.g. `'2026-03-01T02:00:00.000Z'`
 * @throws {@link PolicyInputError} when the value is not a valid instant
 * @example
 * toIsoString('2026-03-01T10:00:00+08:00')
 * //=> '2026-03-01T02:00:00.000Z'
 */
export function toIsoString(value: InstantInput): string {
  return parseInstant(value).toISOString();
}
