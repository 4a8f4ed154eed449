import { ZhiduError, type ZhiduErrorOptions } from './ZhiduError.js';
import { summarizeIssues, type PolicyIssue } from './issues.js';

/**
 * Thrown when a policy is invalid, at the moment it is defined, with every issue listed; a
 * policy that was made never fails later in the middle of an order.
 *
 * @example
 * const family = definePolicyFamily({
 *   name: 'returns',
 *   schema: z.strictObject({ windowDays: z._default(z.int().check(z.minimum(0)), 7) }),
 *   presets: { generic: {}, usStore: { windowDays: 30 }, douyinShop: {} },
 * });
 * try {
 *   family.define({ windowDays: -3 });
 * } catch (error) {
 *   if (error instanceof PolicyConfigError) console.log(error.issues.map((i) => i.path.join('.')));
 * }
 * //=> logs ['windowDays']
 */
export class PolicyConfigError extends ZhiduError {
  override name = 'PolicyConfigError';
  /** Every issue found in the policy. */
  readonly issues: readonly PolicyIssue[];

  /**
   * @param issues - every issue found (at least one)
   * @param options - the cause, if any
   */
  constructor(issues: readonly PolicyIssue[], options?: ZhiduErrorOptions) {
    super('POLICY_CONFIG', `Invalid policy, ${summarizeIssues(issues)}`, options);
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}
