/**
 * JSON with object keys sorted at every level, so equal data always gives the same text
 * (the input of {@link policyVersion}'s hash). `undefined` properties are left out, as in JSON.
 *
 * @param value - plain JSON-like data
 * @returns the canonical JSON text
 * @example
 * stableStringify({ b: 1, a: [true, { d: null, c: 'x' }] })
 * //=> '{"a":[true,{"c":"x","d":null}],"b":1}'
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
    return JSON.stringify(value);
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => stableStringify(item)).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined && typeof item !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`;
}
