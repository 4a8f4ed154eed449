import { readInstant } from '@zhidu/core';
import type * as z from 'zod/mini';
import type { orderEventSchema } from './schema.js';
import { isDecimalString, isRecord, keyCount } from './shapeChecks.js';
import type { OrderEventType } from './types.js';

/** An event as `orderEventSchema` outputs it. */
export type ParsedEvent = z.output<typeof orderEventSchema>;

const no = Symbol();
/** Reads one field: its output value (as the schema writes it), or `no`. */
type Read = (value: unknown) => unknown;

// Each mirrors a schema of `schema.ts`; zod trims `nonEmpty` strings before it checks their length.
const nonEmpty: Read = (value) => {
  if (typeof value !== 'string') return no;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= 200 ? trimmed : no;
};
const text: Read = (value) => (typeof value === 'string' && value.length <= 2_000 ? value : no);
const boolean: Read = (value) => (typeof value === 'boolean' ? value : no);
const oneOf = (...values: readonly string[]): Read => (value) => (typeof value === 'string' && values.includes(value) ? value : no);
// A number or a money object goes to the schema (moneySchema checks its currency and decimals).
const amount: Read = (value) => (isDecimalString(value) ? value : no);
const quantity = (value: unknown): boolean => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= 1_000_000;
const items = (minLength: number): Read => (value) => {
  if (!Array.isArray(value) || value.length < minLength) return no;
  const out: { sku: string; quantity: number }[] = [];
  for (const item of value as readonly unknown[]) {
    if (!isRecord(item) || !quantity(item.quantity) || keyCount(item) !== 2) return no;
    const sku = nonEmpty(item.sku);
    if (sku === no) return no;
    out.push({ sku: sku as string, quantity: item.quantity as number });
  }
  return out;
};
/** The fields of each event type after `type`, `id` and `at`, in the schema's order: `[key, read, optional]`. */
const shapes: ReadonlyMap<string, readonly (readonly [string, Read, boolean])[]> = new Map<OrderEventType, readonly (readonly [string, Read, boolean])[]>([
  ['PAY', [['amount', amount, false]]],
  ['REMIND_PAYMENT', []],
  ['EXPIRE_PAYMENT', []],
  ['AUDIT', []],
  [
    'CONFIRM',
    [
      ['by', nonEmpty, false],
      ['override', boolean, true],
    ],
  ],
  ['ALLOCATE', [['warehouse', nonEmpty, false]]],
  ['REPORT_SHORTAGE', [['lines', items(1), true]]],
  ['STOCK_ARRIVED', []],
  ['RESOLVE_SHORTAGE', [['resolution', oneOf('refund', 'exchange', 'backorder'), false]]],
  ['PACK', [['items', items(0), false]]],
  [
    'SHIP',
    [
      ['carrier', nonEmpty, false],
      ['trackingNumber', text, false],
    ],
  ],
  ['IN_TRANSIT', [['node', text, true]]],
  ['DELIVER', []],
  ['REPORT_EXCEPTION', [['kind', oneOf('delayed', 'lost', 'damaged'), false]]],
  [
    'RESHIP',
    [
      ['carrier', nonEmpty, false],
      ['trackingNumber', text, false],
    ],
  ],
  ['REFUND', [['amount', amount, false]]],
  ['COMPLETE', []],
  [
    'CANCEL',
    [
      ['by', nonEmpty, false],
      ['reason', text, false],
    ],
  ],
]);

/**
 * Checks an event by hand for the common case — a plain object of one of the lifecycle's types with
 * the schema's fields, its instant a string or a Date — and returns it as `orderEventSchema` would
 * output it (the same keys in the same order, `nonEmpty` strings trimmed) except that its instant
 * is already the UTC ISO string, read once. `undefined` means "ask the schema": the event is
 * malformed, or unusual (an explicit `undefined`, an amount as a number or money, the customer's
 * corrections of `CONFIRM`, a class instance), and zod decides.
 *
 * @internal
 */
export function matchEvent(input: unknown): (ParsedEvent & { readonly at: string }) | undefined {
  if (!isRecord(input)) return undefined;
  const type = input.type;
  const fields = typeof type === 'string' ? shapes.get(type) : undefined;
  if (fields === undefined) return undefined;
  const out: Record<string, unknown> = { type };
  let present = 1;
  const id = input.id;
  if (id !== undefined) {
    if (typeof id !== 'string' || id.length < 1 || id.length > 200) return undefined;
    out.id = id;
    present++;
  }
  const at = readInstant(input.at);
  if (at === undefined) return undefined;
  out.at = at.toISOString();
  present++;
  for (const [key, read, optional] of fields) {
    const value = input[key];
    if (value === undefined) {
      if (optional) continue;
      return undefined;
    }
    const field = read(value);
    if (field === no) return undefined;
    out[key] = field;
    present++;
  }
  if (keyCount(input) !== present) return undefined;
  return out as ParsedEvent & { readonly at: string };
}
