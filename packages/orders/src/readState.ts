import { parseInput, PolicyInputError } from '@zhidu/core';
import { isStoredState } from './isStoredState.js';
import { orderStateShapeSchema } from './schema.js';
import type { OrderState } from './types.js';

/**
 * Checks that a stored order state has the lifecycle's shape (a host may have read it from its
 * database): the common case is checked by hand ({@link isStoredState}); zod runs only when that
 * check fails. Only the last history entry is read back (its instant).
 *
 * @internal
 */
export function readStateShape(input: unknown): OrderState {
  // The hand-written check passes a state as the lifecycle wrote it; anything else goes to the schema,
  // which accepts it after all or throws the report listing every issue.
  if (!isStoredState(input)) parseInput(orderStateShapeSchema, input, ['state']);
  const state = input as OrderState;
  const last: unknown = state.history.at(-1);
  if (last !== undefined && (typeof last !== 'object' || last === null || typeof (last as { at?: unknown }).at !== 'string')) {
    throw new PolicyInputError([{ path: ['state', 'history', state.history.length - 1, 'at'], message: 'Expected the instant of the last step', code: 'invalid_type' }]);
  }
  return state;
}

/**
 * Refuses a state started under another policy: an order keeps the rules it started under, so a
 * policy with another version is refused unless the host passes the original.
 *
 * @internal
 */
export function checkPolicyVersion(state: OrderState, policyVersion: string): void {
  if (state.policyVersion !== policyVersion) {
    throw new PolicyInputError([
      {
        path: ['policy'],
        message: `The order started under policy ${state.policyVersion}, but ${policyVersion} was passed: pass the policy the order started under`,
        code: 'policy_version_mismatch',
      },
    ]);
  }
}

/**
 * Checks that a stored order state has the lifecycle's shape ({@link readStateShape}) and that it
 * was started under the policy in use ({@link checkPolicyVersion}).
 *
 * @internal
 */
export function readState(input: unknown, policyVersion: string): OrderState {
  const state = readStateShape(input);
  checkPolicyVersion(state, policyVersion);
  return state;
}
