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
}

/**
 * Converts zod issues to zhidu issues, prefixing each path.
 *
 * @param issues - the issues zod reported
 * @param prefix - the path of the value that was parsed, inside the call's input
 * @returns the issues with plain string/number paths
 * @example
 * fromZodIssues([{ path: ['amount'], message: 'Required', code: 'invalid_type' }], ['refund'])
 * //=> [{ path: ['refund', 'amount'], message: 'Required', code: 'invalid_type' }]
 */
export function fromZodIssues(
  issues: readonly ZodLikeIssue[],
  prefix: readonly (string | number)[] = [],
): PolicyIssue[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
    message: issue.message,
    code: issue.code ?? 'custom',
  }));
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
