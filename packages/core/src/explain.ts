import { PolicyInputError } from './PolicyInputError.js';
import type { Locale } from './clauseIds.js';
import { locales, messageFor, renderMessage, type MessageCatalog, type MessageDefinition } from './messages.js';
import type { ReasonParams } from './reason.js';

function isReasonLike(value: object): value is { code: string; clause: string; message: string; params?: ReasonParams } {
  const record = value as Record<string, unknown>;
  return typeof record.code === 'string' && typeof record.clause === 'string' && typeof record.message === 'string';
}

/**
 * Re-renders every reason of a decision in another locale: a decision stored in Chinese can be
 * shown in English and back. Reasons anywhere in the decision (nested per line, per day…) are
 * re-rendered; a code no loaded package declared keeps its message. The input is not changed.
 *
 * @param decision - a decision, e.g. as read back from a database
 * @param locale - `'zh-CN'` or `'en-US'`
 * @param catalogs - extra catalogs to look codes up in, before the registered ones
 * @returns a copy of the decision with messages in `locale`
 * @throws {@link PolicyInputError} when the locale is not supported
 * @example
 * explain({ reasons: [{ code: 'LATE_ARRIVAL', clause: 'PAY-4', message: '迟到 16 分钟', params: { minutes: 16 } }] }, 'en-US')
 * //=> { reasons: [{ code: 'LATE_ARRIVAL', clause: 'PAY-4', message: 'Late by 16 minutes', params: { minutes: 16 } }] }
 */
export function explain<T>(decision: T, locale: Locale, catalogs: readonly MessageCatalog[] = []): T {
  if (!(locales as readonly string[]).includes(locale)) {
    throw new PolicyInputError([
      { path: ['locale'], message: `Unsupported locale ${JSON.stringify(locale)}: expected one of ${locales.join(', ')}`, code: 'invalid_locale' },
    ]);
  }
  const lookup = (code: string): MessageDefinition | undefined => {
    for (const catalog of catalogs) {
      if (Object.hasOwn(catalog, code)) return catalog[code];
    }
    return messageFor(code);
  };
  const seen = new WeakMap<object, unknown>();
  const visit = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const done = seen.get(value);
    if (done !== undefined) return done;
    if (Array.isArray(value)) {
      const copy: unknown[] = [];
      seen.set(value, copy);
      for (const item of value) copy.push(visit(item));
      return copy;
    }
    if (value instanceof Date) return value;
    const copy: Record<string, unknown> = {};
    seen.set(value, copy);
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(copy, key, { value: visit(item), enumerable: true, writable: true, configurable: true });
    }
    if (isReasonLike(value)) {
      const definition = lookup(value.code);
      if (definition !== undefined) copy.message = renderMessage(definition[locale], value.params, locale);
    }
    return copy;
  };
  return visit(decision) as T;
}
