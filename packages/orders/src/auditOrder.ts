import { createReason, currencyMinorUnit, Decimal, roundMoney, type Context, type Decision, type Locale, type Reason } from '@zhidu/core';
import { orderMessages } from './messages.js';
import { addsUpInMinorUnits } from './minorUnits.js';
import { presets } from './orderPolicy.js';
import { createOrderLifecycle } from './createOrderLifecycle.js';
import type { Order, OrderInput, OrderPolicy } from './types.js';

/** The result of the order audit (ORD-2..4). */
export type OrderAudit = Decision<{
  /** Every check passed: the order is complete, adds up and raises no suspicion. */
  readonly passed: boolean;
  /** The order must wait: it is abnormal (the customer is contacted, ORD-3) or has a buyer note to review (ORD-4). */
  readonly hold: boolean;
}>;

const patterns = new Map<string, RegExp>();
function phonePattern(source: string): RegExp {
  let pattern = patterns.get(source);
  if (pattern === undefined) {
    pattern = new RegExp(source, 'u');
    patterns.set(source, pattern);
  }
  return pattern;
}

/**
 * Audits a validated order: the rules of ORD-2..4 on an {@link Order} as the state keeps it.
 *
 * @internal
 */
export function auditValidOrder(order: Order, policy: OrderPolicy, locale: Locale): OrderAudit {
  const reasons: Reason[] = [];
  const reason = (code: keyof typeof orderMessages, params?: Parameters<typeof createReason>[2]) =>
    reasons.push(createReason(orderMessages, code, params, locale));
  const currency = order.currency;
  const { audit } = policy;

  // ORD-2: customer, product, amount and payment details are complete and accurate.
  if (order.customer.name.trim() === '') reason('ORDER_CUSTOMER_NAME_MISSING');
  if (!phonePattern(audit.phonePattern).test(order.customer.phone.trim())) reason('ORDER_CUSTOMER_PHONE_INVALID', { phone: order.customer.phone });
  if (order.customer.address.trim() === '') reason('ORDER_CUSTOMER_ADDRESS_MISSING');
  // The common case adds up in integer minor units; anything else (and a mismatch, for its reason) is
  // decided with Decimals.
  const minorScale = currencyMinorUnit(currency);
  if (minorScale === undefined || !addsUpInMinorUnits(order, minorScale)) {
    const subtotal = order.lines.reduce((sum, line) => sum.plus(new Decimal(line.unitPrice).times(line.quantity)), new Decimal(0));
    const expected = subtotal.plus(order.shipping).minus(order.discount);
    if (!expected.equals(order.total)) {
      const scale = order.total.split('.')[1]?.length ?? 0;
      reason('ORDER_AMOUNT_MISMATCH', {
        subtotal: { amount: subtotal.toFixed(scale), currency },
        shipping: { amount: order.shipping, currency },
        discount: { amount: order.discount, currency },
        expected: { amount: expected.toFixed(scale), currency },
        total: { amount: order.total, currency },
      });
    }
  }
  const method = order.payment?.method.trim() ?? '';
  if (method === '') reason('ORDER_PAYMENT_METHOD_MISSING');
  else if (audit.acceptedPaymentMethods !== null && !audit.acceptedPaymentMethods.includes(method)) {
    reason('ORDER_PAYMENT_METHOD_NOT_ACCEPTED', { method, accepted: [...audit.acceptedPaymentMethods] });
  }
  // ORD-3: what looks abnormal is held for the customer to confirm.
  if (audit.holdTotalAbove !== null && new Decimal(order.total).greaterThan(audit.holdTotalAbove)) {
    reason('ORDER_TOTAL_SUSPICIOUS', { total: { amount: order.total, currency }, limit: roundMoney(audit.holdTotalAbove, currency) });
  }
  if (audit.holdQuantityAbove !== null) {
    for (const line of order.lines) {
      if (line.quantity > audit.holdQuantityAbove) reason('ORDER_QUANTITY_SUSPICIOUS', { sku: line.sku, quantity: line.quantity, limit: audit.holdQuantityAbove });
    }
  }
  const passed = reasons.length === 0;
  if (!passed) reason('ORDER_HELD_CONTACT_CUSTOMER');
  // ORD-4: a buyer note is reviewed before shipping, even on an order that passed.
  const note = order.note?.trim() ?? '';
  const noteHold = audit.holdOnNote && note !== '';
  if (noteHold) reason('ORDER_BUYER_NOTE_REVIEW', { note });
  if (passed) reasons.unshift(createReason(orderMessages, 'ORDER_AUDIT_PASSED', undefined, locale));
  return { passed, hold: !passed || noteHold, reasons };
}

/**
 * Audits an order on receipt (ORD-2..4): the customer's name, phone and address are present and
 * valid, the lines add up to the total (goods + shipping − discount), the payment method is stated
 * and accepted, nothing looks abnormal (a total or quantity above the policy's limits), and a buyer
 * note is flagged for review. An order that fails is held and the customer contacted (ORD-3).
 *
 * @param order - the order
 * @param policy - the order policy; the generic preset by default
 * @param context - the locale of the reasons
 * @returns `{ passed, hold, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} when the order is malformed (a missing field, a bad amount or instant)
 * @example
 * auditOrder({ ...order, customer: { ...order.customer, phone: '' } }, presets.generic, { locale: 'en-US' })
 * //=> { passed: false, hold: true, reasons: [{ code: 'ORDER_CUSTOMER_PHONE_INVALID', clause: 'ORD-2', … }, { code: 'ORDER_HELD_CONTACT_CUSTOMER', … }] }
 */
export function auditOrder(order: OrderInput, policy: OrderPolicy = presets.generic, context?: Context): OrderAudit {
  return createOrderLifecycle(policy).audit(order, context);
}
