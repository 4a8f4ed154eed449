import { createPenaltyAssessor, penaltyPolicy, type AttendanceMonth } from '@zhidu/penalties';
import { reasonText, type BatchCommand } from './batchCommand.js';
import { bool, compact, nullableText, num, text, type CsvRecord } from './csvFields.js';
import { resolvePolicy } from './loadPolicyFile.js';
import type { InputRecord } from './readRecords.js';

/** Marks a CSV record as one day of attendance, to be grouped into months. */
interface AttendanceDayRow {
  readonly csvDay: true;
  readonly employeeId: string | undefined;
  readonly month: string;
  readonly day: Record<string, unknown>;
}

const isDayRow = (value: unknown): value is AttendanceDayRow => typeof value === 'object' && value !== null && (value as { csvDay?: unknown }).csvDay === true;

/**
 * One day of attendance from a CSV row. Columns: employeeId, date, scheduled, signIn, signOut,
 * leaveApproved, leaveDays. Consecutive rows of one employee and month make one month.
 */
export function attendanceDayFromCsv(record: CsvRecord): unknown {
  const leaveDays = num(record, 'leaveDays');
  const date = text(record, 'date');
  const row: AttendanceDayRow = {
    csvDay: true,
    employeeId: text(record, 'employeeId'),
    month: date?.slice(0, 7) ?? '',
    day: compact({
      date,
      scheduled: bool(record, 'scheduled'),
      signIn: nullableText(record, 'signIn'),
      signOut: nullableText(record, 'signOut'),
      leave: leaveDays === undefined ? undefined : { approved: bool(record, 'leaveApproved') ?? false, days: leaveDays },
    }),
  };
  return row;
}

/** Groups consecutive day rows of one employee and month into months; other records pass through. */
export async function* months(records: AsyncIterable<InputRecord>): AsyncGenerator<InputRecord> {
  let open: { line: number; bytes: number; employeeId: string | undefined; month: string; days: unknown[] } | undefined;
  const close = (): InputRecord | undefined => {
    if (open === undefined) return undefined;
    const done: InputRecord = { line: open.line, ok: true, value: compact({ employeeId: open.employeeId, days: open.days }), bytes: open.bytes };
    open = undefined;
    return done;
  };
  for await (const record of records) {
    if (!record.ok || !isDayRow(record.value)) {
      const done = close();
      if (done !== undefined) yield done;
      yield record;
      continue;
    }
    const { employeeId, month, day } = record.value;
    if (open !== undefined && (open.employeeId !== employeeId || open.month !== month)) {
      const done = close();
      if (done !== undefined) yield done;
    }
    open ??= { line: record.line, bytes: record.bytes, employeeId, month, days: [] };
    open.days.push(day);
    open.bytes = record.bytes;
  }
  const done = close();
  if (done !== undefined) yield done;
}

/** `zhidu attendance assess <records>`: lateness, early leave, absenteeism and full attendance per employee and month (PAY-1..8). */
export const attendanceAssess: BatchCommand = {
  group: 'attendance',
  verb: 'assess',
  description: 'assess attendance (JSON Lines: one month a line; CSV: one day a row, grouped by employee and month)',
  noun: 'months',
  columns: [
    { key: 'line', width: 6 },
    { key: 'employeeId', width: 10 },
    { key: 'scheduledDays', width: 13 },
    { key: 'attendedDays', width: 12 },
    { key: 'halfDayAbsences', width: 15 },
    { key: 'absenteeismDays', width: 15 },
    { key: 'seriousViolation', width: 16 },
    { key: 'fullAttendance', width: 14 },
    { key: 'reasons', width: 40 },
  ],
  fromCsv: attendanceDayFromCsv,
  prepare(options, context) {
    const assessor = createPenaltyAssessor(resolvePolicy(penaltyPolicy, 'penalties', options));
    return {
      records: months,
      evaluate(value, line) {
        const result = assessor.attendance(value as AttendanceMonth, context);
        return {
          cells: {
            line,
            employeeId: result.employeeId,
            scheduledDays: result.scheduledDays,
            attendedDays: result.attendedDays,
            halfDayAbsences: result.halfDayAbsences,
            absenteeismDays: result.absenteeismDays,
            seriousViolation: result.seriousViolation,
            fullAttendance: result.fullAttendance,
            reasons: reasonText(result.reasons),
          },
          decision: result,
        };
      },
    };
  },
};
