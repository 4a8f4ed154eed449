import {
  createReason,
  createWindowCalculator,
  Decimal,
  fromDecimal,
  isMoney,
  localDateTime,
  money,
  multiplyMoney,
  parseInput,
  PolicyInputError,
  readMoney,
  resolveContext,
  subtractMoney,
  toIsoString,
  currencyMinorUnit,
  parseInstant,
  type Context,
  type Locale,
  type Money,
  type Reason,
  type ReasonParams,
  type WindowCalculator,
  type WindowSpec,
} from '@zhidu/core';
import { returnMessages } from './messages.js';
import { fromMinorUnits, paidShare, toMinorUnits, writtenMinorUnits } from './paidShare.js';
import { checkPriceProtectionInput, type CheckedPriceProtection } from './parsePriceProtectionInput.js';
import { checkReturnInput, instantPaths, readReturnInput, type CheckedReturn } from './parseReturnInput.js';
import { returnPolicy } from './returnPolicy.js';
import { priceProtectionInputSchema } from './schema.js';
import type {
  Condition,
  ParsedPriceProtectionInput,
  ParsedReturnInput,
  PriceProtectionDecision,
  PriceProtectionInput,
  ReturnDecision,
  ReturnInput,
  ReturnPolicy,
  ReturnTag,
} from './types.js';

/** The returns rules compiled for one policy. */
export interface ReturnEvaluator {
  /** The validated policy. */
  readonly policy: ReturnPolicy;
  /** Decides a return request (see {@link evaluateReturn}); validates the input first. */
  evaluate(input: ReturnInput, context?: Context): ReturnDecision;
  /**
   * Decides a return request that {@link parseReturnInput} already validated: the same decision as
   * `evaluate` gives for the same input, without validating it again. For hosts that validate a
   * request once where it comes in and decide it later, many times, or under several policies.
   * The context is still checked.
   *
   * Only the request's line and currency are looked at again (an unknown line or currency still
   * throws); anything else that did not come from `parseReturnInput` is taken as it is, and a
   * value that would not have passed it may be decided wrongly.
   *
   * @example
   * const parsed = parseReturnInput(body); // at the boundary: throws PolicyInputError on bad input
   * returns.evaluateParsed(parsed, { locale: 'en-US' }).outcome
   * //=> 'approve'
   * @throws {@link @zhidu/core!PolicyInputError} when the context is invalid, or the line or currency is unknown
   */
  evaluateParsed(input: ParsedReturnInput, context?: Context): ReturnDecision;
  /** Decides a price-protection claim (see {@link evaluatePriceProtection}); validates the input first. */
  evaluatePriceProtection(input: PriceProtectionInput, context?: Context): PriceProtectionDecision;
  /**
   * Decides a price-protection claim that {@link parsePriceProtectionInput} already validated: the
   * same decision as `evaluatePriceProtection`, without validating the claim again (the context is
   * still checked; an unknown currency still throws).
   *
   * @example
   * returns.evaluatePriceProtectionParsed(parsePriceProtectionInput(claim)).eligible
   * //=> true
   * @throws {@link @zhidu/core!PolicyInputError} when the context is invalid or the currency is unknown
   */
  evaluatePriceProtectionParsed(input: ParsedPriceProtectionInput, context?: Context): PriceProtectionDecision;
}

type Code = keyof typeof returnMessages;

const conditionCodes = {
  opened: { reject: 'RETURN_OPENED_REJECTED', review: 'RETURN_OPENED_REVIEW', fee: 'RETURN_OPENED_RESTOCKING_FEE' },
  used: { reject: 'RETURN_USED_REJECTED', review: 'RETURN_USED_REVIEW', fee: 'RETURN_USED_RESTOCKING_FEE' },
  damaged: { reject: 'RETURN_DAMAGED_REJECTED', review: 'RETURN_DAMAGED_REVIEW', fee: 'RETURN_DAMAGED_RESTOCKING_FEE' },
} as const satisfies Readonly<Record<Exclude<Condition, 'intact'>, Readonly<Record<'reject' | 'review' | 'fee', Code>>>>;

const compiled = new WeakMap<ReturnPolicy, ReturnEvaluator>();

const zeros = new Map<string, Money>();
/** Zero in a currency (a frozen Money, made once per currency). */
function zeroIn(currency: string): Money {
  let zero = zeros.get(currency);
  if (zero === undefined) {
    zero = money(0, currency);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the cache of zero amounts is cleared changes no result, only how often a zero is made again
    if (zeros.size > 1_000) zeros.clear();
    zeros.set(currency, zero);
  }
  return zero;
}

/** A reason of the returns catalog in a locale. */
function reason(code: Code, params: ReasonParams | undefined, locale: Locale): Reason {
  return createReason(returnMessages, code, params, locale);
}

/** An amount already written as Money writes it (`'100.00'` in CNY), as Money without a Decimal round trip. */
// Stryker disable next-line BlockStatement: a shortcut; when it gives undefined, the caller writes the same amount from its minor units
function moneyOf(amount: string | number, currency: string): Money | undefined {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a shortcut; when it gives undefined, the caller writes the same amount from its minor units
  if (typeof amount !== 'string') return undefined;
  // Stryker disable next-line ObjectLiteral: a shortcut; when it gives undefined, the caller writes the same amount from its minor units
  const candidate = { amount, currency };
  return isMoney(candidate) ? Object.freeze(candidate) : undefined;
}

/** An instant (epoch ms) as a UTC ISO string; `null` (no limit) stays `null`. */
function isoText(time: number | null): string | null {
  return time === null ? null : toIsoString(new Date(time));
}

/** The first and last epoch milliseconds of the years 0000–9999, the instants an ISO string can name without an expanded year. */
const firstOfYear0 = -62_167_219_200_000;
const endOfYear9999 = 253_402_300_800_000;

/**
 * An instant (epoch ms) as the local date and time in a zone; `null` stays `null`. An instant
 * outside the years 0000–9999 (a window that ends past 9999) is refused as it always was, by reading
 * back its expanded-year ISO string.
 */
function localText(time: number | null, timeZone: string): string | null {
  if (time === null) return null;
  const instant = new Date(time);
  return localDateTime(time >= firstOfYear0 && time < endOfYear9999 ? instant : instant.toISOString(), timeZone);
}

/**
 * The end (epoch ms) of a window opened at `startTime`. A start outside the years 0000–9999 is
 * refused as it always was: the window was given the start's ISO string, whose expanded year is
 * not an instant zhidu reads.
 */
function endOf(window: WindowCalculator, startTime: number): number | null {
  if (startTime >= firstOfYear0 && startTime < endOfYear9999) return window.endTime(startTime);
  const { end } = window.compute(new Date(startTime).toISOString());
  // Stryker disable next-line ConditionalExpression,EqualityOperator: reached only for a start outside the years 0000–9999, which compute refuses before it returns an end
  return end === null ? null : Date.parse(end);
}

/** The policy's windows, compiled for one time zone. */
interface Windows {
  readonly noReason: WindowCalculator;
  readonly sellerReturn: WindowCalculator;
  readonly sellerExchange: WindowCalculator;
  readonly priceProtection: WindowCalculator;
}

/** The time zone and locale a call decides in: the policy's, unless the context says otherwise. */
function settings(context: Context | undefined, store: ReturnPolicy['store']): { readonly timeZone: string; readonly locale: Locale } {
  return context === undefined ? store : resolveContext(context, store);
}

/** A request that did not come through the checks: its line and currency looked up, its instants read. */
function readParsedReturn(input: ParsedReturnInput): CheckedReturn {
  const { order, request } = input;
  const lines = order.lines;
  let line: ParsedReturnInput['order']['lines'][number] | undefined;
  for (const candidate of lines) {
    if (candidate.id === request.lineId) {
      line = candidate;
      break;
    }
  }
  const scale = currencyMinorUnit(order.currency);
  if (line === undefined || scale === undefined) {
    throw new PolicyInputError([
      line === undefined
        ? { path: ['request', 'lineId'], message: `No line ${JSON.stringify(request.lineId)} in the order`, code: 'unknown_line' }
        : { path: ['order', 'currency'], message: `Unknown currency ${JSON.stringify(order.currency)}: expected an ISO 4217 code such as "CNY" or "USD"`, code: 'invalid_currency' },
    ]);
  }
  return {
    input,
    line,
    scale,
    paidMinor: undefined,
    startTime: order.deliveredAt == null ? parseInstant(order.placedAt, instantPaths.placedAt).getTime() : parseInstant(order.deliveredAt, instantPaths.deliveredAt).getTime(),
    requestedTime: parseInstant(request.requestedAt, instantPaths.requestedAt).getTime(),
  };
}

/** A claim that did not come through the checks: its prices read as money, its instants read. */
function readParsedPriceProtection(input: ParsedPriceProtectionInput): CheckedPriceProtection {
  return {
    input,
    paidUnit: readMoney(['paidUnitPrice'], input.paidUnitPrice, input.currency),
    currentUnit: readMoney(['currentUnitPrice'], input.currentUnitPrice, input.currency),
    purchasedTime: parseInstant(input.purchasedAt, ['purchasedAt']).getTime(),
    observedTime: parseInstant(input.observedAt, ['observedAt']).getTime(),
  };
}

/**
 * Compiles the returns rules for a policy: the policy is validated once (and its windows compiled
 * for its time zone), and the evaluator decides any number of requests without doing it again.
 *
 * @param policy - the returns policy
 * @returns the evaluator
 * @throws {@link @zhidu/core!PolicyConfigError} when the policy is invalid
 * @example
 * const returns = createReturnEvaluator(presets.douyinShop);
 * returns.evaluate({ order, request }, { locale: 'en-US' }).outcome
 * //=> 'approve'
 */
export function createReturnEvaluator(policy: ReturnPolicy): ReturnEvaluator {
  const valid = returnPolicy.check(policy);
  const existing = compiled.get(valid);
  if (existing !== undefined) return existing;
  const us = valid.law === 'us';

  const compileWindows = (timeZone: string): Windows => {
    const options = { timeZone, calendar: valid.calendar };
    const calculator = (spec: WindowSpec) => createWindowCalculator(spec, options);
    return {
      noReason: calculator(valid.noReason.window),
      sellerReturn: calculator(valid.sellerFault.returnWindow),
      sellerExchange: calculator(valid.sellerFault.exchangeWindow),
      priceProtection: calculator(valid.priceProtection.window),
    };
  };
  const storeWindows = compileWindows(valid.store.timeZone);
  const otherWindows = new Map<string, Windows>();
  /** The windows in a time zone: the store's compiled up front, others on first use. */
  const windowsIn = (timeZone: string): Windows => {
    if (timeZone === valid.store.timeZone) return storeWindows;
    let windows = otherWindows.get(timeZone);
    if (windows === undefined) {
      windows = compileWindows(timeZone);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: when the cache of other zones' windows is cleared changes no result, only how often they are compiled again
      if (otherWindows.size > 100) otherWindows.clear();
      otherWindows.set(timeZone, windows);
    }
    return windows;
  };
  const excludedTags: readonly ReturnTag[] = valid.noReason.excludedTags;
  const restockingFeeRate = new Decimal(valid.noReason.restockingFeeRate);

  // No closures are made per call (each would be an allocation, and a `__name` call where the
  // source runs through esbuild with keepNames): reasons go through `reason`, flags are locals.
  const decide = (checked: CheckedReturn, timeZone: string, locale: Locale): ReturnDecision => {
    const { input, line, scale } = checked;
    const { order, request } = input;
    const currency = order.currency;
    const windows = windowsIn(timeZone);
    const reasons: Reason[] = [];
    let rejected = false;
    let reviewed = false;
    const startTime = checked.startTime;
    const at = checked.requestedTime;
    const zero = zeroIn(currency);
    // Stryker disable next-line ArrayDeclaration: a line without tags has none to exclude, and a filler value is not a tag a policy can exclude
    const tags: readonly ReturnTag[] = line.tags ?? [];
    const sellerFault = request.reason !== 'no_reason';
    const condition = request.condition;
    let deadline: string | null = null;
    let feeRate: Decimal | null = null;

    // How many units are still returnable (RET-10).
    const already = request.alreadyReturned ?? 0;
    const returnable = Math.max(line.quantity - already, 0);
    if (request.quantity > returnable) {
      reasons.push(reason('RETURN_QUANTITY_EXCEEDS', { quantity: request.quantity, returnable, purchased: line.quantity, alreadyReturned: already }, locale));
      rejected = true;
    }

    if (!sellerFault) {
      // RET-7 (CN) / RET-9 (US): a return without a reason.
      if (!valid.noReason.enabled) {
        reasons.push(reason('RETURN_NO_REASON_DISABLED', undefined, locale));
        rejected = true;
      } else {
        const end = endOf(windows.noReason, startTime);
        deadline = isoText(end);
        const params = { start: isoText(startTime), startLocal: localText(startTime, timeZone), deadline, deadlineLocal: localText(end, timeZone) };
        if (end === null || at <= end) reasons.push(reason(us ? 'RETURN_US_WINDOW' : 'RETURN_WITHIN_NO_REASON_WINDOW', params, locale));
        else {
          reasons.push(reason(us ? 'RETURN_US_WINDOW_CLOSED' : 'RETURN_WINDOW_CLOSED', params, locale));
          rejected = true;
        }
        if (tags.length > 0) {
          const excluded = tags.filter((tag) => excludedTags.includes(tag) && (tag !== 'sealed_media' || condition !== 'intact'));
          if (excluded.length > 0) {
            reasons.push(reason(us ? 'RETURN_EXCLUDED_TAG_US' : 'RETURN_EXCLUDED_TAG', { tag: excluded }, locale));
            rejected = true;
          }
        }
        const rule = condition === 'intact' ? 'accept' : valid.noReason[condition];
        if (rule === 'accept') reasons.push(reason(us ? 'RETURN_CONDITION_ACCEPTED' : 'RETURN_GOODS_INTACT', undefined, locale));
        // Stryker disable next-line StringLiteral: only goods that are not intact get here (intact goods are always accepted), so the comparison is true with any text
        else if (condition !== 'intact') {
          const codes = conditionCodes[condition];
          if (rule === 'reject') {
            reasons.push(reason(us ? 'RETURN_CONDITION_NOT_ACCEPTED_US' : codes.reject, { condition }, locale));
            rejected = true;
          } else if (rule === 'review') {
            reasons.push(reason(codes.review, { condition }, locale));
            reviewed = true;
          } else feeRate = restockingFeeRate;
        }
        if (request.resolution === 'refund') {
          reasons.push(reason('RETURN_REFUND_WITHOUT_RETURN_REJECTED', undefined, locale));
          rejected = true;
        }
      }
    } else {
      // RET-8 (CN) / RET-9 (US): the goods were at fault.
      const returnEnd = endOf(windows.sellerReturn, startTime);
      const exchangeEnd = endOf(windows.sellerExchange, startTime);
      const wantsExchange = request.resolution === 'exchange';
      if (returnEnd === null || at <= returnEnd) {
        const end = wantsExchange ? exchangeEnd : returnEnd;
        deadline = isoText(end);
        reasons.push(reason(us ? 'RETURN_US_WINDOW' : 'RETURN_WITHIN_QUALITY_WINDOW', { deadline, deadlineLocal: localText(end, timeZone) }, locale));
      } else if (exchangeEnd === null || at <= exchangeEnd) {
        deadline = isoText(exchangeEnd);
        const params = { returnDeadline: isoText(returnEnd), returnDeadlineLocal: localText(returnEnd, timeZone), deadline, deadlineLocal: localText(exchangeEnd, timeZone) };
        reasons.push(reason('RETURN_EXCHANGE_ONLY', params, locale));
        if (!wantsExchange) rejected = true;
      } else {
        deadline = isoText(exchangeEnd);
        reasons.push(reason(us ? 'RETURN_US_WINDOW_CLOSED' : 'RETURN_QUALITY_WINDOW_CLOSED', { deadline, deadlineLocal: localText(exchangeEnd, timeZone) }, locale));
        rejected = true;
      }
      if (condition === 'used') {
        const rule = valid.sellerFault.usedItem;
        if (rule === 'review') {
          reasons.push(reason('RETURN_USED_DEFECT_REVIEW', undefined, locale));
          reviewed = true;
        } else if (rule === 'reject') {
          reasons.push(reason('RETURN_USED_DEFECT_REJECTED', undefined, locale));
          rejected = true;
        }
      }
      if (request.resolution === 'refund') {
        const rule = valid.sellerFault.refundWithoutReturn;
        if (rule === 'review') {
          reasons.push(reason('RETURN_REFUND_WITHOUT_RETURN_REVIEW', undefined, locale));
          reviewed = true;
        } else if (rule === 'reject') {
          reasons.push(reason('RETURN_REFUND_WITHOUT_RETURN_REJECTED', undefined, locale));
          rejected = true;
        }
      }
    }

    const resolution = request.resolution;
    if (rejected) {
      return { eligible: false, outcome: 'reject', resolution, returnShippingPaidBy: 'none', refund: zero, restockingFee: zero, deadline, reasons };
    }
    const outcome = reviewed ? 'review' : 'approve';

    const sendsBack = resolution !== 'refund';
    const returnShippingPaidBy = !sendsBack ? 'none' : sellerFault ? 'seller' : valid.noReason.returnShippingPaidBy;
    if (sendsBack) {
      if (returnShippingPaidBy === 'buyer') reasons.push(reason(us ? 'RETURN_BUYER_PAYS_SHIPPING_STORE_POLICY' : 'RETURN_BUYER_PAYS_SHIPPING', undefined, locale));
      else reasons.push(reason('RETURN_SELLER_PAYS_SHIPPING', undefined, locale));
      reasons.push(reason('RETURN_INSPECT_ON_RECEIPT', undefined, locale));
    }
    if (request.reason === 'quality_issue' || request.reason === 'not_as_described') reasons.push(reason('RETURN_QUALITY_FOLLOW_UP', undefined, locale));

    let refund: Money = zero;
    let restockingFee: Money = zero;
    if (resolution === 'exchange') reasons.push(reason(us ? 'RETURN_EXCHANGE_NO_REFUND_US' : 'RETURN_EXCHANGE_NO_REFUND', undefined, locale));
    else {
      const allUnits = already === 0 && request.quantity === line.quantity;
      const written = moneyOf(line.paid, currency);
      if (feeRate === null && allUnits && written !== undefined) {
        // Every unit of the line, no fee: the refund is what was paid, as it was written.
        refund = written;
        reasons.push(reason('RETURN_REFUND_PAID_SHARE', { refund, quantity: request.quantity, linePaid: written }, locale));
      } else {
        const minor =
          checked.paidMinor ??
          writtenMinorUnits(line.paid, currency) ??
          toMinorUnits(readMoney(['order', 'lines', order.lines.indexOf(line), 'paid'], line.paid, currency).value, scale);
        const linePaid = written ?? fromMinorUnits(minor, scale, currency);
        const share = allUnits ? linePaid : paidShare(minor, linePaid, scale, line.quantity, already, request.quantity);
        if (feeRate !== null) {
          // The fee on these units is the fee on all units returned so far less the fee already charged,
          // so two requests never keep more or less than one request for both (RET-10).
          const rate = feeRate.toFixed();
          const feeBefore = multiplyMoney(paidShare(minor, linePaid, scale, line.quantity, 0, already), rate);
          const feeAfter = multiplyMoney(paidShare(minor, linePaid, scale, line.quantity, 0, already + request.quantity), rate);
          restockingFee = subtractMoney(feeAfter, feeBefore);
          refund = subtractMoney(share, restockingFee);
          const codes = conditionCodes[condition as Exclude<Condition, 'intact'>];
          reasons.push(reason(codes.fee, { condition, rate: `${feeRate.times(100).toFixed()}%`, fee: restockingFee }, locale));
          reasons.push(reason('RETURN_REFUND_PAID_SHARE_LESS_FEE', { refund, quantity: request.quantity, paidShare: share, linePaid, fee: restockingFee }, locale));
        } else {
          refund = share;
          reasons.push(reason('RETURN_REFUND_PAID_SHARE', { refund, quantity: request.quantity, linePaid }, locale));
        }
      }
      if (sendsBack && !us) reasons.push(reason('RETURN_REFUND_WITHIN', { days: valid.refundWithinDays }, locale));
    }
    reasons.push(reason('RETURN_RECORDED', undefined, locale));
    return { eligible: true, outcome, resolution, returnShippingPaidBy, refund, restockingFee, deadline, reasons };
  };

  const evaluate = (input: ReturnInput, context?: Context): ReturnDecision => {
    const parsed = readReturnInput(input);
    const { timeZone, locale } = settings(context, valid.store);
    return decide(checkReturnInput(parsed), timeZone, locale);
  };

  const evaluateParsed = (input: ParsedReturnInput, context?: Context): ReturnDecision => {
    const { timeZone, locale } = settings(context, valid.store);
    return decide(readParsedReturn(input), timeZone, locale);
  };

  const decidePriceProtection = (checked: CheckedPriceProtection, timeZone: string, locale: Locale): PriceProtectionDecision => {
    const { input, paidUnit, currentUnit } = checked;
    const currency = input.currency;
    const zero = zeroIn(currency);
    if (!valid.priceProtection.enabled) return { eligible: false, refund: zero, deadline: null, reasons: [reason('PRICE_PROTECTION_DISABLED', undefined, locale)] };
    const end = windowsIn(timeZone).priceProtection.endTime(checked.purchasedTime);
    const deadline = isoText(end);
    const deadlineLocal = localText(end, timeZone);
    const paidUnitPrice = fromDecimal(paidUnit.value, currency);
    const currentUnitPrice = fromDecimal(currentUnit.value, currency);
    if (end !== null && checked.observedTime > end) {
      return { eligible: false, refund: zero, deadline, reasons: [reason('PRICE_PROTECTION_EXPIRED', { deadline, deadlineLocal }, locale)] };
    }
    if (!currentUnit.value.lessThan(paidUnit.value)) {
      return { eligible: false, refund: zero, deadline, reasons: [reason('PRICE_PROTECTION_NO_DROP', { paidUnitPrice, currentUnitPrice }, locale)] };
    }
    const refund = multiplyMoney(subtractMoney(paidUnitPrice, currentUnitPrice), input.quantity);
    return {
      eligible: true,
      refund,
      deadline,
      reasons: [reason('PRICE_PROTECTION_REFUND', { refund, paidUnitPrice, currentUnitPrice, quantity: input.quantity, deadline, deadlineLocal }, locale)],
    };
  };

  const evaluatePriceProtection = (input: PriceProtectionInput, context?: Context): PriceProtectionDecision => {
    const parsed = parseInput(priceProtectionInputSchema, input);
    const { timeZone, locale } = settings(context, valid.store);
    return decidePriceProtection(checkPriceProtectionInput(parsed), timeZone, locale);
  };

  const evaluatePriceProtectionParsed = (input: ParsedPriceProtectionInput, context?: Context): PriceProtectionDecision => {
    const { timeZone, locale } = settings(context, valid.store);
    return decidePriceProtection(readParsedPriceProtection(input), timeZone, locale);
  };

  const evaluator: ReturnEvaluator = Object.freeze({ policy: valid, evaluate, evaluateParsed, evaluatePriceProtection, evaluatePriceProtectionParsed });
  compiled.set(valid, evaluator);
  return evaluator;
}
