import { createStockClassifier, inventoryPolicy, type StockItem } from '@zhidu/inventory';
import { reasonText, type BatchCommand } from './batchCommand.js';
import { compact, nullableText, num, text, type CsvRecord } from './csvFields.js';
import { resolvePolicy } from './loadPolicyFile.js';

/**
 * A stock item from a CSV row. Columns: sku, onHand, reserved, inbound, min, max, category,
 * avgDailySales, lastSoldAt, firstStockedAt, restockExpectedAt (`null` for never).
 */
export function stockFromCsv(record: CsvRecord): unknown {
  const limit = (key: string) => (text(record, key) === 'null' ? null : num(record, key));
  return compact({
    sku: text(record, 'sku'),
    onHand: num(record, 'onHand'),
    reserved: num(record, 'reserved'),
    inbound: num(record, 'inbound'),
    min: limit('min'),
    max: limit('max'),
    category: text(record, 'category'),
    avgDailySales: num(record, 'avgDailySales'),
    lastSoldAt: nullableText(record, 'lastSoldAt'),
    firstStockedAt: nullableText(record, 'firstStockedAt'),
    restockExpectedAt: nullableText(record, 'restockExpectedAt'),
  });
}

/** `zhidu inventory classify <stock>`: the level, days of cover, reorder and slow movers of every SKU (INV-1..11). */
export const inventoryClassify: BatchCommand = {
  group: 'inventory',
  verb: 'classify',
  description: 'classify stock (one SKU a row): level, days of cover, reorder quantity, slow movers',
  noun: 'rows',
  columns: [
    { key: 'line', width: 6 },
    { key: 'sku', width: 12 },
    { key: 'level', width: 12 },
    { key: 'available', width: 9 },
    { key: 'daysOfCover', width: 11 },
    { key: 'reorder', width: 7 },
    { key: 'slowMoving', width: 10 },
    { key: 'markSoldOut', width: 11 },
    { key: 'reasons', width: 40 },
  ],
  fromCsv: stockFromCsv,
  prepare(options, context) {
    const classifier = createStockClassifier(resolvePolicy(inventoryPolicy, 'inventory', options));
    // `now` is read once, so the whole file is judged at the same instant.
    const at = { ...context, now: context.now ?? new Date() };
    return {
      evaluate(value, line) {
        const result = classifier.classify(value as StockItem, at);
        return {
          cells: {
            line,
            sku: result.sku,
            level: result.level,
            available: result.available,
            daysOfCover: result.daysOfCover,
            reorder: result.reorder.quantity,
            slowMoving: result.slowMoving,
            markSoldOut: result.markSoldOut,
            reasons: reasonText(result.reasons),
          },
          decision: result,
        };
      },
    };
  },
};
