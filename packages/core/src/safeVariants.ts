import { allocate } from './allocate.js';
import { computeWindow } from './computeWindow.js';
import { resolveContext } from './context.js';
import { explain } from './explain.js';
import { parseInstant } from './instant.js';
import { money, roundMoney, toMoney } from './money.js';
import {
  addMoney,
  compareMoney,
  multiplyMoney,
  subtractMoney,
  sumMoney,
} from './moneyArithmetic.js';
import { toSafe, type Result } from './safe.js';
import type { Locale } from './clauseIds.js';
import type { MessageCatalog } from './messages.js';

/**
 * {@link money} that returns a result instead of throwing.
 * @example
 * safeMoney('1.005', 'CNY').ok
 * //=> false
 */
export const safeMoney = /* @__PURE__ */ toSafe(money);

/**
 * {@link toMoney} that returns a result instead of throwing.
 * @example
 * safeToMoney({ amount: '5', currency: 'USD' })
 * //=> { ok: true, value: { amount: '5.00', currency: 'USD' } }
 */
export const safeToMoney = /* @__PURE__ */ toSafe(toMoney);

/**
 * {@link roundMoney} that returns a result instead of throwing.
 * @example
 * safeRoundMoney('2.675', 'XYZ').ok
 * //=> false
 */
export const safeRoundMoney = /* @__PURE__ */ toSafe(roundMoney);

/**
 * {@link addMoney} that returns a result instead of throwing.
 * @example
 * safeAddMoney(money('1.00', 'CNY'), money('1.00', 'USD')).ok
 * //=> false
 */
export const safeAddMoney = /* @__PURE__ */ toSafe(addMoney);

/**
 * {@link subtractMoney} that returns a result instead of throwing.
 * @example
 * safeSubtractMoney(money('3.00', 'CNY'), money('1.00', 'CNY'))
 * //=> { ok: true, value: { amount: '2.00', currency: 'CNY' } }
 */
export const safeSubtractMoney = /* @__PURE__ */ toSafe(subtractMoney);

/**
 * {@link multiplyMoney} that returns a result instead of throwing.
 * @example
 * safeMultiplyMoney(money('3.00', 'CNY'), 'abc').ok
 * //=> false
 */
export const safeMultiplyMoney = /* @__PURE__ */ toSafe(multiplyMoney);

/**
 * {@link compareMoney} that returns a result instead of throwing.
 * @example
 * safeCompareMoney(money('1.00', 'CNY'), money('1.00', 'USD')).ok
 * //=> false
 */
export const safeCompareMoney = /* @__PURE__ */ toSafe(compareMoney);

/**
 * {@link sumMoney} that returns a result instead of throwing.
 * @example
 * safeSumMoney([money('1.00', 'USD')], 'CNY').ok
 * //=> false
 */
export const safeSumMoney = /* @__PURE__ */ toSafe(sumMoney);

/**
 * {@link allocate} that returns a result instead of throwing.
 * @example
 * safeAllocate(money('10.00', 'CNY'), [0, 0]).ok
 * //=> false
 */
export const safeAllocate = /* @__PURE__ */ toSafe(allocate);

/**
 * {@link parseInstant} that returns a result instead of throwing.
 * @example
 * safeParseInstant('2026-03-01 10:00').ok
 * //=> false
 */
export const safeParseInstant = /* @__PURE__ */ toSafe(parseInstant);

/**
 * {@link computeWindow} that returns a result instead of throwing.
 * @example
 * safeComputeWindow('2026-03-01T10:00:00Z', { length: 7, unit: 'calendar_days' }, { timeZone: 'Mars/Olympus' }).ok
 * //=> false
 */
export const safeComputeWindow = /* @__PURE__ */ toSafe(computeWindow);

/**
 * {@link resolveContext} that returns a result instead of throwing.
 * @example
 * safeResolveContext({ timeZone: 'Nowhere' }, { timeZone: 'Asia/Shanghai', locale: 'zh-CN' }).ok
 * //=> false
 */
export const safeResolveContext = /* @__PURE__ */ toSafe(resolveContext);

/**
 * {@link explain} that returns a result instead of throwing.
 *
 * @param decision - a decision
 * @param locale - `'zh-CN'` or `'en-US'`
 * @param catalogs - extra catalogs to look codes up in
 * @returns the re-rendered decision, or the input error
 * @example
 * safeExplain({ reasons: [] }, 'fr-FR' as 'en-US').ok
 * //=> false
 */
export function safeExplain<T>(decision: T, locale: Locale, catalogs?: readonly MessageCatalog[]): Result<T> {
  return toSafe(explain<T>)(decision, locale, catalogs);
}
