import { readStateShape } from './readState.js';
import type { ParsedOrderState } from './types.js';

/**
 * Validates a stored order state once, for {@link OrderLifecycle.transitionParsed}: the same checks
 * `transition` makes on every call (the state's shape, every key the lifecycle writes), with the
 * same {@link @zhidu/core!PolicyInputError} issues. Which policy it started under is checked by the
 * lifecycle it is passed to. A host that reads an order from its database and applies several events
 * to it in memory (a batch, a replayed event log) validates it once, here.
 *
 * @param state - the order's state as stored (e.g. parsed from JSON)
 * @returns the same state, typed as checked
 * @throws {@link @zhidu/core!PolicyInputError} with the path of every malformed key
 * @example
 * const checked = parseOrderState(JSON.parse(row.state));
 * checked.value
 * //=> 'pending_payment'
 * parseOrderState({ ...state, version: -1 })
 * //=> throws PolicyInputError: Invalid input, 1 issue: state.version: Expected at least 0
 */
export function parseOrderState(state: unknown): ParsedOrderState {
  return readStateShape(state) as ParsedOrderState;
}
