import { PolicyInputError, type Reason } from '@zhidu/core';
import { expect } from 'vitest';

/** CNY money as decisions write it. */
export const cny = (amount: string) => ({ amount, currency: 'CNY' });
/** USD money as decisions write it. */
export const usd = (amount: string) => ({ amount, currency: 'USD' });

/** The reason codes of a decision, in order. */
export const codes = (decision: { readonly reasons: readonly Reason[] }): string[] => decision.reasons.map((reason) => reason.code);

/** The reason of a decision with a code (undefined when absent). */
export const reasonOf = (decision: { readonly reasons: readonly Reason[] }, code: string): Reason | undefined =>
  decision.reasons.find((reason) => reason.code === code);

/** The clause a decision cites for a code. */
export const clauseOf = (decision: { readonly reasons: readonly Reason[] }, code: string): string | undefined => reasonOf(decision, code)?.clause;

/** The path of every issue of a thrown PolicyInputError / PolicyConfigError, joined with dots. */
export function issuePaths(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    return ((error as { issues?: { path: (string | number)[] }[] }).issues ?? []).map((issue) => issue.path.join('.'));
  }
  throw new Error('expected the call to throw');
}

/** The issues of the error a call throws, checked to be of `type` (PolicyInputError unless said). */
export function issuesOf(run: () => unknown, type: abstract new (...args: never[]) => Error = PolicyInputError): unknown[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return [...(error as { issues: readonly unknown[] }).issues];
  }
  throw new Error('expected the call to throw');
}

/** An amount string in integer cents (exact, as a bigint), for sums in property tests. */
export function toCents(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace(/^-/u, '').split('.');
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return negative ? -cents : cents;
}

/** Integer cents written as an amount string with 2 decimals. */
export function fromCents(cents: bigint | number): string {
  const value = BigInt(cents);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${String(abs / 100n)}.${String(abs % 100n).padStart(2, '0')}`;
}
