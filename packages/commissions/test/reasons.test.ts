import { describe, expect, it } from 'vitest';
import { commission, defineCommissionPolicy, payStatement, performancePay, presets, type PayStatementInput } from '../src/index.js';
import { cny, codes, issuesOf, reasonOf } from './fixtures.js';

// The reasons a decision gives, with their params, the sides of the statement lines, and the
// issues of contradictory input. Every number is worked out by hand from PAY-8..17.

/** A supervisor whose department met the plan exactly: 3,500 base + 500 performance pay = 4,000 gross. */
const supervisor = (changes: Partial<PayStatementInput> = {}): PayStatementInput => ({
  employee: { id: 'S-1', role: 'supervisor' },
  month: '2026-03',
  performance: { plan: 100, actual: 100 },
  ...changes,
});

describe('performancePay: the reasons (PAY-12, PAY-13)', () => {
  it('PAY-13: a supervisor with no team completions gets no team reason at all', () => {
    expect(codes(performancePay({ role: 'supervisor', plan: 100, actual: 100 }))).toEqual(['PERFORMANCE_DEPARTMENT_PRORATED']);
    expect(codes(performancePay({ role: 'supervisor', plan: 100, actual: 100, teamCompletions: [] }))).toEqual(['PERFORMANCE_DEPARTMENT_PRORATED']);
    // Staff with an empty list of team completions is fine too, and has no team reason.
    expect(codes(performancePay({ role: 'staff', plan: 100, actual: 100, teamCompletions: [] }))).toEqual(['PERFORMANCE_PRORATED']);
  });

  it('PAY-13: deductions equal to the pay are taken in full without a limit; one member more and they stop at the pay', () => {
    // 30% of the plan: 150.00 pay. Three members below 30%: 3 × 50 = 150, exactly the pay.
    const exact = performancePay({ role: 'supervisor', plan: 100, actual: 30, teamCompletions: [0.1, 0.2, 0.29] });
    expect(exact).toMatchObject({ pay: cny('150.00'), deductions: cny('150.00'), amount: cny('0.00') });
    expect(codes(exact)).toEqual(['PERFORMANCE_DEPARTMENT_PRORATED', 'PERFORMANCE_TEAM_DEDUCTION']);
    expect(reasonOf(exact, 'PERFORMANCE_TEAM_DEDUCTION')?.params).toEqual({ count: 3, members: 3, perMember: cny('50.00'), due: cny('150.00'), thresholdPercent: '30%' });
    // Four: 200 due, 150 deducted.
    const over = performancePay({ role: 'supervisor', plan: 100, actual: 30, teamCompletions: [0.1, 0.2, 0.29, 0] });
    expect(over).toMatchObject({ deductions: cny('150.00'), amount: cny('0.00') });
    expect(codes(over)).toEqual(['PERFORMANCE_DEPARTMENT_PRORATED', 'PERFORMANCE_TEAM_DEDUCTION', 'PERFORMANCE_DEDUCTION_LIMITED']);
    expect(reasonOf(over, 'PERFORMANCE_DEDUCTION_LIMITED')?.params).toEqual({ due: cny('200.00'), deduction: cny('150.00'), pay: cny('150.00') });
  });

  it('PAY-12, PAY-13: a bonus reason names the completion, the bonus and the range', () => {
    const staff = performancePay({ role: 'staff', plan: 100, actual: 120, exceeded: { bonus: 80 } });
    expect(reasonOf(staff, 'PERFORMANCE_BONUS_GRANTED')?.params).toEqual({
      plan: '100',
      actual: '120',
      completion: '1.2000',
      completionPercent: '120%',
      bonus: cny('80.00'),
      min: cny('50.00'),
      max: cny('100.00'),
    });
    const refused = performancePay({ role: 'supervisor', plan: 100, actual: 120, exceeded: { bonus: 99 } }, presets.generic, { locale: 'en-US' });
    expect(reasonOf(refused, 'PERFORMANCE_SUPERVISOR_BONUS_OUT_OF_RANGE')?.message).toBe("The supervisor's bonus CN¥99.00 is outside the range CN¥100.00–CN¥150.00: refused");
  });

  it('PAY-13: team completions on a staff member are refused with a message saying why', () => {
    expect(issuesOf(() => performancePay({ role: 'staff', plan: 1, actual: 1, teamCompletions: [0.1] }))).toEqual([
      { path: ['teamCompletions'], message: "Team completions count toward a supervisor's pay only (PAY-13)", code: 'not_applicable' },
    ]);
  });
});

describe('commission: the claw-back reasons (PAY-16)', () => {
  it('PAY-16: the claw-back reason names the net sales, the rate and the amount', () => {
    const decision = commission({ role: 'staff', orders: [{ amount: '1000.00' }], returns: [{ amount: '3000.00' }], target: '100000.00' });
    expect(reasonOf(decision, 'COMMISSION_CLAWBACK')?.params).toEqual({ netSales: cny('-2000.00'), rate: '0.005', ratePercent: '0.5%', amount: cny('-10.00') });
  });

  it('PAY-16: with claw-back off, the reason names the negative net sales', () => {
    const decision = commission({ role: 'staff', orders: [], returns: [{ amount: '3000.00' }], target: '100000.00' }, defineCommissionPolicy({ commission: { clawback: false } }), { locale: 'en-US' });
    expect(reasonOf(decision, 'COMMISSION_NO_CLAWBACK')).toMatchObject({
      params: { netSales: cny('-3000.00') },
      message: 'Net sales -CN¥3,000.00 are negative; the policy claws nothing back: no commission',
    });
  });
});

describe('payStatement: the reasons and the lines (PAY-8..15)', () => {
  it('PAY-10: a plain statement says the base, the performance pay and the net — and nothing about penalties or the team', () => {
    const statement = payStatement(supervisor());
    expect(codes(statement)).toEqual(['STATEMENT_BASE', 'PERFORMANCE_DEPARTMENT_PRORATED', 'STATEMENT_NET']);
    expect(reasonOf(statement, 'STATEMENT_BASE')?.params).toEqual({ role: 'supervisor', base: cny('3500.00') });
    expect(reasonOf(statement, 'STATEMENT_NET')?.params).toEqual({ gross: cny('4000.00'), deductions: cny('0.00'), net: cny('4000.00') });
    expect(payStatement(supervisor({ penalties: [] })).lines.map((line) => line.kind)).toEqual(['base', 'performance']);
  });

  it('PAY-12, PAY-15: the bonus and the full-attendance bonus are earnings, with their reason', () => {
    const policy = defineCommissionPolicy({ fullAttendanceBonus: '100.00' });
    const statement = payStatement(supervisor({ performance: { plan: 100, actual: 120, exceeded: { bonus: 120 } }, attendance: { absenteeismDays: 0, fullAttendance: true } }), policy);
    expect(statement.lines.map((line) => [line.kind, line.side, line.amount.amount, line.clause])).toEqual([
      ['base', 'earning', '3500.00', 'PAY-10'],
      ['performance', 'earning', '500.00', 'PAY-13'],
      ['bonus', 'earning', '120.00', 'PAY-13'],
      ['full_attendance', 'earning', '100.00', 'PAY-15'],
    ]);
    expect(reasonOf(statement, 'STATEMENT_FULL_ATTENDANCE_BONUS')).toMatchObject({ clause: 'PAY-15', params: { bonus: cny('100.00') } });
    expect(statement.gross).toEqual(cny('4220.00'));
  });

  it('PAY-9: a penalty without a reason has the plain label; every penalty and limit line is a deduction', () => {
    // Two penalties of 500 and 400 on a 4000 wage: 900 > 20% (800), reduced by 100.
    const statement = payStatement(supervisor({ penalties: [{ amount: 500 }, { amount: 400, reason: '损坏样品' }] }), presets.generic, { locale: 'en-US' });
    expect(statement.lines.slice(2).map((line) => [line.kind, line.side, line.label, line.amount.amount])).toEqual([
      ['penalty', 'deduction', 'Penalty or compensation', '500.00'],
      ['penalty', 'deduction', 'Penalty or compensation: 损坏样品', '400.00'],
      ['deduction_cap', 'deduction', "Reduced to the cap (20% of the month's wage)", '-100.00'],
    ]);
    expect(reasonOf(statement, 'STATEMENT_PENALTIES')?.params).toEqual({ count: 2, total: cny('900.00') });
    // The minimum-wage line is a deduction too: a staff gross of 2500 leaves no room for a penalty.
    const floor = payStatement({ employee: { id: 'E', role: 'staff' }, month: '2026-03', performance: { plan: 1, actual: 1 }, penalties: [{ amount: 50 }] });
    expect(floor.lines.at(-1)).toMatchObject({ kind: 'minimum_wage_floor', side: 'deduction', amount: cny('-50.00') });
  });

  it('PAY-8: an absenteeism deduction of exactly the base is not limited; absence that leaves the net above the minimum wage has no note', () => {
    // 3500 ÷ 21.75 × 21.75 = 3500.00: the whole base, not more.
    const whole = payStatement(supervisor({ attendance: { absenteeismDays: 21.75, fullAttendance: false } }));
    expect(whole.lines.find((line) => line.kind === 'absenteeism')?.amount).toEqual(cny('3500.00'));
    expect(codes(whole)).not.toContain('STATEMENT_ABSENTEEISM_LIMITED');
    // 5 days: 804.60; net 3195.40 is above 2740: no note on the minimum wage.
    const five = payStatement(supervisor({ attendance: { absenteeismDays: 5, fullAttendance: false } }));
    expect(codes(five)).toEqual(['STATEMENT_BASE', 'PERFORMANCE_DEPARTMENT_PRORATED', 'STATEMENT_ABSENTEEISM', 'STATEMENT_NET']);
  });

  it('PAY-15: full attendance with days of absenteeism is refused with a message saying why', () => {
    expect(issuesOf(() => payStatement(supervisor({ attendance: { absenteeismDays: 0.5, fullAttendance: true } })))).toEqual([
      { path: ['attendance', 'fullAttendance'], message: 'Full attendance cannot have days of absenteeism', code: 'invalid_attendance' },
    ]);
  });
});
