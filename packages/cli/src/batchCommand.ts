import type { Context } from '@zhidu/core';
import type { CsvRecord } from './csvFields.js';
import type { InputRecord } from './readRecords.js';
import type { Column, OutputRow } from './writeRows.js';

/** The options every batch command takes. */
export interface BatchCommandOptions {
  readonly format?: string | undefined;
  readonly inputFormat?: string | undefined;
  readonly locale?: string | undefined;
  readonly policy?: string | undefined;
  readonly preset?: string | undefined;
  readonly now?: string | undefined;
  readonly matrix?: string | undefined;
  readonly heatmap?: string | undefined;
  readonly onlyRefused?: boolean | undefined;
}

/** A batch command made ready for one run: how to evaluate a record, and what to do at the end. */
export interface PreparedBatch {
  evaluate(value: unknown, line: number): OutputRow[] | OutputRow | undefined;
  /** Regroups the records before evaluation (e.g. a month of attendance from one CSV row a day). */
  records?(records: AsyncIterable<InputRecord>): AsyncIterable<InputRecord>;
  /** Rows written after the last record (e.g. a register sorted by severity), and files written. */
  finish?(): OutputRow[] | Promise<OutputRow[]>;
  /** A line for stderr after the run (e.g. totals). */
  summary?(): string | undefined;
}

/** A batch command: `zhidu <group> <verb> <file>`. */
export interface BatchCommand {
  readonly group: string;
  readonly verb: string;
  readonly description: string;
  /** What a row is called in the summary (rows, requests, events). */
  readonly noun: string;
  readonly columns: readonly Column[];
  /** The function input of a CSV record (JSON Lines records are the input as they are). */
  fromCsv(record: CsvRecord): unknown;
  prepare(options: BatchCommandOptions, context: Context): PreparedBatch;
}

/** The messages of a decision's reasons, joined for one cell. */
export function reasonText(reasons: readonly { readonly message: string }[]): string {
  return reasons.map((reason) => reason.message).join(' · ');
}
