/**
 * A tiny host for @zhidu/orders. The package decides; the host keeps the state and does the work:
 *
 * - an in-memory "database" (a Map of rows, each the order's state as JSON text and its `version`),
 *   written with optimistic locking — a write succeeds only if the row still has the version it
 *   was read at, as `UPDATE … WHERE id = ? AND version = ?` would;
 * - `apply(orderId, event)` reads the row, runs `transition`, writes the next state and carries out
 *   the commands (here: by logging them, and keeping a ledger of the refunds issued);
 * - a webhook delivered twice is harmless: an event whose `id` was applied already changes nothing
 *   and gives no commands, so nothing is done twice.
 */
import { addMoney, money, type Money, type Reason } from '@zhidu/core';
import {
  createOrderLifecycle,
  type OrderCommand,
  type OrderEvent,
  type OrderInput,
  type OrderPolicy,
  type OrderState,
  type OrderStateValue,
} from '@zhidu/orders';

/** A row of the host's orders table. */
interface OrderRow {
  readonly version: number;
  readonly json: string;
}

/** Another writer changed the order between our read and our write. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(
    readonly orderId: string,
    readonly expected: number,
    readonly found: number | undefined,
  ) {
    super(`Order ${orderId} is at version ${String(found)}, not ${String(expected)}: read it again and retry`);
  }
}

/** What happened when the desk applied an event. */
export type DeskOutcome =
  | {
      /** The event moved the order (or was a replay: see `replay`). */
      readonly ok: true;
      /** The event's `id` was applied before: the state is unchanged and nothing was done. */
      readonly replay: boolean;
      readonly state: OrderState;
      /** The reasons of this step, in the store's locale (empty for a replay). */
      readonly reasons: readonly Reason[];
      /** The commands the desk carried out. */
      readonly commands: readonly OrderCommand[];
    }
  | {
      /** The policy refused the event: the state is unchanged. */
      readonly ok: false;
      readonly state: OrderState;
      readonly error: Reason;
    };

/** One line of the desk's work log, for a command it carried out. */
export function describeCommand(command: OrderCommand): string {
  switch (command.type) {
    case 'REQUEST_PAYMENT':
      return `request payment of ${command.amount.amount} ${command.amount.currency} by ${command.dueAt ?? 'no deadline'}`;
    case 'NOTIFY_CUSTOMER':
      return `notify the customer: ${command.topic}`;
    case 'CONTACT_CUSTOMER':
      return `contact the customer about ${command.about.join(', ')}`;
    case 'BOOK_CARRIER':
      return `book a carrier pick-up at ${command.warehouse ?? 'the warehouse'}${command.reship ? ' (reship)' : ''}`;
    case 'CONTACT_CARRIER':
      return `contact ${command.carrier} about ${command.trackingNumber} (${command.kind})`;
    case 'ISSUE_REFUND':
      return `issue a refund of ${command.amount.amount} ${command.amount.currency} (${command.cause})`;
    case 'REPLENISH':
      return `replenish ${command.lines.map((line) => `${line.sku} ×${String(line.quantity)}`).join(', ')}`;
  }
}

/**
 * Makes an order desk for one store policy.
 *
 * @param policy - the store's order policy; every order the desk opens keeps it (`policyVersion`)
 * @param log - where the work log goes (one line per command carried out)
 */
export function createOrderDesk(policy: OrderPolicy, log: (line: string) => void = () => undefined) {
  const orders = createOrderLifecycle(policy);
  const table = new Map<string, OrderRow>();
  const refundsIssued = new Map<string, Money>();

  const read = (orderId: string): OrderState => {
    const row = table.get(orderId);
    if (row === undefined) throw new Error(`No order ${orderId}`);
    return JSON.parse(row.json) as OrderState;
  };

  /** Writes a state if the row is still at `expected` (`-1`: the row must not exist yet). */
  const write = (state: OrderState, expected: number): void => {
    const orderId = state.order.id;
    const found = table.get(orderId)?.version;
    if ((found ?? -1) !== expected) throw new VersionConflictError(orderId, expected, found);
    table.set(orderId, { version: state.version, json: JSON.stringify(state) });
  };

  const carryOut = (orderId: string, command: OrderCommand): void => {
    if (command.type === 'ISSUE_REFUND') {
      refundsIssued.set(orderId, addMoney(refundsIssued.get(orderId) ?? money(0, command.amount.currency), command.amount));
    }
    log(`${orderId} → ${describeCommand(command)}`);
  };

  return {
    policyVersion: orders.policyVersion,
    read,
    write,

    /** Receives an order from the platform (ORD-1) and stores it, version 0. */
    open(input: OrderInput): OrderState {
      const state = orders.start(input);
      write(state, -1);
      return state;
    },

    /** Applies an event to a stored order, writes the result with optimistic locking and carries out the commands. */
    apply(orderId: string, event: OrderEvent): DeskOutcome {
      const state = read(orderId);
      const result = orders.transition(state, event);
      if (!result.ok) return { ok: false, state, error: result.error };
      if (result.state.version === state.version) return { ok: true, replay: true, state, reasons: [], commands: [] };
      write(result.state, state.version);
      for (const command of result.commands) carryOut(orderId, command);
      return { ok: true, replay: false, state: result.state, reasons: result.state.history.at(-1)?.reasons ?? [], commands: result.commands };
    },

    /** The deadlines of a stored order passed at `now` (ORD-7, ORD-11). */
    overdue(orderId: string, now: string) {
      return orders.overdue(read(orderId), { now });
    },

    /** What the desk refunded on an order, by the ISSUE_REFUND commands it carried out. */
    refunded(orderId: string, currency = 'CNY'): Money {
      return refundsIssued.get(orderId) ?? money(0, currency);
    },

    /** The states an order went through, from its history. */
    path(orderId: string): OrderStateValue[] {
      const { history } = read(orderId);
      return history.length === 0 ? ['pending_payment'] : [history[0]?.from ?? 'pending_payment', ...history.map((entry) => entry.to)];
    },
  };
}

/** An order desk (see {@link createOrderDesk}). */
export type OrderDesk = ReturnType<typeof createOrderDesk>;
