import { ZhiduError, type ZhiduErrorOptions } from './ZhiduError.js';
import { summarizeIssues, type PolicyIssue } from './issues.js';

/**
 * Thrown when the input to a call is malformed: it lists every issue at once, each with the
 * path of the bad value. Nothing is applied when it is thrown.
 *
 * @example
 * try {
 *   money(0.1 + 0.2, 'CNY');
 * } catch (error) {
 *   if (error instanceof PolicyInputError) console.log(error.issues[0]?.code);
 * }
 * //=> logs 'invalid_money'
 */
export class PolicyInputError extends ZhiduError {
  override name = 'PolicyInputError';
  /** Every issue found, in input order. */
  readonly issues: readonly PolicyIssue[];

  /**
   * @param issues - every issue found (at least one)
   * @param options - the cause, if any
   */
  constructor(issues: readonly PolicyIssue[], options?: ZhiduErrorOptions) {
    super('POLICY_INPUT', `Invalid input, ${summarizeIssues(issues)}`, options);
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}
