/**
 * Inventory batch: `createStockClassifier(presets.generic).classifyMany` over 100,000 and
 * 1,000,000 generated SKUs (a generator, never an array), each size in its own child process:
 * throughput, and peak RSS both sampled in the child (`process.memoryUsage.rss()` every 10,000
 * items) and as the kernel reports it (`/usr/bin/time -v`, when present). Target: peak RSS at 1M
 * within 1.5× of that at 100k.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { report, round, writeResults, type Target } from './harness.js';

interface ChildResult {
  count: number;
  ms: number;
  itemsPerSecond: number;
  rssStartMb: number;
  rssPeakMb: number;
  maxRssMb: number | null;
  reorders: number;
  levels: Record<string, number>;
}

const child = join(import.meta.dirname, 'children', 'inventory-batch.ts');
const timeBin = '/usr/bin/time';
const useTime = existsSync(timeBin) && spawnSync(timeBin, ['-v', 'true']).status === 0;

function run(count: number): ChildResult {
  const nodeArgs = ['--expose-gc', '--conditions=@zhidu/source', '--import', 'tsx', child, String(count)];
  const [command, args] = useTime ? [timeBin, ['-v', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const out = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (out.status !== 0) throw new Error(`inventory child (${String(count)}) failed:\n${out.stderr}`);
  const line = out.stdout.trim().split('\n').at(-1) ?? '{}';
  const parsed = JSON.parse(line) as Omit<ChildResult, 'maxRssMb'>;
  const max = /Maximum resident set size \(kbytes\): (\d+)/u.exec(out.stderr);
  return { ...parsed, rssStartMb: round(parsed.rssStartMb, 1), rssPeakMb: round(parsed.rssPeakMb, 1), maxRssMb: max === null ? null : round(Number(max[1]) / 1024, 1) };
}

const small = run(100_000);
const large = run(1_000_000);
const sampledRatio = large.rssPeakMb / small.rssPeakMb;
const kernelRatio = large.maxRssMb !== null && small.maxRssMb !== null ? large.maxRssMb / small.maxRssMb : null;
const ratio = kernelRatio ?? sampledRatio;
const targets: Target[] = [
  {
    name: 'peak RSS at 1,000,000 SKUs vs at 100,000',
    target: '≤ 1.5×',
    measured: `${ratio.toFixed(2)}× (${String(large.maxRssMb ?? large.rssPeakMb)} MB vs ${String(small.maxRssMb ?? small.rssPeakMb)} MB${kernelRatio === null ? ', sampled' : ', max RSS from /usr/bin/time -v'}; sampled in the child: ${sampledRatio.toFixed(2)}×)`,
    pass: ratio <= 1.5,
  },
];
const notes = [
  'Each size runs in its own child process (node --conditions=@zhidu/source --import tsx), after a 2,000-item warm-up and a forced GC; items come from a seeded generator, results are counted and dropped.',
  'Peak RSS includes Node, tsx and the loaded packages (the "start" column is the RSS before the batch).',
];
console.log('\n## inventory: classifyMany over generated SKUs');
console.table(
  [small, large].map((r) => ({
    SKUs: r.count.toLocaleString('en-US'),
    'items/s': r.itemsPerSecond.toLocaleString('en-US'),
    seconds: round(r.ms / 1000, 1),
    'RSS start MB': r.rssStartMb,
    'RSS peak MB (sampled)': r.rssPeakMb,
    'max RSS MB (time -v)': r.maxRssMb ?? 'n/a',
  })),
);
report('inventory targets', [], targets, notes);
writeResults('inventory', { runs: [small, large], ratio: { peakRss1MOver100k: round(ratio, 3), sampledPeakRss1MOver100k: round(sampledRatio, 3) }, targets, notes });
