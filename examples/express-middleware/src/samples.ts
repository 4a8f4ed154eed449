/**
 * The requests the demo sends (and the tests reuse): a no-reason return of one of two packs of tea,
 * on the 7th day after signing, and an order to audit whose customer phone is missing.
 */
import type { OrderInput } from '@zhidu/orders';
import type { ReturnInput } from '@zhidu/returns';

/** 1 × TEA-250 of 2 back, unopened, no reason given, within the 7-day window (RET-7). */
export const teaReturn: ReturnInput = {
  order: {
    id: 'SO-1',
    currency: 'CNY',
    placedAt: '2026-03-01T10:00:00+08:00',
    deliveredAt: '2026-03-03T15:00:00+08:00',
    lines: [{ id: 'L1', sku: 'TEA-250', quantity: 2, unitPrice: '59.00', paid: '110.00' }],
  },
  request: { lineId: 'L1', quantity: 1, requestedAt: '2026-03-10T23:59:59+08:00', reason: 'no_reason', resolution: 'return_refund', condition: 'intact' },
};

/** Two packs of tea for 118.00, paid by Alipay, the customer's phone left empty (ORD-2). */
export const orderWithoutPhone: OrderInput = {
  id: 'SO-1001',
  currency: 'CNY',
  placedAt: '2026-03-01T10:00:00+08:00',
  customer: { name: '王芳', phone: '', address: '上海市浦东新区世纪大道 100 号' },
  lines: [{ sku: 'TEA-250', quantity: 2, unitPrice: '59.00' }],
  total: '118.00',
  payment: { method: 'alipay' },
};
