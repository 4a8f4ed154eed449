import { safeParse, type core } from 'zod/mini';
import { PolicyInputError } from './PolicyInputError.js';
import { fromZodIssues } from './issues.js';

/**
 * Parses a call's input with a zod schema and throws a {@link PolicyInputError} listing every
 * issue when it does not match. Every public entry point of every zhidu package parses its input
 * with this.
 *
 * @param schema - a zod schema (classic or mini)
 * @param value - the untrusted input
 * @param path - where the value sits in the call's arguments, prefixed to every issue path
 * @returns the parsed value
 * @throws {@link PolicyInputError} when the input does not match the schema
 * @example
 * parseInput(z.object({ quantity: z.int() }), { quantity: 1.5 }, ['request'])
 * //=> throws PolicyInputError: Invalid input, 1 issue: request.quantity: Expected a whole number, received 1.5
 */
export function parseInput<S extends core.$ZodType>(
  schema: S,
  value: unknown,
  path: readonly (string | number)[] = [],
): core.output<S> {
  // reportInput: the issue keeps what was refused, so its message can say what came.
  const result = safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  throw new PolicyInputError(fromZodIssues(result.error.issues, path));
}
