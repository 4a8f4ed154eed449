import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { checkOutbound, checkReceipt, presets, safeCheckOutbound, safeCheckReceipt, type OutboundInput, type ReceiptInput } from '../src/index.js';
import { clauseOf, codes, reasonOf, thrown } from './fixtures.js';

const purchaseOrder: ReceiptInput['purchaseOrder'] = {
  id: 'PO-7',
  lines: [
    { sku: 'TEA-250', name: '龙井 250g', quantity: 100, spec: '250g 罐装' },
    { sku: 'CUP-01', name: '玻璃杯', quantity: 10 },
  ],
};
const received: ReceiptInput['received'] = [
  { sku: 'TEA-250', name: '龙井 250g', quantity: 100, spec: '250g 罐装', nonConforming: 3 },
  { sku: 'CUP-01', name: '玻璃杯', quantity: 10 },
];

/** Expect a refused receipt: the differences given, and nothing into stock or back to the supplier. */
function expectRefused(input: ReceiptInput, differences: unknown[]) {
  const check = checkReceipt(input);
  expect(check.accepted).toBe(false);
  expect(check.differences).toEqual(differences);
  expect(check.stockIn).toEqual([]);
  expect(check.returnToSupplier).toEqual([]);
  expect(codes(check)).toEqual(['RECEIPT_MISMATCH']);
  expect(clauseOf(check, 'RECEIPT_MISMATCH')).toBe('INV-7');
  return check;
}

describe('INV-7: a receipt that matches its purchase order', () => {
  it('INV-7: accepted; stockIn = received − non-conforming; the non-conforming go back to the supplier', () => {
    const check = checkReceipt({ purchaseOrder, received });
    expect(check.accepted).toBe(true);
    expect(check.differences).toEqual([]);
    expect(check.stockIn).toEqual([
      { sku: 'TEA-250', quantity: 97 },
      { sku: 'CUP-01', quantity: 10 },
    ]);
    expect(check.returnToSupplier).toEqual([{ sku: 'TEA-250', quantity: 3 }]);
    expect(codes(check)).toEqual(['RECEIPT_MATCHES', 'RECEIPT_NON_CONFORMING']);
    expect(reasonOf(check, 'RECEIPT_MATCHES')).toMatchObject({ clause: 'INV-7', message: '到货与采购单一致，检验合格的 107 件入库' });
    expect(reasonOf(check, 'RECEIPT_NON_CONFORMING')).toMatchObject({ clause: 'INV-7', message: 'TEA-250 有 3 件检验不合格，退回厂家，不入库' });
  });

  it('INV-7: all conforming: everything enters stock, nothing goes back', () => {
    const check = checkReceipt({ purchaseOrder, received: [{ ...received[0]!, nonConforming: 0 }, received[1]!] });
    expect(check.stockIn).toEqual([
      { sku: 'TEA-250', quantity: 100 },
      { sku: 'CUP-01', quantity: 10 },
    ]);
    expect(check.returnToSupplier).toEqual([]);
    expect(codes(check)).toEqual(['RECEIPT_MATCHES']);
  });

  it('INV-7: a line that failed inspection entirely never enters stock', () => {
    const check = checkReceipt({ purchaseOrder, received: [received[0]!, { ...received[1]!, nonConforming: 10 }] });
    expect(check.accepted).toBe(true);
    expect(check.stockIn).toEqual([{ sku: 'TEA-250', quantity: 97 }]);
    expect(check.returnToSupplier).toEqual([
      { sku: 'TEA-250', quantity: 3 },
      { sku: 'CUP-01', quantity: 10 },
    ]);
  });

  it('INV-7: a delivery split over two lines of the same SKU matches the order line', () => {
    const check = checkReceipt({
      purchaseOrder,
      received: [
        { sku: 'TEA-250', name: '龙井 250g', quantity: 60, spec: '250g 罐装' },
        { sku: 'TEA-250', name: '龙井 250g', quantity: 40, spec: '250g 罐装', nonConforming: 1 },
        received[1]!,
      ],
    });
    expect(check.accepted).toBe(true);
    expect(check.stockIn).toEqual([
      { sku: 'TEA-250', quantity: 99 },
      { sku: 'CUP-01', quantity: 10 },
    ]);
  });

  it('INV-7: en-US reasons via the context', () => {
    const check = checkReceipt({ purchaseOrder, received }, presets.generic, { locale: 'en-US' });
    expect(reasonOf(check, 'RECEIPT_NON_CONFORMING')?.message).toBe('TEA-250: 3 units failed inspection, go back to the factory and never enter stock');
  });
});

describe('INV-7: a receipt that does not match is refused with the differing lines', () => {
  it('INV-7: a different name', () => {
    const check = expectRefused({ purchaseOrder, received: [{ ...received[0]!, name: '碧螺春 250g' }, received[1]!] }, [
      { sku: 'TEA-250', field: 'name', expected: '龙井 250g', actual: '碧螺春 250g' },
    ]);
    expect(reasonOf(check, 'RECEIPT_MISMATCH')?.message).toBe('到货与采购单不符（TEA-250 name 龙井 250g → 碧螺春 250g），拒收并通知采购/供应商');
  });

  it('INV-7: a different spec', () => {
    expectRefused({ purchaseOrder, received: [{ ...received[0]!, spec: '500g 袋装' }, received[1]!] }, [
      { sku: 'TEA-250', field: 'spec', expected: '250g 罐装', actual: '500g 袋装' },
    ]);
  });

  it('INV-7: a different quantity (short by 2)', () => {
    expectRefused({ purchaseOrder, received: [{ ...received[0]!, quantity: 98 }, received[1]!] }, [{ sku: 'TEA-250', field: 'quantity', expected: 100, actual: 98 }]);
  });

  it('INV-7: a different quantity (2 over)', () => {
    expectRefused({ purchaseOrder, received: [received[0]!, { ...received[1]!, quantity: 12 }] }, [{ sku: 'CUP-01', field: 'quantity', expected: 10, actual: 12 }]);
  });

  it('INV-7: a missing line', () => {
    expectRefused({ purchaseOrder, received: [received[0]!] }, [{ sku: 'CUP-01', field: 'missing', expected: 10, actual: null }]);
  });

  it('INV-7: an unexpected line', () => {
    expectRefused({ purchaseOrder, received: [...received, { sku: 'SPOON-9', name: '茶匙', quantity: 5 }] }, [
      { sku: 'SPOON-9', field: 'unexpected', expected: null, actual: 5 },
    ]);
  });

  it('INV-7: several differences at once are all listed', () => {
    const check = checkReceipt({
      purchaseOrder,
      received: [{ ...received[0]!, name: '碧螺春 250g', quantity: 90 }, { sku: 'SPOON-9', name: '茶匙', quantity: 5 }],
    });
    expect(check.accepted).toBe(false);
    expect(check.differences).toHaveLength(4);
    expect(check.differences).toEqual(
      expect.arrayContaining([
        { sku: 'TEA-250', field: 'name', expected: '龙井 250g', actual: '碧螺春 250g' },
        { sku: 'TEA-250', field: 'quantity', expected: 100, actual: 90 },
        { sku: 'CUP-01', field: 'missing', expected: 10, actual: null },
        { sku: 'SPOON-9', field: 'unexpected', expected: null, actual: 5 },
      ]),
    );
    expect(check.stockIn).toEqual([]);
  });

  it('INV-7: nothing received at all: every line missing', () => {
    expectRefused({ purchaseOrder, received: [] }, [
      { sku: 'TEA-250', field: 'missing', expected: 100, actual: null },
      { sku: 'CUP-01', field: 'missing', expected: 10, actual: null },
    ]);
  });

  it('INV-7: the message names a missing line and an unexpected line with a dash for the side that has none', () => {
    const missing = expectRefused({ purchaseOrder, received: [received[0]!] }, [{ sku: 'CUP-01', field: 'missing', expected: 10, actual: null }]);
    expect(reasonOf(missing, 'RECEIPT_MISMATCH')?.message).toBe('到货与采购单不符（CUP-01 missing 10 → —），拒收并通知采购/供应商');
    const unexpected = expectRefused({ purchaseOrder, received: [...received, { sku: 'SPOON-9', name: '茶匙', quantity: 5 }] }, [
      { sku: 'SPOON-9', field: 'unexpected', expected: null, actual: 5 },
    ]);
    expect(reasonOf(unexpected, 'RECEIPT_MISMATCH')?.params).toEqual({ differences: ['SPOON-9 unexpected — → 5'] });
  });

  it('INV-7: a name or spec that differs only in surrounding spaces is the same; a real difference is shown without them', () => {
    const padded = checkReceipt({ purchaseOrder, received: [{ ...received[0]!, name: ' 龙井 250g ', spec: '250g 罐装  ' }, received[1]!] });
    expect(padded.accepted).toBe(true);
    expect(padded.differences).toEqual([]);
    // … and the same when the purchase order is the padded side
    const paddedOrder = { lines: [{ sku: 'TEA-250', name: '龙井 250g  ', quantity: 100, spec: ' 250g 罐装' }, purchaseOrder.lines[1]!] };
    expect(checkReceipt({ purchaseOrder: paddedOrder, received }).differences).toEqual([]);
    expectRefused({ purchaseOrder: paddedOrder, received: [{ ...received[0]!, name: '碧螺春 250g ' }, received[1]!] }, [
      { sku: 'TEA-250', field: 'name', expected: '龙井 250g', actual: '碧螺春 250g' },
    ]);
  });

  it('INV-7: a spec is compared only where both the order and the receipt state it', () => {
    // The order states a spec for TEA-250 and none for CUP-01; the receipt the other way round.
    const check = checkReceipt({
      purchaseOrder,
      received: [
        { sku: 'TEA-250', name: '龙井 250g', quantity: 100 },
        { sku: 'CUP-01', name: '玻璃杯', quantity: 10, spec: '6 只装' },
      ],
    });
    expect(check.accepted).toBe(true);
    expect(check.differences).toEqual([]);
    expect(codes(check)).toEqual(['RECEIPT_MATCHES']);
  });

  it('INV-7: a received line of 0 units of a SKU not on the order is not an unexpected line; 1 unit is', () => {
    const zero = checkReceipt({ purchaseOrder, received: [...received, { sku: 'SPOON-9', name: '茶匙', quantity: 0 }] });
    expect(zero.accepted).toBe(true);
    expect(zero.differences).toEqual([]);
    expect(zero.stockIn.map((line) => line.sku)).toEqual(['TEA-250', 'CUP-01']);
    expectRefused({ purchaseOrder, received: [...received, { sku: 'SPOON-9', name: '茶匙', quantity: 1 }] }, [
      { sku: 'SPOON-9', field: 'unexpected', expected: null, actual: 1 },
    ]);
  });

  it('INV-7: a bad receipt → PolicyInputError (empty purchase order, negative quantity)', () => {
    expect(() => checkReceipt({ purchaseOrder: { lines: [] }, received: [] })).toThrow(PolicyInputError);
    expect(thrown(() => checkReceipt({ purchaseOrder, received: [{ ...received[0]!, quantity: -1 }] })).paths).toContain('received.0.quantity');
    const safe = safeCheckReceipt({ purchaseOrder: { lines: [] }, received: [] });
    expect(safe.ok).toBe(false);
  });
});

describe('INV-8: outbound check', () => {
  const order: OutboundInput['order'] = [
    { sku: 'TEA-250', quantity: 2 },
    { sku: 'CUP-01', quantity: 1 },
  ];

  it('INV-8: the pick matches the order: allowed', () => {
    const check = checkOutbound({ order, picked: [...order] });
    expect(check).toMatchObject({ allowed: true, differences: [] });
    expect(codes(check)).toEqual(['OUTBOUND_MATCHES']);
    expect(reasonOf(check, 'OUTBOUND_MATCHES')).toMatchObject({ clause: 'INV-8', message: '拣货与出库单一致，库存充足，可出库' });
  });

  it('INV-8: a short pick is refused with the difference', () => {
    const check = checkOutbound({ order, picked: [{ sku: 'TEA-250', quantity: 1 }, order[1]!] });
    expect(check.allowed).toBe(false);
    expect(check.differences).toEqual([{ sku: 'TEA-250', field: 'quantity', expected: 2, actual: 1 }]);
    expect(reasonOf(check, 'OUTBOUND_MISMATCH')).toMatchObject({ clause: 'INV-8', message: '拣货与出库单不符（TEA-250 quantity 2 → 1），不得出库' });
  });

  it('INV-8: a wrong item picked and one left out are refused', () => {
    const check = checkOutbound({ order, picked: [order[0]!, { sku: 'CUP-02', quantity: 1 }] });
    expect(check.allowed).toBe(false);
    expect(check.differences).toEqual([
      { sku: 'CUP-01', field: 'missing', expected: 1, actual: null },
      { sku: 'CUP-02', field: 'unexpected', expected: null, actual: 1 },
    ]);
  });

  it('INV-8: short stock is refused when available is given (1 in stock for 2)', () => {
    const check = checkOutbound({ order, picked: [...order], available: { 'TEA-250': 1, 'CUP-01': 5 } });
    expect(check.allowed).toBe(false);
    expect(check.differences).toEqual([]);
    expect(reasonOf(check, 'OUTBOUND_SHORT_STOCK')).toMatchObject({ clause: 'INV-8', params: { sku: 'TEA-250', available: 1, quantity: 2 }, message: 'TEA-250 库存 1 件，不足出库 2 件' });
  });

  it('INV-8: stock exactly covering the order is enough; a SKU missing from available counts as 0', () => {
    expect(checkOutbound({ order, picked: [...order], available: { 'TEA-250': 2, 'CUP-01': 1 } }).allowed).toBe(true);
    const missing = checkOutbound({ order, picked: [...order], available: { 'TEA-250': 2 } });
    expect(missing.allowed).toBe(false);
    expect(reasonOf(missing, 'OUTBOUND_SHORT_STOCK')?.params).toMatchObject({ sku: 'CUP-01', available: 0, quantity: 1 });
  });

  it('INV-8: a refused outbound gives only the reasons for refusing, never OUTBOUND_MATCHES', () => {
    expect(codes(checkOutbound({ order, picked: [{ sku: 'TEA-250', quantity: 1 }, order[1]!] }))).toEqual(['OUTBOUND_MISMATCH']);
    expect(codes(checkOutbound({ order, picked: [...order], available: { 'TEA-250': 1, 'CUP-01': 1 } }))).toEqual(['OUTBOUND_SHORT_STOCK']);
  });

  it('INV-8: a picked line of 0 units of a SKU not on the order changes nothing; 1 unit is an unexpected pick', () => {
    expect(checkOutbound({ order, picked: [...order, { sku: 'CUP-02', quantity: 0 }] })).toMatchObject({ allowed: true, differences: [] });
    const extra = checkOutbound({ order, picked: [...order, { sku: 'CUP-02', quantity: 1 }] });
    expect(extra.allowed).toBe(false);
    expect(extra.differences).toEqual([{ sku: 'CUP-02', field: 'unexpected', expected: null, actual: 1 }]);
    expect(reasonOf(extra, 'OUTBOUND_MISMATCH')?.message).toBe('拣货与出库单不符（CUP-02 unexpected — → 1），不得出库');
  });

  it('INV-8: a bad outbound → PolicyInputError (empty order, zero quantity)', () => {
    expect(() => checkOutbound({ order: [], picked: [] })).toThrow(PolicyInputError);
    expect(thrown(() => checkOutbound({ order: [{ sku: 'A', quantity: 0 }], picked: [] })).paths).toContain('order.0.quantity');
    expect(safeCheckOutbound({ order: [], picked: [] }).ok).toBe(false);
  });
});
