import { PolicyConfigError, PolicyInputError, formatPath } from '@zhidu/core';
import { writeOut, type CliIo } from './cliIo.js';
import { createProgress } from './progressBar.js';
import type { InputRecord } from './readRecords.js';
import type { OutputRow, RowWriter } from './writeRows.js';

/** How a batch run ended. */
export interface BatchSummary {
  /** Records read (good and bad). */
  readonly rows: number;
  /** Records that could not be read or evaluated. */
  readonly bad: number;
  /** Whether Ctrl-C stopped the run early. */
  readonly interrupted: boolean;
  readonly seconds: number;
}

/** The issues of an error thrown by an evaluation, one line each (`path: message`). */
export function issuesOf(error: unknown): string[] {
  if (error instanceof PolicyInputError || error instanceof PolicyConfigError) {
    return error.issues.map((issue) => (issue.path.length === 0 ? issue.message : `${formatPath(issue.path)}: ${issue.message}`));
  }
  return [error instanceof Error ? error.message : String(error)];
}

/** What a batch run evaluates: each good record gives zero or more output rows, or throws (a bad row). */
export interface BatchOptions {
  readonly io: CliIo;
  readonly records: AsyncIterable<InputRecord>;
  readonly totalBytes: number;
  readonly writer: RowWriter;
  evaluate(value: unknown, line: number): OutputRow[] | OutputRow | undefined;
}

/**
 * Runs records through an evaluation one at a time: rows are written as they are made, a bad
 * record is reported on stderr with its line number and issues and the run goes on, and Ctrl-C
 * (`io.signal`) stops it after the current record.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const { io, writer } = options;
  const started = Date.now();
  const progress = createProgress(io, options.totalBytes);
  let rows = 0;
  let bad = 0;
  let interrupted = false;
  try {
    for await (const record of options.records) {
      if (io.signal?.aborted === true) {
        interrupted = true;
        break;
      }
      rows += 1;
      let issues: readonly string[] | undefined;
      let out: OutputRow[] | OutputRow | undefined;
      if (!record.ok) issues = record.issues;
      else {
        try {
          out = options.evaluate(record.value, record.line);
        } catch (error) {
          issues = issuesOf(error);
        }
      }
      if (issues !== undefined || out !== undefined) progress.clear();
      if (issues !== undefined) {
        bad += 1;
        // The rows before this one go out first, so a bad row's report stays in place when stdout and stderr share a file.
        await writer.flush();
        await writeOut(io.stderr, `line ${String(record.line)}: ${issues.join('; ')}\n`);
      }
      // The writer hands back a promise only when a chunk went out: no await (no event-loop turn) per row otherwise.
      if (Array.isArray(out)) {
        for (const row of out) {
          const written = writer.write(row);
          if (written !== undefined) await written;
        }
      } else if (out !== undefined) {
        const written = writer.write(out);
        if (written !== undefined) await written;
      }
      progress.update(rows, record.bytes);
    }
    if (io.signal?.aborted === true) interrupted = true;
  } finally {
    progress.stop();
  }
  await writer.end();
  return { rows, bad, interrupted, seconds: (Date.now() - started) / 1000 };
}

/** The summary line of a run, e.g. `10,000 rows, 3 bad (0.8 s, 12,500 rows/s)`. */
export function summaryLine(summary: BatchSummary, noun = 'rows'): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const rate = summary.seconds > 0 ? `, ${n(Math.round(summary.rows / summary.seconds))} ${noun}/s` : '';
  const head = summary.interrupted ? `Interrupted after ${n(summary.rows)} ${noun}` : `${n(summary.rows)} ${noun}`;
  return `${head}, ${n(summary.bad)} bad (${summary.seconds.toFixed(1)} s${rate})\n`;
}

/** The exit code of a run: 130 when interrupted, 1 when a row was bad, else 0. */
export function exitCodeOf(summary: BatchSummary): number {
  if (summary.interrupted) return 130;
  return summary.bad > 0 ? 1 : 0;
}
