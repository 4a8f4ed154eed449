import { toJSONSchema, type core } from 'zod/mini';

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a zod schema, for hosts written in other languages and for
 * the docs. It describes what a call accepts (`io: 'input'`): fields with defaults are optional.
 * Dates are described as `date-time` strings, the form they take in JSON.
 *
 * @param schema - a zod schema (a policy schema, an input schema)
 * @returns the JSON Schema object
 * @example
 * toJsonSchema(storeSettingsSchema).required
 * //=> ['timeZone', 'locale', 'currency']
 */
export function toJsonSchema(schema: core.$ZodType): JsonSchema {
  return toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date-time';
      }
    },
  });
}
