import type { Context } from '@zhidu/core';
import { presets } from './commissionPolicy.js';
import { createCommissionCalculator } from './createCommissionCalculator.js';
import type { CommissionPolicy, PayStatement, PayStatementInput } from './types.js';

/**
 * Draws up an employee's pay statement for a month (PAY-8..17).
 *
 * Earnings: the fixed base by position (supervisor 3,500, staff and customer service 2,000, or the
 * employee's own `base`; PAY-10), the performance pay after a supervisor's team deductions and the
 * bonus (from {@link performancePay}), the commission (from {@link commission}; a claw-back is a
 * negative line) and the full-attendance bonus (PAY-15; left out while the policy sets 0).
 * Deductions: absenteeism at base ÷ 21.75 per day (PAY-8), then each penalty or compensation
 * (PAY-9). The legal limits (PAY-9, 工资支付暂行规定 art. 16) come last: penalties and compensation
 * together at most 20% of the month's wage (gross − absenteeism), and never so much that the wage
 * left falls below the minimum wage; what goes beyond is taken off by a line of its own with a
 * reason saying how much. A gross below the minimum wage gets a warning that the employer must pay
 * at least the minimum wage. Every line is exact; gross − deductions = net.
 *
 * @param input - the employee, the month (`YYYY-MM`), attendance, penalties, performance and sales
 * @param policy - the pay policy; the generic preset by default
 * @param context - the locale of the labels and the reasons
 * @returns `{ employeeId, month, lines, gross, deductions, net, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} with the path of every bad field (a month not `YYYY-MM`, full attendance with absent days …)
 * @example
 * const statement = payStatement({
 *   employee: { id: 'E-7', role: 'staff' },
 *   month: '2026-03',
 *   attendance: { absenteeismDays: 0.5, fullAttendance: false },
 *   penalties: [{ amount: 200, reason: 'Wrong parcel shipped' }],
 *   performance: { plan: 100, actual: 80 },
 *   sales: { orders: [{ amount: '120000.00' }], returns: [{ amount: '20000.00' }], target: '100000.00' },
 * }, presets.generic, { locale: 'en-US' });
 * statement.lines.map((line) => `${line.label} ${line.amount.amount}`)
 * //=> ['Base pay 2000.00', 'Performance pay 400.00', 'Commission 1500.00', 'Absenteeism (0.5 days) 45.98', 'Penalty or compensation: Wrong parcel shipped 200.00']
 * [statement.gross.amount, statement.deductions.amount, statement.net.amount]
 * //=> ['3900.00', '245.98', '3654.02']
 */
export function payStatement(input: PayStatementInput, policy: CommissionPolicy = presets.generic, context?: Context): PayStatement {
  return createCommissionCalculator(policy).payStatement(input, context);
}
