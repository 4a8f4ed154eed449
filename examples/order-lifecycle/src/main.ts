/**
 * The order lifecycle demo: a Douyin-shop order walked from payment to completion by a tiny host
 * (src/orderDesk.ts), then an unpaid order that expires and a held order that is released. Every
 * step prints its reasons in the store's locale (zh-CN) and, re-rendered with explain(), in en-US,
 * and the commands the host carried out. Run it with `npx -y pnpm@10.34.8 demo`.
 */
import { explain, type Reason } from '@zhidu/core';
import { presets } from '@zhidu/orders';
import { createOrderDesk, type OrderDesk } from './orderDesk.js';
import { notedOrder, notedSteps, teaOrder, teaSteps, unpaidCheckedAt, unpaidOrder, unpaidSteps, type Step } from './scenario.js';

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

const walk = (desk: OrderDesk, orderId: string, steps: readonly Step[]): void => {
  for (const { title, event } of steps) {
    const before = desk.read(orderId);
    line(`\n   ${event.type}${event.id === undefined ? '' : ` (id ${event.id})`} — ${title}`);
    const outcome = desk.apply(orderId, event);
    if (!outcome.ok) {
      line(`      refused, still ${outcome.state.value} (version ${String(outcome.state.version)})`);
      printReasons([outcome.error]);
    } else if (outcome.replay) {
      line(`      replay of an event already applied: still ${outcome.state.value} (version ${String(outcome.state.version)}), nothing to do`);
    } else {
      line(`      ${before.value} → ${outcome.state.value} (version ${String(outcome.state.version)})`);
      printReasons(outcome.reasons);
    }
    for (const work of done.splice(0)) line(`      do: ${work}`);
  }
};

// The desk logs each command it carries out; the walk prints them after the step's reasons.
const done: string[] = [];
const desk = createOrderDesk(presets.douyinShop, (text) => done.push(text));

line('zhidu orders — a Douyin-shop order desk\n');
line(`Policy: presets.douyinShop (${desk.policyVersion}): pay within 30 minutes, ship within 48 hours of payment,`);
line('after-sales 15 days after delivery. The desk keeps each order as JSON with a version (optimistic');
line('locking) and carries out the commands each transition returns.');

line(`\n1. ${teaOrder.id}: 2 × TEA-250 + 1 × CUP-01, ¥8.00 off, ¥140.00`);
const tea = desk.open(teaOrder);
line(`   opened: ${tea.value}, version ${String(tea.version)}, pay by ${tea.deadlines.paymentDueAt ?? 'no deadline'} (UTC)`);
walk(desk, teaOrder.id, teaSteps);
const finished = desk.read(teaOrder.id);
line(`\n   ${teaOrder.id}: ${finished.value}, version ${String(finished.version)}; paid ${finished.paid?.amount ?? '0.00'}, refunded ${desk.refunded(teaOrder.id).amount}`);
line(`   path: ${desk.path(teaOrder.id).join(' → ')}`);

line(`\n2. ${unpaidOrder.id}: placed, never paid (ORD-11)`);
const unpaid = desk.open(unpaidOrder);
line(`   opened: pay by ${unpaid.deadlines.paymentDueAt ?? 'no deadline'} (UTC)`);
const report = desk.overdue(unpaidOrder.id, unpaidCheckedAt);
line(`   overdue at ${unpaidCheckedAt}: ${report.overdue.map((item) => `${item.kind}, ${String(item.minutesOverdue)} min`).join('; ')}`);
printReasons(report.reasons);
walk(desk, unpaidOrder.id, unpaidSteps);

line(`\n3. ${notedOrder.id}: a buyer note, held by the audit (ORD-3, ORD-4)`);
desk.open(notedOrder);
walk(desk, notedOrder.id, notedSteps);
line('');
