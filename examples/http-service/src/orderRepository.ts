/**
 * The orders repository: an order's JSON state in `orders`, every applied event in `order_events`.
 *
 * - **Optimistic locking on `state.version`.** Applying an event is one transaction: read the row,
 *   run `transition` (pure, from @zhidu/orders), then `UPDATE orders … WHERE id = $1 AND version = $2`
 *   and insert the event with its commands. If another writer moved the order in between, the
 *   UPDATE changes no row: the transaction is rolled back and the whole step retried on the fresh
 *   state (a bounded number of times), so two concurrent events never both apply to one version.
 * - **Idempotency.** An event whose `id` the order has applied already is a replay: `transition`
 *   returns the same state and no commands, and nothing is written. `UNIQUE (order_id, event_id)`
 *   backs this up in the database.
 * - **Nothing half-written.** A refusal, a malformed event (`PolicyInputError`) or a conflict rolls
 *   the transaction back; the state and its history move together or not at all.
 * - **An outbox.** The commands a transition returns are stored with its event (and returned), for
 *   the host's workers to carry out.
 */
import type { Reason } from '@zhidu/core';
import type { OrderCommand, OrderEvent, OrderInput, OrderLifecycle, OrderState, OrderStateValue, RecordedEvent } from '@zhidu/orders';
import type { Database, Queryable } from './db.js';

/** No order with this id. */
export class OrderNotFoundError extends Error {
  override readonly name = 'OrderNotFoundError';
  constructor(readonly orderId: string) {
    super(`No order ${orderId}`);
  }
}

/** An order with this id exists already. */
export class OrderExistsError extends Error {
  override readonly name = 'OrderExistsError';
  constructor(readonly orderId: string) {
    super(`Order ${orderId} exists already`);
  }
}

/** The order is not at the version the caller expected, or kept moving under every retry. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(
    readonly orderId: string,
    readonly expected: number | undefined,
    readonly found: number | undefined,
  ) {
    super(
      expected === undefined
        ? `Order ${orderId} kept changing while the event was applied: try again`
        : `Order ${orderId} is at version ${String(found)}, not ${String(expected)}: read it again`,
    );
  }
}

/** Another transaction wrote the order between this one's read and write. */
class LostRace extends Error {
  override readonly name = 'LostRace';
}

/** What applying an event did. */
export type ApplyOutcome =
  | {
      readonly ok: true;
      /** The event's `id` was applied before: nothing changed and nothing is to be done. */
      readonly replay: boolean;
      readonly state: OrderState;
      /** The step's reasons (empty for a replay). */
      readonly reasons: readonly Reason[];
      /** What the host must do (stored with the event; empty for a replay). */
      readonly commands: readonly OrderCommand[];
      /** How many times the step ran (more than 1 when it lost a race and was retried). */
      readonly attempts: number;
    }
  | {
      /** The policy refused the event: nothing was written. */
      readonly ok: false;
      readonly state: OrderState;
      readonly error: Reason;
    };

/** One applied event, as `order_events` and the state's history keep it. */
export interface HistoryItem {
  readonly version: number;
  readonly eventId: string | null;
  readonly type: string;
  readonly event: RecordedEvent;
  readonly from: OrderStateValue | null;
  readonly to: OrderStateValue | null;
  readonly reasons: readonly Reason[];
  readonly commands: readonly OrderCommand[];
  readonly at: string;
}

interface OrderRow {
  state: OrderState;
  version: number;
}

interface EventRow {
  version: number;
  event_id: string | null;
  type: string;
  event: RecordedEvent;
  commands: OrderCommand[];
  at: Date | string;
}

/** PostgreSQL's error code for a unique violation (an event id inserted twice by a racing writer). */
const uniqueViolation = '23505';

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === uniqueViolation;

const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** Options of {@link createOrderRepository}. */
export interface RepositoryOptions {
  /** How many times a step that lost a race is run before giving up with a conflict (20 by default). */
  readonly maxAttempts?: number;
}

/**
 * Makes the orders repository over a database and the order lifecycle of the store's policy.
 *
 * @param db - the database (migrated)
 * @param orders - the compiled order lifecycle (`createOrderLifecycle(policy)`)
 */
export function createOrderRepository(db: Database, orders: OrderLifecycle, options: RepositoryOptions = {}) {
  const maxAttempts = options.maxAttempts ?? 20;

  const readRow = async (on: Queryable, orderId: string): Promise<OrderRow> => {
    const { rows } = await on.query<OrderRow>('SELECT state, version FROM orders WHERE id = $1', [orderId]);
    const row = rows[0];
    if (row === undefined) throw new OrderNotFoundError(orderId);
    return row;
  };

  /** One attempt at applying an event, in one transaction. */
  const attempt = (orderId: string, event: OrderEvent, expectedVersion: number | undefined, attempts: number) =>
    db.transaction(async (tx): Promise<ApplyOutcome> => {
      const { state, version } = await readRow(tx, orderId);
      const result = orders.transition(state, event);
      if (result.ok && result.state.version === version) {
        return { ok: true, replay: true, state, reasons: [], commands: [], attempts };
      }
      if (expectedVersion !== undefined && expectedVersion !== version) throw new VersionConflictError(orderId, expectedVersion, version);
      if (!result.ok) return { ok: false, state, error: result.error };

      const next = result.state;
      const entry = next.history.at(-1);
      if (entry === undefined) throw new Error(`Order ${orderId}: a transition without a history entry`);
      const updated = await tx.query(
        'UPDATE orders SET value = $3, version = $4, state = $5::jsonb, updated_at = now() WHERE id = $1 AND version = $2',
        [orderId, version, next.value, next.version, JSON.stringify(next)],
      );
      if (updated.rowCount !== 1) throw new LostRace();
      await tx.query(
        'INSERT INTO order_events (order_id, version, event_id, type, event, commands, at) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)',
        [orderId, next.version, entry.event.id ?? null, entry.event.type, JSON.stringify(entry.event), JSON.stringify(result.commands), entry.at],
      );
      return { ok: true, replay: false, state: next, reasons: entry.reasons, commands: result.commands, attempts };
    });

  return {
    db,
    policyVersion: orders.policyVersion,

    /** Starts an order (ORD-1) and stores it at version 0. */
    async create(input: OrderInput): Promise<OrderState> {
      const state = orders.start(input);
      const inserted = await db.query(
        'INSERT INTO orders (id, value, version, policy_version, state) VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT (id) DO NOTHING',
        [state.order.id, state.value, state.version, state.policyVersion, JSON.stringify(state)],
      );
      if (inserted.rowCount !== 1) throw new OrderExistsError(state.order.id);
      return state;
    },

    /** An order's state, or `undefined`. */
    async get(orderId: string): Promise<OrderState | undefined> {
      const { rows } = await db.query<OrderRow>('SELECT state, version FROM orders WHERE id = $1', [orderId]);
      return rows[0]?.state;
    },

    /**
     * Applies an event with optimistic locking (see the module's comment).
     *
     * @param expectedVersion - when given, the event applies only to this version of the order
     *   (the version the client last read); otherwise to whatever version is current
     * @throws {@link OrderNotFoundError}, {@link VersionConflictError}, or `PolicyInputError` for a
     *   malformed event
     */
    async apply(orderId: string, event: OrderEvent, expectedVersion?: number): Promise<ApplyOutcome> {
      for (let attempts = 1; ; attempts += 1) {
        try {
          return await attempt(orderId, event, expectedVersion, attempts);
        } catch (error) {
          if (!(error instanceof LostRace || isUniqueViolation(error))) throw error;
          if (attempts >= maxAttempts) throw new VersionConflictError(orderId, undefined, undefined);
          await pause(Math.random() * Math.min(50, 2 ** attempts));
        }
      }
    },

    /** The events applied to an order, oldest first, each with its transition's reasons and commands. */
    async history(orderId: string): Promise<HistoryItem[]> {
      const { state } = await readRow(db, orderId);
      const { rows } = await db.query<EventRow>(
        'SELECT version, event_id, type, event, commands, at FROM order_events WHERE order_id = $1 ORDER BY version',
        [orderId],
      );
      const byVersion = new Map(state.history.map((entry) => [entry.version, entry]));
      return rows.map((row) => {
        const entry = byVersion.get(row.version);
        return {
          version: row.version,
          eventId: row.event_id,
          type: row.type,
          event: row.event,
          from: entry?.from ?? null,
          to: entry?.to ?? null,
          reasons: entry?.reasons ?? [],
          commands: row.commands,
          at: new Date(row.at).toISOString(),
        };
      });
    },
  };
}

/** The orders repository (see {@link createOrderRepository}). */
export type OrderRepository = ReturnType<typeof createOrderRepository>;
