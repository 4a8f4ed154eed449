import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { commissionPolicy, createCommissionCalculator, type PayStatementInput } from '@zhidu/commissions';
import { Decimal, formatMoney, formatPath, PolicyConfigError, type Context } from '@zhidu/core';
import { createStockClassifier, inventoryPolicy, type StockItem } from '@zhidu/inventory';
import { createPenaltyAssessor, penaltyPolicy, type AttendanceMonth } from '@zhidu/penalties';
import { createReturnEvaluator, returnPolicy, type ReturnInput } from '@zhidu/returns';
import { buildRegister, defineMatrix, matrices, type RegisterRisk, type RiskMatrix, type RiskMatrixInput } from '@zhidu/risk';
import { parseDocument } from 'yaml';
import { attendanceDayFromCsv, months } from './attendanceAssess.js';
import type { BatchCommandOptions } from './batchCommand.js';
import { CliError } from './CliError.js';
import { stockFromCsv } from './inventoryClassify.js';
import { resolvePolicy } from './loadPolicyFile.js';
import { payFromCsv } from './payStatement.js';
import type { InputRecord } from './readRecords.js';
import { returnFromCsv, returnKey } from './returnsCheck.js';
import { riskFromCsv } from './riskRegister.js';
import type { CsvRecord } from './csvFields.js';
import type { Column, OutputRow } from './writeRows.js';

/** The options of `zhidu simulate`. */
export interface SimulateOptions extends BatchCommandOptions {
  readonly data: string;
  readonly baseline?: string | undefined;
}

/** A simulation made ready for one run: compares each record under both policies and tallies. */
export interface PreparedSimulation {
  /** The policy parameters that differ, `path before → after`. */
  readonly changes: readonly string[];
  /** The changed row of a record, or `undefined` when both policies decide it alike. */
  compare(value: unknown, line: number): OutputRow | undefined;
  /** The report, in the chosen locale. */
  report(rows: number, bad: number): string;
}

/** A family that can be simulated. */
export interface SimulationFamily {
  readonly columns: readonly Column[];
  fromCsv(record: CsvRecord): unknown;
  /** Regroups the records before comparison (e.g. a month of attendance from one CSV row a day). */
  records?(records: AsyncIterable<InputRecord>): AsyncIterable<InputRecord>;
  prepare(options: SimulateOptions, context: Context): PreparedSimulation;
}

function leaves(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) leaves(item, path === '' ? key : `${path}.${key}`, out);
  } else out.set(path, JSON.stringify(value));
  return out;
}

/** The parameters two policies differ in, as `path before → after`. */
export function policyChanges(baseline: unknown, candidate: unknown): string[] {
  const before = leaves(baseline, '', new Map());
  const after = leaves(candidate, '', new Map());
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  return keys.filter((key) => before.get(key) !== after.get(key)).map((key) => `${key} ${before.get(key) ?? '—'} → ${after.get(key) ?? '—'}`);
}

const count = (value: number) => value.toLocaleString('en-US');

/** `before → after (±difference)`. */
const change = (a: number, b: number) => `${count(a)} → ${count(b)} (${b - a >= 0 ? '+' : '−'}${count(Math.abs(b - a))})`;

/** Tallies `from → to` flips. */
class Flips {
  readonly counts = new Map<string, number>();
  total = 0;
  add(from: string, to: string): void {
    if (from === to) return;
    this.total += 1;
    const key = `${from} → ${to}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  lines(): string[] {
    return [...this.counts].sort((a, b) => b[1] - a[1]).map(([key, value]) => `  ${key}: ${count(value)}`);
  }
}

/** Sums of money by currency. */
class Totals {
  readonly sums = new Map<string, Decimal>();
  add(amount: string, currency: string): void {
    this.sums.set(currency, (this.sums.get(currency) ?? new Decimal(0)).plus(amount));
  }
  get(currency: string): Decimal {
    return this.sums.get(currency) ?? new Decimal(0);
  }
}

const signed = (value: Decimal, currency: string, locale: string) => `${value.isNegative() ? '−' : '+'}${formatMoney({ amount: value.abs().toFixed(2), currency }, locale)}`;

interface Policies<P> {
  readonly baseline: P;
  readonly candidate: P;
  readonly changes: string[];
}

function policies<P>(family: { define(overrides?: never, base?: never): P }, name: string, options: SimulateOptions): Policies<P> {
  if (options.policy === undefined) throw new CliError('simulate needs --policy <candidate policy file>');
  const baseline = resolvePolicy(family, name, { policy: options.baseline, preset: options.preset });
  const candidate = resolvePolicy(family, name, { policy: options.policy, preset: options.preset });
  return { baseline, candidate, changes: policyChanges(baseline, candidate) };
}

/** `zhidu simulate returns`: what a returns policy change would have decided, request by request. */
export const simulateReturns: SimulationFamily = {
  columns: [
    { key: 'line', width: 6 },
    { key: 'order', width: 12 },
    { key: 'lineId', width: 6 },
    { key: 'baseline', width: 8 },
    { key: 'candidate', width: 9 },
    { key: 'baselineRefund', width: 14 },
    { key: 'candidateRefund', width: 15 },
    { key: 'currency', width: 8 },
  ],
  fromCsv: returnFromCsv,
  prepare(options, context) {
    const { baseline, candidate, changes } = policies(returnPolicy, 'returns', options);
    const before = createReturnEvaluator(baseline);
    const after = createReturnEvaluator(candidate);
    const flips = new Flips();
    const approvals = { before: 0, after: 0 };
    const refunded = { before: new Totals(), after: new Totals() };
    const fees = { before: new Totals(), after: new Totals() };
    let changed = 0;
    return {
      changes,
      compare(value, line) {
        const a = before.evaluate(value as ReturnInput, context);
        const b = after.evaluate(value as ReturnInput, context);
        flips.add(a.outcome, b.outcome);
        if (a.outcome === 'approve') approvals.before += 1;
        if (b.outcome === 'approve') approvals.after += 1;
        refunded.before.add(a.refund.amount, a.refund.currency);
        refunded.after.add(b.refund.amount, b.refund.currency);
        fees.before.add(a.restockingFee.amount, a.restockingFee.currency);
        fees.after.add(b.restockingFee.amount, b.restockingFee.currency);
        if (a.outcome === b.outcome && a.refund.amount === b.refund.amount && a.restockingFee.amount === b.restockingFee.amount) return undefined;
        changed += 1;
        return {
          cells: { line, ...returnKey(value), baseline: a.outcome, candidate: b.outcome, baselineRefund: a.refund.amount, candidateRefund: b.refund.amount, currency: a.refund.currency },
          decision: { baseline: a, candidate: b },
        };
      },
      report(rows, bad) {
        const zh = context.locale === 'zh-CN';
        const currencies = [...new Set([...refunded.before.sums.keys(), ...refunded.after.sums.keys()])];
        const money = (totals: Totals, currency: string) => formatMoney({ amount: totals.get(currency).toFixed(2), currency }, context.locale ?? 'en-US');
        const more = approvals.after - approvals.before;
        const refundDelta = currencies.map((currency) => {
          const delta = refunded.after.get(currency).minus(refunded.before.get(currency));
          const amount = formatMoney({ amount: delta.abs().toFixed(2), currency }, context.locale ?? 'en-US');
          if (zh) return delta.isZero() ? '退款不变' : `${delta.isNegative() ? '少' : '多'}退款 ${amount}`;
          return delta.isZero() ? 'refunds unchanged' : `${amount} ${delta.isNegative() ? 'less' : 'more'} refunded`;
        });
        const approvalText = zh
          ? more === 0 ? '批准数不变' : `${more > 0 ? '多' : '少'}批准 ${count(Math.abs(more))} 件`
          : more === 0 ? 'no change in approvals' : `${count(Math.abs(more))} ${more > 0 ? 'more' : 'fewer'} approval${Math.abs(more) === 1 ? '' : 's'}`;
        const headline = `${changes.length === 0 ? (zh ? '政策无变化' : 'no policy change') : changes.join('; ')}${zh ? '：' : ': '}${[approvalText, ...refundDelta].join(zh ? '，' : ', ')}`;
        const lines = [
          `${zh ? '请求' : 'Requests'}: ${count(rows)} (${count(bad)} ${zh ? '条有误' : 'bad'}), ${zh ? '结果变化的行' : 'rows that changed'}: ${count(changed)}`,
          `${zh ? '决定翻转' : 'Decisions that flip'}: ${count(flips.total)}`,
          ...flips.lines(),
          `${zh ? '批准' : 'Approvals'}: ${count(approvals.before)} → ${count(approvals.after)}`,
          ...currencies.map((currency) => `${zh ? '退款' : 'Refunded'}: ${money(refunded.before, currency)} → ${money(refunded.after, currency)} (${signed(refunded.after.get(currency).minus(refunded.before.get(currency)), currency, context.locale ?? 'en-US')})`),
          ...currencies
            .filter((currency) => !fees.before.get(currency).equals(fees.after.get(currency)))
            .map((currency) => `${zh ? '重新上架费' : 'Restocking fees'}: ${money(fees.before, currency)} → ${money(fees.after, currency)}`),
          headline,
        ];
        return `${lines.join('\n')}\n`;
      },
    };
  },
};

/** `zhidu simulate inventory`: what an inventory policy change would have decided, SKU by SKU. */
export const simulateInventory: SimulationFamily = {
  columns: [
    { key: 'line', width: 6 },
    { key: 'sku', width: 12 },
    { key: 'baselineLevel', width: 13 },
    { key: 'candidateLevel', width: 14 },
    { key: 'baselineReorder', width: 15 },
    { key: 'candidateReorder', width: 16 },
    { key: 'baselineSlow', width: 12 },
    { key: 'candidateSlow', width: 13 },
  ],
  fromCsv: stockFromCsv,
  prepare(options, context) {
    const { baseline, candidate, changes } = policies(inventoryPolicy, 'inventory', options);
    const before = createStockClassifier(baseline);
    const after = createStockClassifier(candidate);
    const at = { ...context, now: context.now ?? new Date() };
    const levels = new Flips();
    const reorders = { before: 0, after: 0, unitsBefore: 0, unitsAfter: 0 };
    const slow = { before: 0, after: 0 };
    const soldOut = { before: 0, after: 0 };
    let changed = 0;
    return {
      changes,
      compare(value, line) {
        const a = before.classify(value as StockItem, at);
        const b = after.classify(value as StockItem, at);
        levels.add(a.level, b.level);
        if (a.reorder.needed) reorders.before += 1;
        if (b.reorder.needed) reorders.after += 1;
        reorders.unitsBefore += a.reorder.quantity;
        reorders.unitsAfter += b.reorder.quantity;
        if (a.slowMoving) slow.before += 1;
        if (b.slowMoving) slow.after += 1;
        if (a.markSoldOut) soldOut.before += 1;
        if (b.markSoldOut) soldOut.after += 1;
        if (a.level === b.level && a.reorder.quantity === b.reorder.quantity && a.slowMoving === b.slowMoving && a.markSoldOut === b.markSoldOut) return undefined;
        changed += 1;
        return {
          cells: {
            line,
            sku: a.sku,
            baselineLevel: a.level,
            candidateLevel: b.level,
            baselineReorder: a.reorder.quantity,
            candidateReorder: b.reorder.quantity,
            baselineSlow: a.slowMoving,
            candidateSlow: b.slowMoving,
          },
          decision: { baseline: a, candidate: b },
        };
      },
      report(rows, bad) {
        const zh = context.locale === 'zh-CN';
        const delta = change;
        const moreReorders = reorders.after - reorders.before;
        const units = reorders.unitsAfter - reorders.unitsBefore;
        const headline = zh
          ? `${changes.join('; ') || '政策无变化'}：补货 SKU ${moreReorders >= 0 ? '多' : '少'} ${count(Math.abs(moreReorders))} 个，补货量${units >= 0 ? '多' : '少'} ${count(Math.abs(units))} 件`
          : `${changes.join('; ') || 'no policy change'}: ${count(Math.abs(moreReorders))} ${moreReorders >= 0 ? 'more' : 'fewer'} SKUs to reorder, ${count(Math.abs(units))} ${units >= 0 ? 'more' : 'fewer'} units ordered`;
        const lines = [
          `${zh ? 'SKU' : 'SKUs'}: ${count(rows)} (${count(bad)} ${zh ? '条有误' : 'bad'}), ${zh ? '结果变化的行' : 'rows that changed'}: ${count(changed)}`,
          `${zh ? '库存等级翻转' : 'Levels that flip'}: ${count(levels.total)}`,
          ...levels.lines(),
          `${zh ? '需补货' : 'To reorder'}: ${delta(reorders.before, reorders.after)}`,
          `${zh ? '补货量' : 'Units to order'}: ${delta(reorders.unitsBefore, reorders.unitsAfter)}`,
          `${zh ? '滞销' : 'Slow-moving'}: ${delta(slow.before, slow.after)}`,
          `${zh ? '标记售罄' : 'Marked sold out'}: ${delta(soldOut.before, soldOut.after)}`,
          headline,
        ];
        return `${lines.join('\n')}\n`;
      },
    };
  },
};

const yesNo = (value: boolean, zh: boolean) => (zh ? (value ? '是' : '否') : value ? 'yes' : 'no');
const plural = (n: number, one: string, many: string) => (Math.abs(n) === 1 ? one : many);

/** `zhidu simulate attendance`: what a penalties policy change would have decided, employee-month by employee-month. */
export const simulateAttendance: SimulationFamily = {
  columns: [
    { key: 'line', width: 6 },
    { key: 'employeeId', width: 10 },
    { key: 'month', width: 7 },
    { key: 'baselineHalfDays', width: 16 },
    { key: 'candidateHalfDays', width: 17 },
    { key: 'baselineSerious', width: 15 },
    { key: 'candidateSerious', width: 16 },
    { key: 'baselineFull', width: 12 },
    { key: 'candidateFull', width: 13 },
  ],
  fromCsv: attendanceDayFromCsv,
  records: months,
  prepare(options, context) {
    const { baseline, candidate, changes } = policies(penaltyPolicy, 'penalties', options);
    const before = createPenaltyAssessor(baseline);
    const after = createPenaltyAssessor(candidate);
    const zh = context.locale === 'zh-CN';
    const serious = new Flips();
    const full = new Flips();
    const halfDays = { before: 0, after: 0 };
    const days = { before: new Decimal(0), after: new Decimal(0) };
    const seriousCount = { before: 0, after: 0 };
    const fullCount = { before: 0, after: 0 };
    let changed = 0;
    return {
      changes,
      compare(value, line) {
        const a = before.attendance(value as AttendanceMonth, context);
        const b = after.attendance(value as AttendanceMonth, context);
        serious.add(yesNo(a.seriousViolation, zh), yesNo(b.seriousViolation, zh));
        full.add(yesNo(a.fullAttendance, zh), yesNo(b.fullAttendance, zh));
        halfDays.before += a.halfDayAbsences;
        halfDays.after += b.halfDayAbsences;
        days.before = days.before.plus(a.absenteeismDays);
        days.after = days.after.plus(b.absenteeismDays);
        if (a.seriousViolation) seriousCount.before += 1;
        if (b.seriousViolation) seriousCount.after += 1;
        if (a.fullAttendance) fullCount.before += 1;
        if (b.fullAttendance) fullCount.after += 1;
        if (a.halfDayAbsences === b.halfDayAbsences && a.seriousViolation === b.seriousViolation && a.fullAttendance === b.fullAttendance) return undefined;
        changed += 1;
        return {
          cells: {
            line,
            employeeId: a.employeeId,
            month: a.days[0]?.date.slice(0, 7) ?? null,
            baselineHalfDays: a.halfDayAbsences,
            candidateHalfDays: b.halfDayAbsences,
            baselineSerious: a.seriousViolation,
            candidateSerious: b.seriousViolation,
            baselineFull: a.fullAttendance,
            candidateFull: b.fullAttendance,
          },
          decision: { baseline: a, candidate: b },
        };
      },
      report(rows, bad) {
        const moreHalfDays = halfDays.after - halfDays.before;
        const moreSerious = seriousCount.after - seriousCount.before;
        const moreFull = fullCount.after - fullCount.before;
        const m = (n: number) => count(Math.abs(n));
        const parts = zh
          ? [
              moreHalfDays === 0 ? '旷工半天数不变' : `旷工${moreHalfDays > 0 ? '多' : '少'} ${m(moreHalfDays)} 个半天`,
              moreSerious === 0 ? '严重违纪不变' : `严重违纪${moreSerious > 0 ? '多' : '少'} ${m(moreSerious)} 人次`,
              moreFull === 0 ? '全勤不变' : `全勤${moreFull > 0 ? '多' : '少'} ${m(moreFull)} 人次`,
            ]
          : [
              moreHalfDays === 0 ? 'absenteeism unchanged' : `${m(moreHalfDays)} ${moreHalfDays > 0 ? 'more' : 'fewer'} half ${plural(moreHalfDays, 'day', 'days')} of absenteeism`,
              moreSerious === 0 ? 'no change in serious violations' : `${m(moreSerious)} ${moreSerious > 0 ? 'more' : 'fewer'} serious ${plural(moreSerious, 'violation', 'violations')}`,
              moreFull === 0 ? 'no change in full attendance' : `${m(moreFull)} ${moreFull > 0 ? 'more' : 'fewer'} ${plural(moreFull, 'month', 'months')} of full attendance`,
            ];
        const headline = `${changes.length === 0 ? (zh ? '政策无变化' : 'no policy change') : changes.join('; ')}${zh ? '：' : ': '}${parts.join(zh ? '，' : ', ')}`;
        const dayDelta = days.after.minus(days.before);
        const lines = [
          `${zh ? '员工月' : 'Employee-months'}: ${count(rows)} (${count(bad)} ${zh ? '条有误' : 'bad'}), ${zh ? '结果变化的行' : 'rows that changed'}: ${count(changed)}`,
          `${zh ? '旷工半天' : 'Half days of absenteeism'}: ${change(halfDays.before, halfDays.after)}`,
          `${zh ? '旷工天数' : 'Days of absenteeism'}: ${days.before.toString()} → ${days.after.toString()} (${dayDelta.isNegative() ? '−' : '+'}${dayDelta.abs().toString()})`,
          `${zh ? '严重违纪' : 'Serious violations'}: ${change(seriousCount.before, seriousCount.after)}`,
          ...serious.lines(),
          `${zh ? '全勤' : 'Full attendance'}: ${change(fullCount.before, fullCount.after)}`,
          ...full.lines(),
          headline,
        ];
        return `${lines.join('\n')}\n`;
      },
    };
  },
};

/** `zhidu simulate pay`: what a commissions policy change would have paid, statement by statement. */
export const simulatePay: SimulationFamily = {
  columns: [
    { key: 'line', width: 6 },
    { key: 'employeeId', width: 10 },
    { key: 'month', width: 7 },
    { key: 'baselineNet', width: 11 },
    { key: 'candidateNet', width: 12 },
    { key: 'netDelta', width: 10 },
    { key: 'currency', width: 8 },
  ],
  fromCsv: payFromCsv,
  prepare(options, context) {
    const { baseline, candidate, changes } = policies(commissionPolicy, 'commissions', options);
    const before = createCommissionCalculator(baseline);
    const after = createCommissionCalculator(candidate);
    const gross = { before: new Totals(), after: new Totals() };
    const deductions = { before: new Totals(), after: new Totals() };
    const net = { before: new Totals(), after: new Totals() };
    const moves = { up: 0, down: 0 };
    let changed = 0;
    return {
      changes,
      compare(value, line) {
        const a = before.payStatement(value as PayStatementInput, context);
        const b = after.payStatement(value as PayStatementInput, context);
        gross.before.add(a.gross.amount, a.gross.currency);
        gross.after.add(b.gross.amount, b.gross.currency);
        deductions.before.add(a.deductions.amount, a.deductions.currency);
        deductions.after.add(b.deductions.amount, b.deductions.currency);
        net.before.add(a.net.amount, a.net.currency);
        net.after.add(b.net.amount, b.net.currency);
        const delta = new Decimal(b.net.amount).minus(a.net.amount);
        if (delta.isPositive() && !delta.isZero()) moves.up += 1;
        if (delta.isNegative()) moves.down += 1;
        if (delta.isZero() && a.gross.amount === b.gross.amount && a.deductions.amount === b.deductions.amount) return undefined;
        changed += 1;
        return {
          cells: { line, employeeId: a.employeeId, month: a.month, baselineNet: a.net.amount, candidateNet: b.net.amount, netDelta: delta.toFixed(2), currency: a.net.currency },
          decision: { baseline: a, candidate: b },
        };
      },
      report(rows, bad) {
        const zh = context.locale === 'zh-CN';
        const locale = context.locale ?? 'en-US';
        const currencies = [...new Set([...net.before.sums.keys(), ...net.after.sums.keys()])];
        const money = (totals: Totals, currency: string) => formatMoney({ amount: totals.get(currency).toFixed(2), currency }, locale);
        const moved = (label: string, totals: { before: Totals; after: Totals }, currency: string) =>
          `${label}: ${money(totals.before, currency)} → ${money(totals.after, currency)} (${signed(totals.after.get(currency).minus(totals.before.get(currency)), currency, locale)})`;
        const netDelta = currencies.map((currency) => {
          const delta = net.after.get(currency).minus(net.before.get(currency));
          const amount = formatMoney({ amount: delta.abs().toFixed(2), currency }, locale);
          if (zh) return delta.isZero() ? '实发总额不变' : `${delta.isNegative() ? '少' : '多'}发 ${amount}`;
          return delta.isZero() ? 'net pay unchanged' : `${amount} ${delta.isNegative() ? 'less' : 'more'} paid`;
        });
        const moving = moves.up + moves.down;
        const statementText = zh ? `${count(moving)} 份工资单实发变化` : `${count(moving)} ${plural(moving, 'statement', 'statements')} with a different net`;
        const headline = `${changes.length === 0 ? (zh ? '政策无变化' : 'no policy change') : changes.join('; ')}${zh ? '：' : ': '}${[statementText, ...netDelta].join(zh ? '，' : ', ')}`;
        const lines = [
          `${zh ? '工资单' : 'Statements'}: ${count(rows)} (${count(bad)} ${zh ? '条有误' : 'bad'}), ${zh ? '结果变化的行' : 'rows that changed'}: ${count(changed)}`,
          zh ? `实发变化: ${count(moving)} (增 ${count(moves.up)}，减 ${count(moves.down)})` : `Net pay that changes: ${count(moving)} (${count(moves.up)} up, ${count(moves.down)} down)`,
          ...currencies.map((currency) => moved(zh ? '应发' : 'Gross', gross, currency)),
          ...currencies.map((currency) => moved(zh ? '扣款' : 'Deductions', deductions, currency)),
          ...currencies.map((currency) => moved(zh ? '实发' : 'Net', net, currency)),
          headline,
        ];
        return `${lines.join('\n')}\n`;
      },
    };
  },
};

/**
 * A risk matrix for `simulate risk`: a shipped matrix by name (`quadrant`, `iso5x5`, `nist`) when no
 * such file exists, else a matrix file (JSON or YAML, the `defineMatrix` input).
 * @throws {@link CliError} (exit code 2) when the file is missing, unreadable or not a valid matrix
 */
export function loadMatrix(path: string | undefined): RiskMatrix {
  const shipped = matrices as Readonly<Record<string, RiskMatrix>>;
  if (path === undefined) return matrices.quadrant;
  const name = basename(path);
  const named = Object.hasOwn(shipped, name) ? shipped[name] : undefined;
  if (named !== undefined && !existsSync(path)) return named;
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file (or a matrix: ${Object.keys(shipped).join(', ')})` : (error as Error).message;
    throw new CliError(`Cannot read the matrix file ${path}: ${reason}`);
  }
  const document = parseDocument(content, { prettyErrors: false });
  if (document.errors.length > 0) {
    throw new CliError(
      `Bad matrix file ${path}: not valid JSON or YAML`,
      document.errors.map((error) => `${path}:${String(error.linePos?.[0].line ?? '?')}: ${error.message.split('\n')[0] ?? ''}`),
    );
  }
  try {
    return defineMatrix(document.toJS() as RiskMatrixInput);
  } catch (error) {
    if (!(error instanceof PolicyConfigError)) throw error;
    throw new CliError(
      `Bad matrix file ${path}: ${String(error.issues.length)} issue${error.issues.length === 1 ? '' : 's'}`,
      error.issues.map((issue) => `${issue.path.length === 0 ? 'matrix' : formatPath(issue.path)}: ${issue.message}`),
    );
  }
}

/** `zhidu simulate risk`: what a candidate risk matrix would have decided, risk by risk. */
export const simulateRisk: SimulationFamily = {
  columns: [
    { key: 'line', width: 6 },
    { key: 'id', width: 8 },
    { key: 'title', width: 24 },
    { key: 'baselineLevel', width: 13 },
    { key: 'candidateLevel', width: 14 },
    { key: 'baselineResponse', width: 16 },
    { key: 'candidateResponse', width: 17 },
  ],
  fromCsv: riskFromCsv,
  prepare(options, context) {
    if (options.policy === undefined) throw new CliError('simulate needs --policy <candidate matrix file or name>');
    const baseline = loadMatrix(options.baseline);
    const candidate = loadMatrix(options.policy);
    const changes = baseline.id === candidate.id ? policyChanges(baseline, candidate) : [`matrix ${baseline.id} → ${candidate.id}`];
    const levels = new Flips();
    const responses = new Flips();
    const byLevel = { before: new Map<string, number>(), after: new Map<string, number>() };
    const seen = new Map<string, number>();
    let changed = 0;
    return {
      changes,
      compare(value, line) {
        const risk = value as RegisterRisk;
        const a = buildRegister([risk], baseline, context).entries[0];
        const b = buildRegister([risk], candidate, context).entries[0];
        if (a === undefined || b === undefined) return undefined;
        const first = seen.get(a.id);
        if (first !== undefined) throw new Error(`id: the risk ${JSON.stringify(a.id)} is already on line ${String(first)}`);
        seen.set(a.id, line);
        levels.add(a.level, b.level);
        responses.add(a.response, b.response);
        byLevel.before.set(a.level, (byLevel.before.get(a.level) ?? 0) + 1);
        byLevel.after.set(b.level, (byLevel.after.get(b.level) ?? 0) + 1);
        if (a.level === b.level && a.response === b.response) return undefined;
        changed += 1;
        return {
          cells: { line, id: a.id, title: a.title, baselineLevel: a.level, candidateLevel: b.level, baselineResponse: a.response, candidateResponse: b.response },
          decision: { baseline: a, candidate: b },
        };
      },
      report(rows, bad) {
        const zh = context.locale === 'zh-CN';
        const levelNames = [...new Set([...baseline.levels, ...candidate.levels])].filter((level) => byLevel.before.has(level) || byLevel.after.has(level));
        const headline = zh
          ? `${changes.join('; ') || '政策无变化'}：等级变化 ${count(levels.total)} 项，应对变化 ${count(responses.total)} 项`
          : `${changes.join('; ') || 'no policy change'}: ${count(levels.total)} ${plural(levels.total, 'level changes', 'levels change')}, ${count(responses.total)} ${plural(responses.total, 'response changes', 'responses change')}`;
        const lines = [
          `${zh ? '风险' : 'Risks'}: ${count(rows)} (${count(bad)} ${zh ? '条有误' : 'bad'}), ${zh ? '结果变化的行' : 'rows that changed'}: ${count(changed)}`,
          `${zh ? '等级翻转' : 'Levels that flip'}: ${count(levels.total)}`,
          ...levels.lines(),
          `${zh ? '应对翻转' : 'Responses that flip'}: ${count(responses.total)}`,
          ...responses.lines(),
          `${zh ? '各等级风险数' : 'Risks by level'}: ${levelNames.map((level) => `${level} ${count(byLevel.before.get(level) ?? 0)} → ${count(byLevel.after.get(level) ?? 0)}`).join(', ')}`,
          headline,
        ];
        return `${lines.join('\n')}\n`;
      },
    };
  },
};

/** The families `zhidu simulate` supports. */
export const simulationFamilies: Readonly<Record<string, SimulationFamily>> = {
  returns: simulateReturns,
  inventory: simulateInventory,
  attendance: simulateAttendance,
  pay: simulatePay,
  risk: simulateRisk,
};
