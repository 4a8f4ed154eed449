import { PolicyConfigError, PolicyInputError, isClauseId } from '@zhidu/core';
import { fc, test } from '@fast-check/vitest';
import { afterAll, expect } from 'vitest';
import { fuzzArgs } from './arbitraries.js';

/** Runs per entry point; FUZZ_RUNS raises it for a longer run. */
export const numRuns = Number(process.env.FUZZ_RUNS ?? 300);

/**
 * The seed: fixed by default so a CI run is reproducible; `FUZZ_SEED=random` explores a new one each
 * run (fast-check prints it with any counterexample), any number replays that run.
 */
const seedSetting = process.env.FUZZ_SEED ?? '20261129';
export const seed = seedSetting === 'random' ? undefined : Number(seedSetting);
/**
 * The longest a single call may take, in milliseconds: a guard against hangs (a regular expression
 * that backtracks without end on a huge string, a loop that never ends), not a measure of speed —
 * that is bench/'s job. A call takes well under a millisecond; the limit leaves room for a runner
 * shared with other work (200 ms was exceeded now and then under load) and still fails at once on
 * a hang.
 */
export const timeLimitMs = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 1_000);

/** What a successful call returns: a JSON decision, a string, or anything a custom check accepts. */
export type Returns = 'decision' | 'json' | 'string' | ((result: unknown) => void);

export interface EntryPoint<P> {
  /** The function's name, as exported. */
  readonly name: string;
  /** The policies (presets, matrices …) to pass; each is checked to stay frozen and unchanged. */
  readonly policies: Readonly<Record<string, P>>;
  /** A valid sample of the arguments that are fuzzed (the input, the context …), for a policy. */
  readonly sample: (policy: P) => readonly unknown[];
  /** Calls the entry point with fuzzed arguments and a policy. */
  readonly call: (args: readonly unknown[], policy: P) => unknown;
  /** What it returns; `decision` by default (a JSON-safe object whose reasons cite known clauses). */
  readonly returns?: Returns;
  /** The error refusing bad input: PolicyInputError by default; PolicyConfigError for policy builders. */
  readonly refusal?: 'input' | 'config';
  /** Runs for this entry point (defaults to {@link numRuns}). */
  readonly runs?: number;
}

const prototypeKeys = (): string[] => Reflect.ownKeys(Object.prototype).map(String).sort();
const objectPrototypeKeys = prototypeKeys();
const arrayPrototypeKeys = Reflect.ownKeys(Array.prototype).map(String).sort();

const show = (value: unknown): string => {
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v.toString()}n` : v));
    return text.length > 600 ? `${text.slice(0, 600)}…` : text;
  } catch {
    return String(value);
  }
};

/**
 * Deep equality with SameValue on primitives (NaN equals NaN, -0 differs from 0), dates by their
 * time value (an invalid date equals an invalid date), own enumerable keys and the prototype.
 */
export function sameValue(a: unknown, b: unknown, seen = new Map<object, unknown>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return Object.is(a.getTime(), (b as Date).getTime());
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (keys.length !== other.length) return false;
  const record = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameValue(record[key], recordB[key], seen));
}

function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((child) => isDeepFrozen(child, seen));
}

/** Checks a decision: a plain object, JSON-safe (deep-equal after a JSON round trip), each reason with a code, a known clause and a message. */
export function checkDecision(result: unknown): void {
  expect(typeof result === 'object' && result !== null && !Array.isArray(result), `expected a decision object, got ${show(result)}`).toBe(true);
  checkJson(result);
  const reasons = (result as { reasons?: unknown }).reasons;
  if (reasons === undefined) return;
  expect(Array.isArray(reasons), 'reasons is an array').toBe(true);
  for (const reason of reasons as unknown[]) {
    const { code, clause, message } = reason as { code?: unknown; clause?: unknown; message?: unknown };
    expect(typeof code === 'string' && code.length > 0, `reason code in ${show(reason)}`).toBe(true);
    expect(isClauseId(clause), `reason clause is a known clause in ${show(reason)}`).toBe(true);
    expect(typeof message === 'string' && message.length > 0, `reason message in ${show(reason)}`).toBe(true);
  }
}

/** Checks that a value survives JSON.parse(JSON.stringify(value)) deep-equal. */
export function checkJson(result: unknown): void {
  let text: string;
  try {
    text = JSON.stringify(result);
  } catch (error) {
    throw new Error(`result is not JSON-serialisable: ${String(error)}`, { cause: error });
  }
  expect(JSON.parse(text)).toEqual(result);
}

function checkRefusal(error: unknown, refusal: 'input' | 'config', args: readonly unknown[]): void {
  const expected = refusal === 'input' ? PolicyInputError : PolicyConfigError;
  if (!(error instanceof expected)) {
    const e = error as { name?: unknown; message?: unknown; stack?: unknown };
    throw new Error(
      `expected ${expected.name} or a result, got ${String(e.name)}: ${String(e.message)}\ninput: ${show(args)}\n${String(e.stack).split('\n').slice(0, 8).join('\n')}`,
      { cause: error },
    );
  }
  expect(error.issues.length, 'the refusal lists at least one issue').toBeGreaterThan(0);
  for (const issue of error.issues) {
    expect(Array.isArray(issue.path), `issue path is an array: ${show(issue)}`).toBe(true);
    expect(issue.path.length > 0 || issue.message.length > 0, `issue names a path or says what is wrong: ${show(issue)}`).toBe(true);
    expect(issue.path.every((key) => typeof key === 'string' || (typeof key === 'number' && Number.isInteger(key))), `issue path keys: ${show(issue)}`).toBe(true);
  }
}

/**
 * Declares one fast-check property for an entry point: every call either returns a correct-shaped
 * result within the time limit or throws the documented refusal, and leaves its input, its policy
 * and Object.prototype as they were.
 */
export function fuzz<P>(entry: EntryPoint<P>): void {
  const names = Object.keys(entry.policies);
  const snapshots = new Map(names.map((name) => [name, structuredClone(entry.policies[name])]));
  const samples = new Map(names.map((name) => [name, entry.sample(entry.policies[name]!)]));
  const returns = entry.returns ?? 'decision';
  const refusal = entry.refusal ?? 'input';

  // Warm up: the valid sample returns a result (and compiles the code paths before timing).
  for (const name of names) {
    const result = entry.call(structuredClone(samples.get(name)!), entry.policies[name]!);
    if (returns === 'string') expect(typeof result).toBe('string');
  }

  const stats = { returned: 0, refused: 0 };
  if (process.env.FUZZ_STATS) afterAll(() => { console.log(`${entry.name}: ${String(stats.returned)} returned, ${String(stats.refused)} refused`); });

  const calls = fc.constantFrom(...names).chain((name) => fuzzArgs(samples.get(name)!).map((args) => ({ policy: name, args })));

  test.prop([calls], { numRuns: entry.runs ?? numRuns, ...(seed === undefined ? {} : { seed }) })(`${entry.name}: a result or a ${refusal === 'input' ? 'PolicyInputError' : 'PolicyConfigError'}, nothing mutated`, ({ policy: name, args }) => {
    const policy = entry.policies[name]!;
    let before: unknown;
    try {
      before = structuredClone(args);
    } catch {
      before = undefined; // not cloneable (never the case for the generated data): mutation not checked
    }

    let result: unknown;
    let failed = false;
    let thrown: unknown;
    const start = performance.now();
    try {
      result = entry.call(args, policy);
    } catch (error) {
      failed = true;
      thrown = error;
    }
    const elapsed = performance.now() - start;

    // No prototype pollution.
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').toBeUndefined();
    expect(prototypeKeys(), 'Object.prototype keys').toEqual(objectPrototypeKeys);
    expect(Reflect.ownKeys(Array.prototype).map(String).sort(), 'Array.prototype keys').toEqual(arrayPrototypeKeys);

    if (failed) checkRefusal(thrown, refusal, args);
    expect(elapsed, `the call took ${elapsed.toFixed(1)} ms, over ${String(timeLimitMs)} ms`).toBeLessThan(timeLimitMs);

    // Input and policy untouched.
    if (before !== undefined) expect(sameValue(args, before), `the input was mutated: ${show(before)} → ${show(args)}`).toBe(true);
    expect(isDeepFrozen(policy), `the policy ${name} is still deeply frozen`).toBe(true);
    expect(sameValue(policy, snapshots.get(name)), `the policy ${name} is unchanged`).toBe(true);

    if (failed) {
      stats.refused++;
      return;
    }
    stats.returned++;
    if (returns === 'decision') checkDecision(result);
    else if (returns === 'json') checkJson(result);
    else if (returns === 'string') expect(typeof result, 'returns a string').toBe('string');
    else returns(result);
  });
}

/** Fuzzes one function of one (or no) policy: a shorthand for {@link fuzz} with a single policy. */
export const noPolicy = { none: undefined } as const;
