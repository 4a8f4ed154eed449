import type { Locale } from '@zhidu/core';
import type { Condition, Resolution, ReturnDecision, ReturnReason } from '@zhidu/returns';

/** The page's own labels; the decision's reasons come with their messages from @zhidu/returns. */
export interface Text {
  readonly title: string;
  readonly intro: string;
  readonly order: string;
  readonly placed: string;
  readonly delivered: string;
  readonly storeTime: string;
  readonly line: string;
  readonly quantity: string;
  readonly reason: string;
  readonly condition: string;
  readonly resolution: string;
  readonly now: string;
  readonly nowHint: string;
  readonly pickDate: string;
  readonly decision: string;
  readonly eligible: string;
  readonly notEligible: string;
  readonly outcomeLabel: string;
  readonly shippingLabel: string;
  readonly refundLabel: string;
  readonly feeLabel: string;
  readonly deadlineLabel: string;
  readonly noDeadline: string;
  readonly reasonsLabel: string;
  readonly invalid: string;
  readonly paidFor: (paid: string, quantity: number) => string;
  readonly reasons: Readonly<Record<ReturnReason, string>>;
  readonly conditions: Readonly<Record<Condition, string>>;
  readonly resolutions: Readonly<Record<Resolution, string>>;
  readonly outcomes: Readonly<Record<ReturnDecision['outcome'], string>>;
  readonly shipping: Readonly<Record<ReturnDecision['returnShippingPaidBy'], string>>;
}

export const text: Readonly<Record<Locale, Text>> = {
  'zh-CN': {
    title: '申请退货',
    intro: '选择商品、原因、商品状态和处理方式，退货规则（@zhidu/returns）在浏览器中即时给出结果。',
    order: '订单',
    placed: '下单',
    delivered: '签收',
    storeTime: '店铺时间',
    line: '商品',
    quantity: '数量',
    reason: '退货原因',
    condition: '商品状态',
    resolution: '处理方式',
    now: '申请日期',
    nowHint: '按店铺当地时间当天 12:00 申请；改到期限之后可看到退货窗口关闭。',
    pickDate: '请选择申请日期',
    decision: '结果',
    eligible: '可以退货',
    notEligible: '不可退货',
    outcomeLabel: '处理结果',
    shippingLabel: '退货运费',
    refundLabel: '退款金额',
    feeLabel: '重新上架费',
    deadlineLabel: '截止时间',
    noDeadline: '无期限',
    reasonsLabel: '依据',
    invalid: '输入有误',
    paidFor: (paid, quantity) => `实付 ${paid}（${String(quantity)} 件）`,
    reasons: {
      no_reason: '七天无理由',
      quality_issue: '质量问题',
      wrong_item: '发错货',
      damaged_in_transit: '运输途中损坏',
      not_as_described: '与描述不符',
    },
    conditions: { intact: '完好', opened: '已拆封', used: '已使用', damaged: '已损坏' },
    resolutions: { return_refund: '退货退款', refund: '仅退款（不退货）', exchange: '换货' },
    outcomes: { approve: '同意', reject: '拒绝', review: '人工审核' },
    shipping: { buyer: '买家承担', seller: '商家承担', none: '无需寄回' },
  },
  'en-US': {
    title: 'Return an item',
    intro: 'Pick an item, a reason, its condition and what you would like; the returns rules (@zhidu/returns) decide right here in the browser.',
    order: 'Order',
    placed: 'Placed',
    delivered: 'Delivered',
    storeTime: 'store time',
    line: 'Item',
    quantity: 'Quantity',
    reason: 'Reason',
    condition: 'Condition',
    resolution: 'Resolution',
    now: 'Request date',
    nowHint: "Requested at 12:00 on that day, in the store's local time; move it past the deadline to see the window close.",
    pickDate: 'Pick a request date',
    decision: 'Decision',
    eligible: 'Eligible for return',
    notEligible: 'Not eligible for return',
    outcomeLabel: 'Outcome',
    shippingLabel: 'Return shipping',
    refundLabel: 'Refund',
    feeLabel: 'Restocking fee',
    deadlineLabel: 'Deadline',
    noDeadline: 'No limit',
    reasonsLabel: 'Why',
    invalid: 'Invalid input',
    paidFor: (paid, quantity) => `${paid} paid for ${String(quantity)}`,
    reasons: {
      no_reason: 'No reason (changed my mind)',
      quality_issue: 'Quality issue',
      wrong_item: 'Wrong item sent',
      damaged_in_transit: 'Damaged in transit',
      not_as_described: 'Not as described',
    },
    conditions: { intact: 'Intact', opened: 'Opened', used: 'Used', damaged: 'Damaged' },
    resolutions: { return_refund: 'Return and refund', refund: 'Refund only (keep the item)', exchange: 'Exchange' },
    outcomes: { approve: 'Approved', reject: 'Rejected', review: 'Needs review' },
    shipping: { buyer: 'Paid by you', seller: 'Paid by the store', none: 'Nothing to send back' },
  },
};
