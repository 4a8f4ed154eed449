// #region tables
import { PolicyInputError } from '@zhidu/core';
import {
  createOrderLifecycle,
  createOrderMachine,
  defineOrderPolicy,
  presets,
  restoreOrderSnapshot,
  type OrderCommand,
  type OrderEvent,
  type OrderLifecycle,
  type OrderPolicy,
  type OrderState,
} from '@zhidu/orders';

// The host's two tables, kept in memory here. In the HTTP service example they are the
// PostgreSQL tables `orders` and `order_events` (see the migration above).
interface OrderRow {
  id: string;
  value: string; // copied from the state, for queries
  version: number; // copied from the state: the optimistic lock
  policyVersion: string; // copied from the state: which rules the order keeps
  state: string; // the state exactly as @zhidu/orders returned it, as JSON
}
interface EventRow {
  orderId: string;
  version: number; // unique with orderId: the history has no gaps and no duplicates
  eventId: string | null; // unique with orderId: a webhook cannot be applied twice
  type: string;
  commands: OrderCommand[]; // the outbox: what the host still has to carry out
  sentAt: string | null;
}
const orders = new Map<string, OrderRow>();
const orderEvents: EventRow[] = [];
// #endregion tables

// #region policies
// Every policy the store has used, by version: an order keeps the rules it started under.
const lifecycles = new Map<string, OrderLifecycle>();
function usePolicy(policy: OrderPolicy): OrderLifecycle {
  const lifecycle = createOrderLifecycle(policy); // validated and versioned once
  lifecycles.set(lifecycle.policyVersion, lifecycle);
  return lifecycle;
}
function lifecycleOf(state: OrderState): OrderLifecycle {
  const lifecycle = lifecycles.get(state.policyVersion);
  if (lifecycle === undefined) throw new Error(`No policy ${state.policyVersion}: load it before moving this order`);
  return lifecycle;
}

const current = usePolicy(presets.generic); // the policy new orders start under
// #endregion policies

// #region create
function createOrder(input: Parameters<OrderLifecycle['start']>[0]): OrderState {
  const state = current.start(input);
  if (orders.has(state.order.id)) throw new Error(`Order ${state.order.id} exists already`);
  orders.set(state.order.id, {
    id: state.order.id,
    value: state.value,
    version: state.version,
    policyVersion: state.policyVersion,
    state: JSON.stringify(state),
  });
  return state;
}
// #endregion create

// #region apply
type Outcome =
  | { status: 'applied'; state: OrderState; commands: readonly OrderCommand[]; attempts: number }
  | { status: 'replay'; state: OrderState }
  | { status: 'refused'; code: string; clause: string };

/** What one worker computes from the row it read: nothing is written yet. */
function prepare(orderId: string, event: OrderEvent) {
  const row = orders.get(orderId);
  if (row === undefined) throw new Error(`No order ${orderId}`);
  const state = JSON.parse(row.state) as OrderState;
  const result = lifecycleOf(state).transition(state, event); // pure: no I/O, no clock
  return { row, state, result };
}

/**
 * Writes the next state only if the row is still at the version that was read, and the event
 * with its commands in the same step (in PostgreSQL: one transaction, `UPDATE … WHERE version = $2`).
 */
function commit(orderId: string, readVersion: number, next: OrderState, commands: readonly OrderCommand[]): boolean {
  const row = orders.get(orderId);
  if (row?.version !== readVersion) return false; // another writer got there first
  const entry = next.history.at(-1);
  if (entry === undefined) throw new Error('a transition always adds a history entry');
  orders.set(orderId, { ...row, value: next.value, version: next.version, state: JSON.stringify(next) });
  orderEvents.push({ orderId, version: next.version, eventId: entry.event.id ?? null, type: entry.event.type, commands: [...commands], sentAt: null });
  return true;
}

function apply(orderId: string, event: OrderEvent, maxAttempts = 20): Outcome {
  for (let attempts = 1; attempts <= maxAttempts; attempts += 1) {
    const { row, state, result } = prepare(orderId, event);
    if (!result.ok) return { status: 'refused', code: result.error.code, clause: result.error.clause };
    // An event whose id the order has applied already: same state, no commands, nothing to write.
    if (result.state.version === state.version) return { status: 'replay', state };
    if (commit(orderId, row.version, result.state, result.commands)) {
      return { status: 'applied', state: result.state, commands: result.commands, attempts };
    }
    // Lost a race: read the order again and run the step on the fresh state.
  }
  throw new Error(`Order ${orderId} kept changing: try again later`);
}
// #endregion apply

// #region walk
const order = {
  id: 'SO-1001',
  currency: 'CNY',
  placedAt: '2026-03-01T10:00:00+08:00',
  customer: { name: '王芳', phone: '13800138000', address: '上海市浦东新区世纪大道 100 号' },
  lines: [{ sku: 'TEA-250', quantity: 2, unitPrice: '59.00' }],
  total: '118.00',
  payment: { method: 'alipay' },
};
createOrder(order);

const pay = { type: 'PAY', id: 'alipay-2026030110050001', at: '2026-03-01T10:05:00+08:00', amount: '118.00' } as const;
const paid = apply('SO-1001', pay);
console.log(paid.status, paid.status === 'applied' && paid.state.value); // applied awaiting_fulfillment

// The payment webhook is delivered again: same id, nothing changes, no second notification.
console.log(apply('SO-1001', pay).status); // replay
console.log(orderEvents.length); // 1
// #endregion walk

// #region race
// Two workers read the order at version 1 and each compute their step...
const allocate = { type: 'ALLOCATE', id: 'wms-77', at: '2026-03-01T11:00:00+08:00', warehouse: 'SH-1' } as const;
const a = prepare('SO-1001', allocate);
const b = prepare('SO-1001', allocate);
// ...the first write wins; the second finds the version moved and writes nothing.
console.log(a.result.ok && commit('SO-1001', a.row.version, a.result.state, a.result.commands)); // true
console.log(b.result.ok && commit('SO-1001', b.row.version, b.result.state, b.result.commands)); // false
// Retried on the fresh state, the second worker's event is a replay (same id).
console.log(apply('SO-1001', allocate).status); // replay

// A refusal writes nothing either: the package does not match the order (ORD-8).
const wrongPack = { type: 'PACK', id: 'wms-78', at: '2026-03-01T12:00:00+08:00', items: [{ sku: 'TEA-250', quantity: 1 }] } as const;
console.log(apply('SO-1001', wrongPack)); // { status: 'refused', code: 'ORDER_PACK_MISMATCH', clause: 'ORD-8' }
console.log(orders.get('SO-1001')?.version); // 2
// #endregion race

// #region outbox
apply('SO-1001', { type: 'PACK', id: 'wms-79', at: '2026-03-01T12:00:00+08:00', items: [{ sku: 'TEA-250', quantity: 2 }] });

// A worker carries out the commands of the outbox, oldest first, and marks them sent. A crash
// between carrying out and marking sends again: the key (order, version, index) lets the
// receiving side drop a duplicate.
function drainOutbox(send: (key: string, command: OrderCommand) => void): void {
  for (const row of orderEvents) {
    if (row.sentAt !== null) continue;
    for (const [index, command] of row.commands.entries()) send(`${row.orderId}/${String(row.version)}/${String(index)}`, command);
    row.sentAt = new Date().toISOString();
  }
}
drainOutbox((key, command) => {
  console.log(key, command.type);
});
// SO-1001/1/0 NOTIFY_CUSTOMER
// SO-1001/3/0 BOOK_CARRIER
// #endregion outbox

// #region machine
// Resume the xstate machine from the stored state: build the machine of the order's own policy.
const row = orders.get('SO-1001');
if (row === undefined) throw new Error('stored above');
const stored = JSON.parse(row.state) as OrderState;
const machine = createOrderMachine(lifecycleOf(stored).policy);
const snapshot = restoreOrderSnapshot(machine, stored);
console.log(snapshot.value, snapshot.context.version, snapshot.status); // packed 3 active
// What the order accepts now, e.g. to show the right buttons (the rules run, nothing changes):
console.log(snapshot.can({ type: 'SHIP', at: '2026-03-01T13:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1234567890' })); // true
console.log(snapshot.can({ type: 'CANCEL', at: '2026-03-01T13:00:00+08:00', by: 'buyer', reason: '不想要了' })); // false (ORD-8)
// With xstate in your app: createActor(machine, { snapshot }).start()
// #endregion machine

// #region frozen
// The store moves to a 30-minute payment window. New orders start under the new policy...
const faster = usePolicy(defineOrderPolicy({ payment: { window: { length: 30, unit: 'minutes' } } }));
console.log(current.policyVersion === faster.policyVersion); // false

// ...and SO-1001 keeps the rules it started under: apply() picks them by its policyVersion.
const shipped = apply('SO-1001', { type: 'SHIP', id: 'wms-80', at: '2026-03-01T13:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1234567890' });
console.log(shipped.status); // applied

// Passing another policy is refused, so a policy change never rewrites an old order.
try {
  faster.transition(stored, { type: 'SHIP', at: '2026-03-01T13:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1' });
} catch (error) {
  if (error instanceof PolicyInputError) console.log(error.issues[0]?.code); // policy_version_mismatch
}
// #endregion frozen
