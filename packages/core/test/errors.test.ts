import { describe, expect, it } from 'vitest';
import { PolicyConfigError, PolicyInputError, ZhiduError, collectIssues, formatPath, money, parseInput, summarizeIssues, toSafe, type PolicyIssue } from '../src/index.js';
import * as z from 'zod/mini';

describe('errors', () => {
  it('are Errors with a name, a typed code, the issues and a one-line summary', () => {
    const error = new PolicyInputError([
      { path: ['lines', 0, 'quantity'], message: 'Expected a whole number', code: 'invalid_type' },
      { path: [], message: 'Bad\nthing', code: 'custom' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ZhiduError);
    expect(error.name).toBe('PolicyInputError');
    expect(error.code).toBe('POLICY_INPUT');
    expect(error.message).toBe('Invalid input, 2 issues: lines[0].quantity: Expected a whole number; (root): Bad thing');
    expect(error.message).not.toContain('\n');
    expect(Object.isFrozen(error.issues)).toBe(true);
    const config = new PolicyConfigError([{ path: ['windowDays'], message: 'Too small', code: 'too_small' }], { cause: 'x' });
    expect(config.code).toBe('POLICY_CONFIG');
    expect(config.cause).toBe('x');
    expect(config).not.toBeInstanceOf(PolicyInputError);
  });

  it('formats paths and summaries', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['a', 2, 'b'])).toBe('a[2].b');
    expect(summarizeIssues([{ path: ['a'], message: 'm', code: 'c' }])).toBe('1 issue: a: m');
  });

  it('parseInput lists every zod issue with the prefixed path', () => {
    const schema = z.strictObject({ quantity: z.int(), sku: z.string() });
    try {
      parseInput(schema, { quantity: 1.5, extra: true }, ['request']);
      expect.unreachable();
    } catch (error) {
      const issues = (error as PolicyInputError).issues;
      expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual(['request.extra', 'request.quantity', 'request.sku']);
    }
    expect(parseInput(schema, { quantity: 2, sku: 'A' })).toEqual({ quantity: 2, sku: 'A' });
  });

  it('toSafe turns zhidu errors into results and lets bugs through', () => {
    const bad = toSafe((): number => {
      throw new PolicyInputError([{ path: [], message: 'no', code: 'custom' }]);
    });
    const bug = toSafe((): number => {
      throw new TypeError('bug');
    });
    expect(bad()).toMatchObject({ ok: false });
    expect(() => bug()).toThrow(TypeError);
    expect(toSafe((a: number) => a * 2)(2)).toEqual({ ok: true, value: 4 });
  });
});

describe('collectIssues', () => {
  it('keeps input issues and rethrows anything else', () => {
    const issues: PolicyIssue[] = [];
    expect(collectIssues(issues, () => money('1.005', 'CNY'))).toBeUndefined();
    expect(collectIssues(issues, () => money('1', 'XXX'))).toBeUndefined();
    expect(collectIssues(issues, () => 42)).toBe(42);
    expect(issues.map((issue) => issue.code)).toEqual(['invalid_money', 'invalid_currency']);
    expect(() => { collectIssues(issues, () => { throw new RangeError('bug'); }); }).toThrow(RangeError);
  });
});
