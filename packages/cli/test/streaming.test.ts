import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { fakeOutput, fixtures, run, tempDir } from './helpers.js';

const cliDir = join(import.meta.dirname, '..');

/** Writes a stock file of `rows` SKUs, JSON Lines or CSV. */
async function stockFile(rows: number, format: 'jsonl' | 'csv'): Promise<string> {
  const path = join(tempDir(), `stock.${format}`);
  const out = createWriteStream(path);
  if (format === 'csv') out.write('sku,onHand,reserved,min,max,avgDailySales,lastSoldAt\n');
  for (let i = 0; i < rows; i += 1) {
    const onHand = (i * 7919) % 150;
    const line =
      format === 'csv'
        ? `SKU-${String(i)},${String(onHand)},${String(i % 5)},10,100,${String((i % 9) / 2)},2026-05-${String(10 + (i % 20)).padStart(2, '0')}T10:00:00+08:00\n`
        : `${JSON.stringify({ sku: `SKU-${String(i)}`, onHand, reserved: i % 5, min: 10, max: 100, avgDailySales: (i % 9) / 2, lastSoldAt: '2026-05-20T10:00:00+08:00' })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

describe('streaming', () => {
  it('processes 200,000 rows without buffering: heap stays bounded', { timeout: 120_000 }, async () => {
    const file = await stockFile(200_000, 'jsonl');
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let rows = 0;
    const stdout = fakeOutput();
    // Keep nothing of the output, only count it and sample the heap.
    stdout.write = (chunk: string) => {
      rows += chunk.split('\n').length - 1;
      if (rows % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      return true;
    };
    const { code, stderr } = await run(['inventory', 'classify', file, '--format', 'csv', '--now', '2026-06-01T09:00:00+08:00'], { stdout });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^200,000 rows, 0 bad/mu);
    expect(rows).toBe(200_001);
    // The file is ~24 MB and its decisions several times that: buffering them would blow far past this.
    expect(peak - before).toBeLessThan(150 * 1024 * 1024);
  });

  it('writes the first row before the input has been read (output starts before input ends)', { timeout: 120_000 }, async () => {
    const file = await stockFile(200_000, 'csv');
    const controller = new AbortController();
    // Stop at the first output row: if the reader buffered the file, all 200,000 rows would already be read.
    const stdout = fakeOutput((chunk) => {
      if (chunk.includes('SKU-0')) controller.abort();
    });
    const { code, stderr, jsonl } = await run(['inventory', 'classify', file, '--format', 'jsonl'], { stdout, signal: controller.signal });
    expect(code).toBe(130);
    expect(jsonl).toHaveLength(1);
    expect(stderr).toMatch(/^Interrupted after 1 rows, 0 bad/mu);
  });
});

describe('output chunks', () => {
  it('hands output to a pipe or file in chunks, not one write per row, and ends with every row', { timeout: 120_000 }, async () => {
    const file = await stockFile(20_000, 'jsonl');
    const stdout = fakeOutput();
    const { code, stdout: text } = await run(['inventory', 'classify', file, '--format', 'csv', '--now', '2026-06-01T09:00:00+08:00'], { stdout });
    expect(code).toBe(0);
    expect(text.split('\n')).toHaveLength(20_002);
    // The first row goes out at once, the rest in ~64 KB chunks (or every 200 ms): far fewer writes than rows.
    expect(stdout.chunks[0]?.split('\n')).toHaveLength(3);
    expect(stdout.chunks.length).toBeLessThan(2000);
  });

  it('writes each row at once to a terminal', async () => {
    const stdout = fakeOutput(undefined, true);
    const { code } = await run(['returns', 'check', 'returns.csv', '--format', 'csv'], { stdout });
    expect(code).toBe(0);
    // The header with the first row, then one write a row.
    expect(stdout.chunks).toHaveLength(5);
  });

  it('keeps a bad row\'s report after the rows before it when stdout and stderr share a file', async () => {
    // Two good rows (the second held in the chunk), a bad one, a good one.
    const [header = '', good = ''] = readFileSync(join(fixtures, 'returns.csv'), 'utf8').split('\n');
    const file = join(tempDir(), 'returns.csv');
    writeFileSync(file, [header, good, good.replace('SO-1', 'SO-2'), 'SO-3,CNY,yesterday', good.replace('SO-1', 'SO-4'), ''].join('\n'));
    const shared: string[] = [];
    const sink = () => fakeOutput((chunk) => shared.push(chunk));
    const { code } = await run(['returns', 'check', file, '--format', 'csv'], { stdout: sink(), stderr: sink() });
    expect(code).toBe(1);
    const lines = shared.join('').trimEnd().split('\n');
    expect(lines.map((line) => line.slice(0, 10))).toEqual(['line,order', '2,SO-1,L1,', '3,SO-2,L1,', 'line 4: wr', '5,SO-4,L1,', '4 requests']);
  });
});

describe('the zhidu binary', () => {
  it('runs as a process, and Ctrl-C (SIGINT) stops it cleanly with a summary', { timeout: 120_000 }, async () => {
    const file = await stockFile(200_000, 'csv');
    const child = spawn(process.execPath, ['--conditions=@zhidu/source', '--import', 'tsx', 'src/cli.ts', 'inventory', 'classify', file, '--format', 'csv'], {
      cwd: cliDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!signalled && stdout.split('\n').length > 1000) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stdout.split('\n')[0]).toBe('line,sku,level,available,daysOfCover,reorder,slowMoving,markSoldOut,reasons');
    expect(code).toBe(130);
    expect(stderr).toMatch(/^Interrupted after [\d,]+ rows, 0 bad/mu);
    const done = Number(/Interrupted after ([\d,]+) rows/u.exec(stderr)?.[1]?.replace(/,/gu, ''));
    expect(done).toBeLessThan(200_000);
  });

  it('exits with 2 and one line on a missing file', async () => {
    const child = spawn(process.execPath, ['--conditions=@zhidu/source', '--import', 'tsx', 'src/cli.ts', 'returns', 'check', 'nope.csv'], { cwd: cliDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number | null];
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
