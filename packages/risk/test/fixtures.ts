import type { Decision } from '@zhidu/core';

/** A thrown error's class name and the path of every issue it lists, joined with dots. */
export function thrown(run: () => unknown): { name: string; paths: string[]; codes: string[] } {
  try {
    run();
  } catch (error) {
    const issues = (error as { issues?: { path: (string | number)[]; code: string }[] }).issues ?? [];
    return { name: (error as Error).name, paths: issues.map((issue) => issue.path.join('.')), codes: issues.map((issue) => issue.code) };
  }
  throw new Error('expected the call to throw');
}

/** The reason codes of a decision, in order. */
export const codes = (decision: Pick<Decision, 'reasons'>): string[] => decision.reasons.map((reason) => reason.code);

/** `[code, clause]` of every reason of a decision, in order. */
export const clauses = (decision: Pick<Decision, 'reasons'>): [string, string][] => decision.reasons.map((reason) => [reason.code, reason.clause]);
