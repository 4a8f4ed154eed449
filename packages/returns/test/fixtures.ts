import type { PriceProtectionInput, ReturnDecision, ReturnInput } from '../src/index.js';

type Order = ReturnInput['order'];
type Request = ReturnInput['request'];
type Line = Order['lines'][number];

/** The instant plus `ms` milliseconds, as a UTC ISO string. */
export const plus = (instant: string, ms: number): string => new Date(Date.parse(instant) + ms).toISOString();

/**
 * A CNY order placed in Shanghai on 1 March 2026 and signed for on 3 March at 15:00 local time.
 * Line L1: 3 × 40.00 with 100.00 actually paid (a discount apportioned onto it); line L2: 1 × 59.99 paid in full.
 */
export const cnOrder: Order = {
  id: 'SO-1001',
  currency: 'CNY',
  placedAt: '2026-03-01T10:00:00+08:00',
  deliveredAt: '2026-03-03T15:00:00+08:00',
  lines: [
    { id: 'L1', sku: 'TEA-250', quantity: 3, unitPrice: '40.00', paid: '100.00' },
    { id: 'L2', sku: 'CUP-01', quantity: 1, unitPrice: '59.99', paid: '59.99' },
  ],
};

/** A USD order placed in New York on 18 February 2026 and delivered on 20 February at noon (EST). */
export const usOrder: Order = {
  id: 'US-2001',
  currency: 'USD',
  placedAt: '2026-02-18T09:00:00-05:00',
  deliveredAt: '2026-02-20T12:00:00-05:00',
  lines: [
    { id: 'L1', sku: 'MUG-1', quantity: 3, unitPrice: '40.00', paid: '100.00' },
    { id: 'L2', sku: 'LAMP-2', quantity: 1, unitPrice: '200.00', paid: '200.00' },
  ],
};

/** A no-reason return of one intact unit of L1, asked for a day after delivery. */
export const request: Request = {
  lineId: 'L1',
  quantity: 1,
  requestedAt: '2026-03-04T10:00:00+08:00',
  reason: 'no_reason',
  resolution: 'return_refund',
  condition: 'intact',
};

/** Bought 2 at 199.00 in Shanghai on 1 June 2026, 10:00; seen at 179.00 four days later (RET-6). */
export const claim: PriceProtectionInput = {
  paidUnitPrice: '199.00',
  purchasedAt: '2026-06-01T10:00:00+08:00',
  currentUnitPrice: '179.00',
  observedAt: '2026-06-05T09:00:00+08:00',
  quantity: 2,
  currency: 'CNY',
};

/** The fixture input with the order, its first line and the request changed as given. */
export function input(
  changes: { order?: Partial<Order>; line?: Partial<Line>; request?: Partial<Request> } = {},
  base: Order = cnOrder,
  baseRequest: Request = request,
): ReturnInput {
  const order = { ...base, ...changes.order };
  const [first, ...rest] = order.lines;
  return {
    order: { ...order, lines: [{ ...first!, ...changes.line }, ...rest] },
    request: { ...baseRequest, ...changes.request },
  };
}

/** The reason codes of a decision, in order. */
export const codes = (decision: Pick<ReturnDecision, 'reasons'>): string[] => decision.reasons.map((reason) => reason.code);

/** The clause a decision cites for a code (fails the lookup when absent). */
export const clauseOf = (decision: Pick<ReturnDecision, 'reasons'>, code: string): string | undefined =>
  decision.reasons.find((reason) => reason.code === code)?.clause;

/** The path of every issue of a thrown PolicyInputError / PolicyConfigError, joined with dots. */
export function issuePaths(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    return ((error as { issues?: { path: (string | number)[] }[] }).issues ?? []).map((issue) => issue.path.join('.'));
  }
  throw new Error('expected the call to throw');
}
