import { toSafe } from '@zhidu/core';
import { checkOutbound } from './checkOutbound.js';
import { checkReceipt } from './checkReceipt.js';
import { classifyStock } from './classifyStock.js';
import { reconcileStocktake } from './reconcileStocktake.js';
import { reorderPoint } from './reorderPoint.js';

/**
 * {@link classifyStock} that returns a result instead of throwing.
 * @example
 * safeClassifyStock({ sku: 'A', onHand: Number.NaN }).ok
 * //=> false
 */
export const safeClassifyStock = /* @__PURE__ */ toSafe(classifyStock);

/**
 * {@link reorderPoint} that returns a result instead of throwing.
 * @example
 * safeReorderPoint({ avgDailyDemand: 1, demandStdDev: 1, leadTimeDays: 1, serviceLevel: 1 }).ok
 * //=> false
 */
export const safeReorderPoint = /* @__PURE__ */ toSafe(reorderPoint);

/**
 * {@link reconcileStocktake} that returns a result instead of throwing.
 * @example
 * safeReconcileStocktake([{ sku: 'A', book: 1, counted: -1 }]).ok
 * //=> false
 */
export const safeReconcileStocktake = /* @__PURE__ */ toSafe(reconcileStocktake);

/**
 * {@link checkReceipt} that returns a result instead of throwing.
 * @example
 * safeCheckReceipt({ purchaseOrder: { lines: [] }, received: [] }).ok
 * //=> false
 */
export const safeCheckReceipt = /* @__PURE__ */ toSafe(checkReceipt);

/**
 * {@link checkOutbound} that returns a result instead of throwing.
 * @example
 * safeCheckOutbound({ order: [], picked: [] }).ok
 * //=> false
 */
export const safeCheckOutbound = /* @__PURE__ */ toSafe(checkOutbound);
