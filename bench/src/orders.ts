/**
 * Orders: the pure `transition` over a full happy path (PAY, ALLOCATE, PACK, SHIP, IN_TRANSIT,
 * DELIVER, COMPLETE) against a hand-written reducer producing the same state, version, history
 * entry (with its reasons) and commands, and against an xstate actor of `createOrderMachine`
 * receiving the same events with `send()`; and `createOrderLifecycle(policy).transitionParsed` on
 * states and events parsed once before timing. 200 seeded orders; final states checked equal before timing.
 */
import {
  createOrderLifecycle,
  createOrderMachine,
  parseOrderEvent,
  parseOrderState,
  presets,
  transition,
  type HistoryEntry,
  type OrderCommand,
  type OrderEvent,
  type OrderState,
  type ParsedOrderEvent,
  type ParsedOrderState,
} from '@zhidu/orders';
import { createActor } from 'xstate';
import { assertSame, int, measure, pick, prng, report, row, round, writeResults, type Contender, type Target } from './harness.js';

const ORDERS = 200;
const random = prng(7);
const HOUR = 3_600_000;
const MINUTE = 60_000;
const OFFSET = 8 * HOUR;
const DAY = 86_400_000;
const BASE = Date.parse('2026-03-01T00:00:00+08:00');
const policy = presets.generic;
const lifecycle = createOrderLifecycle(policy);

const shanghai = (ms: number): string => `${new Date(ms + OFFSET).toISOString().slice(0, 19)}+08:00`;
const cents = (value: number): string => `${String(Math.floor(value / 100))}.${String(value % 100).padStart(2, '0')}`;
const WAREHOUSES = ['SH-1', 'BJ-2', 'GZ-3'] as const;
const CARRIERS = ['SF', 'ZTO', 'YTO', 'JD'] as const;
const NODES = ['上海转运中心', '北京分拨中心', '广州集散中心'] as const;

interface Case {
  readonly start: OrderState;
  readonly events: readonly OrderEvent[];
}

function makeCase(index: number): Case {
  const placed = BASE + int(random, 0, 200 * 24) * HOUR + int(random, 0, 59) * MINUTE;
  const lines = Array.from({ length: int(random, 1, 3) }, (_, n) => ({ sku: `SKU-${String(index)}-${String(n)}`, quantity: int(random, 1, 4), unitPrice: cents(int(random, 100, 50_000)) }));
  const total = lines.reduce((sum, line) => sum + Math.round(Number(line.unitPrice) * 100) * line.quantity, 0);
  const start = lifecycle.start({
    id: `SO-${String(index)}`,
    currency: 'CNY',
    placedAt: shanghai(placed),
    customer: { name: '王芳', phone: '13800138000', address: '上海市浦东新区世纪大道 100 号' },
    lines,
    total: cents(total),
    payment: { method: 'alipay' },
  });
  const paid = placed + int(random, 1, 600) * MINUTE;
  const allocated = paid + int(random, 5, 120) * MINUTE;
  const packed = allocated + int(random, 5, 240) * MINUTE;
  const shipped = packed + int(random, 5, 3000) * MINUTE; // sometimes after the 48 h handling time
  const moving = shipped + int(random, 60, 1200) * MINUTE;
  const delivered = moving + int(random, 60, 2400) * MINUTE;
  const completed = delivered + (16 + int(random, 0, 5)) * DAY;
  const events: OrderEvent[] = [
    { type: 'PAY', id: `pay-${String(index)}`, at: shanghai(paid), amount: cents(total) },
    { type: 'ALLOCATE', at: shanghai(allocated), warehouse: pick(random, WAREHOUSES) },
    { type: 'PACK', at: shanghai(packed), items: [...lines].reverse().map((line) => ({ sku: line.sku, quantity: line.quantity })) },
    { type: 'SHIP', at: shanghai(shipped), carrier: pick(random, CARRIERS), trackingNumber: `TN${String(int(random, 1e9, 9e9))}` },
    { type: 'IN_TRANSIT', at: shanghai(moving), node: pick(random, NODES) },
    { type: 'DELIVER', at: shanghai(delivered) },
    { type: 'COMPLETE', at: shanghai(completed) },
  ];
  return { start, events };
}

const cases: readonly Case[] = Array.from({ length: ORDERS }, (_, index) => makeCase(index));
const TRANSITIONS = cases.reduce((sum, c) => sum + c.events.length, 0);

// ---------------------------------------------------------------------------------------------
// The hand-written reducer: the generic preset's happy path as a switch, producing the same next
// state (a new object, the input untouched), history entry with reasons, and commands.

type Reason = HistoryEntry['reasons'][number];
type Result = { ok: true; state: OrderState; commands: OrderCommand[] } | { ok: false; error: string };
interface Money {
  readonly amount: string;
  readonly currency: string;
}

const two = (n: number): string => (n < 10 ? `0${String(n)}` : String(n));
function localText(iso: string): string {
  const d = new Date(Date.parse(iso) + OFFSET);
  return `${String(d.getUTCFullYear())}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
function group(n: number): string {
  const s = String(n);
  if (s.length <= 3) return s;
  let out = s.slice(0, s.length % 3 || 3);
  for (let i = s.length % 3 || 3; i < s.length; i += 3) out += `,${s.slice(i, i + 3)}`;
  return out;
}
function toCents(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? Number(text) * 100 : Number(text.slice(0, dot)) * 100 + Number((text.slice(dot + 1) + '00').slice(0, 2));
}
const yuan = (m: Money): string => {
  const c = toCents(m.amount);
  return `¥${group(Math.floor(c / 100))}.${two(c % 100)}`;
};

export function handTransition(state: OrderState, raw: OrderEvent): Result {
  const at = new Date(Date.parse(raw.at as string)).toISOString();
  if (raw.id !== undefined) for (const entry of state.history) if (entry.event.id === raw.id) return { ok: true, state, commands: [] };
  const last = state.history.length > 0 ? (state.history[state.history.length - 1]?.at ?? '') : state.order.placedAt;
  if (at < last) return { ok: false, error: 'ORDER_EVENT_OUT_OF_ORDER' };
  const orderId = state.order.id;
  const from = state.value;
  let next: OrderState;
  let event: HistoryEntry['event'];
  let reasons: Reason[];
  let commands: OrderCommand[] = [];
  const version = state.version + 1;
  switch (raw.type) {
    case 'PAY': {
      if (from !== 'pending_payment') return { ok: false, error: 'TRANSITION_NOT_ALLOWED' };
      const due = state.deadlines.paymentDueAt;
      if (due !== null && at > due) return { ok: false, error: 'ORDER_PAYMENT_WINDOW_CLOSED' };
      const amount: Money = { amount: cents(toCents(raw.amount as string)), currency: state.order.currency };
      if (amount.amount !== state.order.total) return { ok: false, error: 'ORDER_PAYMENT_AMOUNT_MISMATCH' };
      const shipBy = new Date(Date.parse(at) + 48 * HOUR).toISOString();
      const atLocal = localText(at);
      const dueLocal = due === null ? null : localText(due);
      const shipByLocal = localText(shipBy);
      reasons = [
        { code: 'ORDER_PAID', clause: 'ORD-11', message: `已于 ${atLocal} 付款 ${yuan(amount)}（付款期限 ${dueLocal ?? '—'}）`, params: { amount, at, atLocal, paymentDueAt: due, paymentDueLocal: dueLocal } },
        { code: 'ORDER_SHIP_BY', clause: 'ORD-7', message: `须在 ${shipByLocal} 前发货（发货时限自付款起算）`, params: { shipBy, shipByLocal, length: 48, unit: 'hours' } },
        { code: 'ORDER_AUDIT_PASSED', clause: 'ORD-2', message: '订单审核通过：客户信息、商品信息、订单金额和支付方式完整准确' },
      ];
      commands = [{ type: 'NOTIFY_CUSTOMER', orderId, topic: 'payment_received' }];
      event = raw.id === undefined ? { type: 'PAY', at, amount } : { type: 'PAY', id: raw.id, at, amount };
      next = { ...state, paid: amount, deadlines: { ...state.deadlines, shipBy }, value: 'awaiting_fulfillment', version, history: state.history };
      break;
    }
    case 'ALLOCATE': {
      if (from !== 'awaiting_fulfillment') return { ok: false, error: 'TRANSITION_NOT_ALLOWED' };
      reasons = [{ code: 'ORDER_ALLOCATED', clause: 'ORD-6', message: `订单已分配至 ${raw.warehouse}`, params: { warehouse: raw.warehouse } }];
      event = { type: 'ALLOCATE', at, warehouse: raw.warehouse };
      next = { ...state, warehouse: raw.warehouse, value: 'allocated', version, history: state.history };
      break;
    }
    case 'PACK': {
      if (from !== 'allocated') return { ok: false, error: 'TRANSITION_NOT_ALLOWED' };
      const want = new Map<string, number>();
      for (const item of state.toShip) want.set(item.sku, (want.get(item.sku) ?? 0) + item.quantity);
      for (const item of raw.items) want.set(item.sku, (want.get(item.sku) ?? 0) - item.quantity);
      for (const left of want.values()) if (left !== 0) return { ok: false, error: 'ORDER_PACK_MISMATCH' };
      reasons = [{ code: 'ORDER_PACK_MATCHES', clause: 'ORD-8', message: '包裹内商品与订单一致' }];
      commands = [{ type: 'BOOK_CARRIER', orderId, warehouse: state.warehouse, reship: false }];
      event = { type: 'PACK', at, items: raw.items.map((item) => ({ sku: item.sku, quantity: item.quantity })) };
      next = { ...state, value: 'packed', version, history: state.history };
      break;
    }
    case 'SHIP': {
      if (from !== 'packed') return { ok: false, error: 'TRANSITION_NOT_ALLOWED' };
      const trackingNumber = raw.trackingNumber.trim();
      if (trackingNumber === '') return { ok: false, error: 'ORDER_TRACKING_NUMBER_MISSING' };
      reasons = [
        { code: 'ORDER_SHIPPED', clause: 'ORD-9', message: `已由 ${raw.carrier} 发货，运单号 ${trackingNumber}，已同步给客户`, params: { carrier: raw.carrier, trackingNumber } },
        { code: 'ORDER_OUTBOUND_REGISTERED', clause: 'ORD-13', message: '快递揽收，出库登记' },
      ];
      const due = state.deadlines.shipBy;
      if (due !== null) {
        const lateMs = Date.parse(at) - Date.parse(due);
        const shipByLocal = localText(due);
        if (lateMs > 0) {
          const lateMinutes = Math.ceil(lateMs / 60_000);
          reasons.push({ code: 'ORDER_SHIPPED_LATE', clause: 'ORD-7', message: `发货晚于时限 ${shipByLocal}，超时 ${String(lateMinutes)} 分钟`, params: { shipBy: due, shipByLocal, lateMinutes } });
        } else reasons.push({ code: 'ORDER_SHIPPED_ON_TIME', clause: 'ORD-7', message: `在发货时限（${shipByLocal}）内发货`, params: { shipBy: due, shipByLocal } });
      }
      commands = [{ type: 'NOTIFY_CUSTOMER', orderId, topic: 'order_shipped' }];
      event = { type: 'SHIP', at, carrier: raw.carrier, trackingNumber: raw.trackingNumber };
      next = { ...state, shipments: [...state.shipments, { carrier: raw.carrier, trackingNumber, shippedAt: at, nodes: [] }], value: 'shipped', version, history: state.history };
      break;
    }
    case 'IN_TRANSIT': {
      if (from !== 'shipped' && from !== 'in_transit' && from !== 'delivery_exception') return { ok: false, error: 'TRANSITION_NOT_ALLOWED' };
      const node = raw.node ?? null;
      const shipments = state.shipments.slice();
      const lastShipment = shipments[shipments.length - 1];
      if (lastShipment !== undefined) shipments[shipments.length - 1] = { ...lastShipment, nodes: [...lastShipment.nodes, { at, node }] };
      reasons = [{ code: 'ORDER_IN_TRANSIT', clause: 'ORD-9', message: `运输中：${node ?? '—'}`, params: { node } }];
      commands = [{ type: 'NOTIFY_CUSTOMER', orderId, topic: 'order_in_transit' }];
      event = raw.node === undefined ? { type: 'IN_TRANSIT', at } : { type: 'IN_TRANSIT', at, node: raw.node };
      next = { ...state, shipments, exception: null, value: 'in_transit', version, history: state.history };
      break;
    }
    case 'DELIVER': {
      if (from !== 'shipped' && from !== 'in_transit' && from !== 'delivery_exception') return { ok: false, error: 'TRANSITION_NOT_ALLOWED' };
      // ORD-12: 15 calendar days counted from the next local day, to the end of the last day.
      const localDay = Math.floor((Date.parse(at) + OFFSET) / DAY);
      const until = new Date((localDay + 16) * DAY - OFFSET - 1).toISOString();
      const afterSalesLocal = localText(until);
      reasons = [{ code: 'ORDER_DELIVERED', clause: 'ORD-9', message: `客户已签收；售后期至 ${afterSalesLocal}`, params: { deliveredAt: at, afterSalesUntil: until, afterSalesLocal } }];
      commands = [{ type: 'NOTIFY_CUSTOMER', orderId, topic: 'order_delivered' }];
      event = { type: 'DELIVER', at };
      next = { ...state, deliveredAt: at, exception: null, deadlines: { ...state.deadlines, afterSalesUntil: until }, value: 'delivered', version, history: state.history };
      break;
    }
    case 'COMPLETE': {
      if (from !== 'delivered') return { ok: false, error: 'TRANSITION_NOT_ALLOWED' };
      const until = state.deadlines.afterSalesUntil;
      if (until === null || at <= until) return { ok: false, error: 'ORDER_AFTER_SALES_WINDOW_OPEN' };
      const afterSalesLocal = localText(until);
      reasons = [{ code: 'ORDER_COMPLETED', clause: 'ORD-12', message: `售后期已于 ${afterSalesLocal} 届满，订单完结`, params: { afterSalesUntil: until, afterSalesLocal } }];
      event = { type: 'COMPLETE', at };
      next = { ...state, value: 'completed', version, history: state.history };
      break;
    }
    default:
      return { ok: false, error: 'NOT_IN_THE_BENCHMARK' };
  }
  (next as unknown as { history: HistoryEntry[] }).history = [...state.history, { at, version, event, from, to: next.value, reasons }];
  return { ok: true, state: next, commands };
}

// ---------------------------------------------------------------------------------------------

const machine = createOrderMachine(policy);
function runZhidu(c: Case): { state: OrderState; commands: OrderCommand[][] } {
  let state = c.start;
  const commands: OrderCommand[][] = [];
  for (const event of c.events) {
    const result = transition(state, event, policy);
    if (!result.ok) throw new Error(`${event.type}: ${result.error.code}`);
    state = result.state;
    commands.push([...result.commands]);
  }
  return { state, commands };
}
// The same loop as runZhidu, calling the compiled lifecycle's method instead of the plain function.
function runLifecycle(c: Case): { state: OrderState; commands: OrderCommand[][] } {
  let state = c.start;
  const commands: OrderCommand[][] = [];
  for (const event of c.events) {
    const result = lifecycle.transition(state, event);
    if (!result.ok) throw new Error(`${event.type}: ${result.error.code}`);
    state = result.state;
    commands.push([...result.commands]);
  }
  return { state, commands };
}
// The same loop on inputs validated once, before timing, with parseOrderState and parseOrderEvent.
interface ParsedCase {
  readonly start: ParsedOrderState;
  readonly events: readonly ParsedOrderEvent[];
}
const parsedCases: readonly ParsedCase[] = cases.map((c) => ({ start: parseOrderState(c.start), events: c.events.map((event) => parseOrderEvent(event, c.start.order.currency)) }));
function runParsed(c: ParsedCase): { state: OrderState; commands: OrderCommand[][] } {
  let state = c.start;
  const commands: OrderCommand[][] = [];
  for (const event of c.events) {
    const result = lifecycle.transitionParsed(state, event);
    if (!result.ok) throw new Error(`${event.type}: ${result.error.code}`);
    state = result.state;
    commands.push([...result.commands]);
  }
  return { state, commands };
}
function runHand(c: Case): { state: OrderState; commands: OrderCommand[][] } {
  let state = c.start;
  const commands: OrderCommand[][] = [];
  for (const event of c.events) {
    const result = handTransition(state, event);
    if (!result.ok) throw new Error(`${event.type}: ${result.error}`);
    state = result.state;
    commands.push(result.commands);
  }
  return { state, commands };
}
function runActor(c: Case): OrderState {
  const actor = createActor(machine, { input: { state: c.start } }).start();
  for (const event of c.events) actor.send(event);
  const context = actor.getSnapshot().context;
  actor.stop();
  return context;
}

// Same answers before timing: the final state (history with every reason, deadlines, shipments …) and every command.
for (const [index, c] of cases.entries()) {
  const ours = runZhidu(c);
  const hand = runHand(c);
  assertSame('transition vs hand-written reducer', index, ours, JSON.parse(JSON.stringify(hand)) as unknown);
  assertSame('transition vs hand-written reducer (live objects)', index, JSON.parse(JSON.stringify(ours)) as unknown, JSON.parse(JSON.stringify(hand)) as unknown);
  assertSame('transition vs xstate actor', index, JSON.parse(JSON.stringify(ours.state)) as unknown, JSON.parse(JSON.stringify(runActor(c))) as unknown);
  assertSame('transition vs createOrderLifecycle(policy).transition', index, ours, runLifecycle(c));
  const parsedCase = parsedCases[index];
  if (parsedCase === undefined) throw new Error(`no parsed case #${String(index)}`);
  assertSame('transition vs transitionParsed', index, ours, runParsed(parsedCase));
}

const late = cases.filter((c) => runHand(c).state.history.some((entry) => entry.reasons.some((r) => r.code === 'ORDER_SHIPPED_LATE'))).length;
let sink: unknown;
const contenders: Contender[] = [
  { name: 'hand-written reducer', opsPerCall: TRANSITIONS, run: () => { for (const c of cases) sink = runHand(c); } },
  { name: 'zhidu transition(state, event, policy)', opsPerCall: TRANSITIONS, run: () => { for (const c of cases) sink = runZhidu(c); } },
  { name: 'zhidu createOrderLifecycle(policy).transition', opsPerCall: TRANSITIONS, run: () => { for (const c of cases) sink = runLifecycle(c); } },
  { name: 'zhidu transitionParsed (state and events parsed once, untimed)', opsPerCall: TRANSITIONS, run: () => { for (const c of parsedCases) sink = runParsed(c); } },
  { name: 'xstate actor send() (createOrderMachine)', opsPerCall: TRANSITIONS, run: () => { for (const c of cases) sink = runActor(c); } },
];
const rows = await measure(contenders, { time: 1000 });
if (sink === 'never') console.log(sink);

const hand = row(rows, 'hand-written reducer');
const ours = row(rows, 'zhidu transition(state, event, policy)');
const compiled = row(rows, 'zhidu createOrderLifecycle(policy).transition');
const parsed = row(rows, 'zhidu transitionParsed (state and events parsed once, untimed)');
const throughputShare = hand.nsPerOp / ours.nsPerOp;
const targets: Target[] = [
  {
    name: 'transition throughput vs the hand-written reducer',
    target: '≥ 1/3 of the reducer’s throughput',
    measured: `${(throughputShare * 100).toFixed(1)}% (1/${(1 / throughputShare).toFixed(1)})`,
    pass: throughputShare >= 1 / 3,
  },
];
const notes = [
  `${String(ORDERS)} seeded orders (1–3 lines, generic preset), each driven through the 7 events of the happy path: ${String(TRANSITIONS)} transitions per batch; ${String(late)} ship after the 48 h handling time (ORDER_SHIPPED_LATE).`,
  'Equal before timing: the final state (deep, with every history entry, reason code, clause, message and params) and every command of every step; the xstate actor’s final context equals the final state.',
  'The xstate row includes createActor(machine, { input: { state } }).start() and stop() once per order (7 sends each); the actor runs the same rule inside its guards and assign action.',
  'transition(state, event, policy) and createOrderLifecycle(policy).transition run the same loop (the plain function looks the compiled lifecycle up in a WeakMap); their rows run one after the other, so a difference within the ± % columns is the machine, not the code.',
  'transitionParsed: the start states and the events went through parseOrderState / parseOrderEvent once before timing (a host holding orders in memory, or replaying a history); the per-call checks of the stored state and the event are what it saves.',
];
report('orders: transition over the happy path', rows, targets, notes);
writeResults('orders', { orders: ORDERS, transitions: TRANSITIONS, baseline: 'hand-written reducer', rows, derived: {
    transitionThroughputShareOfReducer: round(throughputShare, 4),
    lifecycleTransitionThroughputShareOfReducer: round(hand.nsPerOp / compiled.nsPerOp, 4),
    transitionParsedThroughputShareOfReducer: round(hand.nsPerOp / parsed.nsPerOp, 4),
  }, targets, notes });
