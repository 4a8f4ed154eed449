import { PolicyInputError } from './PolicyInputError.js';
import type { ClauseId, Locale } from './clauseIds.js';
import { isMoney, formatMoney } from './money.js';
import type { Reason, ReasonParam, ReasonParams } from './reason.js';

/** The locales zhidu writes every message in. */
export const locales = ['zh-CN', 'en-US'] as const satisfies readonly Locale[];

/**
 * One message of a catalog: the clause it applies and a template per locale. Templates name
 * their parameters in braces: `'Returned {days} days after delivery, over the {limit}-day window'`.
 */
export interface MessageDefinition {
  /** The catalog clause the message's reason applies. */
  readonly clause: ClauseId;
  /** The template in simplified Chinese. */
  readonly 'zh-CN': string;
  /** The template in US English. */
  readonly 'en-US': string;
}

/** A package's messages, keyed by reason code. */
export type MessageCatalog = Readonly<Record<string, MessageDefinition>>;

const registryKey = Symbol.for('@zhidu/core/messages');

function registry(): Map<string, MessageDefinition> {
  const holder = globalThis as unknown as Record<symbol, Map<string, MessageDefinition> | undefined>;
  let map = holder[registryKey];
  if (map === undefined) {
    map = new Map();
    holder[registryKey] = map;
  }
  return map;
}

const codePattern = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/u;
const placeholder = /\{([A-Za-z_][A-Za-z0-9_]*)\}/gu;
const compiled = new Map<string, string[]>();

/**
 * The parameter names a template uses, sorted.
 *
 * @param template - a message template
 * @returns the names in braces
 * @example
 * templateParams('Late by {minutes} min, over {limit}')
 * //=> ['limit', 'minutes']
 */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(placeholder)].map((match) => match[1] ?? ''))].sort();
}

/**
 * Declares a package's messages: one entry per reason code, each with its clause and a template
 * in zh-CN and en-US. Codes must be `SCREAMING_SNAKE_CASE`, and both locales must use the same
 * parameters. The messages are registered so {@link explain} can re-render a stored decision in
 * another locale.
 *
 * @param catalog - the messages, keyed by reason code
 * @returns the same catalog, typed by its codes
 * @throws {@link PolicyInputError} when a code is malformed, the locales disagree on parameters,
 *   or a code is already registered with another text
 * @example
 * const messages = defineMessages({
 *   LATE_ARRIVAL: { clause: 'PAY-4', 'zh-CN': '迟到 {minutes} 分钟', 'en-US': 'Late by {minutes} minutes' },
 * });
 * createReason(messages, 'LATE_ARRIVAL', { minutes: 16 }, 'en-US').message
 * //=> 'Late by 16 minutes'
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMessages<const C extends MessageCatalog>(catalog: C): C {
  const issues: { path: string[]; message: string; code: string }[] = [];
  const known = registry();
  for (const [code, definition] of Object.entries(catalog)) {
    if (!codePattern.test(code)) issues.push({ path: [code], message: 'A reason code must be SCREAMING_SNAKE_CASE', code: 'invalid_code' });
    const zh = templateParams(definition['zh-CN']).join(',');
    const en = templateParams(definition['en-US']).join(',');
    if (zh !== en) issues.push({ path: [code], message: `zh-CN uses {${zh}} but en-US uses {${en}}`, code: 'params_mismatch' });
    const existing = known.get(code);
    if (
      existing !== undefined &&
      (existing.clause !== definition.clause || existing['zh-CN'] !== definition['zh-CN'] || existing['en-US'] !== definition['en-US'])
    ) {
      issues.push({ path: [code], message: 'This code is already registered with another message', code: 'duplicate_code' });
    }
  }
  if (issues.length > 0) throw new PolicyInputError(issues);
  for (const [code, definition] of Object.entries(catalog)) known.set(code, Object.freeze({ ...definition }));
  return Object.freeze(catalog);
}

/**
 * The registered message of a reason code, if any package declared it.
 *
 * @param code - a reason code
 * @returns the message definition, or `undefined`
 * @example
 * messageFor('LATE_ARRIVAL')?.clause
 * //=> 'PAY-4'
 */
export function messageFor(code: string): MessageDefinition | undefined {
  return registry().get(code);
}

function formatParam(value: ReasonParam | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return '—';
  if (isMoney(value)) return formatMoney(value, locale);
  if (Array.isArray(value)) return value.map(String).join(locale === 'zh-CN' ? '、' : ', ');
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  return String(value);
}

/**
 * Fills a template's parameters for a locale: money is written with its currency symbol, lists
 * are joined, and a parameter that is missing is left as `{name}`.
 *
 * @param template - a message template
 * @param params - the values by name
 * @param locale - the locale to format numbers and money in
 * @returns the message
 * @example
 * renderMessage('退款 {refund}', { refund: { amount: '59.00', currency: 'CNY' } }, 'zh-CN')
 * //=> '退款 ¥59.00'
 */
export function renderMessage(template: string, params: ReasonParams | undefined, locale: Locale): string {
  let parts = compiled.get(template);
  if (parts === undefined) {
    // Split once into text and parameter names; rendering is then a join, not a regular expression.
    parts = template.split(/\{([A-Za-z_][A-Za-z0-9_]*)\}/u);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(template, parts);
  }
  if (parts.length === 1) return template;
  let out = parts[0] ?? '';
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] ?? '';
    out += (formatParam(params?.[name], locale) ?? `{${name}}`) + (parts[index + 1] ?? '');
  }
  return out;
}

/**
 * Makes a reason from a catalog entry: its code, its clause, the message in the locale, and the
 * params (left out when there are none).
 *
 * @param catalog - the package's messages
 * @param code - the reason code, a key of the catalog
 * @param params - the numbers and values the rule used
 * @param locale - the message's locale
 * @returns the reason
 * @example
 * createReason(messages, 'LATE_ARRIVAL', { minutes: 16 }, 'zh-CN')
 * //=> { code: 'LATE_ARRIVAL', clause: 'PAY-4', message: '迟到 16 分钟', params: { minutes: 16 } }
 */
export function createReason<C extends MessageCatalog>(
  catalog: C,
  code: keyof C & string,
  params: ReasonParams | undefined,
  locale: Locale,
): Reason {
  const definition: MessageDefinition | undefined = catalog[code];
  if (definition === undefined) {
    throw new PolicyInputError([{ path: ['code'], message: `No message is declared for the code ${JSON.stringify(code)}`, code: 'unknown_code' }]);
  }
  const message = renderMessage(definition[locale], params, locale);
  return params === undefined || !hasOwnKeys(params) ? { code, clause: definition.clause, message } : { code, clause: definition.clause, message, params };
}

/** `Object.keys(value).length > 0` without building the list. */
function hasOwnKeys(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}
