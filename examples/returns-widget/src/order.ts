import type { Locale } from '@zhidu/core';
import { presets, type ReturnInput, type ReturnTag } from '@zhidu/returns';

/** The store's returns policy: the generic PRC-law preset (Asia/Shanghai, CNY, 7-day no-reason returns). */
export const policy = presets.generic;

/** A line of the page's fixed order, with its name in each locale. */
export interface OrderLine {
  readonly id: string;
  readonly sku: string;
  readonly name: Readonly<Record<Locale, string>>;
  readonly quantity: number;
  readonly unitPrice: string;
  /** What was actually paid for the line, after the order discount was apportioned. */
  readonly paid: string;
  readonly tags?: readonly ReturnTag[];
}

export const lines: readonly OrderLine[] = [
  { id: 'L1', sku: 'TEA-250', name: { 'zh-CN': '西湖龙井 250g', 'en-US': 'Longjing tea, 250 g' }, quantity: 2, unitPrice: '59.00', paid: '110.00' },
  { id: 'L2', sku: 'EAR-BT5', name: { 'zh-CN': '蓝牙耳机', 'en-US': 'Bluetooth earbuds' }, quantity: 1, unitPrice: '299.00', paid: '279.00' },
  {
    id: 'L3',
    sku: 'FLASK-ENG',
    name: { 'zh-CN': '刻字保温杯（定制）', 'en-US': 'Engraved vacuum flask (custom)' },
    quantity: 1,
    unitPrice: '129.00',
    paid: '120.00',
    tags: ['custom'],
  },
  {
    id: 'L4',
    sku: 'FRUIT-BOX',
    name: { 'zh-CN': '鲜切水果礼盒（生鲜）', 'en-US': 'Fresh-cut fruit box (perishable)' },
    quantity: 3,
    unitPrice: '45.00',
    paid: '126.00',
    tags: ['perishable'],
  },
];

/** The order as `evaluateReturn` reads it: placed on 1 March, signed for on 3 March (Shanghai time). */
export const order = {
  id: 'SO-20260301-0042',
  currency: 'CNY',
  placedAt: '2026-03-01T10:00:00+08:00',
  deliveredAt: '2026-03-03T15:00:00+08:00',
  lines: lines.map(({ id, sku, quantity, unitPrice, paid, tags }) => (tags === undefined ? { id, sku, quantity, unitPrice, paid } : { id, sku, quantity, unitPrice, paid, tags })),
} satisfies ReturnInput['order'];
