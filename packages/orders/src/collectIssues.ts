import { PolicyInputError, type PolicyIssue } from '@zhidu/core';

/**
 * Runs a reader and keeps its input issues instead of throwing at the first, so a call can list
 * every bad value of its input at once.
 *
 * @internal
 */
export function collectIssues<T>(issues: PolicyIssue[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof PolicyInputError) {
      issues.push(...error.issues.map((issue) => ({ ...issue, path: [...issue.path] })));
      return undefined;
    }
    throw error;
  }
}
