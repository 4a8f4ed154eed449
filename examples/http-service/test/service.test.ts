/**
 * The service's routes through `fastify.inject`, on the embedded database (PGlite) and — when
 * `DATABASE_URL` is set (`bash examples/http-service/scripts/pg-setup.sh` prints one) — on a real
 * PostgreSQL server: the same tests, including the race of two clients on the same orders.
 */
import { randomUUID } from 'node:crypto';
import type { Reason } from '@zhidu/core';
import type { OrderCommand, OrderEvent, OrderInput, OrderState } from '@zhidu/orders';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase, type Database, type Queryable } from '../src/db.js';
import type { HistoryItem } from '../src/orderRepository.js';
import { payment, teaOrder, teaReturn, teaSteps } from '../src/scenario.js';

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl === undefined || databaseUrl === '') {
  console.info('http-service: the PostgreSQL-server tests are skipped: DATABASE_URL is not set (bash examples/http-service/scripts/pg-setup.sh prints one)');
}

interface EventReply {
  replay: boolean;
  state: OrderState;
  reasons: Reason[];
  commands: OrderCommand[];
  attempts: number;
}

/** A database whose transactions see their `UPDATE orders` through `rewrite` (to stage a lost race). */
function withUpdateRewrite(db: Database, rewrite: (params: readonly unknown[]) => readonly unknown[]): Database {
  const wrap = (tx: Queryable): Queryable => ({
    query: (sql, params) => tx.query(sql, sql.startsWith('UPDATE orders') && params !== undefined ? rewrite(params) : params),
    exec: (sql) => tx.exec(sql),
  });
  return { ...db, transaction: (work) => db.transaction((tx) => work(wrap(tx))) };
}

function suite(open: () => Promise<Database>) {
  // Order ids unique to this run: a server's database outlives the test run.
  const run = randomUUID().slice(0, 8);
  const orderId = (name: string) => `${run}-${name}`;
  const order = (name: string, overrides: Partial<OrderInput> = {}): OrderInput => ({ ...teaOrder, id: orderId(name), ...overrides });

  let db: Database;
  let app: FastifyInstance;

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload: payload as object, headers });
  const get = (url: string) => app.inject({ method: 'GET', url });
  const send = (id: string, event: unknown, headers: Record<string, string> = {}) => post(`/orders/${id}/events`, event, headers);
  const eventRows = async (id: string) =>
    (await db.query<{ version: number; event_id: string | null }>('SELECT version, event_id FROM order_events WHERE order_id = $1 ORDER BY version', [id])).rows;

  beforeAll(async () => {
    db = await open();
    ({ app } = await buildApp({ db }));
    await app.ready();
  }, 120_000); // PGlite compiles its WebAssembly at start: seconds, more on a busy machine

  afterAll(async () => {
    await app.close();
    await db.close();
  }, 60_000);

  it('creates an order (201), reads it back, and answers 404 for an unknown one', async () => {
    const created = await post('/orders', order('create'));
    expect(created.statusCode).toBe(201);
    expect(created.json<OrderState>()).toMatchObject({ value: 'pending_payment', version: 0, order: { id: orderId('create'), total: '140.00' } });
    expect((await get(`/orders/${orderId('create')}`)).json<OrderState>().version).toBe(0);
    expect((await post('/orders', order('create'))).json()).toMatchObject({ error: 'ORDER_EXISTS' });

    const missing = await get(`/orders/${orderId('nobody')}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'ORDER_NOT_FOUND' });
    expect((await send(orderId('nobody'), payment)).statusCode).toBe(404);
  });

  it('400 with the issues for a malformed order, and nothing stored', async () => {
    const reply = await post('/orders', { id: orderId('bad'), currency: 'CNY', placedAt: 'yesterday', lines: [], total: '1.00' });
    expect(reply.statusCode).toBe(400);
    const body = reply.json<{ error: string; issues: { path: (string | number)[]; message: string }[] }>();
    expect(body.error).toBe('POLICY_INPUT');
    expect(body.issues.map((issue) => issue.path.slice(0, 2).join('.'))).toEqual(expect.arrayContaining(['order.customer', 'order.lines']));
    expect((await get(`/orders/${orderId('bad')}`)).statusCode).toBe(404);
  });

  it('400 for an amount with 3 decimals, in an order and in an event', async () => {
    const reply = await post('/orders', order('decimals', { total: '140.005' }));
    expect(reply.statusCode).toBe(400);
    expect(reply.json()).toMatchObject({ error: 'POLICY_INPUT', issues: [{ path: ['order', 'total'] }] });

    await post('/orders', order('pay-decimals'));
    const pay = await send(orderId('pay-decimals'), { ...payment, amount: '140.005' });
    expect(pay.statusCode).toBe(400);
    expect(pay.json()).toMatchObject({ error: 'POLICY_INPUT', issues: [{ path: ['event', 'amount'] }] });
    expect((await get(`/orders/${orderId('pay-decimals')}`)).json<OrderState>().version).toBe(0);
    expect(await eventRows(orderId('pay-decimals'))).toEqual([]);
  });

  it('409 with the reason for a refused transition, the order unchanged', async () => {
    const id = orderId('refused');
    await post('/orders', order('refused'));
    const ship = await send(id, { type: 'SHIP', at: '2026-03-02T21:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1' });
    expect(ship.statusCode).toBe(409);
    expect(ship.json()).toMatchObject({ error: 'TRANSITION_NOT_ALLOWED', reason: { code: 'TRANSITION_NOT_ALLOWED', clause: 'ORD-14' } });

    for (const step of teaSteps.slice(0, 3)) await send(id, step.event);
    const pack = await send(id, teaSteps[3]!.event, {});
    expect(pack.statusCode).toBe(409);
    expect(pack.json()).toMatchObject({ error: 'ORDER_PACK_MISMATCH', reason: { clause: 'ORD-8', params: { differences: ['TEA-250: 2 → 1'] } } });
    const english = await app.inject({ method: 'POST', url: `/orders/${id}/events?locale=en-US`, payload: teaSteps[3]!.event as object });
    expect(english.json<{ reason: Reason }>().reason.message).toMatch(/^The package does not match the order/);
    expect((await get(`/orders/${id}`)).json<OrderState>()).toMatchObject({ value: 'allocated', version: 2 });
    expect((await eventRows(id)).map((row) => row.version)).toEqual([1, 2]);
  });

  it('walks the demo order to completed, with its history and stored commands', async () => {
    const id = orderId('walk');
    await post('/orders', order('walk'));
    const statuses: number[] = [];
    for (const step of teaSteps) statuses.push((await send(id, { ...step.event })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 409, 200, 200, 200, 200, 200, 409, 200]);
    const history = (await get(`/orders/${id}/history`)).json<{ value: string; version: number; events: HistoryItem[] }>();
    expect(history).toMatchObject({ value: 'completed', version: 8 });
    expect(history.events.map((event) => [event.version, event.type, event.to])).toEqual([
      [1, 'PAY', 'awaiting_fulfillment'],
      [2, 'ALLOCATE', 'allocated'],
      [3, 'PACK', 'packed'],
      [4, 'SHIP', 'shipped'],
      [5, 'IN_TRANSIT', 'in_transit'],
      [6, 'DELIVER', 'delivered'],
      [7, 'REFUND', 'delivered'],
      [8, 'COMPLETE', 'completed'],
    ]);
    expect(history.events[6]?.commands).toContainEqual({ type: 'ISSUE_REFUND', orderId: id, amount: { amount: '28.38', currency: 'CNY' }, cause: 'after_sales' });
    expect(history.events[0]?.reasons.map((reason) => reason.code)).toContain('ORDER_AUDIT_PASSED');
  });

  it('a replayed event id gives the same state and no second row', async () => {
    const id = orderId('replay');
    await post('/orders', order('replay'));
    const first = (await send(id, payment)).json<EventReply>();
    const again = await send(id, payment);
    expect(again.statusCode).toBe(200);
    expect(again.json<EventReply>()).toMatchObject({ replay: true, commands: [], reasons: [] });
    expect(again.json<EventReply>().state).toEqual(first.state);
    expect(await eventRows(id)).toEqual([{ version: 1, event_id: 'pay-7781' }]);
  });

  it('expectedVersion (header or body): 409 VERSION_CONFLICT when stale, applied when current', async () => {
    const id = orderId('expected');
    await post('/orders', order('expected'));
    await send(id, payment);
    const allocate = { type: 'ALLOCATE', id: 'a-1', at: '2026-03-02T21:00:00+08:00', warehouse: 'SH-1' };
    const stale = await send(id, allocate, { 'expected-version': '0' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'VERSION_CONFLICT', expectedVersion: 0, version: 1 });
    expect((await send(id, { ...allocate, expectedVersion: 'one' })).json()).toMatchObject({ error: 'POLICY_INPUT', issues: [{ path: ['expectedVersion'] }] });
    const current = await send(id, { ...allocate, expectedVersion: 1 });
    expect(current.statusCode).toBe(200);
    expect(current.json<EventReply>().state.version).toBe(2);
  });

  it('nothing is half-written: a failure after the UPDATE rolls the whole event back', async () => {
    const id = orderId('rollback');
    await post('/orders', order('rollback'));
    const failing: Database = {
      ...db,
      transaction: (work) =>
        db.transaction((tx) =>
          work({
            query: async (sql, params) => {
              if (sql.startsWith('INSERT INTO order_events')) throw new Error('disk full');
              return tx.query(sql, params);
            },
            exec: (sql) => tx.exec(sql),
          }),
        ),
    };
    const { app: broken } = await buildApp({ db: failing });
    const reply = await broken.inject({ method: 'POST', url: `/orders/${id}/events`, payload: payment as object });
    expect(reply.statusCode).toBe(500);
    expect(reply.json()).toMatchObject({ error: 'INTERNAL' });
    await broken.close();
    expect((await get(`/orders/${id}`)).json<OrderState>().version).toBe(0);
    expect(await eventRows(id)).toEqual([]);
  });

  it('a lost race is retried on a fresh read; a race lost every time is a 409 VERSION_CONFLICT', async () => {
    const id = orderId('race');
    await post('/orders', order('race'));
    let lost = 0;
    const losingOnce = withUpdateRewrite(db, (params) => (lost++ === 0 ? params.map((value, index) => (index === 1 ? -1 : value)) : params));
    const { app: once } = await buildApp({ db: losingOnce });
    const reply = await once.inject({ method: 'POST', url: `/orders/${id}/events`, payload: payment as object });
    expect(reply.json<EventReply>()).toMatchObject({ replay: false, attempts: 2, state: { version: 1 } });
    await once.close();

    const losingAlways = withUpdateRewrite(db, (params) => params.map((value, index) => (index === 1 ? -1 : value)));
    const { app: always } = await buildApp({ db: losingAlways, maxAttempts: 3 });
    const conflict = await always.inject({ method: 'POST', url: `/orders/${id}/events`, payload: { type: 'ALLOCATE', at: '2026-03-02T21:00:00+08:00', warehouse: 'SH-1' } });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toMatchObject({ error: 'VERSION_CONFLICT' });
    await always.close();
    expect(await eventRows(id)).toEqual([{ version: 1, event_id: 'pay-7781' }]);
  });

  it(
    '2 clients × 200 conflicting events on the same orders: every history gap-free, no event applied twice',
    async () => {
      const orders = [0, 1, 2, 3].map((n) => orderId(`busy-${String(n)}`));
      for (const id of orders) expect((await post('/orders', { ...teaOrder, id })).statusCode).toBe(201);

      // Each client sends 200 reminders, in the same order: the even ones carry an id both clients
      // send (a webhook delivered to two workers), the odd ones an id of the client's own.
      const eventsOf = (client: string) =>
        Array.from({ length: 200 }, (_, i) => ({
          orderId: orders[i % orders.length]!,
          event: {
            type: 'REMIND_PAYMENT',
            id: i % 2 === 0 ? `shared-${String(i)}` : `${client}-${String(i)}`,
            at: '2026-03-02T21:00:00+08:00',
          } satisfies OrderEvent,
        }));
      const client = async (name: string) => {
        const replies: EventReply[] = [];
        for (const { orderId: id, event } of eventsOf(name)) {
          const reply = await send(id, event);
          expect(reply.statusCode).toBe(200);
          replies.push(reply.json<EventReply>());
        }
        return replies;
      };
      const replies = (await Promise.all([client('a'), client('b')])).flat();

      // 100 shared ids + 2 × 100 own ids: each applied exactly once, the other sends replays.
      expect(replies.filter((reply) => !reply.replay)).toHaveLength(300);
      expect(replies.filter((reply) => reply.replay)).toHaveLength(100);
      for (const [n, id] of orders.entries()) {
        const expected = new Set(
          [...eventsOf('a'), ...eventsOf('b')].filter((_, i) => i % 200 % orders.length === n).map(({ event }) => event.id),
        );
        const rows = await eventRows(id);
        expect(rows.map((row) => row.version)).toEqual(Array.from({ length: expected.size }, (_, i) => i + 1));
        expect(new Set(rows.map((row) => row.event_id)).size).toBe(rows.length);
        expect(new Set(rows.map((row) => row.event_id))).toEqual(expected);
        const state = (await get(`/orders/${id}`)).json<OrderState>();
        expect(state.version).toBe(expected.size);
        expect(state.history.map((entry) => entry.event.id)).toEqual(rows.map((row) => row.event_id));
      }
      const retried = replies.filter((reply) => reply.attempts > 1).length;
      console.info(`[${db.kind}] 400 requests, ${String(retried)} retried after losing a race`);
    },
    120_000,
  );

  it('decides a return, classifies stock and risk, with reasons in the requested locale', async () => {
    const decision = await post('/returns/evaluate', teaReturn);
    expect(decision.statusCode).toBe(200);
    expect(decision.json()).toMatchObject({ outcome: 'approve', refund: { amount: '55.81', currency: 'CNY' }, returnShippingPaidBy: 'buyer' });
    expect((await post('/returns/evaluate', { ...teaReturn, request: { ...teaReturn.request, quantity: 0 } })).json()).toMatchObject({
      error: 'POLICY_INPUT',
    });

    const stock = await app.inject({
      method: 'POST',
      url: '/inventory/classify?locale=en-US&now=2026-03-02T12:00:00Z',
      payload: { sku: 'TEA-250', onHand: 3, min: 10, max: 100, avgDailySales: 2 },
    });
    expect(stock.statusCode).toBe(200);
    expect(stock.json()).toMatchObject({ level: 'below_min', reorder: { needed: true } });

    const risk = await app.inject({ method: 'POST', url: '/risk/classify?matrix=quadrant', payload: { likelihood: 'high', impact: 'high' } });
    expect(risk.json()).toMatchObject({ level: 'high', response: 'avoid' });
    expect((await app.inject({ method: 'POST', url: '/risk/classify?matrix=nope', payload: { likelihood: 1, impact: 1 } })).json()).toMatchObject({
      error: 'POLICY_INPUT',
      issues: [{ path: ['matrix'] }],
    });
  });

  it('serves the OpenAPI document with the packages’ schemas', async () => {
    const reply = await get('/docs/json');
    expect(reply.statusCode).toBe(200);
    const doc = reply.json<{ openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: object } }> } }>> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/orders', '/orders/{id}/events', '/orders/{id}', '/orders/{id}/history', '/returns/evaluate', '/inventory/classify', '/risk/classify']),
    );
    const orderBody = doc.paths['/orders']?.post?.requestBody?.content['application/json']?.schema;
    expect(Object.keys(orderBody?.properties ?? {})).toEqual(expect.arrayContaining(['id', 'customer', 'lines', 'total']));
  });
}

describe('http-service on PGlite (embedded PostgreSQL)', () => {
  suite(() => openDatabase());
});

describe.skipIf(databaseUrl === undefined || databaseUrl === '')(
  databaseUrl ? 'http-service on a PostgreSQL server (DATABASE_URL)' : 'http-service on a PostgreSQL server — skipped: DATABASE_URL is not set (bash examples/http-service/scripts/pg-setup.sh prints one)',
  () => {
    suite(() => openDatabase({ url: databaseUrl }));
  },
);
