/**
 * The demo: starts the Express app on a random port, sends one return request and one order audit
 * with fetch, prints the answers, then closes and exits.
 *
 *   npx -y pnpm@10.34.8 --filter @zhidu-examples/express-middleware start
 */
import type { AddressInfo } from 'node:net';
import type { Reason } from '@zhidu/core';
import type { OrderAudit } from '@zhidu/orders';
import type { ReturnDecision } from '@zhidu/returns';
import { createApp } from './app.js';
import { orderWithoutPhone, teaReturn } from './samples.js';

const line = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};
const printReasons = (reasons: readonly Reason[]): void => {
  for (const reason of reasons) line(`     [${reason.clause}] ${reason.code}: ${reason.message}`);
};

const server = createApp().listen(0, '127.0.0.1');
await new Promise<void>((resolve, reject) => {
  server.once('listening', resolve).once('error', reject);
});
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** A reply: its status and its JSON, as the route documents it. */
interface Reply<T> {
  status: number;
  json: T;
}

const post = async (path: string, body: unknown): Promise<Reply<unknown>> => {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
};

try {
  line(`zhidu in Express — listening on ${base}`);

  const decision = (await post('/returns/evaluate', teaReturn)) as Reply<ReturnDecision>;
  line(`\n POST /returns/evaluate — 1 of 2 × TEA-250 back, no reason, unopened, on the 7th day after signing`);
  line(
    `   ${decision.status} ${decision.json.outcome}: refund ${decision.json.refund.amount} ${decision.json.refund.currency}, return shipping paid by ${decision.json.returnShippingPaidBy}, window until ${decision.json.deadline ?? '—'}`,
  );
  printReasons(decision.json.reasons);

  const audit = (await post('/orders/audit?locale=en-US', orderWithoutPhone)) as Reply<OrderAudit>;
  line(`\n POST /orders/audit?locale=en-US — an order whose customer phone is empty`);
  line(`   ${audit.status} passed: ${String(audit.json.passed)}, hold: ${String(audit.json.hold)}`);
  printReasons(audit.json.reasons);

  line('');
} finally {
  await new Promise<void>((resolve, reject) => {
    server.close((error) => {
      if (error === undefined) resolve();
      else reject(error);
    });
  });
}
