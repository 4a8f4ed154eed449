import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
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

async function* jsonLines(path: string): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  let bytes = 0;
  for await (const text of lines) {
    line += 1;
    bytes += Buffer.byteLength(text) + 1;
    if (text.trim() === '') continue;
    try {
      yield { line, ok: true, value: JSON.parse(text) as unknown, bytes };
    } catch (error) {
      yield { line, ok: false, issues: [`not valid JSON: ${(error as Error).message}`], bytes };
    }
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
