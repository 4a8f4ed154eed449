import type { Reason } from '@zhidu/core';

/** The reason codes of a decision, in order. */
export const codes = (decision: { readonly reasons: readonly Reason[] }): string[] => decision.reasons.map((reason) => reason.code);

/** The reason of a decision with a code (undefined when absent). */
export const reasonOf = (decision: { readonly reasons: readonly Reason[] }, code: string): Reason | undefined =>
  decision.reasons.find((reason) => reason.code === code);

/** The clause a decision cites for a code. */
export const clauseOf = (decision: { readonly reasons: readonly Reason[] }, code: string): string | undefined => reasonOf(decision, code)?.clause;

/** The issues of a thrown PolicyInputError / PolicyConfigError: name, and each issue's dotted path and code. */
export function thrown(run: () => unknown): { name: string; paths: string[]; codes: string[] } {
  try {
    run();
  } catch (error) {
    const issues = (error as { issues?: { path: (string | number)[]; code: string }[] }).issues ?? [];
    return { name: (error as Error).name, paths: issues.map((issue) => issue.path.join('.')), codes: issues.map((issue) => issue.code) };
  }
  throw new Error('expected the call to throw');
}

/** A fixed instant in Shanghai: 1 June 2026 at 10:00 local time. */
export const NOW = '2026-06-01T10:00:00+08:00';
export const at = { now: NOW } as const;
