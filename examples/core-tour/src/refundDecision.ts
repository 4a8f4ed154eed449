/**
 * A small decision written with @zhidu/core alone, to show its parts working together: the
 * store's order discount is apportioned across the lines (RET-10), the no-reason return window is
 * computed in the store's time zone (RET-7), and the result carries its reasons in both locales.
 * The full rules live in @zhidu/returns; this is a tour of the building blocks.
 */
import {
  allocate,
  computeWindow,
  createReason,
  defineMessages,
  isWithinWindow,
  money,
  multiplyMoney,
  resolveContext,
  subtractMoney,
  localDate,
  parseInstant,
  type Context,
  type Decision,
  type Money,
} from '@zhidu/core';

export const messages = defineMessages({
  TOUR_WITHIN_RETURN_WINDOW: {
    clause: 'RET-7',
    'zh-CN': '签收后 7 天内申请（截止 {deadlineDate} 当日 24 时），可无理由退货',
    'en-US': 'Requested within 7 days of signing (the window ends with {deadlineDate}): returnable without a reason',
  },
  TOUR_RETURN_WINDOW_CLOSED: {
    clause: 'RET-7',
    'zh-CN': '已超过七天无理由退货期限（{deadlineDate} 当日 24 时截止）',
    'en-US': 'The 7-day no-reason return window closed at the end of {deadlineDate}',
  },
  TOUR_REFUND_NET_OF_DISCOUNT: {
    clause: 'RET-10',
    'zh-CN': '退款 {refund}：该商品分摊订单优惠 {discountShare} 后的实付金额',
    'en-US': 'Refund {refund}: what was paid for the item after its {discountShare} share of the order discount',
  },
});

export interface TourOrder {
  readonly currency: string;
  readonly signedAt: string;
  readonly discount: string;
  readonly lines: readonly { readonly sku: string; readonly quantity: number; readonly unitPrice: string }[];
}

export type TourRefundDecision = Decision<{ eligible: boolean; refund: Money; deadline: string | null }>;

/**
 * Decides a no-reason return of one whole line of an order.
 *
 * @example
 * decideRefund(order, 'B', { now: '2026-03-05T10:00:00+08:00' })
 * //=> { eligible: true, refund: { amount: '52.27', currency: 'CNY' }, deadline: '2026-03-08T15:59:59.999Z', reasons: [...] }
 */
export function decideRefund(order: TourOrder, sku: string, context?: Context): TourRefundDecision {
  const { now, locale, timeZone } = resolveContext(context, { timeZone: 'Asia/Shanghai', locale: 'zh-CN' });
  const lineTotals = order.lines.map((line) => multiplyMoney(money(line.unitPrice, order.currency), line.quantity));
  const discountShares = allocate(money(order.discount, order.currency), lineTotals.map((total) => total.amount));
  const index = order.lines.findIndex((line) => line.sku === sku);
  const lineTotal = lineTotals[index] ?? money(0, order.currency);
  const discountShare = discountShares[index] ?? money(0, order.currency);
  const refund = subtractMoney(lineTotal, discountShare);

  const signedAt = parseInstant(order.signedAt, ['order', 'signedAt']);
  const window = computeWindow(signedAt, { length: 7, unit: 'calendar_days', countFrom: 'next_day' }, { timeZone });
  const eligible = index >= 0 && isWithinWindow(now, window);
  const deadline = window.end;
  const deadlineDate = deadline === null ? null : localDate(deadline, timeZone);
  const reasons = [
    createReason(messages, eligible ? 'TOUR_WITHIN_RETURN_WINDOW' : 'TOUR_RETURN_WINDOW_CLOSED', { deadline, deadlineDate }, locale),
    ...(eligible ? [createReason(messages, 'TOUR_REFUND_NET_OF_DISCOUNT', { refund, discountShare }, locale)] : []),
  ];
  return { eligible, refund: eligible ? refund : money(0, order.currency), deadline, reasons };
}
