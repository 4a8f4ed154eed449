import { PolicyConfigError } from './PolicyConfigError.js';
import { PolicyInputError } from './PolicyInputError.js';

/** The result of a `safe*` call: the value, or the error the throwing call would have thrown. */
export type Result<T, E = PolicyInputError | PolicyConfigError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * Wraps a throwing entry point into its `safe*` form, which returns a {@link Result} instead of
 * throwing a {@link PolicyInputError} or {@link PolicyConfigError}. Any other exception is a bug
 * and is rethrown.
 *
 * @param fn - the throwing function
 * @returns a function with the same parameters that never throws zhidu's errors
 * @example
 * const safeMoney = toSafe(money);
 * safeMoney('1.005', 'CNY');
 * //=> { ok: false, error: PolicyInputError { issues: [{ path: ['amount'], code: 'invalid_money', … }] } }
 */
/* @__NO_SIDE_EFFECTS__ */
export function toSafe<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => Result<R> {
  return (...args: A): Result<R> => {
    try {
      return { ok: true, value: fn(...args) };
    } catch (error) {
      if (error instanceof PolicyInputError || error instanceof PolicyConfigError) return { ok: false, error };
      throw error;
    }
  };
}
