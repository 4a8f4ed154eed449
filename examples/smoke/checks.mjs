// One call per package, written once and run in every throwaway project: as Node ESM, as Node CJS,
// inside an esbuild browser bundle, and type-checked by tsc (node16 and bundler resolution).
//
// Each `body` is a function body that is both plain JavaScript and strict TypeScript: it calls the
// package, checks the result with `eq`, and returns a one-line summary. `typeErrors` are calls that
// must NOT type-check; the TypeScript projects put `// @ts-expect-error` above each one, so a package
// whose types resolved to `any` (or did not resolve) fails the check.

/**
 * @typedef {object} PackageCheck
 * @property {string} pkg - the package name
 * @property {string[]} [imports] - named imports the body uses
 * @property {string} [namespace] - import the package as a namespace under this name instead
 * @property {string} body - plain JS that is also strict TS; returns a summary string
 * @property {string[]} typeErrors - expressions that must fail to type-check
 */

/** @type {PackageCheck[]} */
export const checks = [
  {
    pkg: '@zhidu/core',
    imports: ['money', 'addMoney', 'PolicyInputError'],
    body: `
      const sum = addMoney(money('0.10', 'CNY'), money('0.20', 'CNY'));
      eq(sum, { amount: '0.30', currency: 'CNY' }, 'addMoney(0.10, 0.20)');
      let refused = false;
      try {
        money(0.1 + 0.2, 'CNY');
      } catch (error) {
        refused = error instanceof PolicyInputError;
      }
      eq(refused, true, 'money(0.1 + 0.2) throws PolicyInputError');
      return 'addMoney(0.10, 0.20) = ' + sum.amount + ' ' + sum.currency + '; money(0.1 + 0.2) refused';`,
    typeErrors: [`money('1.00')`, `addMoney(money('1.00', 'CNY'), 2)`],
  },
  {
    pkg: '@zhidu/orders',
    imports: ['startOrder', 'transition'],
    body: `
      const order = startOrder({
        id: 'SO-1001', currency: 'CNY', placedAt: '2026-03-01T10:00:00+08:00',
        customer: { name: '王芳', phone: '13800138000', address: '上海市浦东新区世纪大道 100 号' },
        lines: [{ sku: 'TEA-250', quantity: 2, unitPrice: '59.00' }], total: '118.00', payment: { method: 'alipay' },
      });
      eq(order.value, 'pending_payment', 'startOrder state');
      const paid = transition(order, { type: 'PAY', id: 'pay-1', at: '2026-03-01T10:05:00+08:00', amount: '118.00' });
      if (!paid.ok) throw new Error('PAY refused: ' + JSON.stringify(paid.error));
      eq(paid.state.value, 'awaiting_fulfillment', 'state after PAY');
      const early = transition(paid.state, { type: 'SHIP', at: '2026-03-01T11:00:00+08:00', carrier: 'SF', trackingNumber: 'SF1' });
      eq(early.ok, false, 'SHIP before packing is refused');
      return 'startOrder → ' + order.value + ', PAY → ' + paid.state.value + ', early SHIP refused';`,
    typeErrors: [`transition(startOrder(JSON.parse('{}')), { type: 'NOT_AN_EVENT' })`],
  },
  {
    pkg: '@zhidu/returns',
    imports: ['evaluateReturn'],
    body: `
      const decision = evaluateReturn({
        order: { id: 'SO-1', currency: 'CNY', placedAt: '2026-03-01T10:00:00+08:00', deliveredAt: '2026-03-03T15:00:00+08:00',
          lines: [{ id: 'L1', sku: 'TEA-250', quantity: 2, unitPrice: '59.00', paid: '110.00' }] },
        request: { lineId: 'L1', quantity: 1, requestedAt: '2026-03-10T23:59:59+08:00', reason: 'no_reason', resolution: 'return_refund', condition: 'intact' },
      });
      eq(decision.eligible, true, 'eligible');
      eq(decision.refund, { amount: '55.00', currency: 'CNY' }, 'refund');
      let refused = false;
      try {
        evaluateReturn(JSON.parse('{}'));
      } catch (error) {
        refused = error instanceof PolicyInputError;
      }
      eq(refused, true, "a bad input throws @zhidu/core's PolicyInputError (one core instance)");
      return 'evaluateReturn: eligible, refund ' + JSON.stringify(decision.refund) + ', bad input → PolicyInputError';`,
    typeErrors: [`evaluateReturn({ order: {} })`],
  },
  {
    pkg: '@zhidu/inventory',
    imports: ['classifyStock'],
    body: `
      const stock = classifyStock({ sku: 'TEA-250', onHand: 26, reserved: 6, min: 20, max: 120, avgDailySales: 4 });
      eq(stock.level, 'near_min', 'level');
      eq(stock.available, 20, 'available');
      return 'classifyStock: ' + stock.level + ', ' + stock.available + ' available';`,
    typeErrors: [`classifyStock({ sku: 42 })`],
  },
  {
    pkg: '@zhidu/penalties',
    imports: ['assessAttendance'],
    body: `
      const month = assessAttendance({ employeeId: 'E7', days: [{ date: '2026-03-02', signIn: '2026-03-02T09:16:00+08:00', signOut: '2026-03-02T18:00:00+08:00' }] });
      eq(month.days[0]?.lateMinutes, 16, 'lateMinutes');
      eq(month.fullAttendance, false, 'fullAttendance');
      return 'assessAttendance: 16 minutes late, no full attendance';`,
    typeErrors: [`assessAttendance({ employeeId: 'E7', days: 'none' })`],
  },
  {
    pkg: '@zhidu/commissions',
    imports: ['performancePay'],
    body: `
      const below = performancePay({ role: 'staff', plan: 10000, actual: 2999 });
      const at = performancePay({ role: 'staff', plan: 10000, actual: 3000 });
      eq(below.amount, { amount: '0.00', currency: 'CNY' }, 'pay below the 30% gate');
      eq(at.amount, { amount: '150.00', currency: 'CNY' }, 'pay at the gate');
      return 'performancePay: 29.99% → ' + below.amount.amount + ', 30% → ' + at.amount.amount;`,
    typeErrors: [`performancePay({ role: 'staff', plan: 10000 })`],
  },
  {
    pkg: '@zhidu/risk',
    imports: ['classifyRisk', 'matrices'],
    body: `
      const quadrant = classifyRisk({ likelihood: 'high', impact: 'high' });
      eq([quadrant.level, quadrant.response], ['high', 'avoid'], 'quadrant');
      const iso = classifyRisk({ likelihood: { value: 0.3 }, impact: 'major' }, matrices.iso5x5);
      eq(iso.level, 'high', 'iso5x5 level');
      return 'classifyRisk: high × high → ' + quadrant.response + '; iso5x5 → ' + iso.level;`,
    typeErrors: [`classifyRisk({ likelihood: 'high' }, 'quadrant')`],
  },
  {
    pkg: '@zhidu/catalog',
    imports: ['validateListing'],
    body: `
      const listing = validateListing({ sku: 'TEA-250', name: '龙井 250g' });
      eq(listing.complete, false, 'complete');
      if (listing.issues.length === 0) throw new Error('an incomplete listing has no issues');
      return 'validateListing: incomplete, ' + listing.issues.length + ' issues';`,
    typeErrors: [`validateListing({ sku: 250 })`],
  },
  {
    pkg: '@zhidu/metrics',
    imports: ['conversionRate'],
    body: `
      const rate = conversionRate({ orders: 13, visitors: 400 });
      eq(rate.value, '0.0325', 'conversionRate');
      const none = conversionRate({ orders: 0, visitors: 0 });
      eq(none.value, null, 'conversionRate with no visitors');
      return 'conversionRate: 13/400 = ' + rate.value + ', 0/0 = null';`,
    typeErrors: [`conversionRate({ orders: '13', visitors: 400 })`],
  },
  {
    pkg: '@zhidu/cli',
    // Node-only: run the installed `zhidu` binary instead of importing the package.
    bin: { name: 'zhidu', args: ['policy', 'show', 'returns', '--format', 'jsonl'], expect: ['noReason.window.length', 'RET-7'] },
  },
  {
    pkg: 'zhidu',
    namespace: 'zhidu',
    body: `
      const names = ['core', 'orders', 'returns', 'inventory', 'penalties', 'commissions', 'risk', 'catalog', 'metrics'];
      const missing = names.filter((name) => !Object.keys(zhidu).includes(name));
      eq(missing, [], 'namespaces missing');
      eq(zhidu.core.addMoney(zhidu.money('1.00', 'CNY'), money('2.50', 'CNY')), { amount: '3.50', currency: 'CNY' }, 'zhidu.core.addMoney');
      eq(zhidu.returns.evaluateReturn === evaluateReturn, true, 'zhidu.returns is the installed @zhidu/returns');
      eq(zhidu.PolicyInputError === PolicyInputError, true, 'zhidu.PolicyInputError is @zhidu/core\\'s');
      eq(zhidu.metrics.conversionRate({ orders: 1, visitors: 4 }).value, '0.2500', 'zhidu.metrics.conversionRate');
      return names.length + ' namespaces, shared with the @zhidu/* packages';`,
    typeErrors: [`zhidu.returns.evaluateReturn({})`, `zhidu.notANamespace`],
  },
];
