import { PolicyConfigError } from '@zhidu/core';
import { orderPolicy } from './orderPolicy.js';
import type { OrderPolicy } from './types.js';

const checked = new WeakMap<object, OrderPolicy>();

/**
 * Validates a policy a host passed to a call, once: presets and policies from
 * {@link defineOrderPolicy} pass straight through; anything else is parsed (and remembered).
 *
 * @internal
 */
export function checkPolicy(policy: unknown): OrderPolicy {
  if (typeof policy !== 'object' || policy === null) {
    throw new PolicyConfigError([{ path: ['policy'], message: 'Expected an order policy object', code: 'invalid_type' }]);
  }
  let valid = checked.get(policy);
  if (valid === undefined) {
    valid = orderPolicy.parse(policy);
    checked.set(policy, valid);
    checked.set(valid, valid);
  }
  return valid;
}
