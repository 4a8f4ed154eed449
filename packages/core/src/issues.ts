/** One thing wrong with an input or a policy: where, what, and a stable code. */
export interface PolicyIssue {
  /** The path to the bad value, e.g. `['lines', 0, 'quantity']`; empty for the value itself. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
  /** A stable code: zod's issue code (`invalid_type`, `too_small`, …) or zhidu's own (`invalid_money`, …). */
  readonly code: string;
}

/** An issue as zod reports it (the fields zhidu reads); zod 4 issues match it. */
export interface ZodLikeIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  /** `unrecognized_keys`: the unknown keys, each reported at its own path. */
  readonly keys?: readonly string[];
  /** `invalid_type`: the type expected (`string`, `int`, `array` …). */
  readonly expected?: string;
  /** `invalid_type`: what was received, where zod names it (`NaN`). */
  readonly received?: string;
  /** The value that was refused, when the parse was asked to report it. */
  readonly input?: unknown;
  /** `invalid_value`, or the discriminators of `invalid_union`: the values allowed. */
  readonly values?: readonly unknown[];
  readonly options?: readonly unknown[];
  /** `too_small` / `too_big`: what was measured (`string`, `array`, `number` …) and the limit. */
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly exact?: boolean;
  /** `invalid_format`: the format, and the pattern of `regex`. */
  readonly format?: string;
  readonly pattern?: string;
  /** `not_multiple_of`: the divisor. */
  readonly divisor?: number | bigint;
  /** `invalid_union`: the issues of each option. */
  readonly errors?: readonly (readonly ZodLikeIssue[])[];
  readonly note?: string;
}

/** zod/mini ships no message texts: every issue it makes reads this. */
const placeholder = 'Invalid input';

const typeNames: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  date: 'a date',
  null: 'null',
  undefined: 'nothing',
  map: 'a map',
  set: 'a set',
  function: 'a function',
  symbol: 'a symbol',
};

/** What a size counts, in the plural and for one. */
const units: Readonly<Record<string, readonly [string, string]>> = {
  string: ['characters', 'character'],
  array: ['items', 'item'],
  set: ['items', 'item'],
  map: ['entries', 'entry'],
  file: ['bytes', 'byte'],
};

function typeName(type: string): string {
  return typeNames[type] ?? type;
}

/** What a refused value was, in a few words (a number or a boolean is shown; text is not). */
function received(issue: ZodLikeIssue): string {
  if (issue.received !== undefined) return issue.received;
  const input = issue.input;
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (input instanceof Date) return 'a date';
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return typeName(typeof input);
}

function literal(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function oneOf(values: readonly unknown[]): string {
  return values.length === 1 ? literal(values[0]) : `one of ${values.map(literal).join(', ')}`;
}

/**
 * "Expected a string, received 12"; "Required: a string" when nothing was given; "Expected a
 * string" when the parse did not report what it was given.
 */
function expectedGot(expected: string, issue: ZodLikeIssue): string {
  if (!('input' in issue) && issue.received === undefined) return `Expected ${expected}`;
  return issue.input === undefined && issue.received === undefined ? `Required: ${expected}` : `Expected ${expected}, received ${received(issue)}`;
}

function limit(issue: ZodLikeIssue, bound: number | bigint | undefined, small: boolean): string {
  const unit = issue.origin === undefined ? undefined : units[issue.origin];
  const exact = issue.exact === true;
  const word = exact ? 'exactly' : issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
  const value = issue.origin === 'date' && typeof bound === 'number' ? new Date(bound).toISOString() : String(bound);
  return unit === undefined ? `Expected ${word} ${value}` : `Expected ${word} ${value} ${unit[value === '1' ? 1 : 0]}`;
}

/**
 * A message for people from an issue zod/mini left at its placeholder, written from the issue's
 * own fields: what was expected, what was received, the limit or the values allowed.
 */
function describe(issue: ZodLikeIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === undefined ? placeholder : expectedGot(typeName(issue.expected), issue);
    case 'invalid_value':
      return issue.values === undefined || issue.values.length === 0 ? placeholder : `Expected ${oneOf(issue.values)}`;
    case 'too_small':
      return limit(issue, issue.minimum, true);
    case 'too_big':
      return limit(issue, issue.maximum, false);
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern !== undefined) return `Expected text matching ${issue.pattern}`;
      return issue.format === undefined ? placeholder : `Expected a valid ${issue.format}`;
    case 'not_multiple_of':
      return `Expected a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin ?? 'object'}`;
    case 'invalid_element':
      return `Invalid value in ${issue.origin ?? 'collection'}`;
    case 'invalid_union': {
      if (issue.options !== undefined && issue.options.length > 0) return `Expected ${oneOf(issue.options)}`;
      const types = (issue.errors ?? []).map((option) => (option.length === 1 && option[0]?.code === 'invalid_type' && option[0].path.length === 0 ? option[0].expected : undefined));
      if (types.length > 0 && types.every((type) => type !== undefined)) return expectedGot([...new Set(types.map(typeName))].join(' or '), issue);
      return 'Matches none of the accepted forms';
    }
    default:
      return issue.message;
  }
}

/**
 * Converts zod issues to zhidu issues, prefixing each path. An object's unknown keys (one zod
 * issue on the object) become one issue per key, at the key's path; a message zod/mini left at its
 * placeholder ("Invalid input") is written out from the issue: what was expected and what came.
 *
 * @param issues - the issues zod reported
 * @param prefix - the path of the value that was parsed, inside the call's input
 * @returns the issues with plain string/number paths
 * @example
 * fromZodIssues([{ path: ['amount'], message: 'Required', code: 'invalid_type' }], ['refund'])
 * //=> [{ path: ['refund', 'amount'], message: 'Required', code: 'invalid_type' }]
 * fromZodIssues([{ path: ['order'], message: 'Invalid input', code: 'unrecognized_keys', keys: ['note'] }])
 * //=> [{ path: ['order', 'note'], message: 'Unknown key "note"', code: 'unrecognized_keys' }]
 */
export function fromZodIssues(
  issues: readonly ZodLikeIssue[],
  prefix: readonly (string | number)[] = [],
): PolicyIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))];
    const code = issue.code ?? 'custom';
    if (code === 'unrecognized_keys' && issue.keys !== undefined && issue.keys.length > 0) {
      return issue.keys.map((key) => ({ path: [...path, key], message: `Unknown key ${JSON.stringify(key)}`, code }));
    }
    return [{ path, message: issue.message === placeholder ? describe(issue) : issue.message, code }];
  });
}

/**
 * Formats a path for people: `lines[0].quantity`.
 *
 * @param path - an issue's path
 * @returns the path in dot and bracket notation, or `(root)` for an empty path
 * @example
 * formatPath(['lines', 0, 'quantity'])
 * //=> 'lines[0].quantity'
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * Summarises issues on one line: `2 issues: amount: …; currency: …`.
 *
 * @param issues - the issues to summarise
 * @returns one line naming every issue's path and message
 * @example
 * summarizeIssues([{ path: ['currency'], message: 'Unknown currency "XXY"', code: 'invalid_currency' }])
 * //=> '1 issue: currency: Unknown currency "XXY"'
 */
export function summarizeIssues(issues: readonly PolicyIssue[]): string {
  const count = issues.length === 1 ? '1 issue' : `${String(issues.length)} issues`;
  const parts = issues.map((issue) => `${formatPath(issue.path)}: ${issue.message.replace(/\s*\n\s*/gu, ' ')}`);
  return `${count}: ${parts.join('; ')}`;
}
