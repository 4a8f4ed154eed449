import { collectIssues, fromDecimal, parseInput, parseInstant, PolicyInputError, readMoney, type PolicyIssue } from '@zhidu/core';
import { orderInputSchema } from './schema.js';
import type { Order } from './types.js';

/**
 * Validates an order and writes it as the state keeps it: every amount at the currency's minor
 * unit (an amount with more decimals than the currency has is an input error), instants in UTC.
 *
 * @param input - the order as the host passes it
 * @param path - where the order sits in the call's arguments
 * @returns the order
 * @throws {@link @zhidu/core!PolicyInputError} listing every malformed field
 * @example
 * readOrder(order).lines[0]?.unitPrice
 * //=> '59.00'
 */
export function readOrder(input: unknown, path: readonly (string | number)[] = ['order']): Order {
  const parsed = parseInput(orderInputSchema, input, path);
  const issues: PolicyIssue[] = [];
  const currency = parsed.currency;
  const amount = (at: readonly (string | number)[], value: unknown) =>
    collectIssues(issues, () => {
      const read = readMoney([...path, ...at], value, currency);
      return fromDecimal(read.value, read.currency).amount;
    });
  const lines = parsed.lines.map((line, index) => ({
    sku: line.sku,
    quantity: line.quantity,
    unitPrice: amount(['lines', index, 'unitPrice'], line.unitPrice) ?? '0',
    tags: [...new Set(line.tags ?? [])],
  }));
  const shipping = amount(['shipping'], parsed.shipping ?? 0);
  const discount = amount(['discount'], parsed.discount ?? 0);
  const total = amount(['total'], parsed.total);
  if (issues.length > 0 || shipping === undefined || discount === undefined || total === undefined) {
    // Unknown currencies repeat once per amount; report each path once.
    const seen = new Set<string>();
    throw new PolicyInputError(
      issues.filter((issue) => {
        const key = issue.code === 'invalid_currency' ? 'currency' : JSON.stringify(issue.path) + issue.message;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }).map((issue) => (issue.code === 'invalid_currency' ? { ...issue, path: [...path, 'currency'] } : issue)),
    );
  }
  return {
    id: parsed.id,
    currency,
    placedAt: parseInstant(parsed.placedAt, [...path, 'placedAt']).toISOString(),
    customer: { name: parsed.customer.name, phone: parsed.customer.phone, address: parsed.customer.address },
    lines,
    shipping,
    discount,
    total,
    payment: parsed.payment == null ? null : { method: parsed.payment.method },
    note: parsed.note ?? null,
  };
}
