/**
 * The demo: starts the service on the embedded database (PGlite, in memory) on a random port, then,
 * as a client over HTTP, walks one order through its whole life and asks for one return decision,
 * printing each step — the HTTP status, the order's new state and version, the reasons in zh-CN and
 * (through `explain`) en-US, and the commands the host must carry out. Then it closes and exits.
 *
 *   npx -y pnpm@10.34.8 --filter @zhidu-examples/http-service start
 */
import { explain, type Reason } from '@zhidu/core';
import type { OrderCommand, OrderState } from '@zhidu/orders';
import type { ReturnDecision } from '@zhidu/returns';
import { createService } from './app.js';
import { teaOrder, teaReturn, teaSteps } from './scenario.js';

const line = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};

const printReasons = (reasons: readonly Reason[]): void => {
  const english = explain({ reasons }, 'en-US').reasons;
  reasons.forEach((reason, index) => {
    line(`      [${reason.clause}] ${reason.code}`);
    line(`        zh-CN  ${reason.message}`);
    line(`        en-US  ${english[index]?.message ?? ''}`);
  });
};

const describe = (command: OrderCommand): string => {
  switch (command.type) {
    case 'REQUEST_PAYMENT':
      return `request payment of ${command.amount.amount} ${command.amount.currency}`;
    case 'NOTIFY_CUSTOMER':
      return `notify the customer: ${command.topic}`;
    case 'CONTACT_CUSTOMER':
      return `contact the customer about ${command.about.join(', ')}`;
    case 'BOOK_CARRIER':
      return `book a carrier at ${command.warehouse ?? 'the warehouse'}`;
    case 'CONTACT_CARRIER':
      return `contact ${command.carrier} (${command.kind})`;
    case 'ISSUE_REFUND':
      return `issue a refund of ${command.amount.amount} ${command.amount.currency} (${command.cause})`;
    case 'REPLENISH':
      return `replenish ${command.lines.map((item) => `${item.sku} ×${String(item.quantity)}`).join(', ')}`;
  }
};

interface EventResponse {
  replay: boolean;
  state: OrderState;
  reasons: Reason[];
  commands: OrderCommand[];
}
interface Refusal {
  error: string;
  reason: Reason;
  version: number;
}

const { app, db } = await createService();
const base = await app.listen({ port: 0, host: '127.0.0.1' });

/** A reply: its status and its JSON, as the route documents it. */
interface Reply<T> {
  status: number;
  json: T;
}

/** One request to the service. */
const call = async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: unknown }> => {
  const response = await fetch(`${base}${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, json: await response.json() };
};

try {
  line('zhidu http-service — an order and a return over HTTP');
  line(`Service on ${base}, database: ${db.kind === 'pglite' ? 'PGlite (embedded PostgreSQL, in memory)' : 'PostgreSQL server'}; policy: presets.generic`);

  const created = (await call('POST', '/orders', teaOrder)) as Reply<OrderState>;
  line(`\n POST /orders ${teaOrder.id} (2 × TEA-250, 1 × CUP-01, ¥8.00 off, ¥140.00)`);
  line(`   ${String(created.status)} ${created.json.value}, version ${String(created.json.version)}, pay by ${created.json.deadlines.paymentDueAt ?? '—'}`);

  for (const [index, { title, event }] of teaSteps.entries()) {
    const { status, json } = (await call('POST', `/orders/${teaOrder.id}/events`, event)) as Reply<EventResponse | Refusal>;
    line(`\n${String(index + 1).padStart(2)}. ${event.type}${event.id === undefined ? '' : ` (id ${event.id})`} — ${title}`);
    if ('reason' in json) {
      line(`   ${String(status)} refused: ${json.error}, still at version ${String(json.version)}`);
      printReasons([json.reason]);
    } else if (json.replay) {
      line(`   ${String(status)} replay: the event was applied before; still ${json.state.value}, version ${String(json.state.version)}, nothing to do`);
    } else {
      line(`   ${String(status)} → ${json.state.value}, version ${String(json.state.version)}`);
      printReasons(json.reasons);
      for (const command of json.commands) line(`      do: ${describe(command)}`);
    }
  }

  // A client that read the order at version 7, before COMPLETE, writes on that stale version.
  const stale = (await call('POST', `/orders/${teaOrder.id}/events`, {
    type: 'REFUND',
    id: 'as-2',
    at: '2026-03-07T10:00:00+08:00',
    amount: '1.00',
    expectedVersion: 7,
  })) as Reply<{ error: string }>;
  line(`\n    REFUND (id as-2) from a client that read version 7, sent with expectedVersion: 7`);
  line(`   ${String(stale.status)} ${stale.json.error}: the order is at version 8 now; nothing written`);

  const history = (await call(
    'GET',
    `/orders/${teaOrder.id}/history`,
  )) as Reply<{ version: number; events: { version: number; type: string; eventId: string | null; commands: unknown[] }[] }>;
  line(`\n GET /orders/${teaOrder.id}/history → ${String(history.status)}, version ${String(history.json.version)}, ${String(history.json.events.length)} events:`);
  line(`   ${history.json.events.map((event) => `v${String(event.version)} ${event.type}`).join(' · ')}`);

  const decision = (await call('POST', '/returns/evaluate', teaReturn)) as Reply<ReturnDecision>;
  line(`\n POST /returns/evaluate — 1 × TEA-250 back, no reason, unopened, 6 days after signing`);
  line(
    `   ${String(decision.status)} ${decision.json.outcome}: refund ${decision.json.refund.amount} ${decision.json.refund.currency}, return shipping paid by ${decision.json.returnShippingPaidBy}, window until ${decision.json.deadline ?? '—'}`,
  );
  printReasons(decision.json.reasons);

  const docs = (await call('GET', '/docs/json')) as Reply<{ openapi: string; paths: Record<string, unknown> }>;
  line(`\n GET /docs/json → ${String(docs.status)} OpenAPI ${docs.json.openapi}: ${Object.keys(docs.json.paths).join(', ')}`);
  line('');
} finally {
  await app.close();
}
