import {
  collectIssues,
  computeWindow,
  createReason,
  Decimal,
  fromDecimal,
  localDateTime,
  money,
  multiplyMoney,
  parseInput,
  parseInstant,
  PolicyInputError,
  readMoney,
  resolveContext,
  subtractMoney,
  type Context,
  type Money,
  type PolicyIssue,
  type Reason,
  type ReasonParams,
} from '@zhidu/core';
import { returnMessages } from './messages.js';
import { paidShare } from './paidShare.js';
import { returnPolicy } from './returnPolicy.js';
import { priceProtectionInputSchema, returnInputSchema } from './schema.js';
import type { Condition, PriceProtectionDecision, PriceProtectionInput, ReturnDecision, ReturnInput, ReturnPolicy, ReturnTag } from './types.js';

/** The returns rules compiled for one policy. */
export interface ReturnEvaluator {
  /** The validated policy. */
  readonly policy: ReturnPolicy;
  /** Decides a return request (see {@link evaluateReturn}). */
  evaluate(input: ReturnInput, context?: Context): ReturnDecision;
  /** Decides a price-protection claim (see {@link evaluatePriceProtection}). */
  evaluatePriceProtection(input: PriceProtectionInput, context?: Context): PriceProtectionDecision;
}

type Code = keyof typeof returnMessages;
type Verdict = 'approve' | 'review' | 'reject';

const conditionCodes = {
  opened: { reject: 'RETURN_OPENED_REJECTED', review: 'RETURN_OPENED_REVIEW', fee: 'RETURN_OPENED_RESTOCKING_FEE' },
  used: { reject: 'RETURN_USED_REJECTED', review: 'RETURN_USED_REVIEW', fee: 'RETURN_USED_RESTOCKING_FEE' },
  damaged: { reject: 'RETURN_DAMAGED_REJECTED', review: 'RETURN_DAMAGED_REVIEW', fee: 'RETURN_DAMAGED_RESTOCKING_FEE' },
} as const satisfies Readonly<Record<Exclude<Condition, 'intact'>, Readonly<Record<'reject' | 'review' | 'fee', Code>>>>;

const compiled = new WeakMap<ReturnPolicy, ReturnEvaluator>();

/**
 * Compiles the returns rules for a policy: the policy is validated once, and the evaluator decides
 * any number of requests without doing it again.
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

  const evaluate = (input: ReturnInput, context?: Context): ReturnDecision => {
    const parsed = parseInput(returnInputSchema, input);
    const { order, request } = parsed;
    const { locale, timeZone } = resolveContext(context, valid.store);
    const issues: PolicyIssue[] = [];
    const lineIndex = order.lines.findIndex((line) => line.id === request.lineId);
    if (lineIndex < 0) issues.push({ path: ['request', 'lineId'], message: `No line ${JSON.stringify(request.lineId)} in the order`, code: 'unknown_line' });
    const line = order.lines[lineIndex];
    const unit = line === undefined ? undefined : collectIssues(issues, () => readMoney(['order', 'lines', lineIndex, 'unitPrice'], line.unitPrice, order.currency));
    const paid = line === undefined ? undefined : collectIssues(issues, () => readMoney(['order', 'lines', lineIndex, 'paid'], line.paid, order.currency));
    if (line !== undefined && unit !== undefined && paid?.value.greaterThan(unit.value.times(line.quantity)) === true) {
      issues.push({ path: ['order', 'lines', lineIndex, 'paid'], message: "What was paid for a line cannot exceed its price × quantity", code: 'too_big' });
    }
    const placedAt = parseInstant(order.placedAt, ['order', 'placedAt']);
    const deliveredAt = order.deliveredAt == null ? null : parseInstant(order.deliveredAt, ['order', 'deliveredAt']);
    const requestedAt = parseInstant(request.requestedAt, ['request', 'requestedAt']);
    if (deliveredAt !== null && deliveredAt < placedAt) issues.push({ path: ['order', 'deliveredAt'], message: 'Delivered before the order was placed', code: 'invalid_date' });
    if (requestedAt < placedAt) issues.push({ path: ['request', 'requestedAt'], message: 'Requested before the order was placed', code: 'invalid_date' });
    if (issues.length > 0 || line === undefined || paid === undefined) throw new PolicyInputError(issues);

    const reasons: Reason[] = [];
    const verdicts: Verdict[] = [];
    const say = (code: Code, params?: ReasonParams, verdict: Verdict = 'approve') => {
      reasons.push(createReason(returnMessages, code, params, locale));
      verdicts.push(verdict);
    };
    const local = (instant: string | null) => localDateTime(instant, timeZone);
    const options = { timeZone, calendar: valid.calendar };
    const start = (deliveredAt ?? placedAt).toISOString();
    const at = requestedAt.getTime();
    const within = (end: string | null) => end === null || at <= Date.parse(end);
    const zero = money(0, order.currency);
    const tags: readonly ReturnTag[] = line.tags ?? [];
    const sellerFault = request.reason !== 'no_reason';
    let deadline: string | null = null;
    let feeRate: Decimal | null = null;

    // How many units are still returnable (RET-10).
    const already = request.alreadyReturned ?? 0;
    const returnable = Math.max(line.quantity - already, 0);
    if (request.quantity > returnable) {
      say('RETURN_QUANTITY_EXCEEDS', { quantity: request.quantity, returnable, purchased: line.quantity, alreadyReturned: already }, 'reject');
    }

    if (!sellerFault) {
      // RET-7 (CN) / RET-9 (US): a return without a reason.
      if (!valid.noReason.enabled) say('RETURN_NO_REASON_DISABLED', undefined, 'reject');
      else {
        const window = computeWindow(start, valid.noReason.window, options);
        deadline = window.end;
        const params = { start, startLocal: local(start), deadline, deadlineLocal: local(deadline) };
        if (within(deadline)) say(us ? 'RETURN_US_WINDOW' : 'RETURN_WITHIN_NO_REASON_WINDOW', params);
        else say(us ? 'RETURN_US_WINDOW_CLOSED' : 'RETURN_WINDOW_CLOSED', params, 'reject');
        const excluded = tags.filter((tag) => valid.noReason.excludedTags.includes(tag) && (tag !== 'sealed_media' || request.condition !== 'intact'));
        if (excluded.length > 0) say(us ? 'RETURN_EXCLUDED_TAG_US' : 'RETURN_EXCLUDED_TAG', { tag: excluded }, 'reject');
        const rule = request.condition === 'intact' ? 'accept' : valid.noReason[request.condition];
        if (rule === 'accept') say(us ? 'RETURN_CONDITION_ACCEPTED' : 'RETURN_GOODS_INTACT');
        else if (request.condition !== 'intact') {
          const codes = conditionCodes[request.condition];
          if (rule === 'reject') say(us ? 'RETURN_CONDITION_NOT_ACCEPTED_US' : codes.reject, { condition: request.condition }, 'reject');
          else if (rule === 'review') say(codes.review, { condition: request.condition }, 'review');
          else feeRate = new Decimal(valid.noReason.restockingFeeRate);
        }
        if (request.resolution === 'refund') say('RETURN_REFUND_WITHOUT_RETURN_REJECTED', undefined, 'reject');
      }
    } else {
      // RET-8 (CN) / RET-9 (US): the goods were at fault.
      const returnEnd = computeWindow(start, valid.sellerFault.returnWindow, options).end;
      const exchangeEnd = computeWindow(start, valid.sellerFault.exchangeWindow, options).end;
      const wantsExchange = request.resolution === 'exchange';
      if (within(returnEnd)) {
        deadline = wantsExchange ? exchangeEnd : returnEnd;
        say(us ? 'RETURN_US_WINDOW' : 'RETURN_WITHIN_QUALITY_WINDOW', { deadline, deadlineLocal: local(deadline) });
      } else if (within(exchangeEnd)) {
        deadline = exchangeEnd;
        say('RETURN_EXCHANGE_ONLY', { returnDeadline: returnEnd, returnDeadlineLocal: local(returnEnd), deadline, deadlineLocal: local(deadline) }, wantsExchange ? 'approve' : 'reject');
      } else {
        deadline = exchangeEnd;
        say(us ? 'RETURN_US_WINDOW_CLOSED' : 'RETURN_QUALITY_WINDOW_CLOSED', { deadline, deadlineLocal: local(deadline) }, 'reject');
      }
      if (request.condition === 'used') {
        const rule = valid.sellerFault.usedItem;
        if (rule === 'review') say('RETURN_USED_DEFECT_REVIEW', undefined, 'review');
        else if (rule === 'reject') say('RETURN_USED_DEFECT_REJECTED', undefined, 'reject');
      }
      if (request.resolution === 'refund') {
        const rule = valid.sellerFault.refundWithoutReturn;
        if (rule === 'review') say('RETURN_REFUND_WITHOUT_RETURN_REVIEW', undefined, 'review');
        else if (rule === 'reject') say('RETURN_REFUND_WITHOUT_RETURN_REJECTED', undefined, 'reject');
      }
    }

    const outcome: Verdict = verdicts.includes('reject') ? 'reject' : verdicts.includes('review') ? 'review' : 'approve';
    const resolution = request.resolution;
    if (outcome === 'reject') {
      return { eligible: false, outcome, resolution, returnShippingPaidBy: 'none', refund: zero, restockingFee: zero, deadline, reasons };
    }

    const sendsBack = resolution !== 'refund';
    const returnShippingPaidBy = !sendsBack ? 'none' : sellerFault ? 'seller' : valid.noReason.returnShippingPaidBy;
    if (sendsBack) {
      if (returnShippingPaidBy === 'buyer') say(us ? 'RETURN_BUYER_PAYS_SHIPPING_STORE_POLICY' : 'RETURN_BUYER_PAYS_SHIPPING');
      else say('RETURN_SELLER_PAYS_SHIPPING');
      say('RETURN_INSPECT_ON_RECEIPT');
    }
    if (request.reason === 'quality_issue' || request.reason === 'not_as_described') say('RETURN_QUALITY_FOLLOW_UP');

    let refund: Money = zero;
    let restockingFee: Money = zero;
    if (resolution === 'exchange') say(us ? 'RETURN_EXCHANGE_NO_REFUND_US' : 'RETURN_EXCHANGE_NO_REFUND');
    else {
      const linePaid = fromDecimal(paid.value, order.currency);
      const share = paidShare(paid.value, order.currency, paid.scale, line.quantity, already, request.quantity);
      if (feeRate !== null) {
        // The fee on these units is the fee on all units returned so far less the fee already charged,
        // so two requests never keep more or less than one request for both (RET-10).
        const rate = feeRate.toFixed();
        const feeUpTo = (units: number) => multiplyMoney(paidShare(paid.value, order.currency, paid.scale, line.quantity, 0, units), rate);
        restockingFee = subtractMoney(feeUpTo(already + request.quantity), feeUpTo(already));
        refund = subtractMoney(share, restockingFee);
        const codes = conditionCodes[request.condition as Exclude<Condition, 'intact'>];
        say(codes.fee, { condition: request.condition, rate: `${feeRate.times(100).toFixed()}%`, fee: restockingFee });
        say('RETURN_REFUND_PAID_SHARE_LESS_FEE', { refund, quantity: request.quantity, paidShare: share, linePaid, fee: restockingFee });
      } else {
        refund = share;
        say('RETURN_REFUND_PAID_SHARE', { refund, quantity: request.quantity, linePaid });
      }
      if (sendsBack && !us) say('RETURN_REFUND_WITHIN', { days: valid.refundWithinDays });
    }
    say('RETURN_RECORDED');
    return { eligible: true, outcome, resolution, returnShippingPaidBy, refund, restockingFee, deadline, reasons };
  };

  const evaluatePriceProtection = (input: PriceProtectionInput, context?: Context): PriceProtectionDecision => {
    const parsed = parseInput(priceProtectionInputSchema, input);
    const { locale, timeZone } = resolveContext(context, valid.store);
    const issues: PolicyIssue[] = [];
    const paidUnit = collectIssues(issues, () => readMoney(['paidUnitPrice'], parsed.paidUnitPrice, parsed.currency));
    const currentUnit = collectIssues(issues, () => readMoney(['currentUnitPrice'], parsed.currentUnitPrice, parsed.currency));
    const purchasedAt = parseInstant(parsed.purchasedAt, ['purchasedAt']);
    const observedAt = parseInstant(parsed.observedAt, ['observedAt']);
    if (observedAt < purchasedAt) issues.push({ path: ['observedAt'], message: 'Observed before the purchase', code: 'invalid_date' });
    if (issues.length > 0 || paidUnit === undefined || currentUnit === undefined) throw new PolicyInputError(issues);

    const zero = money(0, parsed.currency);
    const reason = (code: Code, params?: ReasonParams) => createReason(returnMessages, code, params, locale);
    if (!valid.priceProtection.enabled) return { eligible: false, refund: zero, deadline: null, reasons: [reason('PRICE_PROTECTION_DISABLED')] };
    const deadline = computeWindow(purchasedAt, valid.priceProtection.window, { timeZone, calendar: valid.calendar }).end;
    const deadlineLocal = localDateTime(deadline, timeZone);
    const paidUnitPrice = fromDecimal(paidUnit.value, parsed.currency);
    const currentUnitPrice = fromDecimal(currentUnit.value, parsed.currency);
    if (deadline !== null && observedAt.getTime() > Date.parse(deadline)) {
      return { eligible: false, refund: zero, deadline, reasons: [reason('PRICE_PROTECTION_EXPIRED', { deadline, deadlineLocal })] };
    }
    if (!currentUnit.value.lessThan(paidUnit.value)) {
      return { eligible: false, refund: zero, deadline, reasons: [reason('PRICE_PROTECTION_NO_DROP', { paidUnitPrice, currentUnitPrice })] };
    }
    const refund = multiplyMoney(subtractMoney(paidUnitPrice, currentUnitPrice), parsed.quantity);
    return {
      eligible: true,
      refund,
      deadline,
      reasons: [reason('PRICE_PROTECTION_REFUND', { refund, paidUnitPrice, currentUnitPrice, quantity: parsed.quantity, deadline, deadlineLocal })],
    };
  };

  const evaluator: ReturnEvaluator = Object.freeze({ policy: valid, evaluate, evaluatePriceProtection });
  compiled.set(valid, evaluator);
  return evaluator;
}
