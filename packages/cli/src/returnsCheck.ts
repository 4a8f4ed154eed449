import { createReturnEvaluator, returnPolicy, type ReturnInput } from '@zhidu/returns';
import { reasonText, type BatchCommand } from './batchCommand.js';
import { compact, list, num, nullableText, text, type CsvRecord } from './csvFields.js';
import { resolvePolicy } from './loadPolicyFile.js';

/**
 * A return request from a flat CSV row: the order's line being returned, and the request.
 * Columns: orderId, currency, placedAt, deliveredAt, lineId, sku, quantity, unitPrice, paid, tags
 * (`|`-separated), requestQuantity, requestedAt, reason, resolution, condition, alreadyReturned.
 */
export function returnFromCsv(record: CsvRecord): unknown {
  const lineId = text(record, 'lineId') ?? '1';
  return {
    order: compact({
      id: text(record, 'orderId'),
      currency: text(record, 'currency'),
      placedAt: text(record, 'placedAt'),
      deliveredAt: nullableText(record, 'deliveredAt'),
      lines: [
        compact({
          id: lineId,
          sku: text(record, 'sku'),
          quantity: num(record, 'quantity'),
          unitPrice: text(record, 'unitPrice'),
          paid: text(record, 'paid'),
          tags: list(record, 'tags'),
        }),
      ],
    }),
    request: compact({
      lineId,
      quantity: num(record, 'requestQuantity') ?? 1,
      requestedAt: text(record, 'requestedAt'),
      reason: text(record, 'reason'),
      resolution: text(record, 'resolution'),
      condition: text(record, 'condition'),
      alreadyReturned: num(record, 'alreadyReturned'),
    }),
  };
}

/** The order id and line of a return input, for the output row (whatever the input's shape). */
export function returnKey(value: unknown): { order: string | null; lineId: string | null } {
  const input = value as { order?: { id?: unknown }; request?: { lineId?: unknown } } | null;
  const order = input?.order?.id;
  const lineId = input?.request?.lineId;
  return { order: typeof order === 'string' ? order : null, lineId: typeof lineId === 'string' ? lineId : null };
}

/** `zhidu returns check <requests>`: decides every return request (RET-7..10). */
export const returnsCheck: BatchCommand = {
  group: 'returns',
  verb: 'check',
  description: 'decide return requests (one order line and request a row) under the returns policy',
  noun: 'requests',
  columns: [
    { key: 'line', width: 6 },
    { key: 'order', width: 12 },
    { key: 'lineId', width: 6 },
    { key: 'outcome', width: 7 },
    { key: 'refund', width: 10 },
    { key: 'restockingFee', width: 13 },
    { key: 'currency', width: 8 },
    { key: 'shippingPaidBy', width: 14 },
    { key: 'deadline', width: 24 },
    { key: 'reasons', width: 40 },
  ],
  fromCsv: returnFromCsv,
  prepare(options, context) {
    const evaluator = createReturnEvaluator(resolvePolicy(returnPolicy, 'returns', options));
    return {
      evaluate(value, line) {
        const decision = evaluator.evaluate(value as ReturnInput, context);
        return {
          cells: {
            line,
            ...returnKey(value),
            outcome: decision.outcome,
            refund: decision.refund.amount,
            restockingFee: decision.restockingFee.amount,
            currency: decision.refund.currency,
            shippingPaidBy: decision.returnShippingPaidBy,
            deadline: decision.deadline,
            reasons: reasonText(decision.reasons),
          },
          decision,
        };
      },
    };
  },
};
