/**
 * The zhidu demo: a walk through @zhidu/core. Run it with `npx -y pnpm@10 demo`.
 */
import { PolicyInputError, allocate, clauses, explain, money, addMoney, safeMoney } from '@zhidu/core';
import { decideRefund, type TourOrder } from './refundDecision.js';

const line = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};

line('zhidu — the rules of the house, as code\n');

line('1. Money is exact decimal, never a float');
line(`   0.1 + 0.2 as floats:            ${String(0.1 + 0.2)}`);
line(`   addMoney(¥0.10, ¥0.20):         ${addMoney(money('0.10', 'CNY'), money('0.20', 'CNY')).amount}`);
const refused = safeMoney(0.1 + 0.2, 'CNY');
line(`   money(0.1 + 0.2, 'CNY'):        ${refused.ok ? 'accepted' : `refused — ${refused.error.issues[0]?.message ?? ''}`}`);
line(`   allocate(¥100.00, [1, 1, 1]):   ${allocate(money('100.00', 'CNY'), [1, 1, 1]).map((m) => m.amount).join(' + ')} = 100.00`);

const order: TourOrder = {
  currency: 'CNY',
  signedAt: '2026-03-01T15:00:00+08:00',
  discount: '20.00',
  lines: [
    { sku: 'A', quantity: 1, unitPrice: '99.00' },
    { sku: 'B', quantity: 2, unitPrice: '29.90' },
  ],
};

line('\n2. A decision explains itself (order signed for 2026-03-01 15:00 Shanghai; ¥20.00 order discount)');
const decision = decideRefund(order, 'B', { now: '2026-03-08T23:59:00+08:00' });
line(`   eligible: ${String(decision.eligible)}; refund: ${decision.refund.amount} ${decision.refund.currency}; deadline: ${decision.deadline ?? 'none'}`);
for (const reason of decision.reasons) line(`   [${reason.clause}] ${reason.code}: ${reason.message}`);

line('\n   …and the same decision, re-rendered in English with explain():');
for (const reason of explain(decision, 'en-US').reasons) line(`   [${reason.clause}] ${reason.message}`);

line('\n3. One minute past the deadline, in the store\'s time zone');
const late = decideRefund(order, 'B', { now: '2026-03-09T00:00:00+08:00', locale: 'en-US' });
line(`   eligible: ${String(late.eligible)}`);
for (const reason of late.reasons) line(`   [${reason.clause}] ${reason.message}`);

line('\n4. Every reason cites a clause of the policy catalog');
const clause = clauses['RET-7'];
line(`   ${clause.id} ${clause.title['zh-CN']} / ${clause.title['en-US']} (source: ${clause.source})`);

line('\n5. Bad input gets a clear error, never a wrong answer');
try {
  decideRefund({ ...order, signedAt: '2026-03-01 15:00' }, 'B');
} catch (error) {
  if (error instanceof PolicyInputError) line(`   ${error.name}: ${error.message}`);
  else throw error;
}
