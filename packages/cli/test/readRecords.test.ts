import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords, type InputRecord } from '../src/index.js';
import { tempDir } from './helpers.js';

async function all(path: string): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const record of readRecords(path, 'jsonl')) out.push(record);
  return out;
}

describe('readRecords (JSON Lines)', () => {
  it('reads \\n, \\r\\n and lone \\r line breaks, skips blank lines and keeps line numbers', async () => {
    const path = join(tempDir(), 'mixed.jsonl');
    writeFileSync(path, '{"a":1}\r\n\r\n{"a":2}\r{"a":3}\nnot json\n  \n{"a":"四"}');
    const records = await all(path);
    expect(records.map((record) => [record.line, record.ok ? record.value : record.issues[0]?.slice(0, 14)])).toEqual([
      [1, { a: 1 }],
      [3, { a: 2 }],
      [4, { a: 3 }],
      [5, 'not valid JSON'],
      [7, { a: '四' }],
    ]);
    // Bytes read so far (for the progress bar) only grow.
    expect(records.map((record) => record.bytes)).toEqual([...records.map((record) => record.bytes)].sort((a, b) => a - b));
  });

  it('decodes lines that cross the read chunks, multi-byte characters included', async () => {
    const path = join(tempDir(), 'long.jsonl');
    const values = Array.from({ length: 3000 }, (_, index) => ({ index, text: '退货申请'.repeat(index % 50), long: 'x'.repeat(index === 1500 ? 200_000 : 10) }));
    writeFileSync(path, `${values.map((value) => JSON.stringify(value)).join('\n')}\n`);
    const records = await all(path);
    expect(records.map((record) => (record.ok ? record.value : record.issues))).toEqual(values);
    expect(records.at(-1)?.line).toBe(3000);
  });
});
