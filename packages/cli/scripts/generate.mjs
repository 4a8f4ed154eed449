// Writes a generated CSV file for measuring the CLI: node scripts/generate.mjs stock|returns <rows> <file>
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const [kind, rowsText, file] = process.argv.slice(2);
const rows = Number(rowsText);
const out = createWriteStream(file);
const write = async (line) => {
  if (!out.write(line)) await once(out, 'drain');
};
if (kind === 'stock') {
  await write('sku,onHand,reserved,inbound,min,max,avgDailySales,lastSoldAt,firstStockedAt\n');
  for (let i = 0; i < rows; i += 1) {
    await write(`SKU-${i},${(i * 7919) % 150},${i % 5},${i % 3 === 0 ? 20 : 0},10,100,${(i % 9) / 2},2026-05-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+08:00,2025-01-01T00:00:00+08:00\n`);
  }
} else {
  await write('orderId,currency,placedAt,deliveredAt,lineId,sku,quantity,unitPrice,paid,tags,requestQuantity,requestedAt,reason,resolution,condition\n');
  const reasons = ['no_reason', 'no_reason', 'no_reason', 'quality_issue'];
  const conditions = ['intact', 'intact', 'opened', 'used'];
  for (let i = 0; i < rows; i += 1) {
    const day = String(4 + (i % 14)).padStart(2, '0');
    await write(`SO-${i},CNY,2026-03-01T10:00:00+08:00,2026-03-03T15:00:00+08:00,L1,SKU-${i % 1000},2,59.00,110.00,,1,2026-03-${day}T12:00:00+08:00,${reasons[i % 4]},return_refund,${conditions[i % 4]}\n`);
  }
}
out.end();
await once(out, 'finish');
