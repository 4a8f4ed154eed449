import { defineMessages } from '@zhidu/core';

/**
 * The reasons the returns package gives, each with its clause and its message in zh-CN and en-US.
 *
 * @example
 * returnMessages.RETURN_WINDOW_CLOSED.clause
 * //=> 'RET-7'
 */
export const returnMessages = /* @__PURE__ */ defineMessages({
  RETURN_OPENED_REJECTED: {
    clause: 'RET-7',
    'zh-CN': '商品已拆封，不符合无理由退货“商品完好”的条件',
    'en-US': 'The goods are opened: a return without a reason needs them intact',
  },
  RETURN_USED_REJECTED: {
    clause: 'RET-7',
    'zh-CN': '商品已使用（超出检查和合理试用），不符合无理由退货“商品完好”的条件',
    'en-US': 'The goods are used beyond inspection and reasonable trial: a return without a reason needs them intact',
  },
  RETURN_DAMAGED_REJECTED: {
    clause: 'RET-7',
    'zh-CN': '商品已损坏，不符合无理由退货“商品完好”的条件',
    'en-US': 'The goods are damaged: a return without a reason needs them intact',
  },
  RETURN_OPENED_REVIEW: {
    clause: 'RET-4',
    'zh-CN': '商品已拆封，是否受理由运营人员判断',
    'en-US': 'The goods are opened: an operator decides whether the return is accepted',
  },
  RETURN_USED_REVIEW: {
    clause: 'RET-4',
    'zh-CN': '商品已使用，是否受理由运营人员判断',
    'en-US': 'The goods are used: an operator decides whether the return is accepted',
  },
  RETURN_DAMAGED_REVIEW: {
    clause: 'RET-4',
    'zh-CN': '商品已损坏，是否受理由运营人员判断',
    'en-US': 'The goods are damaged: an operator decides whether the return is accepted',
  },
  RETURN_OPENED_RESTOCKING_FEE: {
    clause: 'RET-9',
    'zh-CN': '商品已拆封且无质量问题，收取 {rate} 的退货手续费 {fee}',
    'en-US': 'The goods are opened and not defective: a restocking fee of {rate} ({fee}) applies',
  },
  RETURN_USED_RESTOCKING_FEE: {
    clause: 'RET-9',
    'zh-CN': '商品已使用且无质量问题，收取 {rate} 的退货手续费 {fee}',
    'en-US': 'The goods are used and not defective: a restocking fee of {rate} ({fee}) applies',
  },
  RETURN_DAMAGED_RESTOCKING_FEE: {
    clause: 'RET-9',
    'zh-CN': '商品已损坏且非质量问题，收取 {rate} 的退货手续费 {fee}',
    'en-US': 'The goods are damaged and not defective: a restocking fee of {rate} ({fee}) applies',
  },
  RETURN_BUYER_PAYS_SHIPPING_STORE_POLICY: {
    clause: 'RET-2',
    'zh-CN': '按本店政策，退回运费由买家承担',
    'en-US': "Under the store's policy, the buyer pays the return shipping",
  },
  RETURN_CONDITION_NOT_ACCEPTED_US: {
    clause: 'RET-9',
    'zh-CN': '商品状态（{condition}）不符合本店退货条件',
    'en-US': "The goods are {condition}, which the store's return policy does not accept",
  },
  RETURN_CONDITION_ACCEPTED: {
    clause: 'RET-9',
    'zh-CN': '商品状态符合本店退货条件',
    'en-US': "The goods' condition meets the store's return policy",
  },
  RETURN_WITHIN_NO_REASON_WINDOW: {
    clause: 'RET-7',
    'zh-CN': '在无理由退货期限内申请（{startLocal} 起算，至 {deadlineLocal} 止）',
    'en-US': 'Requested within the no-reason return window (counted from {startLocal}, ending {deadlineLocal})',
  },
  RETURN_WINDOW_CLOSED: {
    clause: 'RET-7',
    'zh-CN': '无理由退货期限已于 {deadlineLocal} 届满',
    'en-US': 'The no-reason return window closed at {deadlineLocal}',
  },
  RETURN_US_WINDOW: {
    clause: 'RET-9',
    'zh-CN': '在本店退货期限内申请（至 {deadlineLocal} 止）',
    'en-US': "Requested within the store's return window (until {deadlineLocal})",
  },
  RETURN_US_WINDOW_CLOSED: {
    clause: 'RET-9',
    'zh-CN': '本店退货期限已于 {deadlineLocal} 届满',
    'en-US': "The store's return window closed at {deadlineLocal}",
  },
  RETURN_NO_REASON_DISABLED: {
    clause: 'RET-1',
    'zh-CN': '本店不接受无理由退货',
    'en-US': 'The store does not take returns without a reason',
  },
  RETURN_EXCLUDED_TAG: {
    clause: 'RET-7',
    'zh-CN': '该商品（{tag}）不适用无理由退货；质量问题、发错货或运输损坏仍可申请',
    'en-US': 'This item ({tag}) cannot be returned without a reason; quality issues, wrong items and transit damage still can',
  },
  RETURN_EXCLUDED_TAG_US: {
    clause: 'RET-9',
    'zh-CN': '该商品（{tag}）不接受无理由退货；商品有缺陷、发错货或运输损坏仍可申请',
    'en-US': 'This item ({tag}) is not returnable without a reason; defects, wrong items and transit damage still are',
  },
  RETURN_GOODS_INTACT: {
    clause: 'RET-7',
    'zh-CN': '商品完好（为检查而拆封、合理试用不影响完好）',
    'en-US': 'The goods are intact (opening to inspect and reasonable trial do not count against it)',
  },
  RETURN_BUYER_PAYS_SHIPPING: {
    clause: 'RET-7',
    'zh-CN': '无理由退货的退回运费由买家承担',
    'en-US': 'The buyer pays the return shipping of a return without a reason',
  },
  RETURN_SELLER_PAYS_SHIPPING: {
    clause: 'RET-2',
    'zh-CN': '因商品问题退换，退回运费由商家承担',
    'en-US': 'The goods were at fault, so the store pays the return shipping',
  },
  RETURN_WITHIN_QUALITY_WINDOW: {
    clause: 'RET-8',
    'zh-CN': '在质量问题退货期限内（至 {deadlineLocal} 止），可退货、换货或维修',
    'en-US': 'Within the quality-issue return window (until {deadlineLocal}): return, exchange or repair',
  },
  RETURN_EXCHANGE_ONLY: {
    clause: 'RET-8',
    'zh-CN': '已过质量问题退货期限（{returnDeadlineLocal}），在换货期限内（至 {deadlineLocal} 止）只可换货或维修',
    'en-US': 'Past the quality-issue return window ({returnDeadlineLocal}); until {deadlineLocal} only an exchange or repair is possible',
  },
  RETURN_QUALITY_WINDOW_CLOSED: {
    clause: 'RET-8',
    'zh-CN': '退换货期限已于 {deadlineLocal} 届满，只可在保修期内维修',
    'en-US': 'The return and exchange windows closed at {deadlineLocal}; only repair under warranty remains',
  },
  RETURN_USED_DEFECT_REVIEW: {
    clause: 'RET-4',
    'zh-CN': '已使用的商品申报质量问题，由运营人员检验后决定',
    'en-US': 'A used item is claimed defective: an operator inspects it and decides',
  },
  RETURN_USED_DEFECT_REJECTED: {
    clause: 'RET-8',
    'zh-CN': '已使用的商品不受理质量问题退货',
    'en-US': 'A used item is not accepted as a quality-issue return',
  },
  RETURN_REFUND_WITHOUT_RETURN_REVIEW: {
    clause: 'RET-4',
    'zh-CN': '申请仅退款（不退货），由运营人员决定',
    'en-US': 'A refund without sending the goods back: an operator decides',
  },
  RETURN_REFUND_WITHOUT_RETURN_REJECTED: {
    clause: 'RET-4',
    'zh-CN': '该情形不支持仅退款，须退回商品',
    'en-US': 'A refund without returning the goods is not offered here: the goods must come back',
  },
  RETURN_QUANTITY_EXCEEDS: {
    clause: 'RET-10',
    'zh-CN': '申请退货 {quantity} 件，超过可退数量 {returnable} 件（购买 {purchased} 件，已退 {alreadyReturned} 件）',
    'en-US': 'Asked to return {quantity}, but only {returnable} remain returnable ({purchased} bought, {alreadyReturned} already returned)',
  },
  RETURN_REFUND_PAID_SHARE: {
    clause: 'RET-10',
    'zh-CN': '退款 {refund}：{quantity} 件商品的实付分摊（该行实付 {linePaid}）',
    'en-US': 'Refund {refund}: what was paid for {quantity} unit(s) of the line\'s {linePaid}',
  },
  RETURN_REFUND_PAID_SHARE_LESS_FEE: {
    clause: 'RET-10',
    'zh-CN': '退款 {refund}：{quantity} 件商品的实付分摊 {paidShare}（该行实付 {linePaid}）减去手续费 {fee}',
    'en-US': 'Refund {refund}: what was paid for {quantity} unit(s), {paidShare} of the line\'s {linePaid}, less the {fee} fee',
  },
  RETURN_EXCHANGE_NO_REFUND_US: {
    clause: 'RET-9',
    'zh-CN': '按本店政策换货，不退款',
    'en-US': "An exchange under the store's policy: nothing is refunded",
  },
  RETURN_EXCHANGE_NO_REFUND: {
    clause: 'RET-8',
    'zh-CN': '换货，不退款',
    'en-US': 'An exchange: nothing is refunded',
  },
  RETURN_INSPECT_ON_RECEIPT: {
    clause: 'RET-3',
    'zh-CN': '退回商品须验收；质量问题反馈供应商',
    'en-US': 'Returned goods are inspected on receipt; quality problems go to the supplier',
  },
  RETURN_QUALITY_FOLLOW_UP: {
    clause: 'RET-5',
    'zh-CN': '质量问题商品应评估下架或召回',
    'en-US': 'Goods with a quality problem are considered for take-down or recall',
  },
  RETURN_REFUND_WITHIN: {
    clause: 'RET-7',
    'zh-CN': '收到退回商品后 {days} 日内退款',
    'en-US': 'The refund is paid within {days} days of receiving the goods back',
  },
  RETURN_RECORDED: {
    clause: 'RET-2',
    'zh-CN': '申请已登记并跟踪处理',
    'en-US': 'The request is recorded and tracked',
  },
  PRICE_PROTECTION_REFUND: {
    clause: 'RET-6',
    'zh-CN': '价保期内（至 {deadlineLocal}）降价：退差价 {refund}（{paidUnitPrice} − {currentUnitPrice}）× {quantity}',
    'en-US': 'The price fell within the protection period (until {deadlineLocal}): refund {refund} = ({paidUnitPrice} − {currentUnitPrice}) × {quantity}',
  },
  PRICE_PROTECTION_NO_DROP: {
    clause: 'RET-6',
    'zh-CN': '现价 {currentUnitPrice} 不低于购买价 {paidUnitPrice}，无差价可退',
    'en-US': 'The current price {currentUnitPrice} is not below the price paid {paidUnitPrice}: nothing to refund',
  },
  PRICE_PROTECTION_EXPIRED: {
    clause: 'RET-6',
    'zh-CN': '价保期已于 {deadlineLocal} 届满',
    'en-US': 'The price-protection period ended at {deadlineLocal}',
  },
  PRICE_PROTECTION_DISABLED: {
    clause: 'RET-6',
    'zh-CN': '本店未提供价保',
    'en-US': 'The store offers no price protection',
  },
});
