import { PolicyInputError, formatPath, isLocalDate, localDateTime, zonedTime, type Locale } from '@zhidu/core';
import { evaluateReturn, type Condition, type Resolution, type ReturnDecision, type ReturnReason } from '@zhidu/returns';
import { order, policy } from './order.js';

/** What the shopper picked. */
export interface Request {
  readonly lineId: string;
  readonly quantity: number;
  readonly reason: ReturnReason;
  readonly condition: Condition;
  readonly resolution: Resolution;
  /** The request day, `YYYY-MM-DD` in the store's time zone. */
  readonly date: string;
}

export type Outcome =
  | { readonly kind: 'decision'; readonly decision: ReturnDecision; readonly requestedAt: string; readonly deadlineLocal: string | null }
  | { readonly kind: 'invalid'; readonly issues: readonly string[] }
  | { readonly kind: 'no-date' };

/** Noon of a local day in the store's time zone, as the request's instant. */
export function requestInstant(date: string): string | undefined {
  return isLocalDate(date) ? zonedTime(date, 12 * 60, policy.store.timeZone).toISOString() : undefined;
}

/** A UTC instant as the store's local date and time, e.g. `2026-03-10 23:59:59`. */
export function storeTime(instant: string | null): string | null {
  return localDateTime(instant, policy.store.timeZone);
}

/**
 * Decides the request in the browser with `evaluateReturn`: the decision's "now" is the request's
 * instant, and the reasons come in the page's locale (passed in the context).
 */
export function decide(request: Request, locale: Locale): Outcome {
  const requestedAt = requestInstant(request.date);
  if (requestedAt === undefined) return { kind: 'no-date' };
  try {
    const decision = evaluateReturn(
      {
        order,
        request: {
          lineId: request.lineId,
          quantity: request.quantity,
          requestedAt,
          reason: request.reason,
          condition: request.condition,
          resolution: request.resolution,
        },
      },
      policy,
      { now: requestedAt, locale },
    );
    return { kind: 'decision', decision, requestedAt, deadlineLocal: storeTime(decision.deadline) };
  } catch (error) {
    if (error instanceof PolicyInputError) return { kind: 'invalid', issues: error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`) };
    throw error;
  }
}
