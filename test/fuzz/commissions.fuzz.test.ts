import type { Context } from '@zhidu/core';
import {
  commission,
  createCommissionCalculator,
  defineCommissionPolicy,
  payStatement,
  performancePay,
  presets,
  type CommissionInput,
  type CommissionPolicy,
  type PayStatementInput,
  type PerformancePayInput,
} from '@zhidu/commissions';
import { describe } from 'vitest';
import { fuzz, noPolicy } from './harness.js';

// Samples copied from packages/commissions/test (commission, payStatement, performancePay).
const context: Context = { now: '2026-04-01T10:00:00+08:00', locale: 'en-US' };
const policies: Readonly<Record<string, CommissionPolicy>> = presets;
const sale: CommissionInput = {
  role: 'staff',
  orders: [{ amount: '60000.00' }, { amount: 40000 }, { id: 'DY-9', amount: '0.50' }],
  returns: [{ amount: '10000.50' }],
  target: '100000.00',
};
const statement: PayStatementInput = {
  employee: { id: 'E-7', role: 'staff' },
  month: '2026-03',
  attendance: { absenteeismDays: 0.5, fullAttendance: false },
  penalties: [{ amount: 200, reason: 'Wrong parcel shipped' }],
  performance: { plan: 100, actual: 80 },
  sales: { orders: [{ amount: '120000.00' }], returns: [{ amount: '20000.00' }], target: '100000.00' },
};
const performance: PerformancePayInput = { role: 'staff', plan: '10000', actual: '2999.99' };

describe('fuzz @zhidu/commissions', () => {
  fuzz({ name: 'commission', policies, sample: () => [sale, context], call: ([i, c], p) => commission(i as CommissionInput, p, c as Context) });
  fuzz({ name: 'payStatement', policies, sample: () => [statement, context], call: ([i, c], p) => payStatement(i as PayStatementInput, p, c as Context) });
  fuzz({
    name: 'performancePay',
    policies,
    sample: () => [performance, context],
    call: ([i, c], p) => performancePay(i as PerformancePayInput, p, c as Context),
  });
  fuzz({
    name: 'defineCommissionPolicy',
    policies: noPolicy,
    refusal: 'config',
    sample: () => [structuredClone(presets.generic), 'generic'],
    call: ([overrides, base]) => defineCommissionPolicy(overrides as never, base as never),
    returns: 'json',
  });
  fuzz({
    name: 'createCommissionCalculator(policy).payStatement',
    policies,
    runs: 100,
    sample: () => [statement, context],
    call: ([i, c], p) => createCommissionCalculator(p).payStatement(i as PayStatementInput, c as Context),
  });
});
