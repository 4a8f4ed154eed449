/**
 * CLI batch: `zhidu returns check <file> --format csv` (the built bin, `packages/cli/dist/cli.js`,
 * in a child process, stdout to /dev/null) over generated files of 100,000 and 1,000,000 return
 * requests as JSON Lines (and 100,000 as CSV), against a hand-written streaming baseline doing the same work
 * (`children/returns-stream.ts`: readline, `JSON.parse` or a comma split, the hand-written decision,
 * the same CSV columns out). Throughput, and peak RSS from `/usr/bin/time -v` (else sampled from
 * /proc or `ps` every 100 ms). Target: the CLI's peak RSS at 1M rows within 1.5× of that at 100k.
 * Both contenders' output is checked equal, byte for byte, on the first 5,000 rows before timing.
 *
 * The runs: `BENCH_CLI_JSONL_ROWS` (default `100000,1000000`) and `BENCH_CLI_CSV_ROWS` (default
 * `100000`; CSV at 1M takes ~100 s more on a loaded machine, too much for `pnpm bench`'s 10 minutes:
 * `BENCH_CLI_CSV_ROWS=100000,1000000` adds it). An empty value skips the format.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONDITIONS, HOUR, REASONS, RESOLUTIONS, TAGS, type WireInput } from './handReturns.js';
import { int, pick, prng, report, round, writeResults, type Target } from './harness.js';

type Format = 'jsonl' | 'csv';
const sizesOf = (value: string): number[] => value.split(',').filter((n) => n.trim() !== '').map(Number).sort((a, b) => a - b);
const plan: Readonly<Record<Format, readonly number[]>> = {
  jsonl: sizesOf(process.env.BENCH_CLI_JSONL_ROWS ?? '100000,1000000'),
  csv: sizesOf(process.env.BENCH_CLI_CSV_ROWS ?? '100000'),
};
const formats = (['jsonl', 'csv'] as const).filter((format) => plan[format].length > 0);
const sizes = [...new Set(formats.flatMap((format) => plan[format]))].sort((a, b) => a - b);
const CHECK_ROWS = 5000;
const NOW = '2026-12-31T00:00:00+08:00';

const cliDir = join(import.meta.dirname, '..', '..', 'packages', 'cli');
const bin = join(cliDir, (JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8')) as { bin: { zhidu: string } }).bin.zhidu);
if (!existsSync(bin)) throw new Error(`${bin} is missing: run pnpm build first`);
const benchDir = join(import.meta.dirname, '..');
const baselineChild = join(import.meta.dirname, 'children', 'returns-stream.ts');
const timeBin = '/usr/bin/time';
const useTime = existsSync(timeBin) && spawnSync(timeBin, ['-v', 'true']).status === 0;

// ---------------------------------------------------------------------------------------------
// Inputs: one seeded request a row (one order line each, so CSV can hold it), written to every file
// at once — the 100,000-row files are the first 100,000 rows of the 1,000,000-row ones.

const BASE = Date.parse('2026-01-01T00:00:00+08:00');
const cents = (value: number): string => `${String(Math.floor(value / 100))}.${String(value % 100).padStart(2, '0')}`;
const shanghai = (ms: number): string => `${new Date(ms + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;

function makeInput(random: () => number, index: number): WireInput {
  const placed = BASE + int(random, 0, 300 * 24) * HOUR + int(random, 0, 3599) * 1000;
  const delivered = random() < 0.85 ? placed + int(random, 12, 120) * HOUR + int(random, 0, 3599) * 1000 : null;
  const quantity = int(random, 1, 5);
  const unit = random() < 0.1 ? int(random, 100_000, 2_000_000) : int(random, 100, 99_999);
  const paid = unit * quantity - int(random, 0, Math.floor((unit * quantity) / 5));
  const line: WireInput['order']['lines'][number] = { id: 'L1', sku: `SKU-${String(index % 5000)}`, quantity, unitPrice: cents(unit), paid: cents(paid) };
  if (random() < 0.15) line.tags = [pick(random, TAGS)];
  const request: WireInput['request'] = {
    lineId: 'L1',
    quantity: random() < 0.05 ? quantity + 1 : int(random, 1, quantity),
    requestedAt: shanghai((delivered ?? placed) + int(random, 0, (random() < 0.75 ? 8 : 20) * 24) * HOUR + int(random, 0, 3599) * 1000),
    reason: random() < 0.6 ? 'no_reason' : pick(random, REASONS),
    resolution: random() < 0.6 ? 'return_refund' : pick(random, RESOLUTIONS),
    condition: random() < 0.7 ? 'intact' : pick(random, CONDITIONS),
  };
  if (random() < 0.3) request.alreadyReturned = int(random, 0, quantity - 1);
  const order: WireInput['order'] = { id: `SO-${String(index)}`, currency: 'CNY', placedAt: shanghai(placed), lines: [line] };
  if (delivered !== null) order.deliveredAt = shanghai(delivered);
  else if (random() < 0.5) order.deliveredAt = null;
  return { order, request };
}

const CSV_HEADER = 'orderId,currency,placedAt,deliveredAt,lineId,sku,quantity,unitPrice,paid,tags,requestQuantity,requestedAt,reason,resolution,condition,alreadyReturned\n';
function csvRow({ order, request }: WireInput): string {
  const line = order.lines[0];
  if (line === undefined) throw new Error('no line');
  const delivered = order.deliveredAt === undefined ? '' : (order.deliveredAt ?? 'null');
  return `${[order.id, order.currency, order.placedAt, delivered, line.id, line.sku, line.quantity, line.unitPrice, line.paid, (line.tags ?? []).join('|'), request.quantity, request.requestedAt, request.reason, request.resolution, request.condition, request.alreadyReturned ?? ''].map(String).join(',')}\n`;
}

interface Sink {
  readonly rows: number;
  readonly format: Format;
  readonly path: string;
  readonly out: WriteStream;
  pending: string;
}

async function generate(dir: string): Promise<{ path: (rows: number, format: Format) => string; seconds: number }> {
  const started = performance.now();
  const path = (rows: number, format: Format) => join(dir, `returns-${String(rows)}.${format}`);
  const sinks: Sink[] = formats.flatMap((format) =>
    [...new Set([CHECK_ROWS, ...plan[format]])].map((rows) => ({ rows, format, path: path(rows, format), out: createWriteStream(path(rows, format)), pending: format === 'csv' ? CSV_HEADER : '' })),
  );
  const drain = async (sink: Sink) => {
    const chunk = sink.pending;
    sink.pending = '';
    if (!sink.out.write(chunk)) await once(sink.out, 'drain');
  };
  const random = prng(20261129);
  const total = Math.max(...sinks.map((sink) => sink.rows));
  for (let index = 0; index < total; index += 1) {
    const input = makeInput(random, index);
    const text = { jsonl: `${JSON.stringify(input)}\n`, csv: csvRow(input) };
    for (const sink of sinks) {
      if (index >= sink.rows) continue;
      sink.pending += text[sink.format];
      if (sink.pending.length >= 1 << 20) await drain(sink);
    }
  }
  for (const sink of sinks) {
    await drain(sink);
    sink.out.end();
    await once(sink.out, 'finish');
  }
  return { path, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------
// Running a contender: a child process, stdout to a file or /dev/null, peak RSS from time -v or sampled.

interface Contender {
  readonly name: string;
  readonly command: (file: string, format: Format) => string[];
  /** Rows per second as the process reports it (the batch alone, without start-up). */
  readonly rate: (stderr: string) => number;
}

const cli: Contender = {
  name: 'zhidu returns check',
  command: (file) => [bin, 'returns', 'check', file, '--format', 'csv', '--now', NOW],
  rate: (stderr) => {
    const match = /^([\d,]+) requests, 0 bad \([\d.]+ s, ([\d,]+) requests\/s\)$/mu.exec(stderr);
    if (match === null) throw new Error(`zhidu returns check: no summary line in\n${stderr}`);
    return Number(match[2]?.replace(/,/gu, ''));
  },
};
const baseline: Contender = {
  name: 'hand-written stream',
  command: (file, format) => ['--import', 'tsx', baselineChild, file, format],
  rate: (stderr) => {
    const line = stderr.split('\n').find((text) => text.startsWith('{"rows"'));
    if (line === undefined) throw new Error(`baseline: no result line in\n${stderr}`);
    return (JSON.parse(line) as { rowsPerSecond: number }).rowsPerSecond;
  },
};

/** The peak RSS of a running process in kB: VmHWM from /proc, else the RSS `ps` reports now. */
function peakRssKb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
    const hwm = /^VmHWM:\s+(\d+) kB/mu.exec(status);
    if (hwm !== null) return Number(hwm[1]);
  } catch {
    // No /proc (macOS): ask ps.
  }
  const out = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  const kb = Number(out.stdout.trim());
  return out.status === 0 && kb > 0 ? kb : undefined;
}

interface Run {
  readonly contender: string;
  readonly format: Format;
  readonly rows: number;
  readonly fileMb: number;
  readonly wallSeconds: number;
  /** Rows per second over the whole process (start-up included). */
  readonly wallRowsPerSecond: number;
  /** Rows per second of the batch itself, as the process reports it. */
  readonly rowsPerSecond: number;
  /** User + system CPU seconds of the whole process (from time -v; null without it). */
  readonly cpuSeconds: number | null;
  /** Rows per CPU second (start-up included): steadier than wall time on a loaded machine. */
  readonly rowsPerCpuSecond: number | null;
  readonly maxRssMb: number;
  readonly rssFrom: 'time -v' | 'sampled';
}

async function execute(
  contender: Contender,
  file: string,
  format: Format,
  stdoutPath: string | null,
): Promise<{ stderr: string; seconds: number; cpuSeconds: number | null; maxRssKb: number; sampled: boolean }> {
  const args = contender.command(file, format);
  const [command, argv] = useTime ? [timeBin, ['-v', process.execPath, ...args]] : [process.execPath, args];
  const out = stdoutPath === null ? 'ignore' : createWriteStream(stdoutPath);
  if (out !== 'ignore') await once(out, 'open');
  const started = performance.now();
  const child = spawn(command, argv, { cwd: benchDir, stdio: ['ignore', out, 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let sampledKb = 0;
  const sample = () => {
    if (child.pid !== undefined) sampledKb = Math.max(sampledKb, peakRssKb(child.pid) ?? 0);
  };
  const timer = useTime ? undefined : setInterval(sample, 100);
  const [code] = (await once(child, 'close')) as [number | null];
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  if (out !== 'ignore') out.close();
  if (code !== 0) throw new Error(`${contender.name} ${file} exited with ${String(code)}:\n${stderr}`);
  const max = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr);
  const user = /User time \(seconds\): ([\d.]+)/u.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/u.exec(stderr);
  const cpuSeconds = user === null || system === null ? null : Number(user[1]) + Number(system[1]);
  return { stderr, seconds, cpuSeconds, maxRssKb: max === null ? sampledKb : Number(max[1]), sampled: max === null };
}

async function measure(contender: Contender, file: string, format: Format, rows: number): Promise<Run> {
  const { stderr, seconds, cpuSeconds, maxRssKb, sampled } = await execute(contender, file, format, null);
  return {
    contender: contender.name,
    format,
    rows,
    fileMb: round(statSync(file).size / 2 ** 20, 1),
    wallSeconds: round(seconds, 2),
    wallRowsPerSecond: Math.round(rows / seconds),
    rowsPerSecond: contender.rate(stderr),
    cpuSeconds: cpuSeconds === null ? null : round(cpuSeconds, 2),
    rowsPerCpuSecond: cpuSeconds === null || cpuSeconds === 0 ? null : Math.round(rows / cpuSeconds),
    maxRssMb: round(maxRssKb / 1024, 1),
    rssFrom: sampled ? 'sampled' : 'time -v',
  };
}

// ---------------------------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'zhidu-bench-cli-'));
try {
  const files = await generate(dir);
  const planText = formats.map((format) => `${format} ${plan[format].map((n) => n.toLocaleString('en-US')).join(' and ')}`).join('; ');
  console.log(`generated files of ${planText} rows in ${files.seconds.toFixed(1)} s (${dir})`);

  // Same output before timing: the CLI's CSV and the baseline's, byte for byte, on the first rows.
  for (const format of formats) {
    const file = files.path(CHECK_ROWS, format);
    const outputs = await Promise.all(
      [cli, baseline].map(async (contender, index) => {
        const path = join(dir, `check-${format}-${String(index)}.csv`);
        await execute(contender, file, format, path);
        return readFileSync(path, 'utf8');
      }),
    );
    const [ours = '', hand = ''] = outputs;
    if (ours !== hand) {
      const a = ours.split('\n');
      const b = hand.split('\n');
      const at = a.findIndex((line, index) => line !== b[index]);
      throw new Error(`zhidu returns check and the hand-written stream differ (${format}, output line ${String(at + 1)}):\n zhidu ${String(a[at])}\n  hand ${String(b[at])}`);
    }
  }

  const runs: Run[] = [];
  for (const rows of sizes) {
    for (const format of formats.filter((candidate) => plan[candidate].includes(rows))) {
      const file = files.path(rows, format);
      for (const contender of [baseline, cli]) {
        const run = await measure(contender, file, format, rows);
        runs.push(run);
        console.log(`${run.contender} ${format} ${rows.toLocaleString('en-US')}: ${run.rowsPerSecond.toLocaleString('en-US')} rows/s, ${String(run.wallSeconds)} s (${String(run.cpuSeconds ?? '?')} s CPU), max RSS ${String(run.maxRssMb)} MB`);
      }
      rmSync(file);
    }
  }

  const find = (contender: Contender, format: Format, rows: number) => runs.find((r) => r.contender === contender.name && r.format === format && r.rows === rows);
  const rowsOut = runs.map((run) => {
    const hand = find(baseline, run.format, run.rows);
    // By CPU time when there is one (a loaded machine stretches wall time unevenly), else by the reported rates.
    const times =
      hand === undefined ? null : hand.rowsPerCpuSecond !== null && run.rowsPerCpuSecond !== null ? hand.rowsPerCpuSecond / run.rowsPerCpuSecond : hand.rowsPerSecond / run.rowsPerSecond;
    return { ...run, name: `${run.contender} (${run.format === 'csv' ? 'CSV' : 'JSON Lines'}, ${run.rows.toLocaleString('en-US')} rows)`, timesBaseline: times === null ? null : round(times, 2) };
  });
  const targets: Target[] = [];
  for (const format of formats) {
    const small = plan[format][0];
    const large = plan[format].at(-1);
    if (small !== undefined && large !== undefined && large > small) {
      const a = find(cli, format, small);
      const b = find(cli, format, large);
      if (a === undefined || b === undefined) continue;
      const ratio = b.maxRssMb / a.maxRssMb;
      targets.push({
        name: `zhidu returns check (${format === 'csv' ? 'CSV' : 'JSON Lines'}): peak RSS at ${large.toLocaleString('en-US')} rows vs at ${small.toLocaleString('en-US')}`,
        target: '≤ 1.5×',
        measured: `${ratio.toFixed(2)}× (${String(b.maxRssMb)} MB vs ${String(a.maxRssMb)} MB, ${b.rssFrom === 'time -v' ? 'max RSS from /usr/bin/time -v' : 'sampled every 100 ms'})`,
        pass: ratio <= 1.5,
      });
    }
  }
  const notes = [
    `The built bin (node packages/cli/dist/cli.js returns check <file> --format csv --now ${NOW}, generic preset, zh-CN reasons) and the hand-written baseline (node --import tsx bench/src/children/returns-stream.ts: readline, JSON.parse or a comma split, the hand-written decision of bench/src/handReturns.ts, the same CSV out) each run in their own process, stdout to /dev/null; their outputs were checked equal byte for byte on the first ${CHECK_ROWS.toLocaleString('en-US')} rows of each format.`,
    'Rows come from a seeded generator (one order line a request: 60% without a reason, 5% over the returnable quantity, 15% of lines tagged); the smaller file is the start of the larger.',
    `Runs: JSON Lines at ${plan.jsonl.map((n) => n.toLocaleString('en-US')).join(' and ') || 'none'} rows, CSV at ${plan.csv.map((n) => n.toLocaleString('en-US')).join(' and ') || 'none'} (BENCH_CLI_JSONL_ROWS, BENCH_CLI_CSV_ROWS; CSV at 1,000,000 is left out by default to keep pnpm bench under 10 minutes on a loaded machine: it measured 10–14k rows/s and 1.16–1.30× the peak RSS at 100,000).`,
    '"rows/s" is the batch as each process reports it (the CLI’s summary line; the baseline’s own timer), without start-up; wall time includes Node start-up and imports (the baseline also loads tsx). "× hand-written" compares rows per CPU second (user + system, whole process, from /usr/bin/time -v) when measured — wall time on a shared machine stretches with the load — else the reported rows/s.',
  ];
  console.log('\n## cli: zhidu returns check over generated files');
  console.table(
    rowsOut.map((r) => ({
      contender: r.contender,
      format: r.format,
      rows: r.rows.toLocaleString('en-US'),
      'file MB': r.fileMb,
      'rows/s': r.rowsPerSecond.toLocaleString('en-US'),
      'rows/CPU s': r.rowsPerCpuSecond?.toLocaleString('en-US') ?? 'n/a',
      'wall s': r.wallSeconds,
      'max RSS MB': r.maxRssMb,
      '× hand-written': r.timesBaseline,
    })),
  );
  report('cli targets', [], targets, notes);
  writeResults('cli', { baseline: baseline.name, rows: rowsOut, targets, notes });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
