import { createReadStream, statSync } from 'node:fs';
import { parse } from 'csv-parse';
import { CliError } from './CliError.js';

/** The input formats: CSV with a header row, or JSON Lines (one JSON value a line). */
export type InputFormat = 'csv' | 'jsonl';

/** One record of an input file: its line number and its value, or why it could not be read. */
export type InputRecord =
  | { readonly line: number; readonly ok: true; readonly value: unknown; readonly bytes: number }
  | { readonly line: number; readonly ok: false; readonly issues: readonly string[]; readonly bytes: number };

/** The input format of a file: by `--input-format`, else by its extension (`.csv` → CSV, anything else JSON Lines). */
export function inputFormatOf(file: string, explicit?: string): InputFormat {
  if (explicit === 'csv' || explicit === 'jsonl') return explicit;
  if (explicit !== undefined) throw new CliError(`Unknown input format "${explicit}": expected csv or jsonl`);
  return /\.csv$/iu.test(file) ? 'csv' : 'jsonl';
}

/**
 * The size of a file in bytes (for the progress bar).
 * @throws {@link CliError} (exit code 2) when the file is missing or not a file
 */
export function fileSize(path: string, label = 'file'): number {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new CliError(`Not a file: ${path}`);
    return stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot read the ${label} ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** One JSON Lines record from a line's text, or `undefined` for a blank line. */
function jsonRecord(text: string, line: number, bytes: number): InputRecord | undefined {
  if (text.trim() === '') return undefined;
  try {
    return { line, ok: true, value: JSON.parse(text) as unknown, bytes };
  } catch (error) {
    return { line, ok: false, issues: [`not valid JSON: ${(error as Error).message}`], bytes };
  }
}

/**
 * JSON Lines, split by hand on the file's bytes rather than by readline: readline queues up to a
 * thousand decoded lines ahead of a slow consumer, and those strings outlive the young generation,
 * so the old generation (and the RSS) grew with the file until a full GC. Here a line is decoded only
 * when it is read. Line breaks are `\n`, `\r\n` or a lone `\r`, as for readline; a leading BOM is dropped.
 */
async function* jsonLines(path: string): AsyncGenerator<InputRecord> {
  let line = 0;
  let bytes = 0;
  /** The start of a line that began in an earlier chunk. */
  let pending: Buffer[] = [];
  const decode = (piece: Buffer): string => {
    const text = piece.toString('utf8');
    return line === 0 && text.startsWith('\uFEFF') ? text.slice(1) : text;
  };
  /** The records of one `\n`-terminated piece of `size` bytes: one line, or several when it holds lone `\r`s. */
  const records = (piece: Buffer, size: number): InputRecord[] | InputRecord | undefined => {
    let text = decode(piece);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (!text.includes('\r')) {
      line += 1;
      bytes += size;
      return jsonRecord(text, line, bytes);
    }
    const out: InputRecord[] = [];
    const parts = text.split('\r');
    let used = 0;
    for (const [index, part] of parts.entries()) {
      const partBytes = index === parts.length - 1 ? size - used : Buffer.byteLength(part) + 1;
      used += partBytes;
      line += 1;
      bytes += partBytes;
      const record = jsonRecord(part, line, bytes);
      if (record !== undefined) out.push(record);
    }
    return out;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    let newline = chunk.indexOf(10);
    while (newline !== -1) {
      let piece = chunk.subarray(start, newline);
      if (pending.length > 0) {
        piece = Buffer.concat([...pending, piece]);
        pending = [];
      }
      const out = records(piece, piece.length + 1);
      if (Array.isArray(out)) yield* out;
      else if (out !== undefined) yield out;
      start = newline + 1;
      newline = chunk.indexOf(10, start);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) {
    const piece = Buffer.concat(pending);
    const out = records(piece, piece.length);
    if (Array.isArray(out)) yield* out;
    else if (out !== undefined) yield out;
  }
}

async function* csvRows(path: string): AsyncGenerator<InputRecord> {
  // relax_column_count: a row with a wrong number of cells is reported as a bad row, not a crash.
  const parser = createReadStream(path).pipe(
    parse({ columns: true, bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: true }),
  );
  let bytes = 0;
  let invalid = 0;
  try {
    for await (const chunk of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; bytes: number; invalid_field_length: number } }>) {
      const { record, info } = chunk;
      bytes = info.bytes;
      // csv-parse counts the rows of the wrong length so far: a new one raises the count.
      const wrongLength = info.invalid_field_length > invalid;
      invalid = info.invalid_field_length;
      if (wrongLength) yield { line: info.lines, ok: false, issues: ['wrong number of cells for the header'], bytes };
      else yield { line: info.lines, ok: true, value: record, bytes };
    }
  } catch (error) {
    // A CSV syntax error (an unclosed quote) leaves the parser unable to go on: the rest is one bad record.
    const { lines, message } = error as { lines?: number; message: string };
    yield { line: lines ?? 0, ok: false, issues: [`CSV syntax error, the rest of the file was not read: ${message}`], bytes };
  }
}

/**
 * Reads a CSV or JSON Lines file record by record, streaming: nothing but the current record is
 * held, so a file of any size runs in constant memory. A line that cannot be read is yielded as a
 * bad record with its line number; it never stops the run.
 *
 * @param path - the file
 * @param format - `csv` (a header row, then one record a row) or `jsonl`
 * @returns the records, in file order
 */
export function readRecords(path: string, format: InputFormat): AsyncGenerator<InputRecord> {
  return format === 'csv' ? csvRows(path) : jsonLines(path);
}
