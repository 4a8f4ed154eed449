import { createReason, parseInput, resolveContext, type Context, type Reason } from '@zhidu/core';
import { describeDifference, goodsDifferences } from './checkGoods.js';
import { inventoryPolicy, presets } from './inventoryPolicy.js';
import { inventoryMessages } from './messages.js';
import { receiptInputSchema } from './schema.js';
import type { InventoryPolicy, ReceiptCheck, ReceiptInput } from './types.js';

/**
 * Checks a goods receipt against its purchase order (INV-7): a receipt whose names, quantities or
 * specs differ is refused with the differing lines (purchasing and the supplier are told); on an
 * accepted receipt, units that failed inspection go back to the factory and never count as stock.
 *
 * @param input - the purchase order and what arrived
 * @param policy - the inventory policy (for the locale); the generic preset by default
 * @param context - the locale of the reasons
 * @returns `{ accepted, differences, stockIn, returnToSupplier, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} when the input is malformed
 * @example
 * checkReceipt({
 *   purchaseOrder: { lines: [{ sku: 'TEA-250', name: '龙井 250g', quantity: 100 }] },
 *   received: [{ sku: 'TEA-250', name: '龙井 250g', quantity: 100, nonConforming: 3 }],
 * }).stockIn
 * //=> [{ sku: 'TEA-250', quantity: 97 }]
 */
export function checkReceipt(input: ReceiptInput, policy: InventoryPolicy = presets.generic, context?: Context): ReceiptCheck {
  const valid = inventoryPolicy.check(policy);
  const { purchaseOrder, received } = parseInput(receiptInputSchema, input);
  const { locale } = resolveContext(context, valid.store);
  const differences = goodsDifferences(purchaseOrder.lines, received, ['name', 'spec']);
  if (differences.length > 0) {
    const reasons = [createReason(inventoryMessages, 'RECEIPT_MISMATCH', { differences: differences.map(describeDifference) }, locale)];
    return { accepted: false, differences, stockIn: [], returnToSupplier: [], reasons };
  }
  const reasons: Reason[] = [];
  const stockIn = new Map<string, number>();
  const back = new Map<string, number>();
  for (const line of received) {
    const bad = Math.min(line.nonConforming ?? 0, line.quantity);
    stockIn.set(line.sku, (stockIn.get(line.sku) ?? 0) + line.quantity - bad);
    if (bad > 0) back.set(line.sku, (back.get(line.sku) ?? 0) + bad);
  }
  for (const [sku, quantity] of back) reasons.push(createReason(inventoryMessages, 'RECEIPT_NON_CONFORMING', { sku, quantity }, locale));
  const units = [...stockIn.values()].reduce((a, b) => a + b, 0);
  reasons.unshift(createReason(inventoryMessages, 'RECEIPT_MATCHES', { units }, locale));
  const list = (map: Map<string, number>) => [...map].filter(([, quantity]) => quantity > 0).map(([sku, quantity]) => ({ sku, quantity }));
  return { accepted: true, differences: [], stockIn: list(stockIn), returnToSupplier: list(back), reasons };
}
