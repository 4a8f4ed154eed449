import type { Locale } from './clauseIds.js';
import { parseInput } from './parseInput.js';
import { parseInstant, type InstantInput } from './instant.js';
import { contextSchema } from './schema.js';

/** The last, optional argument of every decision: when, where and in which language. */
export interface Context {
  /** The current instant; the system clock when omitted. */
  readonly now?: InstantInput;
  /** The IANA time zone to compute local days in; the policy's when omitted. */
  readonly timeZone?: string;
  /** The locale of the reasons' messages; the policy's when omitted. */
  readonly locale?: Locale;
}

/** A context with every field filled. */
export interface ResolvedContext {
  readonly now: Date;
  readonly timeZone: string;
  readonly locale: Locale;
}

/**
 * Fills a call's context from the policy's defaults and checks it: an unknown key, an instant
 * without an offset, an unknown time zone or locale are input errors.
 *
 * @param context - the context the host passed, or `undefined`
 * @param defaults - the policy's time zone and locale
 * @param clock - where `now` comes from when the context has none
 * @returns the complete context
 * @throws {@link PolicyInputError} at path `context` when the context is invalid
 * @example
 * resolveContext({ now: '2026-03-09T10:00:00+08:00' }, { timeZone: 'Asia/Shanghai', locale: 'zh-CN' })
 * //=> { now: Date('2026-03-09T02:00:00.000Z'), timeZone: 'Asia/Shanghai', locale: 'zh-CN' }
 */
export function resolveContext(
  context: Context | undefined,
  defaults: { readonly timeZone: string; readonly locale: Locale },
  clock: () => Date = () => new Date(),
): ResolvedContext {
  if (context === undefined) return { now: clock(), timeZone: defaults.timeZone, locale: defaults.locale };
  const parsed = parseInput(contextSchema, context, ['context']);
  return {
    now: parsed.now === undefined ? clock() : parseInstant(parsed.now, ['context', 'now']),
    timeZone: parsed.timeZone ?? defaults.timeZone,
    locale: parsed.locale ?? defaults.locale,
  };
}
