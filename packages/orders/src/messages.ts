import { defineMessages } from '@zhidu/core';

/**
 * The reasons the order package gives, each with its clause and its message in zh-CN and en-US.
 * Times in messages are the store's local time (`…Local` params); the params also carry the UTC
 * instant.
 *
 * @example
 * orderMessages.ORDER_PACK_MISMATCH.clause
 * //=> 'ORD-8'
 */
export const orderMessages = /* @__PURE__ */ defineMessages({
  ORDER_AUDIT_PASSED: {
    clause: 'ORD-2',
    'zh-CN': '订单审核通过：客户信息、商品信息、订单金额和支付方式完整准确',
    'en-US': 'Order audit passed: customer, product, amount and payment details are complete and accurate',
  },
  ORDER_CUSTOMER_NAME_MISSING: {
    clause: 'ORD-2',
    'zh-CN': '订单缺少收货人姓名',
    'en-US': "The order has no customer name",
  },
  ORDER_CUSTOMER_PHONE_INVALID: {
    clause: 'ORD-2',
    'zh-CN': '收货人电话“{phone}”缺失或无效',
    'en-US': 'The customer phone "{phone}" is missing or invalid',
  },
  ORDER_CUSTOMER_ADDRESS_MISSING: {
    clause: 'ORD-2',
    'zh-CN': '订单缺少收货地址',
    'en-US': 'The order has no delivery address',
  },
  ORDER_AMOUNT_MISMATCH: {
    clause: 'ORD-2',
    'zh-CN': '订单金额不符：商品 {subtotal} + 运费 {shipping} − 优惠 {discount} = {expected}，订单总额却为 {total}',
    'en-US': 'The amounts do not add up: goods {subtotal} + shipping {shipping} − discount {discount} = {expected}, but the total is {total}',
  },
  ORDER_PAYMENT_METHOD_MISSING: {
    clause: 'ORD-2',
    'zh-CN': '订单缺少支付方式',
    'en-US': 'The order states no payment method',
  },
  ORDER_PAYMENT_METHOD_NOT_ACCEPTED: {
    clause: 'ORD-2',
    'zh-CN': '支付方式“{method}”不在本店接受的方式之列（{accepted}）',
    'en-US': 'The payment method "{method}" is not one the store accepts ({accepted})',
  },
  ORDER_TOTAL_SUSPICIOUS: {
    clause: 'ORD-3',
    'zh-CN': '订单总额 {total} 超过 {limit}，按异常订单核实',
    'en-US': 'The total {total} is above {limit}: held as a possibly abnormal order',
  },
  ORDER_QUANTITY_SUSPICIOUS: {
    clause: 'ORD-3',
    'zh-CN': '商品 {sku} 数量 {quantity} 超过 {limit}，按异常订单核实',
    'en-US': 'SKU {sku}: quantity {quantity} is above {limit}, held as a possibly abnormal order',
  },
  ORDER_BUYER_NOTE_REVIEW: {
    clause: 'ORD-4',
    'zh-CN': '订单有买家留言，发货前须核对地址、电话和商品信息：{note}',
    'en-US': 'The buyer left a note: address, phone and product details are checked before shipping: {note}',
  },
  ORDER_HELD_CONTACT_CUSTOMER: {
    clause: 'ORD-3',
    'zh-CN': '异常订单已暂停处理，须联系客户确认后再继续',
    'en-US': 'The order is held as abnormal: the customer is contacted to confirm before it proceeds',
  },
  ORDER_AWAITING_REVIEW: {
    clause: 'ORD-2',
    'zh-CN': '已付款，订单等待人工审核',
    'en-US': 'Paid: the order waits for a manual audit',
  },
  TRANSITION_NOT_ALLOWED: {
    clause: 'ORD-14',
    'zh-CN': '订单处于“{state}”状态，不接受 {event} 事件',
    'en-US': 'An order in state "{state}" does not accept {event}',
  },
  ORDER_EVENT_OUT_OF_ORDER: {
    clause: 'ORD-14',
    'zh-CN': '事件时间 {atLocal} 早于订单上一步的时间 {lastLocal}',
    'en-US': 'The event at {atLocal} is earlier than the order\'s last step at {lastLocal}',
  },
  ORDER_PAID: {
    clause: 'ORD-11',
    'zh-CN': '已于 {atLocal} 付款 {amount}（付款期限 {paymentDueLocal}）',
    'en-US': 'Paid {amount} at {atLocal} (payment was due by {paymentDueLocal})',
  },
  ORDER_PAYMENT_AMOUNT_MISMATCH: {
    clause: 'ORD-2',
    'zh-CN': '付款金额 {amount} 与订单总额 {total} 不符',
    'en-US': 'The payment {amount} does not match the order total {total}',
  },
  ORDER_PAYMENT_WINDOW_CLOSED: {
    clause: 'ORD-11',
    'zh-CN': '付款期限已于 {paymentDueLocal} 届满，订单不能再付款',
    'en-US': 'The payment window closed at {paymentDueLocal}: the order can no longer be paid',
  },
  ORDER_PAYMENT_WINDOW_OPEN: {
    clause: 'ORD-11',
    'zh-CN': '付款期限至 {paymentDueLocal}，尚未届满，订单不能因未付款取消',
    'en-US': 'The payment window is open until {paymentDueLocal}: the order cannot be cancelled as unpaid yet',
  },
  ORDER_PAYMENT_REMINDED: {
    clause: 'ORD-11',
    'zh-CN': '客服跟进未付款订单，提醒买家在 {paymentDueLocal} 前付款',
    'en-US': 'Customer service follows up the unpaid order: payment is due by {paymentDueLocal}',
  },
  ORDER_PAYMENT_EXPIRED: {
    clause: 'ORD-11',
    'zh-CN': '超过付款期限（{paymentDueLocal}）未付款，订单取消',
    'en-US': 'Unpaid past the payment window ({paymentDueLocal}): the order is cancelled',
  },
  ORDER_SHIP_BY: {
    clause: 'ORD-7',
    'zh-CN': '须在 {shipByLocal} 前发货（发货时限自付款起算）',
    'en-US': 'Must ship by {shipByLocal} (the handling time runs from payment)',
  },
  ORDER_SHIP_BY_PERISHABLE: {
    clause: 'ORD-7',
    'zh-CN': '订单含生鲜易腐商品，适用更严的发货时限：须在 {shipByLocal} 前发货',
    'en-US': 'The order has perishable lines, so the stricter handling time applies: ship by {shipByLocal}',
  },
  ORDER_SHIP_BY_UNSTATED: {
    clause: 'ORD-7',
    'zh-CN': '店铺未声明发货时限，按法定时限计：须在 {shipByLocal} 前发货，否则须通知买家并提供取消选择',
    'en-US': 'No handling time is stated, so the FTC rule (16 CFR 435) applies: ship by {shipByLocal}, or send a delay notice offering cancellation',
  },
  ORDER_NO_SHIP_DEADLINE: {
    clause: 'ORD-7',
    'zh-CN': '本店政策未设发货时限',
    'en-US': 'The policy sets no handling time',
  },
  ORDER_CONFIRMED_BY_CUSTOMER: {
    clause: 'ORD-3',
    'zh-CN': '{by} 已与客户确认订单信息，重新审核',
    'en-US': '{by} confirmed the order with the customer; the order is audited again',
  },
  ORDER_HOLD_OVERRIDDEN: {
    clause: 'ORD-3',
    'zh-CN': '{by} 确认客户信息后人工放行订单',
    'en-US': '{by} released the order after confirming with the customer',
  },
  ORDER_ALLOCATED: {
    clause: 'ORD-6',
    'zh-CN': '订单已分配至 {warehouse}',
    'en-US': 'The order is allocated to {warehouse}',
  },
  ORDER_STOCK_SHORTAGE: {
    clause: 'ORD-5',
    'zh-CN': '库存不足（{lines}）：联系客户，以退款、换货或补货解决',
    'en-US': 'Out of stock ({lines}): the customer is contacted to choose a refund, an exchange or a backorder',
  },
  ORDER_SHORTAGE_NOT_IN_ORDER: {
    clause: 'ORD-5',
    'zh-CN': '缺货行与待发货商品不符：{differences}',
    'en-US': 'The shortage does not match what is still to ship: {differences}',
  },
  ORDER_STOCK_ARRIVED: {
    clause: 'ORD-5',
    'zh-CN': '缺货商品已到货，订单恢复待发货',
    'en-US': 'The missing stock arrived: the order is back to awaiting fulfilment',
  },
  ORDER_SHORTAGE_REFUNDED: {
    clause: 'ORD-5',
    'zh-CN': '缺货按退款处理：退还 {refund}（{lines}）',
    'en-US': 'The shortage is resolved by a refund of {refund} ({lines})',
  },
  ORDER_SHORTAGE_EXCHANGE: {
    clause: 'ORD-5',
    'zh-CN': '缺货按换货处理，已通知客户',
    'en-US': 'The shortage is resolved by an exchange; the customer is notified',
  },
  ORDER_SHORTAGE_BACKORDER: {
    clause: 'ORD-5',
    'zh-CN': '缺货按补货处理，到货后发货，已通知客户',
    'en-US': 'The shortage is resolved by a backorder: the goods ship when stock arrives; the customer is notified',
  },
  ORDER_PACK_MATCHES: {
    clause: 'ORD-8',
    'zh-CN': '包裹内商品与订单一致',
    'en-US': 'The package contents match the order',
  },
  ORDER_PACK_MISMATCH: {
    clause: 'ORD-8',
    'zh-CN': '包裹内商品与订单不符，不得发货：{differences}',
    'en-US': 'The package does not match the order and must not ship: {differences}',
  },
  ORDER_TRACKING_NUMBER_MISSING: {
    clause: 'ORD-9',
    'zh-CN': '发货须有运单号',
    'en-US': 'Shipping needs a tracking number',
  },
  ORDER_SHIPPED: {
    clause: 'ORD-9',
    'zh-CN': '已由 {carrier} 发货，运单号 {trackingNumber}，已同步给客户',
    'en-US': 'Shipped with {carrier}, tracking number {trackingNumber}, synced to the customer',
  },
  ORDER_OUTBOUND_REGISTERED: {
    clause: 'ORD-13',
    'zh-CN': '快递揽收，出库登记',
    'en-US': 'Collected by the carrier: outbound registered',
  },
  ORDER_SHIPPED_ON_TIME: {
    clause: 'ORD-7',
    'zh-CN': '在发货时限（{shipByLocal}）内发货',
    'en-US': 'Shipped within the handling time (by {shipByLocal})',
  },
  ORDER_SHIPPED_LATE: {
    clause: 'ORD-7',
    'zh-CN': '发货晚于时限 {shipByLocal}，超时 {lateMinutes} 分钟',
    'en-US': 'Shipped {lateMinutes} minutes after the handling time ended ({shipByLocal})',
  },
  ORDER_IN_TRANSIT: {
    clause: 'ORD-9',
    'zh-CN': '运输中：{node}',
    'en-US': 'In transit: {node}',
  },
  ORDER_DELIVERED: {
    clause: 'ORD-9',
    'zh-CN': '客户已签收；售后期至 {afterSalesLocal}',
    'en-US': 'Signed for by the customer; after-sales stays open until {afterSalesLocal}',
  },
  ORDER_LOGISTICS_DELAYED: {
    clause: 'ORD-10',
    'zh-CN': '物流延误：联系快递公司并告知客户处理进度，以补发或退款解决',
    'en-US': 'The shipment is delayed: the carrier is contacted, the customer kept informed, and it is resolved by a reship or a refund',
  },
  ORDER_LOGISTICS_LOST: {
    clause: 'ORD-10',
    'zh-CN': '包裹丢失：联系快递公司并告知客户处理进度，以补发或退款解决',
    'en-US': 'The parcel is lost: the carrier is contacted, the customer kept informed, and it is resolved by a reship or a refund',
  },
  ORDER_LOGISTICS_DAMAGED: {
    clause: 'ORD-10',
    'zh-CN': '包裹损坏：联系快递公司并告知客户处理进度，以补发或退款解决',
    'en-US': 'The parcel is damaged: the carrier is contacted, the customer kept informed, and it is resolved by a reship or a refund',
  },
  ORDER_AFTER_SALES_CLOSED: {
    clause: 'ORD-12',
    'zh-CN': '售后期已于 {afterSalesLocal} 届满，不再受理售后退款',
    'en-US': 'After-sales closed at {afterSalesLocal}: no more after-sales refunds',
  },
  ORDER_RESHIPPED: {
    clause: 'ORD-10',
    'zh-CN': '物流异常以补发解决：{carrier}，运单号 {trackingNumber}',
    'en-US': 'The exception is resolved by a reship with {carrier}, tracking number {trackingNumber}',
  },
  ORDER_REFUND_RECORDED: {
    clause: 'ORD-12',
    'zh-CN': '退款 {amount}；累计已退 {refunded}，实付 {paid}',
    'en-US': 'Refund of {amount}; refunded so far {refunded} of {paid} paid',
  },
  ORDER_FULLY_REFUNDED: {
    clause: 'ORD-12',
    'zh-CN': '实付金额已全部退还，订单关闭',
    'en-US': 'Everything paid has been refunded: the order is closed',
  },
  ORDER_REFUND_EXCEEDS_PAID: {
    clause: 'RET-10',
    'zh-CN': '退款 {amount} 超过可退金额 {refundable}（实付 {paid}，已退 {refunded}）',
    'en-US': 'A refund of {amount} exceeds the {refundable} still refundable ({paid} paid, {refunded} refunded)',
  },
  ORDER_AFTER_SALES_WINDOW_OPEN: {
    clause: 'ORD-12',
    'zh-CN': '售后期至 {afterSalesLocal}，届满前订单不能完结',
    'en-US': 'After-sales stays open until {afterSalesLocal}: the order cannot complete before then',
  },
  ORDER_COMPLETED: {
    clause: 'ORD-12',
    'zh-CN': '售后期已于 {afterSalesLocal} 届满，订单完结',
    'en-US': 'The after-sales window closed at {afterSalesLocal}: the order is complete',
  },
  ORDER_CANCELLED: {
    clause: 'ORD-14',
    'zh-CN': '订单由 {by} 取消：{reason}',
    'en-US': 'Cancelled by {by}: {reason}',
  },
  ORDER_CANCEL_REFUND: {
    clause: 'ORD-12',
    'zh-CN': '已付款订单取消，退还 {refund}',
    'en-US': 'A paid order was cancelled: {refund} is refunded',
  },
  ORDER_CANCEL_AFTER_PACKING: {
    clause: 'ORD-8',
    'zh-CN': '订单已打包核对（{state}），不能再取消；签收后可走售后流程',
    'en-US': 'The order is already packed and checked ({state}) and can no longer be cancelled; after delivery, after-sales applies',
  },
  ORDER_PAYMENT_OVERDUE: {
    clause: 'ORD-11',
    'zh-CN': '付款已逾期 {minutes} 分钟（期限 {paymentDueLocal}），可取消订单',
    'en-US': 'Payment is overdue by {minutes} min (due {paymentDueLocal}): the order may be cancelled',
  },
  ORDER_SHIPMENT_OVERDUE: {
    clause: 'ORD-7',
    'zh-CN': '发货已逾期 {minutes} 分钟（时限 {shipByLocal}）',
    'en-US': 'Shipment is overdue by {minutes} min (due {shipByLocal})',
  },
  ORDER_NOTHING_OVERDUE: {
    clause: 'ORD-7',
    'zh-CN': '没有逾期的付款或发货期限',
    'en-US': 'No payment or shipping deadline has passed',
  },
});
