/** Reading typed values out of the text cells of a CSV record. A cell that does not parse is passed on as text, so the policy's input schema reports it with its path. */

/** A CSV record: header → cell text. */
export type CsvRecord = Readonly<Record<string, string | undefined>>;

/** The cell as text, or `undefined` when empty or absent. */
export function text(record: CsvRecord, key: string): string | undefined {
  const value = record[key];
  return value === undefined || value === '' ? undefined : value;
}

/** The cell as a number when it is one, else the text (refused later with a clear issue). */
export function num(record: CsvRecord, key: string): number | string | undefined {
  const value = text(record, key);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  return value.trim() !== '' && Number.isFinite(parsed) ? parsed : value;
}

/** The cell as a boolean (`true`/`false`, `yes`/`no`, `1`/`0`), else the text. */
export function bool(record: CsvRecord, key: string): boolean | string | undefined {
  const value = text(record, key);
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (['true', 'yes', '1', 'y'].includes(lower)) return true;
  if (['false', 'no', '0', 'n'].includes(lower)) return false;
  return value;
}

/** The cell as a list of values separated by `|`. */
export function list(record: CsvRecord, key: string): string[] | undefined {
  const value = text(record, key);
  return value === undefined ? undefined : value.split('|').map((item) => item.trim()).filter((item) => item !== '');
}

/** The cell as `null` when it says `null`, else as text. */
export function nullableText(record: CsvRecord, key: string): string | null | undefined {
  const value = text(record, key);
  return value === 'null' ? null : value;
}

/** The cell as JSON when it parses, else the text. */
export function json(record: CsvRecord, key: string): unknown {
  const value = text(record, key);
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/**
 * A copy of an object without its `undefined` fields (the schemas are strict about optional fields,
 * not about absent ones). A copy rather than `delete`, which leaves V8 a slower dictionary-mode
 * object for the zod parse and the evaluation to read (a few percent per CSV row, measured).
 */
export function compact<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}
