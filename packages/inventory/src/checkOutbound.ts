import { createReason, parseInput, resolveContext, type Context, type Reason } from '@zhidu/core';
import { describeDifference, goodsDifferences } from './checkGoods.js';
import { inventoryPolicy, presets } from './inventoryPolicy.js';
import { inventoryMessages } from './messages.js';
import { outboundInputSchema } from './schema.js';
import type { InventoryPolicy, OutboundCheck, OutboundInput } from './types.js';

/**
 * Checks an outbound before it ships (INV-8): the pick must equal the outbound order, and, when the
 * available stock is given, stock must cover every line.
 *
 * @param input - the outbound order's lines, the picked lines and, optionally, available stock by SKU
 * @param policy - the inventory policy (for the locale); the generic preset by default
 * @param context - the locale of the reasons
 * @returns `{ allowed, differences, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} when the input is malformed
 * @example
 * checkOutbound({ order: [{ sku: 'TEA-250', quantity: 2 }], picked: [{ sku: 'TEA-250', quantity: 1 }] }).allowed
 * //=> false
 */
export function checkOutbound(input: OutboundInput, policy: InventoryPolicy = presets.generic, context?: Context): OutboundCheck {
  const valid = inventoryPolicy.check(policy);
  const { order, picked, available } = parseInput(outboundInputSchema, input);
  const { locale } = resolveContext(context, valid.store);
  // Stryker disable next-line ArrayDeclaration: outbound lines are { sku, quantity } only (strict schema), so any field list compares two undefined values and adds no difference
  const differences = goodsDifferences(order, picked, []);
  const reasons: Reason[] = [];
  if (differences.length > 0) reasons.push(createReason(inventoryMessages, 'OUTBOUND_MISMATCH', { differences: differences.map(describeDifference) }, locale));
  if (available !== undefined) {
    const wanted = new Map<string, number>();
    for (const line of order) wanted.set(line.sku, (wanted.get(line.sku) ?? 0) + line.quantity);
    for (const [sku, quantity] of wanted) {
      const stock = available[sku] ?? 0;
      if (stock < quantity) reasons.push(createReason(inventoryMessages, 'OUTBOUND_SHORT_STOCK', { sku, available: stock, quantity }, locale));
    }
  }
  const allowed = reasons.length === 0;
  if (allowed) reasons.push(createReason(inventoryMessages, 'OUTBOUND_MATCHES', undefined, locale));
  return { allowed, differences, reasons };
}
