/**
 * The hand-written baseline of the `cli` comparison: what a developer would write instead of
 * `zhidu returns check <file> --format csv` for one store — read the file line by line (readline;
 * `JSON.parse` for JSON Lines, a split on commas for the benchmark's unquoted CSV), decide each
 * request with the hand-written generic-preset rules (`handEvaluate`), and write the same CSV
 * columns (line, order, lineId, outcome, refund, restockingFee, currency, shippingPaidBy, deadline,
 * reasons) to stdout in 64 KB chunks. No validation. Prints one JSON line to stderr at the end:
 * rows, milliseconds from the first line read to the last row written, rows per second.
 *
 * Run as `node --import tsx returns-stream.ts <file> csv|jsonl`.
 */
import { createReadStream, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { handEvaluate, type WireInput } from '../handReturns.js';

const [file, format] = process.argv.slice(2);
if (file === undefined || (format !== 'csv' && format !== 'jsonl')) throw new Error('usage: returns-stream.ts <file> csv|jsonl');

const csvCell = (value: string): string => (/[",\n\r]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value);

/** A flat CSV row (the CLI's columns) as the request it stands for; empty cells are absent. */
function fromCsv(header: readonly string[], cells: readonly string[]): WireInput {
  const at = (key: string): string | undefined => {
    const value = cells[header.indexOf(key)];
    return value === undefined || value === '' ? undefined : value;
  };
  const lineId = at('lineId') ?? '1';
  const tags = at('tags');
  const delivered = at('deliveredAt');
  const already = at('alreadyReturned');
  const input = {
    order: {
      id: at('orderId') ?? '',
      currency: at('currency') ?? '',
      placedAt: at('placedAt') ?? '',
      lines: [{ id: lineId, sku: at('sku') ?? '', quantity: Number(at('quantity')), unitPrice: at('unitPrice') ?? '', paid: at('paid') ?? '' }],
    },
    request: {
      lineId,
      quantity: Number(at('requestQuantity') ?? '1'),
      requestedAt: at('requestedAt') ?? '',
      reason: at('reason'),
      resolution: at('resolution'),
      condition: at('condition'),
    },
  } as unknown as WireInput;
  if (delivered !== undefined) input.order.deliveredAt = delivered === 'null' ? null : delivered;
  if (tags !== undefined) (input.order.lines[0] as { tags?: string[] }).tags = tags.split('|');
  if (already !== undefined) input.request.alreadyReturned = Number(already);
  return input;
}

let pending = 'line,order,lineId,outcome,refund,restockingFee,currency,shippingPaidBy,deadline,reasons\n';
const flush = (): void => {
  writeSync(1, pending);
  pending = '';
};

const started = performance.now();
const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
let header: string[] | undefined;
let lineNumber = 0;
let rows = 0;
for await (const text of lines) {
  lineNumber += 1;
  if (text === '') continue;
  let input: WireInput;
  if (format === 'jsonl') input = JSON.parse(text) as WireInput;
  else if (header === undefined) {
    header = text.split(',');
    continue;
  } else input = fromCsv(header, text.split(','));
  const decision = handEvaluate(input);
  rows += 1;
  pending += `${String(lineNumber)},${csvCell(input.order.id)},${csvCell(input.request.lineId)},${decision.outcome},${decision.refund},${decision.restockingFee},${input.order.currency},${decision.returnShippingPaidBy},${decision.deadline ?? ''},${csvCell(decision.reasons.map((reason) => reason.message).join(' · '))}\n`;
  if (pending.length >= 65_536) flush();
}
flush();
const ms = performance.now() - started;
process.stderr.write(`${JSON.stringify({ rows, ms: Math.round(ms), rowsPerSecond: Math.round((rows / ms) * 1000) })}\n`);
