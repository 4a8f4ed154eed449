import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PolicyInputError, fromZodIssues, parseInput, type PolicyIssue } from '../src/index.js';

/** The issues parseInput reports for `value`, as `path: message` lines. */
function issuesOf(schema: z.core.$ZodType, value: unknown, path: readonly (string | number)[] = []): Record<string, string> {
  try {
    parseInput(schema, value, path);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    const issues: readonly PolicyIssue[] = (error as PolicyInputError).issues;
    return Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.message]));
  }
  throw new Error('expected a PolicyInputError');
}

describe('issue messages: what was expected and what came, not zod/mini\'s "Invalid input"', () => {
  const request = z.strictObject({
    lineId: z.string(),
    quantity: z.int().check(z.minimum(1), z.maximum(1_000)),
    reason: z.enum(['no_reason', 'quality_issue']),
    tags: z.array(z.string()).check(z.maxLength(2)),
    at: z.union([z.string(), z.date()]),
    note: z.optional(z.string().check(z.maxLength(5), z.regex(/^[a-z]*$/u))),
    kind: z.optional(z.literal('return')),
  });

  it('names the type expected and the value received (a number is shown, text is not)', () => {
    expect(issuesOf(request, { lineId: 7, quantity: 1.5, reason: 'no_reason', tags: 'x', at: true })).toEqual({
      'lineId': 'Expected a string, received 7',
      'quantity': 'Expected a whole number, received 1.5',
      'tags': 'Expected an array, received a string',
      'at': 'Expected a string or a date, received true',
    });
  });

  it('says a missing field is required, with its type', () => {
    expect(issuesOf(request, {})).toEqual({
      'lineId': 'Required: a string',
      'quantity': 'Required: a number',
      'reason': 'Expected one of "no_reason", "quality_issue"',
      'tags': 'Required: an array',
      'at': 'Required: a string or a date',
    });
  });

  it('states limits on both sides: "at least" and "at most", in items and characters where they count', () => {
    const base = { lineId: 'L1', reason: 'no_reason', at: '2026-03-01' };
    expect(issuesOf(request, { ...base, quantity: 0, tags: ['a', 'b', 'c'], note: 'abcdef' })).toEqual({
      'quantity': 'Expected at least 1',
      'tags': 'Expected at most 2 items',
      'note': 'Expected at most 5 characters',
    });
    expect(issuesOf(request, { ...base, quantity: 1_001, tags: [], note: 'ABC' })).toEqual({
      'quantity': 'Expected at most 1000',
      'note': 'Expected text matching /^[a-z]*$/u',
    });
    // Just inside both limits: no issue.
    expect(parseInput(request, { ...base, quantity: 1, tags: ['a', 'b'], note: 'abcde' })).toMatchObject({ quantity: 1 });
    expect(parseInput(request, { ...base, quantity: 1_000, tags: [] })).toMatchObject({ quantity: 1_000 });
  });

  it('lists the values an enum or a literal allows', () => {
    const base = { lineId: 'L1', quantity: 1, tags: [], at: '2026-03-01' };
    expect(issuesOf(request, { ...base, reason: 'changed_mind', kind: 'exchange' })).toEqual({
      'reason': 'Expected one of "no_reason", "quality_issue"',
      'kind': 'Expected "return"',
    });
  });

  it('names each unknown key at its own path, under the prefix of the parsed value', () => {
    const issues = issuesOf(request, { lineId: 'L1', quantity: 1, reason: 'no_reason', tags: [], at: '2026-03-01', colour: 'red', size: 'L' }, ['request']);
    expect(issues).toEqual({ 'request.colour': 'Unknown key "colour"', 'request.size': 'Unknown key "size"' });
  });

  it('names the tags a discriminated union knows', () => {
    const event = z.discriminatedUnion('type', [z.object({ type: z.literal('PAY') }), z.object({ type: z.literal('CANCEL') })]);
    expect(issuesOf(event, { type: 'REFUND' }, ['event'])).toEqual({ 'event.type': 'Expected one of "PAY", "CANCEL"' });
  });

  it('keeps a message a schema wrote itself', () => {
    const money = z.string().check(z.regex(/^\d+\.\d{2}$/u, { message: 'Expected an amount like "12.50"' }));
    expect(issuesOf(money, '12.5')).toEqual({ '': 'Expected an amount like "12.50"' });
  });

  it('fromZodIssues: without the refused value, says only what was expected', () => {
    expect(fromZodIssues([{ path: ['a'], message: 'Invalid input', code: 'invalid_type', expected: 'int' }])).toEqual([
      { path: ['a'], message: 'Expected a whole number', code: 'invalid_type' },
    ]);
    expect(fromZodIssues([{ path: ['order'], message: 'Invalid input', code: 'unrecognized_keys', keys: ['note'] }], ['input'])).toEqual([
      { path: ['input', 'order', 'note'], message: 'Unknown key "note"', code: 'unrecognized_keys' },
    ]);
    expect(fromZodIssues([{ path: [], message: 'Invalid input', code: 'too_small', origin: 'number', minimum: 0, inclusive: false }])).toEqual([
      { path: [], message: 'Expected more than 0', code: 'too_small' },
    ]);
    expect(fromZodIssues([{ path: [], message: 'Invalid input', code: 'too_big', origin: 'date', maximum: Date.UTC(2026, 0, 1), inclusive: false }])).toEqual([
      { path: [], message: 'Expected less than 2026-01-01T00:00:00.000Z', code: 'too_big' },
    ]);
    expect(fromZodIssues([{ path: [], message: 'Invalid input', code: 'too_small', origin: 'array', minimum: 2, exact: true }])).toEqual([
      { path: [], message: 'Expected exactly 2 items', code: 'too_small' },
    ]);
    // One of a thing is singular.
    expect(fromZodIssues([{ path: [], message: 'Invalid input', code: 'too_small', origin: 'string', minimum: 1, inclusive: true }])).toEqual([
      { path: [], message: 'Expected at least 1 character', code: 'too_small' },
    ]);
  });
});
