import { stringify } from 'csv-stringify/sync';
import { CliError } from './CliError.js';
import { writeOut, type CliOutput } from './cliIo.js';

/** The output formats: an aligned table (for people at a terminal), CSV or JSON Lines (for programs). */
export type OutputFormat = 'table' | 'csv' | 'jsonl';

/** A cell of an output row. */
export type Cell = string | number | boolean | null;

/** One output row: flat cells, and optionally the full decision (kept in JSON Lines output). */
export interface OutputRow {
  readonly cells: Readonly<Record<string, Cell>>;
  readonly decision?: unknown;
}

/** A column of the output: its key in the row and its width in a table (the last column takes what is left). */
export interface Column {
  readonly key: string;
  readonly width: number;
}

/** The output format: `--format`, else a table on a terminal and JSON Lines in a pipe. */
export function outputFormatOf(out: CliOutput, explicit?: string): OutputFormat {
  if (explicit === undefined) return out.isTTY === true ? 'table' : 'jsonl';
  if (explicit === 'table' || explicit === 'csv' || explicit === 'jsonl') return explicit;
  throw new CliError(`Unknown output format "${explicit}": expected table, csv or jsonl`);
}

/** How many terminal columns a character takes (CJK and full-width forms take two). */
function charWidth(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
    ? 2
    : 1;
}

/** The text cut or padded to exactly `width` terminal columns. */
export function fit(value: string, width: number): string {
  let out = '';
  let used = 0;
  const chars = Array.from(value.replace(/\s+/gu, ' '));
  const total = chars.reduce((sum, char) => sum + charWidth(char.codePointAt(0) ?? 0), 0);
  if (total <= width) return value.replace(/\s+/gu, ' ') + ' '.repeat(width - total);
  for (const char of chars) {
    const w = charWidth(char.codePointAt(0) ?? 0);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…${' '.repeat(Math.max(width - used - 1, 0))}`;
}

const show = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : String(cell));

const needsQuotes = /[",\r\n]/u;

/** One CSV line: joined as it is when no cell needs quotes (most rows), else by csv-stringify. */
function csvLine(cells: readonly string[]): string {
  return cells.some((cell) => needsQuotes.test(cell)) ? stringify([cells]) : `${cells.join(',')}\n`;
}

/** Output is handed to the stream in chunks of about this many characters (one write per row costs a system call each). */
const CHUNK_CHARS = 64 * 1024;
/** Rows written more than this many milliseconds ago are passed on even when the chunk is not full. */
const CHUNK_MS = 200;

/**
 * Writes rows one at a time in the chosen format, so output starts with the first row and nothing
 * is held back: a table with fixed column widths (header first), CSV with a header row, or JSON Lines.
 * To a terminal every row is written as it comes; otherwise the first row is written at once and the
 * rest in chunks of ~64 KB (or every 200 ms when rows come slowly), so a million rows are not a
 * million system calls. {@link RowWriter.end} (and {@link RowWriter.flush}) pass on what is pending.
 */
export class RowWriter {
  private started = false;
  private pending = '';
  private flushedAt = 0;

  constructor(
    private readonly out: CliOutput,
    readonly format: OutputFormat,
    private readonly columns: readonly Column[],
  ) {}

  private header(): string {
    if (this.format === 'csv') return csvLine(this.columns.map((column) => column.key));
    if (this.format === 'table') {
      const line = this.tableLine(Object.fromEntries(this.columns.map((column) => [column.key, column.key])));
      return `${line}${this.tableLine(Object.fromEntries(this.columns.map((column) => [column.key, '─'.repeat(column.width)])))}`;
    }
    return '';
  }

  private tableLine(cells: Readonly<Record<string, Cell>>): string {
    const last = this.columns.length - 1;
    const used = this.columns.slice(0, last).reduce((sum, column) => sum + column.width + 2, 0);
    const room = Math.max((this.out.columns ?? 160) - used, 20);
    return `${this.columns
      .map((column, index) => (index === last ? fit(show(cells[column.key]), Math.min(room, Math.max(column.width, room))).trimEnd() : fit(show(cells[column.key]), column.width)))
      .join('  ')}\n`;
  }

  /**
   * Writes one row (the header before the first). Returns a promise only when the chunk went to the
   * stream (await it: the stream may ask to wait for a drain), else `undefined` — no promise per row.
   */
  write(row: OutputRow): Promise<void> | undefined {
    const first = !this.started;
    if (first) {
      this.started = true;
      this.pending += this.header();
    }
    if (this.format === 'jsonl') this.pending += `${JSON.stringify(row.decision === undefined ? row.cells : { ...row.cells, decision: row.decision })}\n`;
    else if (this.format === 'csv') this.pending += csvLine(this.columns.map((column) => show(row.cells[column.key])));
    else this.pending += this.tableLine(row.cells);
    if (first || this.out.isTTY === true || this.pending.length >= CHUNK_CHARS || Date.now() - this.flushedAt >= CHUNK_MS) return this.flush();
    return undefined;
  }

  /** Passes the rows written so far on to the stream (before other output to the same terminal or file, say). */
  async flush(): Promise<void> {
    this.flushedAt = Date.now();
    if (this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    await writeOut(this.out, chunk);
  }

  /** Passes on what is pending, with the header when no row was written (so an empty CSV still has its columns). */
  async end(): Promise<void> {
    if (!this.started && this.format === 'csv') {
      this.started = true;
      this.pending += this.header();
    }
    await this.flush();
  }
}
