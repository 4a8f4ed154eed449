import { Decimal, formatMoney, type Context } from '@zhidu/core';
import { createStockClassifier, inventoryPolicy, type StockItem } from '@zhidu/inventory';
import { createReturnEvaluator, returnPolicy, type ReturnInput } from '@zhidu/returns';
import type { BatchCommandOptions } from './batchCommand.js';
import { CliError } from './CliError.js';
import { stockFromCsv } from './inventoryClassify.js';
import { resolvePolicy } from './loadPolicyFile.js';
import { returnFromCsv, returnKey } from './returnsCheck.js';
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
        const delta = (a: number, b: number) => `${count(a)} → ${count(b)} (${b - a >= 0 ? '+' : '−'}${count(Math.abs(b - a))})`;
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

/** The families `zhidu simulate` supports. */
export const simulationFamilies: Readonly<Record<string, SimulationFamily>> = {
  returns: simulateReturns,
  inventory: simulateInventory,
};
