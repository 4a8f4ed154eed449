import { orderPolicy, startOrder, transition, type OrderEvent, type OrderInput, type OrderState } from '@zhidu/orders';
import { reasonText, type BatchCommand } from './batchCommand.js';
import { json, text, type CsvRecord } from './csvFields.js';
import { resolvePolicy } from './loadPolicyFile.js';

/**
 * An order event from a CSV row. Columns: orderId, type, at, data (the event's other fields as a
 * JSON object; for `START`, the order itself).
 */
export function orderEventFromCsv(record: CsvRecord): unknown {
  const type = text(record, 'type');
  const data = json(record, 'data');
  if (type === 'START') return { orderId: text(record, 'orderId'), type, order: data };
  const fields = typeof data === 'object' && data !== null ? data : {};
  return { ...fields, orderId: text(record, 'orderId'), type, at: text(record, 'at') };
}

/**
 * `zhidu orders replay <events>`: rebuilds each order from its event log — a `START` record with
 * the order, then its events in order — and reports every event the lifecycle refuses (ORD-1..14).
 * It holds one state per order seen.
 */
export const ordersReplay: BatchCommand = {
  group: 'orders',
  verb: 'replay',
  description: "replay order event logs (START with the order, then events; each record has orderId): each order's state, refused events reported",
  noun: 'events',
  columns: [
    { key: 'line', width: 6 },
    { key: 'orderId', width: 12 },
    { key: 'event', width: 17 },
    { key: 'result', width: 9 },
    { key: 'from', width: 20 },
    { key: 'to', width: 20 },
    { key: 'version', width: 7 },
    { key: 'reasons', width: 40 },
  ],
  fromCsv: orderEventFromCsv,
  prepare(options, context) {
    const policy = resolvePolicy(orderPolicy, 'orders', options);
    const states = new Map<string, OrderState>();
    let applied = 0;
    let refused = 0;
    return {
      evaluate(value, line) {
        const record = (typeof value === 'object' && value !== null ? value : {}) as { orderId?: unknown; type?: unknown; order?: unknown };
        const { orderId: rawId, order, ...event } = record;
        const orderId = typeof rawId === 'string' ? rawId : typeof order === 'object' && order !== null ? String((order as { id?: unknown }).id) : undefined;
        if (orderId === undefined) throw new Error('orderId: expected the id of the order the event belongs to');
        if (record.type === 'START') {
          if (states.has(orderId)) throw new Error(`orderId: the order ${orderId} was already started`);
          const state = startOrder(order as OrderInput, policy, context);
          states.set(orderId, state);
          applied += 1;
          if (options.onlyRefused === true) return undefined;
          return { cells: { line, orderId, event: 'START', result: 'started', from: null, to: state.value, version: state.version, reasons: '' }, decision: state };
        }
        const state = states.get(orderId);
        if (state === undefined) throw new Error(`orderId: no START record before this event of the order ${orderId}`);
        const result = transition(state, event as OrderEvent, policy);
        const type = typeof record.type === 'string' ? record.type : '?';
        if (!result.ok) {
          refused += 1;
          return {
            cells: { line, orderId, event: type, result: 'refused', from: state.value, to: state.value, version: state.version, reasons: `${result.error.code}: ${result.error.message}` },
            decision: result.error,
          };
        }
        applied += 1;
        states.set(orderId, result.state);
        if (options.onlyRefused === true) return undefined;
        const last = result.state.version > state.version ? result.state.history.at(-1) : undefined;
        return {
          cells: {
            line,
            orderId,
            event: type,
            result: last === undefined ? 'duplicate' : 'applied',
            from: state.value,
            to: result.state.value,
            version: result.state.version,
            reasons: reasonText(last?.reasons ?? []),
          },
          decision: { value: result.state.value, version: result.state.version, commands: result.commands },
        };
      },
      summary: () => `${String(states.size)} orders, ${String(applied)} events applied, ${String(refused)} refused\n`,
    };
  },
};
