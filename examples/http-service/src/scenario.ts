/**
 * The data the demo walks (and the tests reuse): one order of a store on the generic policy
 * (CNY, Asia/Shanghai: pay within 24 hours, ship within 48 hours of payment, after-sales 15 days
 * after delivery), the events its platform and warehouse send, and a return request for one of
 * its lines.
 */
import type { OrderEvent, OrderInput } from '@zhidu/orders';
import type { ReturnInput } from '@zhidu/returns';

/** One step of the walk: what happens, and the event the service receives for it. */
export interface Step {
  readonly title: string;
  readonly event: OrderEvent;
}

const placedAt = '2026-03-02T20:00:00+08:00';

/** Two packs of tea and a cup, less an 8.00 discount: 2 × 59.00 + 30.00 − 8.00 = 140.00. */
export const teaOrder: OrderInput = {
  id: 'SO-20260302-001',
  currency: 'CNY',
  placedAt,
  customer: { name: '王芳', phone: '13800138000', address: '上海市浦东新区世纪大道 100 号' },
  lines: [
    { sku: 'TEA-250', quantity: 2, unitPrice: '59.00' },
    { sku: 'CUP-01', quantity: 1, unitPrice: '30.00', tags: ['fragile'] },
  ],
  discount: '8.00',
  total: '140.00',
  payment: { method: 'alipay' },
};

/** The payment webhook (the platform delivers it twice in the walk). */
export const payment: OrderEvent = { type: 'PAY', id: 'pay-7781', at: '2026-03-02T20:06:00+08:00', amount: '140.00' };

/** The order from payment to completion, with two refusals on the way. */
export const teaSteps: readonly Step[] = [
  { title: 'The buyer pays (the audit runs)', event: payment },
  { title: 'The payment webhook arrives again', event: payment },
  { title: 'Allocated to the Shanghai warehouse', event: { type: 'ALLOCATE', id: 'wms-a-1', at: '2026-03-02T21:00:00+08:00', warehouse: 'SH-PD-01' } },
  {
    title: 'Pack check: one pack of tea is missing',
    event: { type: 'PACK', id: 'wms-p-1', at: '2026-03-03T09:20:00+08:00', items: [{ sku: 'TEA-250', quantity: 1 }, { sku: 'CUP-01', quantity: 1 }] },
  },
  {
    title: 'Packed again, now complete',
    event: { type: 'PACK', id: 'wms-p-2', at: '2026-03-03T09:40:00+08:00', items: [{ sku: 'TEA-250', quantity: 2 }, { sku: 'CUP-01', quantity: 1 }] },
  },
  { title: 'Collected by the carrier', event: { type: 'SHIP', id: 'wms-s-1', at: '2026-03-03T15:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1234567890' } },
  { title: 'Scanned at a hub', event: { type: 'IN_TRANSIT', id: 'trk-1', at: '2026-03-04T07:30:00+08:00', node: '杭州转运中心' } },
  { title: 'Signed for', event: { type: 'DELIVER', id: 'trk-2', at: '2026-03-05T16:00:00+08:00' } },
  {
    title: 'After-sales: the cup arrived cracked, partial refund',
    event: { type: 'REFUND', id: 'as-1', at: '2026-03-06T11:00:00+08:00', amount: '28.38' },
  },
  { title: 'Try to complete while after-sales is open', event: { type: 'COMPLETE', id: 'cmp-1', at: '2026-03-12T00:00:00+08:00' } },
  { title: 'Complete after the 15-day after-sales window', event: { type: 'COMPLETE', id: 'cmp-2', at: '2026-03-22T09:00:00+08:00' } },
];

/**
 * The buyer asks to return one pack of tea without a reason, unopened, six days after signing:
 * the line's paid share is its price less its part of the discount (118.00 − 6.38 = 111.62).
 */
export const teaReturn: ReturnInput = {
  order: {
    id: teaOrder.id,
    currency: 'CNY',
    placedAt,
    deliveredAt: '2026-03-05T16:00:00+08:00',
    lines: [
      { id: 'L1', sku: 'TEA-250', quantity: 2, unitPrice: '59.00', paid: '111.62' },
      { id: 'L2', sku: 'CUP-01', quantity: 1, unitPrice: '30.00', paid: '28.38' },
    ],
  },
  request: {
    lineId: 'L1',
    quantity: 1,
    requestedAt: '2026-03-11T10:00:00+08:00',
    reason: 'no_reason',
    resolution: 'return_refund',
    condition: 'intact',
  },
};
