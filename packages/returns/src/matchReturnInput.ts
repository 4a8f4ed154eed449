import { readInstant } from '@zhidu/core';
import type * as z from 'zod/mini';
import type { returnInputSchema } from './schema.js';

// A hand-written check of `returnInputSchema` for the common case: a request sent as plain JSON.
// It accepts only what the schema accepts (a subset: anything unusual — a Date, a class instance,
// an explicit `undefined`, a key the schema does not know — is left to zod) and gives back what the
// schema gives back (a new object, keys in the schema's order, ids trimmed). Callers run zod only when
// it says no; zod then accepts the value after all or writes the error report, so a bad request is
// refused with exactly the issues it always was. Property tests check that every value this accepts
// is one the schema accepts, with an equal output. Keep it in step with `schema.ts`.

type Parsed = z.output<typeof returnInputSchema>;
type Line = Parsed['order']['lines'][number];

const tags: ReadonlySet<unknown> = new Set(['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'final_sale', 'hygiene']);
const reasons: ReadonlySet<unknown> = new Set(['no_reason', 'quality_issue', 'wrong_item', 'damaged_in_transit', 'not_as_described']);
const resolutions: ReadonlySet<unknown> = new Set(['refund', 'return_refund', 'exchange']);
const conditions: ReadonlySet<unknown> = new Set(['intact', 'opened', 'used', 'damaged']);
const inputKeys: ReadonlySet<string> = new Set(['order', 'request']);
const orderKeys: ReadonlySet<string> = new Set(['id', 'currency', 'placedAt', 'deliveredAt', 'lines']);
const lineKeys: ReadonlySet<string> = new Set(['id', 'sku', 'quantity', 'unitPrice', 'paid', 'tags']);
const requestKeys: ReadonlySet<string> = new Set(['lineId', 'quantity', 'requestedAt', 'reason', 'resolution', 'condition', 'alreadyReturned']);

/** A plain object (a literal or from JSON.parse) whose enumerable keys (own and inherited, as a strict zod object sees them) are all in `known`. */
function isPlain(value: unknown, known: ReadonlySet<string>): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) if (!known.has(key)) return false;
  return true;
}

/** `id`: a string, trimmed, 1 to 200 characters. The trimmed string, or `undefined`. */
function id(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= 200 ? trimmed : undefined;
}

/** `z.int().check(z.minimum(min), z.maximum(1_000_000))`. */
const count = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= 1_000_000;

/** core's `readDecimal` pattern for strings (`decimalSchema`'s string branch): a plain decimal, at most 60 characters. */
const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/u;

/** `nonNegativeDecimalSchema`: a decimal string not starting with '-', or a finite number not below zero. */
const amount = (value: unknown): value is string | number =>
  typeof value === 'string' ? value.length <= 60 && value.charCodeAt(0) !== 45 && decimalPattern.test(value) : typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** `instantSchema`'s string branch (a Date is left to zod). */
const instant = (value: unknown): value is string => typeof value === 'string' && readInstant(value) !== undefined;

function line(value: unknown): Line | undefined {
  if (!isPlain(value, lineKeys)) return undefined;
  const lineId = id(value.id);
  const sku = id(value.sku);
  const { quantity, unitPrice, paid } = value;
  if (lineId === undefined || sku === undefined || !count(quantity, 1) || !amount(unitPrice) || !amount(paid)) return undefined;
  if (!('tags' in value)) return { id: lineId, sku, quantity, unitPrice, paid };
  const list = value.tags;
  if (!Array.isArray(list)) return undefined;
  const copy: Line['tags'] = [];
  for (const tag of list as readonly unknown[]) {
    if (!tags.has(tag)) return undefined;
    copy.push(tag as NonNullable<Line['tags']>[number]);
  }
  return { id: lineId, sku, quantity, unitPrice, paid, tags: copy };
}

/**
 * The schema's output for a request in the common shape, or `undefined` to ask the schema.
 *
 * @internal
 */
export function matchReturnInput(input: unknown): Parsed | undefined {
  if (!isPlain(input, inputKeys) || !('order' in input) || !('request' in input)) return undefined;
  const { order, request } = input;
  if (!isPlain(order, orderKeys) || !isPlain(request, requestKeys)) return undefined;

  const orderId = id(order.id);
  const { currency, placedAt, lines } = order;
  if (orderId === undefined || typeof currency !== 'string' || !instant(placedAt)) return undefined;
  let deliveredAt: string | null | undefined;
  if ('deliveredAt' in order) {
    deliveredAt = order.deliveredAt === null ? null : instant(order.deliveredAt) ? order.deliveredAt : undefined;
    if (deliveredAt === undefined) return undefined;
  }
  if (!Array.isArray(lines) || lines.length < 1 || lines.length > 10_000) return undefined;
  const parsedLines: Line[] = [];
  for (const candidate of lines as readonly unknown[]) {
    const parsedLine = line(candidate);
    if (parsedLine === undefined) return undefined;
    parsedLines.push(parsedLine);
  }

  const lineId = id(request.lineId);
  const { quantity, requestedAt, reason, resolution, condition } = request;
  if (lineId === undefined || !count(quantity, 1) || !instant(requestedAt) || !reasons.has(reason) || !resolutions.has(resolution) || !conditions.has(condition)) return undefined;
  let alreadyReturned: number | undefined;
  if ('alreadyReturned' in request) {
    if (!count(request.alreadyReturned, 0)) return undefined;
    alreadyReturned = request.alreadyReturned;
  }

  const parsedOrder: Parsed['order'] =
    deliveredAt === undefined
      ? { id: orderId, currency, placedAt, lines: parsedLines }
      : { id: orderId, currency, placedAt, deliveredAt, lines: parsedLines };
  const parsedRequest = {
    lineId,
    quantity,
    requestedAt,
    reason: reason as Parsed['request']['reason'],
    resolution: resolution as Parsed['request']['resolution'],
    condition: condition as Parsed['request']['condition'],
  };
  return { order: parsedOrder, request: alreadyReturned === undefined ? parsedRequest : { ...parsedRequest, alreadyReturned } };
}
