import {
  collectIssues,
  computeWindow,
  createReason,
  Decimal,
  fromDecimal,
  localDateTime,
  parseInput,
  parseInstant,
  PolicyInputError,
  readMoney,
  resolveContext,
  type Context,
  type Locale,
  type Money,
  type PolicyIssue,
  type Reason,
  type ReasonParams,
} from '@zhidu/core';
import { catalogPolicy } from './catalogPolicy.js';
import { catalogMessages } from './messages.js';
import { listingSchema, priceChangeSchema, promotionPlanSchema } from './schema.js';
import type { CatalogPolicy, Listing, ListingCheck, ListingDeadline, PriceChange, PriceChangeCheck, PromotionCheck, PromotionPlan } from './types.js';

/** The catalog rules compiled for one policy. */
export interface CatalogChecker {
  readonly policy: CatalogPolicy;
  validateListing(listing: Listing, context?: Context): ListingCheck;
  checkPriceChange(change: PriceChange, context?: Context): PriceChangeCheck;
  checkPromotion(plan: PromotionPlan, context?: Context): PromotionCheck;
  listingDueBy(arrivedAt: string | Date, context?: Context): ListingDeadline;
}

type Code = keyof typeof catalogMessages;
const compiled = new WeakMap<CatalogPolicy, CatalogChecker>();

/**
 * Compiles the catalog rules for a policy: validated once, then listings, price changes,
 * promotions and listing deadlines are checked without doing it again.
 *
 * @param policy - the catalog policy
 * @returns the checker
 * @throws {@link @zhidu/core!PolicyConfigError} when the policy is invalid
 * @example
 * createCatalogChecker(presets.generic).validateListing({ sku: 'TEA-250' }).complete
 * //=> false
 */
export function createCatalogChecker(policy: CatalogPolicy): CatalogChecker {
  const valid = catalogPolicy.check(policy);
  const existing = compiled.get(valid);
  if (existing !== undefined) return existing;
  const currency = valid.store.currency;
  const rules = valid.listing;
  const reasonIn = (locale: Locale) => (code: Code, params?: ReasonParams) => createReason(catalogMessages, code, params, locale);
  // Stryker disable next-line ArrayDeclaration: the path names a band end only in readMoney's error, and the policy schema already refused a band end with more decimals than the currency has
  const price = (path: string, value: unknown) => fromDecimal(readMoney([path], value, currency).value, currency);

  const validateListing = (input: Listing, context?: Context): ListingCheck => {
    const listing = parseInput(listingSchema, input, ['listing']);
    const { locale } = resolveContext(context, valid.store);
    const reason = reasonIn(locale);
    const issues: Reason[] = [];
    const flag = (code: Code, params?: ReasonParams) => issues.push(reason(code, params));
    const input_: Readonly<Record<string, unknown>> = listing;
    // LST-1: every required field present and not blank.
    for (const field of rules.requiredFields) {
      const value = input_[field];
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) flag('LISTING_FIELD_MISSING', { path: field });
    }
    let listedPrice: Money | null = null;
    if (listing.price != null) {
      const issuesIn: PolicyIssue[] = [];
      listedPrice = collectIssues(issuesIn, () => fromDecimal(readMoney(['listing', 'price'], listing.price, currency).value, currency)) ?? null;
      if (issuesIn.length > 0) throw new PolicyInputError(issuesIn);
    }
    // LST-2: images.
    const images = listing.images;
    const details = images?.details ?? [];
    if (details.length < rules.minDetailImages) flag('LISTING_TOO_FEW_DETAIL_IMAGES', { path: 'images.details', count: details.length, min: rules.minDetailImages });
    if (rules.requireAnnotatedDetails) {
      details.forEach((image, index) => {
        if (!image.annotated) flag('LISTING_DETAIL_NOT_ANNOTATED', { path: `images.details.${String(index)}` });
      });
    }
    if (rules.requireWatermark && images?.watermark !== true) flag('LISTING_NO_WATERMARK', { path: 'images.watermark' });
    const main = images?.main ?? null;
    if (main === null) {
      if (rules.mainImageMinWidth !== null || rules.mainImageLabels.length > 0) flag('LISTING_MAIN_IMAGE_MISSING', { path: 'images.main' });
    } else {
      if (rules.mainImageMinWidth !== null && main.width < rules.mainImageMinWidth) {
        flag('LISTING_MAIN_IMAGE_TOO_NARROW', { path: 'images.main.width', width: main.width, min: rules.mainImageMinWidth });
      }
      // Stryker disable next-line ArrayDeclaration: the fallback only has to hold none of the policy's labels; a filler value would matter only to a policy requiring a label of that very text
      const labels = new Set(main.labels ?? []);
      for (const label of rules.mainImageLabels) if (!labels.has(label)) flag('LISTING_MAIN_IMAGE_LABEL_MISSING', { path: 'images.main.labels', label });
    }
    if (rules.filesNamedByArticleNo) {
      const articleNo = listing.articleNo?.trim() ?? '';
      const named = [
        ...(main?.fileName === undefined ? [] : [{ path: 'images.main.fileName', fileName: main.fileName }]),
        ...details.flatMap((image, index) => (image.fileName === undefined ? [] : [{ path: `images.details.${String(index)}.fileName`, fileName: image.fileName }])),
      ];
      for (const file of named) {
        if (articleNo === '' || !file.fileName.startsWith(articleNo)) flag('LISTING_FILE_NAME', { path: file.path, articleNo: articleNo === '' ? null : articleNo });
      }
    }
    // LST-4: category, brand, discount participation.
    if (rules.requireCategory && (listing.category ?? '').trim() === '') flag('LISTING_NO_CATEGORY', { path: 'category' });
    if (rules.requireBrand && (listing.brand ?? '').trim() === '') flag('LISTING_NO_BRAND', { path: 'brand' });
    if (rules.requireDiscountStated && listing.discount == null) flag('LISTING_DISCOUNT_NOT_STATED', { path: 'discount' });
    // LST-7: inspected before listing.
    if (rules.requireQualityInspection && listing.qualityInspection?.passed !== true) flag('LISTING_NOT_INSPECTED', { path: 'qualityInspection' });
    // LST-8: within the store's price band.
    const band = rules.priceBand;
    if (band !== null && listedPrice !== null && (new Decimal(listedPrice.amount).lessThan(band.min) || new Decimal(listedPrice.amount).greaterThan(band.max))) {
      flag('LISTING_OUTSIDE_PRICE_BAND', { path: 'price', price: listedPrice, min: price('min', band.min), max: price('max', band.max) });
    }
    const complete = issues.length === 0;
    const summary = complete ? reason('LISTING_COMPLETE', { sku: listing.sku }) : reason('LISTING_INCOMPLETE', { sku: listing.sku, count: issues.length });
    return { complete, issues, reasons: [summary, ...issues] };
  };

  const checkPriceChange = (input: PriceChange, context?: Context): PriceChangeCheck => {
    const change = parseInput(priceChangeSchema, input, ['change']);
    const { locale, timeZone } = resolveContext(context, valid.store);
    const reason = reasonIn(locale);
    const issues: PolicyIssue[] = [];
    const read = (path: string, value: unknown) => collectIssues(issues, () => readMoney(['change', path], value, currency));
    const oldPrice = read('oldPrice', change.oldPrice);
    const newPrice = read('newPrice', change.newPrice);
    const cost = change.cost === undefined ? null : read('cost', change.cost);
    if (issues.length > 0 || oldPrice === undefined || newPrice === undefined || cost === undefined) throw new PolicyInputError(issues);
    // Stryker disable next-line ArrayDeclaration,StringLiteral: the schema already refused a bad instant, so parseInstant never reports this path
    const at = parseInstant(change.at, ['change', 'at']);
    // Stryker disable next-line ArrayDeclaration,StringLiteral: the schema already refused a bad instant, so parseInstant never reports this path
    const approval = change.approval == null ? null : { by: change.approval.by, at: parseInstant(change.approval.at, ['change', 'approval', 'at']).toISOString() };
    const m = (value: Decimal) => fromDecimal(value, currency);
    const exactPercent = oldPrice.value.isZero() ? null : newPrice.value.minus(oldPrice.value).div(oldPrice.value).times(100);
    // Shown to two decimals; the threshold is compared with the exact figure.
    const changePercent = exactPercent === null ? null : exactPercent.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    const params = { oldPrice: m(oldPrice.value), newPrice: m(newPrice.value), changePercent };
    const reasons: Reason[] = [];
    if (newPrice.value.equals(oldPrice.value)) {
      return { allowed: true, requiresApproval: false, changePercent: '0.00', approval, reasons: [reason('PRICE_UNCHANGED')] };
    }
    let allowed = true;
    if (cost !== null && valid.priceChange.refuseBelowCost && newPrice.value.lessThan(cost.value)) {
      allowed = false;
      reasons.push(reason('PRICE_BELOW_COST', { newPrice: m(newPrice.value), cost: m(cost.value) }));
    }
    const threshold = valid.priceChange.approvalAbovePercent;
    const requiresApproval = threshold === null || exactPercent === null || exactPercent.abs().greaterThan(threshold);
    if (!requiresApproval) reasons.push(reason('PRICE_CHANGE_WITHIN_THRESHOLD', { changePercent, threshold }));
    else if (approval === null) {
      allowed = false;
      reasons.push(reason('PRICE_CHANGE_NEEDS_APPROVAL', params));
    } else if (Date.parse(approval.at) > at.getTime()) {
      allowed = false;
      reasons.push(reason('PRICE_CHANGE_APPROVAL_LATE', { approvedAt: localDateTime(approval.at, timeZone), at: localDateTime(at, timeZone) }));
    } else reasons.push(reason('PRICE_CHANGE_APPROVED', { ...params, by: approval.by, approvedAt: localDateTime(approval.at, timeZone) }));
    const band = rules.priceBand;
    if (band !== null && (newPrice.value.lessThan(band.min) || newPrice.value.greaterThan(band.max))) {
      reasons.push(reason('PRICE_OUTSIDE_BAND', { newPrice: m(newPrice.value), min: price('min', band.min), max: price('max', band.max) }));
    }
    return { allowed, requiresApproval, changePercent, approval, reasons };
  };

  const checkPromotion = (input: PromotionPlan, context?: Context): PromotionCheck => {
    const plan = parseInput(promotionPlanSchema, input, ['plan']);
    const { locale, timeZone, now } = resolveContext(context, valid.store);
    const reason = reasonIn(locale);
    const reasons: Reason[] = [];
    let allowed = true;
    const fields: Readonly<Record<string, unknown>> = plan;
    for (const field of valid.promotion.requiredFields) {
      const value = fields[field];
      if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
        allowed = false;
        reasons.push(reason('PROMOTION_FIELD_MISSING', { field }));
      }
    }
    // Stryker disable next-line ArrayDeclaration,StringLiteral: the schema already refused a bad instant, so parseInstant never reports this path
    const startsAt = plan.startsAt === undefined ? null : parseInstant(plan.startsAt, ['plan', 'startsAt']);
    // Stryker disable next-line ArrayDeclaration,StringLiteral: the schema already refused a bad instant, so parseInstant never reports this path
    const endsAt = plan.endsAt === undefined ? null : parseInstant(plan.endsAt, ['plan', 'endsAt']);
    if (startsAt !== null && endsAt !== null && endsAt <= startsAt) {
      allowed = false;
      reasons.push(reason('PROMOTION_DATES_INVALID'));
    }
    if (plan.approval == null) {
      allowed = false;
      reasons.push(reason('PROMOTION_NOT_APPROVED'));
    } else {
      // Stryker disable next-line ArrayDeclaration,StringLiteral: the schema already refused a bad instant, so parseInstant never reports this path
      const approvedAt = parseInstant(plan.approval.at, ['plan', 'approval', 'at']);
      if (startsAt !== null && approvedAt > startsAt) {
        allowed = false;
        reasons.push(reason('PROMOTION_APPROVED_LATE', { approvedAt: localDateTime(approvedAt, timeZone), startsAt: localDateTime(startsAt, timeZone) }));
      } else reasons.push(reason('PROMOTION_APPROVED', { id: plan.id, by: plan.approval.by, approvedAt: localDateTime(approvedAt, timeZone) }));
    }
    const issues: PolicyIssue[] = [];
    if (plan.budget !== undefined) collectIssues(issues, () => readMoney(['plan', 'budget'], plan.budget, currency));
    const margin = valid.promotion.minMarginPercent;
    (plan.items ?? []).forEach((item, index) => {
      const promo = collectIssues(issues, () => readMoney(['plan', 'items', index, 'price'], item.price, currency));
      const floorInput = item.floorPrice ?? (item.cost !== undefined && margin !== null ? item.cost : undefined);
      if (promo === undefined || floorInput === undefined) return;
      const base = collectIssues(issues, () => readMoney(['plan', 'items', index, item.floorPrice === undefined ? 'cost' : 'floorPrice'], floorInput, currency));
      if (base === undefined) return;
      const floor = item.floorPrice === undefined && margin !== null ? base.value.times(new Decimal(100).plus(margin)).div(100) : base.value;
      if (promo.value.lessThan(floor)) {
        allowed = false;
        reasons.push(reason('PROMOTION_BELOW_FLOOR', { sku: item.sku, price: fromDecimal(promo.value, currency), floor: fromDecimal(floor, currency, 'up') }));
      }
    });
    if (issues.length > 0) throw new PolicyInputError(issues);
    if (endsAt !== null && endsAt < now) reasons.push(reason('PROMOTION_REVIEW_DUE', { endsAt: localDateTime(endsAt, timeZone) }));
    return { allowed, reasons };
  };

  const listingDueBy = (arrivedAt: string | Date, context?: Context): ListingDeadline => {
    const arrived = parseInstant(arrivedAt, ['arrivedAt']);
    const { locale, timeZone, now } = resolveContext(context, valid.store);
    const dueBy = computeWindow(arrived, valid.listingWindow, { timeZone, calendar: valid.calendar }).end;
    const overdue = dueBy !== null && now.getTime() > Date.parse(dueBy);
    const reason = reasonIn(locale);
    return { dueBy, overdue, reasons: [reason(overdue ? 'LISTING_OVERDUE' : 'LISTING_DUE', { dueBy, dueByLocal: localDateTime(dueBy, timeZone) })] };
  };

  const checker: CatalogChecker = Object.freeze({ policy: valid, validateListing, checkPriceChange, checkPromotion, listingDueBy });
  compiled.set(valid, checker);
  return checker;
}
