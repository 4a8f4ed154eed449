import {
  addMoney,
  collectIssues,
  createReason,
  fromDecimal,
  money,
  multiplyMoney,
  parseInput,
  PolicyInputError,
  readMoney,
  resolveContext,
  type Context,
  type Money,
  type PolicyIssue,
  type Reason,
} from '@zhidu/core';
import * as z from 'zod/mini';
import { inventoryPolicy, presets } from './inventoryPolicy.js';
import { inventoryMessages } from './messages.js';
import { stocktakeLineSchema } from './schema.js';
import type { InventoryPolicy, StocktakeLine, StocktakeResult, StocktakeResultLine } from './types.js';

const linesSchema = z.array(stocktakeLineSchema);

/**
 * Reconciles a stocktake (INV-4): book against counted, line by line — match, gain (盘盈) or loss
 * (盘亏) — with the tolerance of the line's ABC class (A ±1%, B ±3%, C ±5% of the book quantity by
 * default) or the policy's default tolerance, valued at unit cost in the store's currency; lines
 * outside tolerance are flagged for investigation; totals and record accuracy against the target.
 *
 * @param lines - the counted lines
 * @param policy - the inventory policy; the generic preset by default
 * @param context - the locale of the reasons
 * @returns `{ lines, totals, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} when a line is malformed (a negative count, a cost with too many decimals)
 * @example
 * reconcileStocktake([{ sku: 'TEA-250', book: 100, counted: 98, unitCost: '20.00', abcClass: 'A' }]).lines[0]
 * //=> { sku: 'TEA-250', book: 100, counted: 98, variance: -2, kind: 'loss', withinTolerance: false, tolerance: 1, value: { amount: '-40.00', currency: 'CNY' } }
 */
export function reconcileStocktake(lines: readonly StocktakeLine[], policy: InventoryPolicy = presets.generic, context?: Context): StocktakeResult {
  const valid = inventoryPolicy.check(policy);
  const parsed = parseInput(linesSchema, lines, ['lines']);
  const { locale } = resolveContext(context, valid.store);
  const currency = valid.store.currency;
  const issues: PolicyIssue[] = [];
  const costs = parsed.map((line, index) => (line.unitCost === undefined ? undefined : collectIssues(issues, () => readMoney(['lines', index, 'unitCost'], line.unitCost, currency))));
  if (issues.length > 0) throw new PolicyInputError(issues);

  const { tolerance: fallback, byClass, accuracyTarget } = valid.stocktake;
  const reasons: Reason[] = [];
  const zero = money(0, currency);
  let gainValue: Money = zero;
  let lossValue: Money = zero;
  let matches = 0;
  let gains = 0;
  let losses = 0;
  let outOfTolerance = 0;
  let variance = 0;
  const out: StocktakeResultLine[] = parsed.map((line, index) => {
    const diff = line.counted - line.book;
    const kind = diff === 0 ? 'match' : diff > 0 ? 'gain' : 'loss';
    const percent = line.abcClass === undefined ? (fallback.kind === 'percent' ? fallback.value : null) : byClass[line.abcClass];
    const tolerance = percent === null ? fallback.value : (Math.abs(line.book) * percent) / 100;
    const withinTolerance = Math.abs(diff) <= tolerance + 1e-9;
    const cost = costs[index];
    const value = cost === undefined ? undefined : multiplyMoney(fromDecimal(cost.value, currency), diff);
    variance += diff;
    if (kind === 'match') matches += 1;
    else if (kind === 'gain') gains += 1;
    else losses += 1;
    if (!withinTolerance) outOfTolerance += 1;
    if (value !== undefined) {
      if (diff > 0) gainValue = addMoney(gainValue, value);
      else if (diff < 0) lossValue = addMoney(lossValue, value);
    }
    const shownTolerance = Math.round(tolerance * 100) / 100;
    const params = { sku: line.sku, book: line.book, counted: line.counted, variance: diff, tolerance: shownTolerance };
    if (kind === 'match') reasons.push(createReason(inventoryMessages, 'STOCKTAKE_MATCH', { sku: line.sku, book: line.book }, locale));
    else reasons.push(createReason(inventoryMessages, withinTolerance ? 'STOCKTAKE_VARIANCE_WITHIN_TOLERANCE' : 'STOCKTAKE_INVESTIGATE', params, locale));
    const result: StocktakeResultLine = { sku: line.sku, book: line.book, counted: line.counted, variance: diff, kind, withinTolerance, tolerance: shownTolerance };
    return value === undefined ? result : { ...result, value };
  });
  const accuracy = out.length === 0 ? 100 : Math.round(((out.length - outOfTolerance) / out.length) * 10_000) / 100;
  reasons.push(createReason(inventoryMessages, accuracy >= accuracyTarget ? 'STOCKTAKE_ACCURACY' : 'STOCKTAKE_ACCURACY_BELOW_TARGET', { accuracy, target: accuracyTarget }, locale));
  return {
    lines: out,
    totals: { lines: out.length, matches, gains, losses, outOfTolerance, variance, gainValue, lossValue, netValue: addMoney(gainValue, lossValue), accuracy },
    reasons,
  };
}
