import { commissionPolicy, createCommissionCalculator, type PayStatementInput } from '@zhidu/commissions';
import { reasonText, type BatchCommand } from './batchCommand.js';
import { bool, compact, list, num, text, type CsvRecord } from './csvFields.js';
import { resolvePolicy } from './loadPolicyFile.js';

const amounts = (record: CsvRecord, key: string) => list(record, key)?.map((amount) => ({ amount }));

/**
 * A pay statement's input from a CSV row. Columns: employeeId, role, base, month,
 * absenteeismDays, fullAttendance, penalties (amounts, `|`-separated), plan, actual, salesOrders
 * and salesReturns (amounts, `|`-separated), salesTarget.
 */
export function payFromCsv(record: CsvRecord): unknown {
  const absenteeismDays = num(record, 'absenteeismDays');
  const target = text(record, 'salesTarget');
  return compact({
    employee: compact({ id: text(record, 'employeeId'), role: text(record, 'role'), base: text(record, 'base') }),
    month: text(record, 'month'),
    attendance: absenteeismDays === undefined ? undefined : { absenteeismDays, fullAttendance: bool(record, 'fullAttendance') ?? false },
    penalties: amounts(record, 'penalties'),
    performance: compact({ plan: text(record, 'plan'), actual: text(record, 'actual') }),
    sales: target === undefined ? undefined : { orders: amounts(record, 'salesOrders') ?? [], returns: amounts(record, 'salesReturns') ?? [], target },
  });
}

/** `zhidu pay statement <month>`: every employee's pay statement for the month (PAY-8..17). */
export const payStatement: BatchCommand = {
  group: 'pay',
  verb: 'statement',
  description: "compute pay statements (one employee's month a row): base, performance, commission, deductions, net",
  noun: 'statements',
  columns: [
    { key: 'line', width: 6 },
    { key: 'employeeId', width: 10 },
    { key: 'month', width: 7 },
    { key: 'gross', width: 10 },
    { key: 'deductions', width: 10 },
    { key: 'net', width: 10 },
    { key: 'currency', width: 8 },
    { key: 'lines', width: 40 },
    { key: 'reasons', width: 40 },
  ],
  fromCsv: payFromCsv,
  prepare(options, context) {
    const calculator = createCommissionCalculator(resolvePolicy(commissionPolicy, 'commissions', options));
    return {
      evaluate(value, line) {
        const statement = calculator.payStatement(value as PayStatementInput, context);
        return {
          cells: {
            line,
            employeeId: statement.employeeId,
            month: statement.month,
            gross: statement.gross.amount,
            deductions: statement.deductions.amount,
            net: statement.net.amount,
            currency: statement.net.currency,
            lines: statement.lines.map((payLine) => `${payLine.label} ${payLine.amount.amount}`).join(' · '),
            reasons: reasonText(statement.reasons),
          },
          decision: statement,
        };
      },
    };
  },
};
