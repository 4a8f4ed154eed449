import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildCommissionInputSchemas, commissionInputSchemas } from '../src/index.js';

// The input schemas of performancePay, commission and payStatement, built for a currency. Each test
// builds its own set (buildCommissionInputSchemas is uncached) and checks what it accepts and what it
// refuses, with the message a host shows.

/** `{ path, message, code }` of every issue, or `[]` when the value is accepted. */
function issues(schema: z.ZodMiniType, value: unknown): { path: string; message: string; code: string }[] {
  const result = z.safeParse(schema, value);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message, code: issue.code }));
}

const statement = (changes: Record<string, unknown> = {}) => ({ employee: { id: 'E', role: 'staff' }, month: '2026-03', performance: { plan: 1, actual: 1 }, ...changes });
const sales = (changes: Record<string, unknown> = {}) => ({ role: 'staff', orders: [], returns: [], target: '1000.00', ...changes });

describe('buildCommissionInputSchemas', () => {
  it('PAY-12, PAY-13: a proposed bonus may be 0 (refused later as out of range, not as bad input); an unknown key is bad input', () => {
    const { performancePay } = buildCommissionInputSchemas('CNY');
    expect(issues(performancePay, { role: 'staff', plan: 1, actual: 2, exceeded: { bonus: 0 } })).toEqual([]);
    expect(issues(performancePay, { role: 'staff', plan: 1, actual: 2, exceeded: { bonus: '80.00' } })).toEqual([]);
    expect(issues(performancePay, { role: 'staff', plan: 1, actual: 2, exceeded: { bonus: '80.00', by: 'Ops' } }).map((issue) => issue.path)).toEqual(['exceeded']);
  });

  it('PAY-14: an override records by whom and why', () => {
    const { performancePay } = buildCommissionInputSchemas('CNY');
    expect(issues(performancePay, { role: 'staff', plan: 1, actual: 0, override: { by: 'Ops lead', reason: 'platform launch' } })).toEqual([]);
    expect(issues(performancePay, { role: 'staff', plan: 1, actual: 0, override: { by: 'Ops lead' } }).map((issue) => issue.path)).toEqual(['override.reason']);
  });

  it('PAY-16: an order or a return of 0 is an amount; a target must be above 0', () => {
    const { commission } = buildCommissionInputSchemas('CNY');
    expect(issues(commission, sales({ orders: [{ amount: 0 }], returns: [{ amount: '0.00' }] }))).toEqual([]);
    expect(issues(commission, sales({ target: 0 }))).toEqual([{ path: 'target', message: 'Expected more than zero', code: 'custom' }]);
    expect(issues(commission, sales({ target: '0.01' }))).toEqual([]);
  });

  it('PAY-16: amounts are never negative and have no more decimals than the currency', () => {
    const { commission } = buildCommissionInputSchemas('CNY');
    expect(issues(commission, sales({ orders: [{ amount: '-1.00' }] }))).toEqual([{ path: 'orders.0.amount', message: 'Expected zero or more', code: 'custom' }]);
    expect(issues(commission, sales({ returns: [{ amount: '10.005' }] }))).toEqual([
      { path: 'returns.0.amount', message: '10.005 has 3 decimal places; CNY allows 2', code: 'custom' },
    ]);
  });

  it('PAY-16: a currency with 3 decimals (KWD) takes amounts to the fils, not beyond', () => {
    const { commission } = buildCommissionInputSchemas('KWD');
    expect(issues(commission, sales({ orders: [{ amount: '100.125' }] }))).toEqual([]);
    expect(issues(commission, sales({ orders: [{ amount: '100.1255' }] }))).toEqual([
      { path: 'orders.0.amount', message: '100.1255 has 4 decimal places; KWD allows 3', code: 'custom' },
    ]);
  });

  it('PAY-9, PAY-10: a penalty must be above 0; an agreed base may be 0 (a commission-only employee)', () => {
    const { payStatement } = buildCommissionInputSchemas('CNY');
    expect(issues(payStatement, statement({ penalties: [{ amount: 0 }] }))).toEqual([{ path: 'penalties.0.amount', message: 'Expected more than zero', code: 'custom' }]);
    expect(issues(payStatement, statement({ penalties: [{ amount: '0.01' }] }))).toEqual([]);
    expect(issues(payStatement, statement({ employee: { id: 'E', role: 'staff', base: 0 } }))).toEqual([]);
  });

  it('PAY-8: absenteeism is 0 to 31 days', () => {
    const { payStatement } = buildCommissionInputSchemas('CNY');
    expect(issues(payStatement, statement({ attendance: { absenteeismDays: 31, fullAttendance: false } }))).toEqual([]);
    expect(issues(payStatement, statement({ attendance: { absenteeismDays: 0, fullAttendance: true } }))).toEqual([]);
    for (const absenteeismDays of [31.5, -0.5]) {
      expect(issues(payStatement, statement({ attendance: { absenteeismDays, fullAttendance: false } })), String(absenteeismDays)).toEqual([
        { path: 'attendance.absenteeismDays', message: 'Expected a number of days from 0 to 31', code: 'custom' },
      ]);
    }
  });
});

describe('commissionInputSchemas', () => {
  it('PAY-10: keeps one set of schemas per currency', () => {
    expect(commissionInputSchemas('CNY')).toBe(commissionInputSchemas('CNY'));
    expect(commissionInputSchemas('USD')).not.toBe(commissionInputSchemas('CNY'));
  });
});
