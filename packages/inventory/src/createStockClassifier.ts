import {
  createReason,
  localDate,
  parseInput,
  parseInstant,
  PolicyInputError,
  resolveContext,
  type Context,
  type Reason,
  type ReasonParams,
  type ResolvedContext,
} from '@zhidu/core';
import { inventoryPolicy } from './inventoryPolicy.js';
import { inventoryMessages } from './messages.js';
import { stockItemSchema } from './schema.js';
import type { InventoryPolicy, StockClassification, StockItem, StockLevel } from './types.js';

/** The stock rules compiled for one policy. */
export interface StockClassifier {
  /** The validated policy. */
  readonly policy: InventoryPolicy;
  /** Classifies one item (see {@link classifyStock}). */
  classify(item: StockItem, context?: Context): StockClassification;
  /**
   * Classifies items one by one as they come: a sync iterable gives a sync iterable, an async
   * iterable an async one. Nothing is buffered, so millions of SKUs run in constant memory; `now`
   * is read once, so the whole batch is judged at the same instant.
   */
  classifyMany(items: Iterable<StockItem>, context?: Context): Iterable<StockClassification>;
  classifyMany(items: AsyncIterable<StockItem>, context?: Context): AsyncIterable<StockClassification>;
}

const compiled = new WeakMap<InventoryPolicy, StockClassifier>();
const dayMs = 86_400_000;

/** Whole calendar days between two instants, counted on the store's local dates. */
function daysBetween(from: Date, to: Date, timeZone: string): number {
  const a = Date.parse(`${localDate(from, timeZone)}T00:00:00Z`);
  const b = Date.parse(`${localDate(to, timeZone)}T00:00:00Z`);
  return Math.round((b - a) / dayMs);
}

/**
 * Compiles the stock rules for a policy: validated once, then items are classified without
 * doing it again.
 *
 * @param policy - the inventory policy
 * @returns the classifier
 * @throws {@link @zhidu/core!PolicyConfigError} when the policy is invalid
 * @example
 * const stock = createStockClassifier(presets.generic);
 * for (const result of stock.classifyMany(items, { now: '2026-06-01T09:00:00+08:00' })) console.log(result.level);
 * //=> logs 'near_min', 'ok', …
 */
export function createStockClassifier(policy: InventoryPolicy): StockClassifier {
  const valid = inventoryPolicy.check(policy);
  const existing = compiled.get(valid);
  if (existing !== undefined) return existing;
  const { levels, reorder, slowMoving } = valid;

  const classifyIn = (input: StockItem, context: ResolvedContext): StockClassification => {
    const item = parseInput(stockItemSchema, input, ['item']);
    const { locale, timeZone, now } = context;
    const reasons: Reason[] = [];
    const say = (code: keyof typeof inventoryMessages, params?: ReasonParams) => reasons.push(createReason(inventoryMessages, code, params, locale));

    // Limits: the item's own, else its category's, else the policy's defaults (INV-3, INV-6).
    // Own keys only: a category named like an Object member ('constructor', 'toString') is not one the policy defines.
    const category = item.category === undefined || !Object.hasOwn(levels.byCategory, item.category) ? undefined : levels.byCategory[item.category];
    const fromItem = item.min !== undefined || item.max !== undefined;
    const source = fromItem ? 'item' : category === undefined ? 'policy' : 'category';
    const chosen = fromItem ? { min: item.min, max: item.max, margin: undefined } : (category ?? levels.defaults);
    const min = chosen.min ?? null;
    const max = chosen.max ?? null;
    if (min !== null && max !== null && min > max) {
      throw new PolicyInputError([{ path: ['item', 'min'], message: `The lower limit ${String(min)} is above the upper limit ${String(max)}`, code: 'min_above_max' }]);
    }
    const margin = chosen.margin ?? levels.margin;
    const marginFor = (limit: number) => (margin.kind === 'units' ? margin.value : (limit * margin.value) / 100);

    // INV-1: what can be sold now.
    const reserved = item.reserved ?? 0;
    const inbound = item.inbound ?? 0;
    const counted = levels.countInbound ? inbound : 0;
    const available = item.onHand - reserved + counted;
    say('STOCK_AVAILABLE', { available, onHand: item.onHand, reserved, inbound: counted });

    // INV-3: the level, with "approaches" as a margin inside each limit.
    const nearMinAt = min === null ? null : min + marginFor(min);
    const nearMaxAt = max === null ? null : max - marginFor(max);
    let level: StockLevel;
    if (available <= 0) level = 'out_of_stock';
    else if (min !== null && available < min) level = 'below_min';
    else if (max !== null && available > max) level = 'above_max';
    else if (nearMinAt !== null && available <= nearMinAt) level = 'near_min';
    else if (nearMaxAt !== null && available >= nearMaxAt) level = 'near_max';
    else level = 'ok';
    const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
    if (level === 'out_of_stock') say('STOCK_OUT', { available });
    else if (level === 'below_min') say('STOCK_BELOW_MIN', { available, min });
    else if (level === 'near_min') say('STOCK_NEAR_MIN', { available, min, warnAt: round(nearMinAt) });
    else if (level === 'above_max') say('STOCK_ABOVE_MAX', { available, max });
    else if (level === 'near_max') say('STOCK_NEAR_MAX', { available, max, warnAt: round(nearMaxAt) });
    else if (min === null && max === null) say('STOCK_NO_LIMITS');
    else say('STOCK_OK', { available, min, max });

    // INV-2: days of cover.
    const sales = item.avgDailySales ?? 0;
    const cover = sales > 0 ? Math.round((Math.max(available, 0) / sales) * 10) / 10 : null;
    // A vanishing sales rate gives no meaningful cover (and never Infinity in a JSON decision).
    const daysOfCover = cover !== null && Number.isFinite(cover) ? cover : null;
    if (daysOfCover !== null) say('DAYS_OF_COVER', { daysOfCover, avgDailySales: sales });

    // INV-9, INV-10: reorder up to the upper limit (or cover days above the lower), in multiples, never above the max.
    const position = available + (levels.countInbound ? 0 : inbound);
    const trigger = min === null ? 0 : reorder.trigger === 'near_min' ? (nearMinAt ?? min) : min;
    const triggered =
      level === 'out_of_stock' ||
      (min !== null && (reorder.trigger === 'below_min' ? available < min : available <= trigger));
    let quantity = 0;
    if (triggered) {
      const target = max ?? Math.ceil((min ?? 0) + sales * reorder.coverDays);
      const needed = target - position;
      if (target <= 0) say('REORDER_NO_TARGET');
      else if (needed <= 0) say(inbound > 0 && !levels.countInbound ? 'REORDER_COVERED_BY_INBOUND' : 'REORDER_AT_TARGET', { inbound, position, target });
      else {
        const multiple = reorder.multiple;
        quantity = Math.ceil(needed / multiple) * multiple;
        if (max !== null && position + quantity > max) quantity -= multiple;
        if (quantity > 0) say('REORDER_NEEDED', { quantity, position, target, multiple });
        else {
          quantity = 0;
          say('REORDER_CAPPED_BY_MAX', { multiple, max });
        }
      }
    } else say('REORDER_NOT_NEEDED', { position, trigger: round(trigger) });

    // INV-5: slow movers — no sale for N days, or cover above M days; new items are not judged.
    let slow = false;
    // Stryker disable next-line ArrayDeclaration,StringLiteral: the item passed stockItemSchema, whose instantSchema reads instants with the same reader as parseInstant, so this parse never throws and its path is never seen
    const firstStocked = item.firstStockedAt == null ? null : parseInstant(item.firstStockedAt, ['item', 'firstStockedAt']);
    const ageDays = firstStocked === null ? null : daysBetween(firstStocked, now, timeZone);
    if (ageDays !== null && ageDays < slowMoving.newItemDays) say('SLOW_MOVING_NEW_ITEM', { days: ageDays, limit: slowMoving.newItemDays });
    else if (available > 0) {
      // Stryker disable next-line ArrayDeclaration,StringLiteral: the item passed stockItemSchema, whose instantSchema reads instants with the same reader as parseInstant, so this parse never throws and its path is never seen
      const lastSold = item.lastSoldAt == null ? firstStocked : parseInstant(item.lastSoldAt, ['item', 'lastSoldAt']);
      const idle = lastSold === null ? null : daysBetween(lastSold, now, timeZone);
      if (slowMoving.noSaleDays !== null && idle !== null && idle >= slowMoving.noSaleDays) {
        slow = true;
        say('SLOW_MOVING_NO_SALE', { days: idle, limit: slowMoving.noSaleDays });
      }
      if (slowMoving.maxCoverDays !== null && daysOfCover !== null && daysOfCover > slowMoving.maxCoverDays) {
        slow = true;
        say('SLOW_MOVING_COVER', { daysOfCover, limit: slowMoving.maxCoverDays });
      }
    }

    // INV-11: out of stock with no restock in sight → sold out on the listing.
    let markSoldOut = false;
    if (level === 'out_of_stock' && item.restockExpectedAt !== undefined) {
      // Stryker disable next-line ArrayDeclaration,StringLiteral: the item passed stockItemSchema, whose instantSchema reads instants with the same reader as parseInstant, so this parse never throws and its path is never seen
      const expected = item.restockExpectedAt === null ? null : parseInstant(item.restockExpectedAt, ['item', 'restockExpectedAt']);
      if (expected === null || expected.getTime() - now.getTime() > valid.soldOutAfterDays * dayMs) {
        markSoldOut = true;
        say('MARK_SOLD_OUT', { days: valid.soldOutAfterDays });
      }
    }

    return {
      sku: item.sku,
      level,
      available,
      daysOfCover,
      reorder: { needed: quantity > 0, quantity },
      slowMoving: slow,
      markSoldOut,
      limits: { min, max, source },
      reasons,
    };
  };

  const resolve = (context: Context | undefined) => resolveContext(context, valid.store);
  function classifyMany(items: Iterable<StockItem>, context?: Context): Iterable<StockClassification>;
  function classifyMany(items: AsyncIterable<StockItem>, context?: Context): AsyncIterable<StockClassification>;
  function classifyMany(items: Iterable<StockItem> | AsyncIterable<StockItem>, context?: Context): Iterable<StockClassification> | AsyncIterable<StockClassification> {
    const resolved = resolve(context);
    // Hosts in plain JavaScript may pass anything: check at run time, not only in the types.
    const value: unknown = items;
    if (typeof value !== 'object' || value === null || !(Symbol.asyncIterator in value || Symbol.iterator in value)) {
      throw new PolicyInputError([{ path: ['items'], message: 'Expected an iterable or an async iterable of items', code: 'invalid_type' }]);
    }
    if (Symbol.asyncIterator in items) {
      return (async function* classifyAsync() {
        for await (const item of items) yield classifyIn(item, resolved);
      })();
    }
    return (function* classifySync() {
      for (const item of items) yield classifyIn(item, resolved);
    })();
  }

  const classifier: StockClassifier = Object.freeze({
    policy: valid,
    classify: (item: StockItem, context?: Context) => classifyIn(item, resolve(context)),
    classifyMany,
  });
  compiled.set(valid, classifier);
  return classifier;
}

