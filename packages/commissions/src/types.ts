import type { Decision, DeepReadonly, Money } from '@zhidu/core';
import type * as z from 'zod/mini';
import type { CommissionInputSchemas, commissionPolicySchema, commissionRoleSchema, commissionTierSchema } from './schema.js';

/**
 * A position: `'staff'` (promoter), `'customer_service'` or `'supervisor'`.
 *
 * @example
 * const role: CommissionRole = 'customer_service';
 */
export type CommissionRole = z.output<typeof commissionRoleSchema>;

/**
 * The input of {@link performancePay}.
 *
 * @example
 * const input: PerformancePayInput = { role: 'supervisor', plan: 200, actual: 240, teamCompletions: [0.25, '0.6'], exceeded: { bonus: 120 } };
 */
export type PerformancePayInput = DeepReadonly<z.input<CommissionInputSchemas['performancePay']>>;
/**
 * The input of {@link commission}.
 *
 * @example
 * const input: CommissionInput = { role: 'staff', orders: [{ amount: '60000.00' }], returns: [{ amount: 500 }], target: '50000.00' };
 */
export type CommissionInput = DeepReadonly<z.input<CommissionInputSchemas['commission']>>;
/**
 * The input of {@link payStatement}.
 *
 * @example
 * const input: PayStatementInput = { employee: { id: 'E-7', role: 'staff' }, month: '2026-03', performance: { plan: 100, actual: 80 } };
 */
export type PayStatementInput = DeepReadonly<z.input<CommissionInputSchemas['payStatement']>>;

/**
 * One step of a commission table.
 *
 * @example
 * presets.generic.commission.tiers.staff[1]
 * //=> { from: '0.5', rate: '0.005' }
 */
export type CommissionTier = DeepReadonly<z.output<typeof commissionTierSchema>>;

/**
 * The pay policy as overrides are written against it.
 *
 * @example
 * const overrides: PolicyOverrides<CommissionPolicyInput> = { minimumWage: '2520.00' };
 */
export type CommissionPolicyInput = z.input<typeof commissionPolicySchema>;
/**
 * A complete, validated pay policy.
 *
 * @example
 * const policy: CommissionPolicy = defineCommissionPolicy({ fullAttendanceBonus: '100.00' });
 */
export type CommissionPolicy = DeepReadonly<z.output<typeof commissionPolicySchema>>;

/**
 * The month's performance pay (PAY-11..14).
 *
 * @example
 * performancePay({ role: 'staff', plan: 10000, actual: 3000 }).pay
 * //=> { amount: '150.00', currency: 'CNY' }
 */
export type PerformancePayDecision = Decision<{
  /** What is paid: `pay − deductions + bonus`, never below zero. */
  readonly amount: Money;
  /** actual ÷ plan, truncated to 4 decimal places (`'0.2999'`); the rules use the exact ratio. */
  readonly completion: string;
  /** The performance pay before deductions and bonus: 0 below the threshold, else min(completion, 1) × full (PAY-11, PAY-13), or full on an override (PAY-14). */
  readonly pay: Money;
  /** The supervisor's deductions for team members below the threshold, never more than `pay` (PAY-13). */
  readonly deductions: Money;
  /** The over-completion bonus granted, or zero (PAY-12, PAY-13). */
  readonly bonus: Money;
}>;

/**
 * The month's commission (PAY-16, PAY-17).
 *
 * @example
 * commission({ role: 'staff', orders: [{ amount: 50000 }], returns: [], target: 100000 }).rate
 * //=> '0.005'
 */
export type CommissionDecision = Decision<{
  /** Σ orders − Σ returns; negative when returns of earlier months outweigh the month's orders. */
  readonly netSales: Money;
  /** net sales ÷ target, truncated to 4 decimal places; the table is read with the exact ratio. */
  readonly completion: string;
  /** The rate applied, as a decimal string (`'0.015'`). */
  readonly rate: string;
  /** net sales × rate, rounded half-up to the cent; negative on a claw-back. */
  readonly amount: Money;
}>;

/**
 * What a line of a pay statement is. Earnings add up to `gross`, deductions to `deductions`.
 *
 * @example
 * payStatement({ employee: { id: 'E', role: 'staff' }, month: '2026-03', performance: { plan: 1, actual: 1 } }).lines.map((line) => line.kind)
 * //=> ['base', 'performance']
 */
export type PayLineKind =
  | 'base'
  | 'performance'
  | 'bonus'
  | 'commission'
  | 'full_attendance'
  | 'absenteeism'
  | 'penalty'
  | 'deduction_cap'
  | 'minimum_wage_floor';

/**
 * One line of a pay statement.
 *
 * @example
 * payStatement({ employee: { id: 'E', role: 'staff' }, month: '2026-03', performance: { plan: 1, actual: 1 } }).lines[0]
 * //=> { kind: 'base', side: 'earning', label: '固定底薪', amount: { amount: '2000.00', currency: 'CNY' }, clause: 'PAY-10' }
 */
export interface PayLine {
  /** What the line is. */
  readonly kind: PayLineKind;
  /** Whether it counts toward `gross` or toward `deductions`. */
  readonly side: 'earning' | 'deduction';
  /** The line's name in the context's locale. */
  readonly label: string;
  /** The exact amount: an earning (a claw-back is a negative commission) or a deduction (a limit's reduction is negative). */
  readonly amount: Money;
  /** The catalog clause the line applies. */
  readonly clause: string;
}

/**
 * A month's pay statement (PAY-8..17).
 *
 * @example
 * payStatement({ employee: { id: 'E', role: 'supervisor' }, month: '2026-03', performance: { plan: 1, actual: 1 } }).net
 * //=> { amount: '4000.00', currency: 'CNY' }
 */
export type PayStatement = Decision<{
  readonly employeeId: string;
  readonly month: string;
  /** Earnings first (base, performance, bonus, commission, full attendance), then deductions. */
  readonly lines: readonly PayLine[];
  /** The sum of the earning lines. */
  readonly gross: Money;
  /** The sum of the deduction lines, after the legal limits. */
  readonly deductions: Money;
  /** gross − deductions, exactly. */
  readonly net: Money;
}>;
