import {
  collectIssues,
  createReason,
  currencyMinorUnit,
  Decimal,
  fromDecimal,
  parseInput,
  PolicyInputError,
  readDecimal,
  renderMessage,
  resolveContext,
  type Context,
  type Locale,
  type Money,
  type PolicyIssue,
  type Reason,
  type ReasonParams,
} from '@zhidu/core';
import type * as z from 'zod/mini';
import { commissionPolicy } from './commissionPolicy.js';
import { commissionMessages } from './messages.js';
import { payLineLabels } from './payLineLabels.js';
import { commissionInputSchemas, type CommissionInputSchemas } from './schema.js';
import type {
  CommissionDecision,
  CommissionInput,
  CommissionPolicy,
  CommissionRole,
  PayLine,
  PayLineKind,
  PayStatement,
  PayStatementInput,
  PerformancePayDecision,
  PerformancePayInput,
} from './types.js';

/**
 * The pay rules compiled for one policy.
 *
 * @example
 * const calculator: CommissionCalculator = createCommissionCalculator(presets.generic);
 */
export interface CommissionCalculator {
  /** The validated policy. */
  readonly policy: CommissionPolicy;
  /** The month's performance pay (see {@link performancePay}). */
  performancePay(input: PerformancePayInput, context?: Context): PerformancePayDecision;
  /** The month's commission (see {@link commission}). */
  commission(input: CommissionInput, context?: Context): CommissionDecision;
  /** The month's pay statement (see {@link payStatement}). */
  payStatement(input: PayStatementInput, context?: Context): PayStatement;
}

type Code = keyof typeof commissionMessages;
type PerformanceFields = Omit<z.output<CommissionInputSchemas['performancePay']>, 'role'>;
type SalesFields = Omit<z.output<CommissionInputSchemas['commission']>, 'role'>;
type Say = (code: Code, params?: ReasonParams) => void;
interface Tier {
  readonly from: Decimal;
  readonly rate: Decimal;
}

const perRole = <T>(make: (role: CommissionRole) => T): Readonly<Record<CommissionRole, T>> => ({
  staff: make('staff'),
  customer_service: make('customer_service'),
  supervisor: make('supervisor'),
});
const ZERO = new Decimal(0);
const ONE = new Decimal(1);

const dec = (value: string | number): Decimal => readDecimal(value) ?? ZERO;
const nonZero = (value: Decimal): Decimal => (value.isZero() ? ZERO : value);
/** A ratio truncated to 4 decimal places, as the decisions report it (`'0.2999'`). */
const ratio4 = (value: Decimal): string => nonZero(value.toDecimalPlaces(4, Decimal.ROUND_DOWN)).toFixed(4);
/** A completion as a percentage truncated to 2 decimal places (`'29.99%'`), matching {@link ratio4}. */
const percent = (value: Decimal): string => `${nonZero(value.times(100).toDecimalPlaces(2, Decimal.ROUND_DOWN)).toFixed()}%`;
/** A policy number (a threshold, a rate) as an exact percentage (`'1.5%'`). */
const exactPercent = (value: Decimal): string => `${value.times(100).toFixed()}%`;
const sum = (values: readonly Decimal[]): Decimal => values.reduce((total, value) => total.plus(value), ZERO);

const compiled = new WeakMap<CommissionPolicy, CommissionCalculator>();

function performanceIssues(fields: PerformanceFields, role: CommissionRole, path: readonly (string | number)[]): PolicyIssue[] {
  if (role !== 'supervisor' && fields.teamCompletions !== undefined && fields.teamCompletions.length > 0) {
    return [{ path: [...path, 'teamCompletions'], message: "Team completions count toward a supervisor's pay only (PAY-13)", code: 'not_applicable' }];
  }
  return [];
}

/**
 * Compiles the pay rules for a policy: the policy is validated once, and the calculator computes
 * any number of performance pays, commissions and pay statements without doing it again.
 *
 * @param policy - the pay policy
 * @returns the calculator: `{ policy, performancePay, commission, payStatement }`
 * @throws {@link @zhidu/core!PolicyConfigError} when the policy is invalid
 * @example
 * const pay = createCommissionCalculator(presets.douyinShop);
 * pay.commission({ role: 'staff', orders: [{ amount: '60000.00' }], returns: [{ amount: '5000.00' }], target: '50000.00' }, { locale: 'en-US' }).amount
 * //=> { amount: '825.00', currency: 'CNY' }
 */
export function createCommissionCalculator(policy: CommissionPolicy): CommissionCalculator {
  const valid = commissionPolicy.check(policy);
  const existing = compiled.get(valid);
  if (existing !== undefined) return existing;

  const currency = valid.store.currency;
  const scale = currencyMinorUnit(currency) ?? 2;
  const schemas = commissionInputSchemas(currency);
  const m = (value: Decimal): Money => fromDecimal(value, currency);
  const cents = (value: Decimal): Decimal => value.toDecimalPlaces(scale, Decimal.ROUND_HALF_UP);

  const performance = valid.performance;
  const full = dec(performance.full);
  const threshold = dec(performance.threshold);
  const teamThreshold = dec(performance.teamThreshold);
  const teamDeduction = dec(performance.teamDeduction);
  const bonusRanges = {
    staff: { min: dec(performance.bonus.staff.min), max: dec(performance.bonus.staff.max) },
    supervisor: { min: dec(performance.bonus.supervisor.min), max: dec(performance.bonus.supervisor.max) },
  };
  const bases = perRole((role) => dec(valid.base[role]));
  const tiers = perRole((role): readonly Tier[] => valid.commission.tiers[role].map((tier) => ({ from: dec(tier.from), rate: dec(tier.rate) })));
  const clawbackRates = perRole((role) => {
    const configured = valid.commission.clawbackRate;
    if (configured !== null) return dec(configured);
    const positive = tiers[role].map((tier) => tier.rate).filter((rate) => rate.greaterThan(0));
    return positive.length === 0 ? ZERO : Decimal.min(...positive);
  });
  const daysPerMonth = dec(valid.daysPerMonth);
  const fullAttendanceBonus = dec(valid.fullAttendanceBonus);
  const capRate = valid.deductionCapRate === null ? null : dec(valid.deductionCapRate);
  const minimumWage = valid.minimumWage === null ? null : dec(valid.minimumWage);

  const speaker = (locale: Locale): [Reason[], Say] => {
    const reasons: Reason[] = [];
    return [reasons, (code, params) => reasons.push(createReason(commissionMessages, code, params, locale))];
  };

  // PAY-11..14: performance pay, from the parsed fields.
  const computePerformance = (role: CommissionRole, fields: PerformanceFields, say: Say) => {
    const supervisor = role === 'supervisor';
    const plan = dec(fields.plan);
    const actual = dec(fields.actual);
    const completion = actual.div(plan);
    const shown = { plan: plan.toFixed(), actual: actual.toFixed(), completion: ratio4(completion), completionPercent: percent(completion) };
    const gate = { ...shown, threshold: threshold.toFixed(), thresholdPercent: exactPercent(threshold) };

    let pay: Decimal;
    if (fields.override !== undefined) {
      pay = full;
      say('PERFORMANCE_OVERRIDE', { ...shown, full: m(full), by: fields.override.by, reason: fields.override.reason });
    } else if (completion.lessThan(threshold)) {
      pay = ZERO;
      say(supervisor ? 'PERFORMANCE_DEPARTMENT_BELOW_THRESHOLD' : 'PERFORMANCE_BELOW_THRESHOLD', gate);
    } else {
      const ratio = Decimal.min(completion, ONE);
      pay = cents(ratio.times(full));
      say(supervisor ? 'PERFORMANCE_DEPARTMENT_PRORATED' : 'PERFORMANCE_PRORATED', {
        ...gate,
        ratio: ratio.toFixed(),
        ratioPercent: percent(ratio),
        full: m(full),
        pay: m(pay),
      });
    }

    // PAY-13: the supervisor answers for each team member below the threshold.
    let deductions = ZERO;
    const team = fields.teamCompletions ?? [];
    if (supervisor && team.length > 0) {
      const count = team.filter((value) => dec(value).lessThan(teamThreshold)).length;
      const due = teamDeduction.times(count);
      const teamParams = { count, members: team.length, perMember: m(teamDeduction), due: m(due), thresholdPercent: exactPercent(teamThreshold) };
      if (count === 0) say('PERFORMANCE_TEAM_NO_DEDUCTION', teamParams);
      else if (fields.override !== undefined) say('PERFORMANCE_OVERRIDE_NO_DEDUCTION', teamParams);
      else {
        say('PERFORMANCE_TEAM_DEDUCTION', teamParams);
        deductions = Decimal.min(due, pay);
        if (due.greaterThan(pay)) say('PERFORMANCE_DEDUCTION_LIMITED', { due: m(due), deduction: m(deductions), pay: m(pay) });
      }
    }

    // PAY-12 (staff, customer service) and PAY-13 (supervisor): the over-completion bonus.
    let bonus = ZERO;
    if (fields.exceeded !== undefined) {
      const proposed = dec(fields.exceeded.bonus);
      const range = supervisor ? bonusRanges.supervisor : bonusRanges.staff;
      const params = { ...shown, bonus: m(proposed), min: m(range.min), max: m(range.max) };
      if (!completion.greaterThan(ONE)) say(supervisor ? 'PERFORMANCE_SUPERVISOR_BONUS_NOT_EXCEEDED' : 'PERFORMANCE_BONUS_NOT_EXCEEDED', params);
      else if (proposed.lessThan(range.min) || proposed.greaterThan(range.max)) {
        say(supervisor ? 'PERFORMANCE_SUPERVISOR_BONUS_OUT_OF_RANGE' : 'PERFORMANCE_BONUS_OUT_OF_RANGE', params);
      } else {
        bonus = proposed;
        say(supervisor ? 'PERFORMANCE_SUPERVISOR_BONUS_GRANTED' : 'PERFORMANCE_BONUS_GRANTED', params);
      }
    }
    return { completion, pay, deductions, bonus, overridden: fields.override !== undefined };
  };

  // PAY-16, PAY-17: commission on net sales, from the parsed fields.
  const computeCommission = (role: CommissionRole, fields: SalesFields, say: Say) => {
    const orders = sum(fields.orders.map((line) => dec(line.amount)));
    const returns = sum(fields.returns.map((line) => dec(line.amount)));
    const net = orders.minus(returns);
    const target = dec(fields.target);
    const completion = net.div(target);
    say('COMMISSION_NET_SALES', {
      netSales: m(net),
      orders: m(orders),
      orderCount: fields.orders.length,
      returns: m(returns),
      returnCount: fields.returns.length,
    });
    let rate: Decimal;
    if (net.isNegative() && !net.isZero()) {
      if (valid.commission.clawback) {
        rate = clawbackRates[role];
        say('COMMISSION_CLAWBACK', { netSales: m(net), rate: rate.toFixed(), ratePercent: exactPercent(rate), amount: m(cents(net.times(rate))) });
      } else {
        rate = ZERO;
        say('COMMISSION_NO_CLAWBACK', { netSales: m(net) });
      }
    } else {
      const table = tiers[role];
      // Stryker disable next-line LogicalOperator,ObjectLiteral: unreachable fallback — a table has at least one tier and its first starts at 0 (commissionTiersSchema), and this branch's completion is ≥ 0, so the loop below always picks a tier of the table
      let tier = table[0] ?? { from: ZERO, rate: ZERO };
      for (const step of table) if (completion.greaterThanOrEqualTo(step.from)) tier = step;
      rate = tier.rate;
      say(role === 'customer_service' ? 'COMMISSION_CUSTOMER_SERVICE_TIER' : 'COMMISSION_TIER', {
        role,
        target: m(target),
        completion: ratio4(completion),
        completionPercent: percent(completion),
        from: tier.from.toFixed(),
        fromPercent: exactPercent(tier.from),
        rate: rate.toFixed(),
        ratePercent: exactPercent(rate),
        netSales: m(net),
        amount: m(cents(net.times(rate))),
      });
    }
    return { net, completion, rate, amount: cents(net.times(rate)) };
  };

  const performancePay = (input: PerformancePayInput, context?: Context): PerformancePayDecision => {
    const issues: PolicyIssue[] = [];
    const parsed = collectIssues(issues, () => parseInput(schemas.performancePay, input));
    const resolved = collectIssues(issues, () => resolveContext(context, valid.store));
    if (parsed !== undefined) issues.push(...performanceIssues(parsed, parsed.role, []));
    if (issues.length > 0 || parsed === undefined || resolved === undefined) throw new PolicyInputError(issues);
    const [reasons, say] = speaker(resolved.locale);
    const result = computePerformance(parsed.role, parsed, say);
    return {
      amount: m(result.pay.minus(result.deductions).plus(result.bonus)),
      completion: ratio4(result.completion),
      pay: m(result.pay),
      deductions: m(result.deductions),
      bonus: m(result.bonus),
      reasons,
    };
  };

  const commission = (input: CommissionInput, context?: Context): CommissionDecision => {
    const issues: PolicyIssue[] = [];
    const parsed = collectIssues(issues, () => parseInput(schemas.commission, input));
    const resolved = collectIssues(issues, () => resolveContext(context, valid.store));
    if (issues.length > 0 || parsed === undefined || resolved === undefined) throw new PolicyInputError(issues);
    const [reasons, say] = speaker(resolved.locale);
    const result = computeCommission(parsed.role, parsed, say);
    return { netSales: m(result.net), completion: ratio4(result.completion), rate: result.rate.toFixed(), amount: m(result.amount), reasons };
  };

  const payStatement = (input: PayStatementInput, context?: Context): PayStatement => {
    const issues: PolicyIssue[] = [];
    const parsed = collectIssues(issues, () => parseInput(schemas.payStatement, input));
    const resolved = collectIssues(issues, () => resolveContext(context, valid.store));
    if (parsed !== undefined) {
      issues.push(...performanceIssues(parsed.performance, parsed.employee.role, ['performance']));
      if (parsed.attendance?.fullAttendance === true && parsed.attendance.absenteeismDays > 0) {
        issues.push({ path: ['attendance', 'fullAttendance'], message: 'Full attendance cannot have days of absenteeism', code: 'invalid_attendance' });
      }
    }
    if (issues.length > 0 || parsed === undefined || resolved === undefined) throw new PolicyInputError(issues);

    const { locale } = resolved;
    const [reasons, say] = speaker(locale);
    const role = parsed.employee.role;
    const supervisor = role === 'supervisor';
    const lines: PayLine[] = [];
    const add = (kind: PayLineKind, side: PayLine['side'], amount: Decimal, clause: string, label: keyof typeof payLineLabels = kind, params?: ReasonParams) => {
      lines.push({ kind, side, label: renderMessage(payLineLabels[label][locale], params, locale), amount: m(amount), clause });
      return amount;
    };

    // PAY-10: pay = fixed base + performance pay + bonus + commission.
    const standard = bases[role];
    const base = parsed.employee.base === undefined ? standard : dec(parsed.employee.base);
    if (parsed.employee.base === undefined) say('STATEMENT_BASE', { role, base: m(base) });
    else say('STATEMENT_BASE_AGREED', { role, base: m(base), standard: m(standard) });
    const earnings = [add('base', 'earning', base, 'PAY-10')];

    // PAY-11..14: the performance pay (after a supervisor's team deductions) and the bonus.
    const perf = computePerformance(role, parsed.performance, say);
    const performanceClause = perf.overridden ? 'PAY-14' : supervisor ? 'PAY-13' : 'PAY-11';
    earnings.push(add('performance', 'earning', perf.pay.minus(perf.deductions), performanceClause));
    if (perf.bonus.greaterThan(0)) earnings.push(add('bonus', 'earning', perf.bonus, supervisor ? 'PAY-13' : 'PAY-12'));

    // PAY-16, PAY-17: commission (a claw-back is a negative earning).
    if (parsed.sales !== undefined) {
      const sales = computeCommission(role, parsed.sales, say);
      const label = sales.amount.isNegative() && !sales.amount.isZero() ? 'commission_clawback' : 'commission';
      earnings.push(add('commission', 'earning', sales.amount, role === 'customer_service' ? 'PAY-17' : 'PAY-16', label));
    }

    // PAY-15: the full-attendance bonus, left out when the policy sets none.
    const days = parsed.attendance?.absenteeismDays ?? 0;
    if (parsed.attendance?.fullAttendance === true) {
      if (fullAttendanceBonus.greaterThan(0)) {
        earnings.push(add('full_attendance', 'earning', fullAttendanceBonus, 'PAY-15'));
        say('STATEMENT_FULL_ATTENDANCE_BONUS', { bonus: m(fullAttendanceBonus) });
      } else say('STATEMENT_FULL_ATTENDANCE_NO_AMOUNT');
    }
    const gross = sum(earnings);

    // PAY-8: absenteeism costs the daily wage (base ÷ 21.75) per day, never more than the base.
    const deductions: Decimal[] = [];
    let absenteeism = ZERO;
    if (days > 0) {
      const due = cents(base.div(daysPerMonth).times(days));
      absenteeism = Decimal.min(due, base);
      deductions.push(add('absenteeism', 'deduction', absenteeism, 'PAY-8', 'absenteeism', { days }));
      say('STATEMENT_ABSENTEEISM', { days, base: m(base), daysPerMonth: daysPerMonth.toFixed(), deduction: m(absenteeism) });
      if (due.greaterThan(base)) say('STATEMENT_ABSENTEEISM_LIMITED', { due: m(due), base: m(base) });
    }

    // PAY-9: penalties and compensation, within the legal limits (工资支付暂行规定 art. 16).
    const penalties = parsed.penalties ?? [];
    const wage = gross.minus(absenteeism);
    if (penalties.length > 0) {
      for (const penalty of penalties) {
        const amount = dec(penalty.amount);
        if (penalty.reason === undefined) deductions.push(add('penalty', 'deduction', amount, 'PAY-9'));
        else deductions.push(add('penalty', 'deduction', amount, 'PAY-9', 'penalty_with_reason', { reason: penalty.reason }));
      }
      const total = sum(penalties.map((penalty) => dec(penalty.amount)));
      say('STATEMENT_PENALTIES', { count: penalties.length, total: m(total) });
      if (valid.warnOnFines) say('STATEMENT_FINES_WARNING');
      let allowed = total;
      if (capRate !== null) {
        const limit = Decimal.max(ZERO, wage.times(capRate).toDecimalPlaces(scale, Decimal.ROUND_DOWN));
        if (allowed.greaterThan(limit)) {
          const reduction = allowed.minus(limit);
          deductions.push(add('deduction_cap', 'deduction', reduction.negated(), 'PAY-9', 'deduction_cap', { rate: exactPercent(capRate) }));
          say('STATEMENT_DEDUCTION_CAP', {
            total: m(total),
            wage: m(wage),
            rate: capRate.toFixed(),
            ratePercent: exactPercent(capRate),
            limit: m(limit),
            reduction: m(reduction),
          });
          allowed = limit;
        }
      }
      if (minimumWage !== null) {
        const room = Decimal.max(ZERO, wage.minus(minimumWage));
        if (allowed.greaterThan(room)) {
          const reduction = allowed.minus(room);
          deductions.push(add('minimum_wage_floor', 'deduction', reduction.negated(), 'PAY-9'));
          say('STATEMENT_MINIMUM_WAGE_FLOOR', { minimumWage: m(minimumWage), wage: m(wage), reduction: m(reduction) });
        }
      }
    }

    const deducted = sum(deductions);
    const net = gross.minus(deducted);
    if (minimumWage !== null && gross.lessThan(minimumWage)) {
      say('STATEMENT_GROSS_BELOW_MINIMUM_WAGE', { gross: m(gross), minimumWage: m(minimumWage) });
    } else if (minimumWage !== null && net.lessThan(minimumWage) && days > 0) {
      say('STATEMENT_NET_BELOW_MINIMUM_WAGE_ABSENCE', { net: m(net), minimumWage: m(minimumWage), days });
    }
    say('STATEMENT_NET', { gross: m(gross), deductions: m(deducted), net: m(net) });
    return { employeeId: parsed.employee.id, month: parsed.month, lines, gross: m(gross), deductions: m(deducted), net: m(net), reasons };
  };

  const calculator: CommissionCalculator = Object.freeze({ policy: valid, performancePay, commission, payStatement });
  compiled.set(valid, calculator);
  return calculator;
}
