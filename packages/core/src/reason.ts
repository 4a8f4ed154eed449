import type { Money } from './money.js';

/** A value a reason may carry in its `params`: plain JSON, so a decision round-trips through JSON. */
export type ReasonParam = string | number | boolean | null | Money | readonly (string | number)[];

/** The numbers and values a reason used, by name. */
export type ReasonParams = Readonly<Record<string, ReasonParam>>;

/**
 * Why a decision came out as it did: a stable code a host can log and switch on, the clause of
 * the policy it applies, a message in the context's locale, and the numbers it used.
 */
export interface Reason {
  /** A stable `SCREAMING_SNAKE_CASE` code, e.g. `'RETURN_WINDOW_CLOSED'`. */
  readonly code: string;
  /** The catalog clause id the reason applies, e.g. `'RET-7'`. */
  readonly clause: string;
  /** The message in the context's locale, ready to show. */
  readonly message: string;
  /** The numbers and values the rule used, e.g. `{ days: 7, deadline: '…' }`. */
  readonly params?: ReasonParams;
}

/** A decision: a plain JSON object with its outcome fields and the reasons for them. */
export type Decision<T extends object = Record<string, unknown>> = T & {
  /** Every reason behind the outcome, in the order the rules were applied. */
  readonly reasons: readonly Reason[];
};
