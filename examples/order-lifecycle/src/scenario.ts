/**
 * The orders the demo walks, as data: `main.ts` prints them step by step and
 * `test/orderDesk.test.ts` checks the outcomes. All three belong to a Douyin shop
 * (`presets.douyinShop`: pay within 30 minutes, ship within 48 hours of payment, after-sales 15 days).
 */
import { allocate, money, subtractMoney } from '@zhidu/core';
import type { OrderEvent, OrderInput } from '@zhidu/orders';

/** One step of a walk: what happens, and the event the host receives for it. */
export interface Step {
  readonly title: string;
  readonly event: OrderEvent;
}

const customer = { name: '王芳', phone: '13800138000', address: '上海市浦东新区世纪大道 100 号' };

/** Two packs of tea and a cup, with an 8.00 store discount: 2 × 59.00 + 30.00 − 8.00 = 140.00. */
export const teaOrder: OrderInput = {
  id: 'DY-20260302-001',
  currency: 'CNY',
  placedAt: '2026-03-02T20:00:00+08:00',
  customer,
  lines: [
    { sku: 'TEA-250', quantity: 2, unitPrice: '59.00' },
    { sku: 'CUP-01', quantity: 1, unitPrice: '30.00', tags: ['fragile'] },
  ],
  discount: '8.00',
  total: '140.00',
  payment: { method: 'douyin_pay' },
};

/**
 * The after-sales refund of the cup (it arrived cracked): its price less its share of the order
 * discount, the discount split across the lines in proportion to their amounts with `allocate`.
 */
export const cupRefund = subtractMoney(money('30.00', 'CNY'), allocate(money('8.00', 'CNY'), ['118.00', '30.00'])[1] ?? money(0, 'CNY'));

/** The payment webhook; the platform delivers it twice. */
export const payment: OrderEvent = { type: 'PAY', id: 'dy-pay-7781', at: '2026-03-02T20:06:00+08:00', amount: '140.00' };

/** The tea order from payment to completion. */
export const teaSteps: readonly Step[] = [
  { title: 'The buyer pays (the audit runs)', event: payment },
  { title: 'The platform delivers the payment webhook again', event: payment },
  { title: 'Allocated to the Shanghai warehouse', event: { type: 'ALLOCATE', id: 'wms-a-1', at: '2026-03-02T21:00:00+08:00', warehouse: 'SH-PD-01' } },
  {
    title: 'Pack check: one pack of tea is missing',
    event: { type: 'PACK', id: 'wms-p-1', at: '2026-03-03T09:20:00+08:00', items: [{ sku: 'TEA-250', quantity: 1 }, { sku: 'CUP-01', quantity: 1 }] },
  },
  {
    title: 'Packed again, now complete',
    event: { type: 'PACK', id: 'wms-p-2', at: '2026-03-03T09:40:00+08:00', items: [{ sku: 'TEA-250', quantity: 2 }, { sku: 'CUP-01', quantity: 1 }] },
  },
  { title: 'Collected by the carrier', event: { type: 'SHIP', id: 'wms-s-1', at: '2026-03-03T15:00:00+08:00', carrier: 'YTO', trackingNumber: 'YT7712345678' } },
  { title: 'Scanned at a hub', event: { type: 'IN_TRANSIT', id: 'trk-1', at: '2026-03-04T07:30:00+08:00', node: '杭州转运中心' } },
  { title: 'The carrier reports a delay', event: { type: 'REPORT_EXCEPTION', id: 'trk-2', at: '2026-03-05T10:00:00+08:00', kind: 'delayed' } },
  { title: 'Signed for', event: { type: 'DELIVER', id: 'trk-3', at: '2026-03-07T16:00:00+08:00' } },
  { title: 'After-sales: the cup arrived cracked, partial refund', event: { type: 'REFUND', id: 'as-1', at: '2026-03-09T11:00:00+08:00', amount: cupRefund } },
  { title: 'Try to complete while after-sales is open', event: { type: 'COMPLETE', at: '2026-03-15T00:00:00+08:00' } },
  { title: 'Complete after the after-sales window', event: { type: 'COMPLETE', at: '2026-03-23T00:00:00+08:00' } },
];

/** An order nobody pays. */
export const unpaidOrder: OrderInput = {
  ...teaOrder,
  id: 'DY-20260302-002',
  placedAt: '2026-03-02T21:00:00+08:00',
  lines: [{ sku: 'TEA-250', quantity: 1, unitPrice: '59.00' }],
  discount: '0.00',
  total: '59.00',
};

/** When the desk checks the unpaid order's deadlines: one minute after the 30-minute window. */
export const unpaidCheckedAt = '2026-03-02T21:31:00+08:00';

/** The unpaid order: reminded, then cancelled once the payment window has passed (ORD-11). */
export const unpaidSteps: readonly Step[] = [
  { title: 'Customer service reminds the buyer', event: { type: 'REMIND_PAYMENT', at: '2026-03-02T21:15:00+08:00' } },
  { title: 'Cancel as unpaid too early', event: { type: 'EXPIRE_PAYMENT', at: '2026-03-02T21:20:00+08:00' } },
  { title: 'Cancel as unpaid after the window', event: { type: 'EXPIRE_PAYMENT', at: unpaidCheckedAt } },
];

/** An order with a buyer note, which the audit holds for review (ORD-4). */
export const notedOrder: OrderInput = {
  ...unpaidOrder,
  id: 'DY-20260302-003',
  placedAt: '2026-03-02T22:00:00+08:00',
  note: '请放门卫室，周末再送',
};

/** The noted order: held at payment, released once customer service has confirmed with the buyer. */
export const notedSteps: readonly Step[] = [
  { title: 'The buyer pays; the audit holds the order for its note', event: { type: 'PAY', at: '2026-03-02T22:05:00+08:00', amount: '59.00' } },
  { title: 'Customer service confirms the details with the buyer', event: { type: 'CONFIRM', at: '2026-03-02T22:20:00+08:00', by: '客服小李' } },
];
