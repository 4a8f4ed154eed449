import { toSafe } from '@zhidu/core';
import { afterSalesRate } from './afterSalesRate.js';
import { averageOrderValue } from './averageOrderValue.js';
import { clickThroughRate } from './clickThroughRate.js';
import { complaintRate } from './complaintRate.js';
import { conversionRate } from './conversionRate.js';
import { customerAcquisitionCost } from './customerAcquisitionCost.js';
import { firstResponseTime } from './firstResponseTime.js';
import { replyAccuracy } from './replyAccuracy.js';
import { repurchaseRate } from './repurchaseRate.js';
import { resolutionRate } from './resolutionRate.js';
import { retentionRate } from './retentionRate.js';
import { roi } from './roi.js';
import { satisfactionRate } from './satisfactionRate.js';

/**
 * {@link afterSalesRate} that returns a result instead of throwing.
 * @example
 * safeAfterSalesRate({ afterSalesOrders: Number.NaN, orders: 10 }).ok
 * //=> false
 */
export const safeAfterSalesRate = /* @__PURE__ */ toSafe(afterSalesRate);

/**
 * {@link averageOrderValue} that returns a result instead of throwing.
 * @example
 * safeAverageOrderValue({ sales: '10.005', orders: 2, currency: 'CNY' }).ok
 * //=> false
 */
export const safeAverageOrderValue = /* @__PURE__ */ toSafe(averageOrderValue);

/**
 * {@link clickThroughRate} that returns a result instead of throwing.
 * @example
 * safeClickThroughRate({ clicks: 1.5, impressions: 10 }).ok
 * //=> false
 */
export const safeClickThroughRate = /* @__PURE__ */ toSafe(clickThroughRate);

/**
 * {@link complaintRate} that returns a result instead of throwing.
 * @example
 * safeComplaintRate({ complaints: 1, orders: 10, period: 'May' }).ok
 * //=> false
 */
export const safeComplaintRate = /* @__PURE__ */ toSafe(complaintRate);

/**
 * {@link conversionRate} that returns a result instead of throwing.
 * @example
 * safeConversionRate({ orders: -1, visitors: 400 }).ok
 * //=> false
 */
export const safeConversionRate = /* @__PURE__ */ toSafe(conversionRate);

/**
 * {@link customerAcquisitionCost} that returns a result instead of throwing.
 * @example
 * safeCustomerAcquisitionCost({ marketingCost: '-5', newCustomers: 1, currency: 'USD' }).ok
 * //=> false
 */
export const safeCustomerAcquisitionCost = /* @__PURE__ */ toSafe(customerAcquisitionCost);

/**
 * {@link firstResponseTime} that returns a result instead of throwing.
 * @example
 * safeFirstResponseTime({ responseSeconds: [12, -3] }).ok
 * //=> false
 */
export const safeFirstResponseTime = /* @__PURE__ */ toSafe(firstResponseTime);

/**
 * {@link replyAccuracy} that returns a result instead of throwing.
 * @example
 * safeReplyAccuracy({ correct: 51, total: 50 }).ok
 * //=> false
 */
export const safeReplyAccuracy = /* @__PURE__ */ toSafe(replyAccuracy);

/**
 * {@link repurchaseRate} that returns a result instead of throwing.
 * @example
 * safeRepurchaseRate({ repeatCustomers: 5, customers: 4 }).ok
 * //=> false
 */
export const safeRepurchaseRate = /* @__PURE__ */ toSafe(repurchaseRate);

/**
 * {@link resolutionRate} that returns a result instead of throwing.
 * @example
 * safeResolutionRate({ resolved: 1, total: '2' }).ok
 * //=> false
 */
export const safeResolutionRate = /* @__PURE__ */ toSafe(resolutionRate);

/**
 * {@link retentionRate} that returns a result instead of throwing.
 * @example
 * safeRetentionRate({ customersAtStart: 10, customersAtEnd: 5, newCustomers: 6 }).ok
 * //=> false
 */
export const safeRetentionRate = /* @__PURE__ */ toSafe(retentionRate);

/**
 * {@link roi} that returns a result instead of throwing.
 * @example
 * safeRoi({ sales: '100', cost: 'free' }).ok
 * //=> false
 */
export const safeRoi = /* @__PURE__ */ toSafe(roi);

/**
 * {@link satisfactionRate} that returns a result instead of throwing.
 * @example
 * safeSatisfactionRate({ satisfied: 9, rated: 10 }).ok
 * //=> true
 */
export const safeSatisfactionRate = /* @__PURE__ */ toSafe(satisfactionRate);
