import { PolicyInputError } from './PolicyInputError.js';
import type { PolicyIssue } from './issues.js';

/**
 * Runs a reader and keeps its {@link PolicyInputError} issues instead of letting the first one
 * throw, so a call can list every bad value of its input at once. Other errors pass through.
 *
 * @param issues - where the issues are collected
 * @param read - a reader that may throw a {@link PolicyInputError}
 * @returns what the reader returned, or `undefined` when it threw
 * @example
 * const issues: PolicyIssue[] = [];
 * collectIssues(issues, () => money('1.005', 'CNY'));
 * issues.length
 * //=> 1
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
