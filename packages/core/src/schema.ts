import * as z from 'zod/mini';
import { isCurrency } from './currencies.js';
import { isDecimalText, readDecimal } from './decimal.js';
import { instantTime } from './instant.js';
import { currencyMinorUnit } from './currencies.js';
import { locales } from './messages.js';
import { roundingModes } from './rounding.js';
import { isLocalDate, isTimeZone } from './timeZone.js';

/** An ISO 4217 currency code zhidu knows (`'CNY'`, `'USD'` …). */
export const currencySchema = z.string().check(
  z.refine((value) => isCurrency(value), { message: 'Expected an ISO 4217 currency code such as "CNY" or "USD"' }),
);

/** One of the locales zhidu writes messages in: `'zh-CN'` or `'en-US'`. */
export const localeSchema = z.enum(locales);

/** An IANA time zone the runtime knows (`'Asia/Shanghai'`). */
export const timeZoneSchema = z.string().check(
  z.refine((value) => isTimeZone(value), { message: 'Expected an IANA time zone such as "Asia/Shanghai"' }),
);

/** A rounding mode (`'half-up'`, `'half-even'` …). */
export const roundingModeSchema = z.enum(roundingModes);

/** A decimal amount: a plain decimal string (`'12.30'`) or a finite number. */
export const decimalSchema = z.union([
  z.string().check(
    z.maxLength(60),
    z.refine((value) => isDecimalText(value), { message: 'Expected a plain decimal string such as "12.30"' }),
  ),
  z.number().check(z.refine((value) => Number.isFinite(value), { message: 'Expected a finite number' })),
]);

/** A non-negative decimal amount. */
export const nonNegativeDecimalSchema = decimalSchema.check(
  // What `readDecimal(value)?.isNegative() !== true` says, without building a Decimal for every
  // amount: a decimal string is negative when it starts with '-' ('-0' included); a number below 0
  // only when readDecimal reads it (a number too large for an amount passes here, as it did).
  z.refine((value) => (typeof value === 'string' ? value.charCodeAt(0) !== 45 || !isDecimalText(value) : !(value < 0) || readDecimal(value) === undefined), {
    message: 'Expected zero or more',
  }),
);

/**
 * Money as a call accepts it: `{ amount, currency }` with no more decimals than the currency allows.
 */
export const moneySchema = z.strictObject({ amount: decimalSchema, currency: currencySchema }).check(
  z.superRefine((value, ctx) => {
    const scale = currencyMinorUnit(value.currency);
    const amount = readDecimal(value.amount);
    if (scale !== undefined && amount !== undefined && amount.decimalPlaces() > scale) {
      ctx.issues.push({
        code: 'custom',
        input: value.amount,
        path: ['amount'],
        message: `${amount.toString()} has ${String(amount.decimalPlaces())} decimal places; ${value.currency} allows ${String(scale)}`,
      });
    }
  }),
);

/** An instant: an ISO 8601 string with an offset or `Z`, or a valid Date. */
export const instantSchema = z.union([
  z.string().check(
    z.refine((value) => !Number.isNaN(instantTime(value)), {
      message: 'Expected an ISO 8601 instant with an offset or Z, e.g. "2026-03-01T10:00:00+08:00"',
    }),
  ),
  z.date().check(z.refine((value) => !Number.isNaN(value.getTime()), { message: 'Expected a valid Date' })),
]);

/** A calendar date `YYYY-MM-DD`. */
export const localDateSchema = z.string().check(
  z.refine((value) => isLocalDate(value), { message: 'Expected a date YYYY-MM-DD' }),
);

/** A business calendar: rest weekdays (ISO 1–7), holidays and make-up working days. */
export const businessCalendarSchema = z.strictObject({
  weekend: z.optional(z.array(z.int().check(z.minimum(1), z.maximum(7))).check(z.maxLength(6))),
  holidays: z.optional(z.array(localDateSchema)),
  workdays: z.optional(z.array(localDateSchema)),
});

/** The context of a call: the current time, the time zone and the locale (all optional). */
export const contextSchema = z.strictObject({
  now: z.optional(instantSchema),
  timeZone: z.optional(timeZoneSchema),
  locale: z.optional(localeSchema),
});

/** A store's settings every policy carries: its time zone, locale and currency. */
export const storeSettingsSchema = z.strictObject({
  timeZone: timeZoneSchema,
  locale: localeSchema,
  currency: currencySchema,
});

/**
 * A policy's time limit (see `WindowSpec`): a length in minutes, hours, calendar or business days
 * or calendar months, `null` or `-1` for no limit, counted from the start's day or the day after,
 * closing at the end of the last local day or at the start's wall-clock time.
 */
export const windowSpecSchema = z
  .strictObject({
    length: z.nullable(
      z.number().check(
        z.refine((value) => value === -1 || (Number.isFinite(value) && value >= 0 && value <= 100_000), {
          message: 'Expected a length from 0 to 100000, or null / -1 for no limit',
        }),
      ),
    ),
    unit: z.enum(['minutes', 'hours', 'calendar_days', 'business_days', 'calendar_months']),
    countFrom: z.optional(z.enum(['same_day', 'next_day'])),
    endOfDay: z.optional(z.boolean()),
  })
  .check(
    z.refine((spec) => spec.length === null || spec.unit === 'minutes' || spec.unit === 'hours' || Number.isInteger(spec.length), {
      message: 'Days and months are counted in whole numbers',
      path: ['length'],
    }),
  );
