import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { createCommissionCalculator, defineCommissionPolicy, payStatement, presets, safePayStatement, type PayStatement, type PayStatementInput } from '../src/index.js';
import { clauseOf, cny, codes, issuePaths, reasonOf, usd } from './fixtures.js';

const summary = (statement: PayStatement) => statement.lines.map((line) => [line.kind, line.amount.amount, line.clause]);
const totals = (statement: PayStatement) => [statement.gross.amount, statement.deductions.amount, statement.net.amount];

/** A supervisor whose department met the plan exactly: 3,500 base + 500 performance pay = 4,000 gross. */
const supervisor = (changes: Partial<PayStatementInput> = {}): PayStatementInput => ({
  employee: { id: 'S-1', role: 'supervisor' },
  month: '2026-03',
  performance: { plan: 100, actual: 100 },
  ...changes,
});

describe('payStatement: the lines (PAY-8, PAY-10..17)', () => {
  it('PAY-10: base + performance pay + commission, less absenteeism and a penalty; gross − deductions = net', () => {
    const statement = payStatement(
      {
        employee: { id: 'E-7', role: 'staff' },
        month: '2026-03',
        attendance: { absenteeismDays: 0.5, fullAttendance: false },
        penalties: [{ amount: 200, reason: 'Wrong parcel shipped' }],
        performance: { plan: 100, actual: 80 },
        sales: { orders: [{ amount: '120000.00' }], returns: [{ amount: '20000.00' }], target: '100000.00' },
      },
      presets.generic,
      { locale: 'en-US' },
    );
    // 2000 ÷ 21.75 × 0.5 = 45.977… → 45.98 (PAY-8).
    expect(summary(statement)).toEqual([
      ['base', '2000.00', 'PAY-10'],
      ['performance', '400.00', 'PAY-11'],
      ['commission', '1500.00', 'PAY-16'],
      ['absenteeism', '45.98', 'PAY-8'],
      ['penalty', '200.00', 'PAY-9'],
    ]);
    expect(statement.lines.map((line) => line.label)).toEqual([
      'Base pay',
      'Performance pay',
      'Commission',
      'Absenteeism (0.5 days)',
      'Penalty or compensation: Wrong parcel shipped',
    ]);
    expect(statement.lines.map((line) => line.side)).toEqual(['earning', 'earning', 'earning', 'deduction', 'deduction']);
    expect(totals(statement)).toEqual(['3900.00', '245.98', '3654.02']);
    expect(statement).toMatchObject({ employeeId: 'E-7', month: '2026-03' });
    expect(reasonOf(statement, 'STATEMENT_ABSENTEEISM')).toMatchObject({ clause: 'PAY-8', params: { days: 0.5, daysPerMonth: '21.75', deduction: cny('45.98') } });
    expect(codes(statement).at(-1)).toBe('STATEMENT_NET');
    expect(JSON.parse(JSON.stringify(statement))).toEqual(statement);
  });

  it('PAY-10: the base is 3,500 for a supervisor, 2,000 for staff and customer service, or the employee\'s own', () => {
    expect(payStatement(supervisor()).lines[0]).toMatchObject({ kind: 'base', amount: cny('3500.00'), clause: 'PAY-10' });
    for (const role of ['staff', 'customer_service'] as const) {
      expect(payStatement({ employee: { id: 'E', role }, month: '2026-03', performance: { plan: 1, actual: 1 } }).lines[0]?.amount).toEqual(cny('2000.00'));
    }
    const agreed = payStatement({ employee: { id: 'E', role: 'staff', base: '2500.00' }, month: '2026-03', performance: { plan: 1, actual: 1 }, attendance: { absenteeismDays: 1, fullAttendance: false } });
    expect(agreed.lines[0]?.amount).toEqual(cny('2500.00'));
    expect(reasonOf(agreed, 'STATEMENT_BASE_AGREED')).toMatchObject({ clause: 'PAY-10', params: { base: cny('2500.00'), standard: cny('2000.00') } });
    // Absenteeism is counted on the agreed base: 2500 ÷ 21.75 = 114.942… → 114.94.
    expect(agreed.lines.find((line) => line.kind === 'absenteeism')?.amount).toEqual(cny('114.94'));
  });

  it('PAY-13: a supervisor\'s performance line is the pay after team deductions; the bonus has its own line', () => {
    const statement = payStatement(supervisor({ performance: { plan: 100, actual: 120, teamCompletions: [0.1, 0.5], exceeded: { bonus: 150 } } }));
    expect(summary(statement)).toEqual([
      ['base', '3500.00', 'PAY-10'],
      ['performance', '450.00', 'PAY-13'],
      ['bonus', '150.00', 'PAY-13'],
    ]);
    expect(totals(statement)).toEqual(['4100.00', '0.00', '4100.00']);
    expect(codes(statement)).toEqual(expect.arrayContaining(['PERFORMANCE_TEAM_DEDUCTION', 'PERFORMANCE_SUPERVISOR_BONUS_GRANTED']));
  });

  it('PAY-12, PAY-14: a staff bonus cites PAY-12; an override makes the performance line cite PAY-14', () => {
    const bonus = payStatement({ employee: { id: 'E', role: 'staff' }, month: '2026-03', performance: { plan: 100, actual: 101, exceeded: { bonus: 60 } } });
    expect(bonus.lines.find((line) => line.kind === 'bonus')).toMatchObject({ amount: cny('60.00'), clause: 'PAY-12' });
    const override = payStatement({ employee: { id: 'E', role: 'staff' }, month: '2026-03', performance: { plan: 100, actual: 10, override: { by: 'Ops lead', reason: 'platform launch' } } });
    expect(override.lines.find((line) => line.kind === 'performance')).toMatchObject({ amount: cny('500.00'), clause: 'PAY-14' });
    expect(clauseOf(override, 'PERFORMANCE_OVERRIDE')).toBe('PAY-14');
  });

  it('PAY-11, PAY-17: customer service is paid like staff, its commission cites PAY-17', () => {
    const statement = payStatement({
      employee: { id: 'C-1', role: 'customer_service' },
      month: '2026-03',
      performance: { plan: 100, actual: 29 },
      sales: { orders: [{ amount: 80000 }], returns: [], target: 100000 },
    });
    expect(summary(statement)).toEqual([
      ['base', '2000.00', 'PAY-10'],
      ['performance', '0.00', 'PAY-11'],
      ['commission', '800.00', 'PAY-17'],
    ]);
  });

  it('PAY-16: a claw-back is a negative commission line that lowers the gross', () => {
    const statement = payStatement(
      { employee: { id: 'E', role: 'staff' }, month: '2026-04', performance: { plan: 1, actual: 1 }, sales: { orders: [], returns: [{ amount: '2000.00' }], target: 90000 } },
      presets.generic,
      { locale: 'en-US' },
    );
    expect(statement.lines.find((line) => line.kind === 'commission')).toMatchObject({ label: 'Commission claw-back', amount: cny('-10.00'), side: 'earning', clause: 'PAY-16' });
    expect(statement.gross).toEqual(cny('2490.00'));
  });

  it('PAY-15: the full-attendance bonus is left out while the policy sets 0, and paid when it sets an amount', () => {
    const input = supervisor({ attendance: { absenteeismDays: 0, fullAttendance: true } });
    const none = payStatement(input);
    expect(none.lines.map((line) => line.kind)).not.toContain('full_attendance');
    expect(clauseOf(none, 'STATEMENT_FULL_ATTENDANCE_NO_AMOUNT')).toBe('PAY-15');
    const policy = defineCommissionPolicy({ fullAttendanceBonus: '100.00' });
    const paid = payStatement(input, policy);
    expect(paid.lines.find((line) => line.kind === 'full_attendance')).toMatchObject({ amount: cny('100.00'), clause: 'PAY-15', label: '全勤奖' });
    expect(paid.gross).toEqual(cny('4100.00'));
    // Not full attendance: no bonus.
    expect(payStatement(supervisor({ attendance: { absenteeismDays: 0, fullAttendance: false } }), policy).gross).toEqual(cny('4000.00'));
  });

  it('PAY-8: absenteeism costs base ÷ 21.75 a day, never more than the base', () => {
    // 3500 ÷ 21.75 × 5 = 804.597… → 804.60.
    const five = payStatement(supervisor({ attendance: { absenteeismDays: 5, fullAttendance: false } }));
    expect(five.lines.find((line) => line.kind === 'absenteeism')).toMatchObject({ amount: cny('804.60'), clause: 'PAY-8', label: '旷工扣款（5 天）' });
    // 2000 ÷ 21.75 × 22 = 2022.99 > 2000: the deduction stops at the base.
    const all = payStatement({ employee: { id: 'E', role: 'staff' }, month: '2026-03', performance: { plan: 1, actual: 1 }, attendance: { absenteeismDays: 22, fullAttendance: false } });
    expect(all.lines.find((line) => line.kind === 'absenteeism')?.amount).toEqual(cny('2000.00'));
    expect(reasonOf(all, 'STATEMENT_ABSENTEEISM_LIMITED')).toMatchObject({ clause: 'PAY-8', params: { due: cny('2022.99') } });
    expect(totals(all)).toEqual(['2500.00', '2000.00', '500.00']);
  });

  it('PAY-10: labels follow the context locale', () => {
    const input = { employee: { id: 'E', role: 'staff' }, month: '2026-03', performance: { plan: 1, actual: 1 }, penalties: [{ amount: 50, reason: '发错货' }] } as const;
    // A staff gross of 2,500 is below Shanghai's 2,740 minimum wage: the penalty is taken back off.
    expect(payStatement(input).lines.map((line) => line.label)).toEqual(['固定底薪', '绩效工资', '罚款/赔偿：发错货', '保障最低工资调减']);
    expect(payStatement(input, presets.generic, { locale: 'en-US' }).lines.map((line) => line.label)).toEqual([
      'Base pay',
      'Performance pay',
      'Penalty or compensation: 发错货',
      'Reduced to keep the minimum wage',
    ]);
  });
});

describe('payStatement: the legal limits on deductions (PAY-9)', () => {
  it('PAY-9: penalties of exactly 20% of the month\'s wage are deducted in full', () => {
    const statement = payStatement(supervisor({ penalties: [{ amount: '800.00' }] }));
    expect(summary(statement).map(([kind]) => kind)).not.toContain('deduction_cap');
    expect(totals(statement)).toEqual(['4000.00', '800.00', '3200.00']);
    expect(clauseOf(statement, 'STATEMENT_FINES_WARNING')).toBe('PAY-9');
  });

  it('PAY-9: one cent over 20% is taken off by a line of its own', () => {
    const statement = payStatement(supervisor({ penalties: [{ amount: '800.01' }] }));
    expect(summary(statement).slice(-2)).toEqual([
      ['penalty', '800.01', 'PAY-9'],
      ['deduction_cap', '-0.01', 'PAY-9'],
    ]);
    expect(totals(statement)).toEqual(['4000.00', '800.00', '3200.00']);
  });

  it('PAY-9: penalty and compensation deductions together are capped at 20%, with a reason saying by how much', () => {
    const statement = payStatement(supervisor({ penalties: [{ amount: 500, reason: '损坏样品' }, { amount: 400 }] }));
    expect(summary(statement)).toEqual([
      ['base', '3500.00', 'PAY-10'],
      ['performance', '500.00', 'PAY-13'],
      ['penalty', '500.00', 'PAY-9'],
      ['penalty', '400.00', 'PAY-9'],
      ['deduction_cap', '-100.00', 'PAY-9'],
    ]);
    expect(statement.lines.at(-1)?.label).toBe('扣款上限调减（当月工资的 20%）');
    expect(totals(statement)).toEqual(['4000.00', '800.00', '3200.00']);
    expect(reasonOf(statement, 'STATEMENT_DEDUCTION_CAP')).toMatchObject({
      clause: 'PAY-9',
      params: { total: cny('900.00'), wage: cny('4000.00'), rate: '0.2', limit: cny('800.00'), reduction: cny('100.00') },
    });
  });

  it('PAY-9: the wage left may not fall below the minimum wage: penalties are reduced to keep it', () => {
    // 4000 − 804.60 absenteeism = 3195.40; 20% = 639.08 ≥ 600; but 3195.40 − 2740 = 455.40 left for penalties.
    const statement = payStatement(supervisor({ attendance: { absenteeismDays: 5, fullAttendance: false }, penalties: [{ amount: 600 }] }));
    expect(summary(statement).slice(2)).toEqual([
      ['absenteeism', '804.60', 'PAY-8'],
      ['penalty', '600.00', 'PAY-9'],
      ['minimum_wage_floor', '-144.60', 'PAY-9'],
    ]);
    expect(totals(statement)).toEqual(['4000.00', '1260.00', '2740.00']);
    expect(reasonOf(statement, 'STATEMENT_MINIMUM_WAGE_FLOOR')).toMatchObject({ clause: 'PAY-9', params: { minimumWage: cny('2740.00'), reduction: cny('144.60') } });
  });

  it('PAY-9: both limits at once: first the 20% cap, then the minimum wage', () => {
    const statement = payStatement(supervisor({ attendance: { absenteeismDays: 5, fullAttendance: false }, penalties: [{ amount: 700 }] }));
    expect(summary(statement).slice(-3)).toEqual([
      ['penalty', '700.00', 'PAY-9'],
      ['deduction_cap', '-60.92', 'PAY-9'],
      ['minimum_wage_floor', '-183.68', 'PAY-9'],
    ]);
    expect(totals(statement)).toEqual(['4000.00', '1260.00', '2740.00']);
  });

  it('PAY-9: a gross below the minimum wage warns that the employer must pay at least the minimum wage, and no penalty is taken', () => {
    const statement = payStatement({ employee: { id: 'E', role: 'staff' }, month: '2026-03', performance: { plan: 100, actual: 0 }, penalties: [{ amount: 100 }] });
    expect(summary(statement)).toEqual([
      ['base', '2000.00', 'PAY-10'],
      ['performance', '0.00', 'PAY-11'],
      ['penalty', '100.00', 'PAY-9'],
      ['minimum_wage_floor', '-100.00', 'PAY-9'],
    ]);
    expect(totals(statement)).toEqual(['2000.00', '0.00', '2000.00']);
    expect(reasonOf(statement, 'STATEMENT_GROSS_BELOW_MINIMUM_WAGE')).toMatchObject({ clause: 'PAY-9', params: { gross: cny('2000.00'), minimumWage: cny('2740.00') } });
  });

  it('PAY-9: absenteeism is pay for time not worked: it may take the net below the minimum wage, with a note', () => {
    // 3500 ÷ 21.75 × 10 = 1609.195… → 1609.20; net 2390.80.
    const statement = payStatement(supervisor({ attendance: { absenteeismDays: 10, fullAttendance: false } }));
    expect(totals(statement)).toEqual(['4000.00', '1609.20', '2390.80']);
    expect(reasonOf(statement, 'STATEMENT_NET_BELOW_MINIMUM_WAGE_ABSENCE')).toMatchObject({ clause: 'PAY-9', params: { days: 10, net: cny('2390.80') } });
  });

  it('PAY-9: the limits are policy parameters; usStore has none and no fines warning', () => {
    const us = payStatement(supervisor({ penalties: [{ amount: 3000 }] }), presets.usStore);
    expect(totals(us)).toEqual(['4000.00', '3000.00', '1000.00']);
    expect(us.gross).toEqual(usd('4000.00'));
    expect(codes(us)).not.toContain('STATEMENT_FINES_WARNING');
    const lenient = defineCommissionPolicy({ deductionCapRate: '0.3', minimumWage: '2520.00' });
    expect(totals(payStatement(supervisor({ penalties: [{ amount: 1300 }] }), lenient))).toEqual(['4000.00', '1200.00', '2800.00']);
  });
});

describe('payStatement: bad input (PAY-10)', () => {
  it('PAY-10: throws PolicyInputError listing every bad field', () => {
    const run = () =>
      payStatement({
        employee: { id: '', role: 'intern' as 'staff' },
        month: '2026-13',
        attendance: { absenteeismDays: -1, fullAttendance: true },
        penalties: [{ amount: '10.005' }, { amount: 0 }],
        performance: { plan: -1, actual: Number.NaN },
        sales: { orders: [{ amount: 'ten' }], returns: [], target: 0 },
      });
    expect(run).toThrow(PolicyInputError);
    expect(issuePaths(run)).toEqual(
      expect.arrayContaining([
        'employee.id',
        'employee.role',
        'month',
        'attendance.absenteeismDays',
        'penalties.0.amount',
        'penalties.1.amount',
        'performance.plan',
        'performance.actual',
        'sales.orders.0.amount',
        'sales.target',
      ]),
    );
  });

  it('PAY-10: the month must be YYYY-MM', () => {
    for (const month of ['2026-3', '2026-00', '2026-13', 'March 2026', '2026-03-01']) {
      expect(issuePaths(() => payStatement(supervisor({ month })))).toEqual(['month']);
    }
  });

  it('PAY-15: full attendance with days of absenteeism contradicts itself', () => {
    expect(issuePaths(() => payStatement(supervisor({ attendance: { absenteeismDays: 0.5, fullAttendance: true } })))).toEqual(['attendance.fullAttendance']);
  });

  it('PAY-13: team completions on a staff statement are reported at their path', () => {
    const input = { employee: { id: 'E', role: 'staff' }, month: '2026-03', performance: { plan: 1, actual: 1, teamCompletions: [0.1] } } as const;
    expect(issuePaths(() => payStatement(input))).toEqual(['performance.teamCompletions']);
  });

  it('PAY-10: safePayStatement returns the error; the calculator matches the plain function', () => {
    expect(safePayStatement(supervisor({ month: '2026-3' })).ok).toBe(false);
    const input = supervisor({ penalties: [{ amount: 900 }], sales: { orders: [{ amount: 100000 }], returns: [], target: 100000 } });
    expect(createCommissionCalculator(presets.generic).payStatement(input)).toEqual(payStatement(input));
  });
});
