// #region compile
import { createOrderLifecycle, presets as orderPresets } from '@zhidu/orders';
import { createReturnEvaluator, evaluateReturn, parseReturnInput, presets, returnPolicy, type ReturnInput } from '@zhidu/returns';

// Compile once: the policy is validated (and, for orders, versioned) here, not on every call.
const returns = createReturnEvaluator(presets.generic);
const orders = createOrderLifecycle(orderPresets.douyinShop);

// The same policy object gives the same compiled evaluator: the plain functions look it up.
console.log(createReturnEvaluator(presets.generic) === returns); // true
// #endregion compile

// #region many
// Evaluate many: a plain synchronous call per request — no await, no I/O.
const requests: ReturnInput[] = Array.from({ length: 10_000 }, (_, index) => ({
  order: {
    id: `SO-${String(index)}`,
    currency: 'CNY',
    placedAt: '2026-03-01T10:00:00+08:00',
    deliveredAt: '2026-03-03T15:00:00+08:00',
    lines: [{ id: 'L1', sku: 'TEA-250', quantity: 2, unitPrice: '59.00', paid: '110.00' }],
  },
  request: {
    lineId: 'L1',
    quantity: 1,
    requestedAt: `2026-03-${String(4 + (index % 10)).padStart(2, '0')}T12:00:00+08:00`,
    reason: 'no_reason',
    resolution: 'return_refund',
    condition: 'intact',
  },
}));
const outcomes = new Map<string, number>();
for (const input of requests) {
  const { outcome } = returns.evaluate(input);
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
}
console.log(Object.fromEntries(outcomes)); // { approve: 7000, reject: 3000 }

const state = orders.start({
  id: 'DY-1',
  currency: 'CNY',
  placedAt: '2026-03-01T20:00:00+08:00',
  customer: { name: '王芳', phone: '13800138000', address: '上海市浦东新区世纪大道 100 号' },
  lines: [{ sku: 'TEA-250', quantity: 2, unitPrice: '59.00' }],
  total: '118.00',
  payment: { method: 'alipay' },
});
console.log(orders.overdue(state, { now: '2026-03-01T21:00:00+08:00' }).overdue.length); // 1: the 30-minute payment window has passed
// #endregion many

// #region json
// A policy read from JSON is a new object: parse it once when it is loaded, not per request,
// or every call validates it again.
const fromFile: unknown = JSON.parse(JSON.stringify(presets.usStore));
const usPolicy = returnPolicy.parse(fromFile); // validated and frozen once
const us = createReturnEvaluator(usPolicy);
const [first] = requests;
if (first !== undefined) console.log(evaluateReturn(first, usPolicy).outcome === us.evaluate(first).outcome); // true
// #endregion json

// #region parsed
// Validate once at the boundary, decide many times: parseReturnInput makes every check evaluate
// makes (and throws the same PolicyInputError); evaluateParsed then decides without checking again.
// Orders do the same with parseOrderState, parseOrderEvent and transitionParsed.
const parsed = requests.map((input) => parseReturnInput(input));
const approved = parsed.filter((input) => returns.evaluateParsed(input).outcome === 'approve').length;
console.log(approved); // 7000, as evaluate decided above
// #endregion parsed
