import {
  createReason,
  Decimal,
  fromDecimal,
  money,
  parseInput,
  readDecimal,
  resolveContext,
  type Context,
  type DecimalInput,
  type Locale,
  type Money,
  type ReasonParams,
} from '@zhidu/core';
import { formulas, type FormulaKey } from './formulas.js';
import { metricsMessages } from './messages.js';
import { metricsPolicy } from './metricsPolicy.js';
import {
  afterSalesRateInputSchema,
  averageOrderValueInputSchema,
  clickThroughRateInputSchema,
  complaintRateInputSchema,
  conversionRateInputSchema,
  customerAcquisitionCostInputSchema,
  firstResponseTimeInputSchema,
  replyAccuracyInputSchema,
  repurchaseRateInputSchema,
  resolutionRateInputSchema,
  retentionRateInputSchema,
  roiInputSchema,
  satisfactionRateInputSchema,
} from './schema.js';
import type {
  AfterSalesRateInput,
  AverageOrderValueInput,
  ClickThroughRateInput,
  ComplaintRateInput,
  ConversionRateInput,
  CustomerAcquisitionCostInput,
  FirstResponseTimeInput,
  KpiResult,
  MetricsPolicy,
  MoneyKpiResult,
  ReplyAccuracyInput,
  RepurchaseRateInput,
  ResolutionRateInput,
  RetentionRateInput,
  RoiInput,
  SatisfactionRateInput,
} from './types.js';

/** The KPIs compiled for one policy: each method takes the KPI's input and an optional context. */
export interface MetricsEvaluator {
  /** The validated policy. */
  readonly policy: MetricsPolicy;
  /** Orders ÷ unique visitors (see {@link conversionRate}). */
  conversionRate(input: ConversionRateInput, context?: Context): KpiResult;
  /** Clicks ÷ impressions (see {@link clickThroughRate}). */
  clickThroughRate(input: ClickThroughRateInput, context?: Context): KpiResult;
  /** Sales ÷ orders, as money (see {@link averageOrderValue}). */
  averageOrderValue(input: AverageOrderValueInput, context?: Context): MoneyKpiResult;
  /** Repeat customers ÷ customers (see {@link repurchaseRate}). */
  repurchaseRate(input: RepurchaseRateInput, context?: Context): KpiResult;
  /** After-sales orders ÷ orders (see {@link afterSalesRate}). */
  afterSalesRate(input: AfterSalesRateInput, context?: Context): KpiResult;
  /** Complaints ÷ orders (see {@link complaintRate}). */
  complaintRate(input: ComplaintRateInput, context?: Context): KpiResult;
  /** Marketing cost ÷ new customers, as money (see {@link customerAcquisitionCost}). */
  customerAcquisitionCost(input: CustomerAcquisitionCostInput, context?: Context): MoneyKpiResult;
  /** (Customers at end − new customers) ÷ customers at start (see {@link retentionRate}). */
  retentionRate(input: RetentionRateInput, context?: Context): KpiResult;
  /** Sales ÷ cost or (sales − cost) ÷ cost, as the policy says (see {@link roi}). */
  roi(input: RoiInput, context?: Context): KpiResult;
  /** The mean first-response time in seconds (see {@link firstResponseTime}). */
  firstResponseTime(input: FirstResponseTimeInput, context?: Context): KpiResult;
  /** Correct replies ÷ replies checked (see {@link replyAccuracy}). */
  replyAccuracy(input: ReplyAccuracyInput, context?: Context): KpiResult;
  /** Issues resolved ÷ issues received (see {@link resolutionRate}). */
  resolutionRate(input: ResolutionRateInput, context?: Context): KpiResult;
  /** Satisfied ratings ÷ ratings (see {@link satisfactionRate}). */
  satisfactionRate(input: SatisfactionRateInput, context?: Context): KpiResult;
}

type Code = keyof typeof metricsMessages;

/** Seconds are reported to one decimal place (PAY-20). */
const secondsPlaces = 1;

const compiled = new WeakMap<MetricsPolicy, MetricsEvaluator>();

/** A decimal the schema has already accepted. */
function decimal(value: DecimalInput): Decimal {
  return readDecimal(value) ?? new Decimal(0);
}

/** Writes a Decimal with a fixed number of places, rounded half-up; a negative zero is written as zero. */
function fixed(value: Decimal, places: number): string {
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return (rounded.isZero() ? new Decimal(0) : rounded).toFixed(places);
}

/** A ratio written as a percentage with two places fewer than the ratio: `'0.0325'` → `'3.25%'`. */
function percent(ratio: string, places: number): string {
  return `${new Decimal(ratio).times(100).toFixed(Math.max(places - 2, 0))}%`;
}

/**
 * Compiles the KPIs for a policy: the policy is validated once, and the evaluator computes any
 * number of KPIs without doing it again. The plain functions ({@link conversionRate} …) are thin
 * wrappers over it.
 *
 * @param policy - the metrics policy
 * @returns the evaluator
 * @throws {@link @zhidu/core!PolicyConfigError} when the policy is invalid
 * @example
 * const metrics = createMetrics(presets.usStore);
 * metrics.roi({ sales: '1500.00', cost: '1200.00' }).value
 * //=> '0.2500'
 */
export function createMetrics(policy: MetricsPolicy): MetricsEvaluator {
  const valid = metricsPolicy.check(policy);
  const existing = compiled.get(valid);
  if (existing !== undefined) return existing;
  const places = valid.precision;
  const localeOf = (context: Context | undefined): Locale => resolveContext(context, valid.store).locale;

  /** A KPI's result: its definition reason (MET-1), then its value reason or why it has none. */
  const result = (
    key: FormulaKey,
    definition: Code,
    code: Code,
    value: string | null,
    params: ReasonParams,
    denominator: string,
    locale: Locale,
  ): KpiResult => ({
    value,
    formula: formulas[key].formula[locale],
    reasons: [
      createReason(metricsMessages, definition, undefined, locale),
      value === null
        ? createReason(metricsMessages, 'METRIC_NO_DENOMINATOR', { kpi: key, denominator, ...params }, locale)
        : createReason(metricsMessages, code, params, locale),
    ],
  });

  /** numerator ÷ denominator as a ratio string rounded half-up to the policy's precision, or null. */
  const rate = (
    key: FormulaKey,
    definition: Code,
    code: Code,
    numerator: Decimal,
    denominator: Decimal,
    denominatorName: string,
    params: ReasonParams,
    context: Context | undefined,
  ): KpiResult => {
    const locale = localeOf(context);
    if (denominator.isZero()) return result(key, definition, code, null, params, denominatorName, locale);
    const value = fixed(numerator.div(denominator), places);
    return result(key, definition, code, value, { ...params, value, percent: percent(value, places) }, denominatorName, locale);
  };

  /** amount ÷ count as money at the currency's minor unit (half-up), or null. */
  const perHead = (
    key: FormulaKey,
    definition: Code,
    code: Code,
    amount: Money,
    count: number,
    countName: string,
    params: ReasonParams,
    context: Context | undefined,
  ): MoneyKpiResult => {
    const locale = localeOf(context);
    if (count === 0) return { ...result(key, definition, code, null, params, countName, locale), currency: amount.currency };
    const value = fromDecimal(new Decimal(amount.amount).div(count), amount.currency);
    return { ...result(key, definition, code, value.amount, { ...params, value }, countName, locale), currency: amount.currency };
  };

  const evaluator: MetricsEvaluator = {
    policy: valid,

    conversionRate(input, context) {
      const { orders, visitors } = parseInput(conversionRateInputSchema, input);
      return rate('conversionRate', 'METRIC_CONVERSION_RATE_DEFINITION', 'METRIC_CONVERSION_RATE', new Decimal(orders), new Decimal(visitors), 'visitors', { orders, visitors }, context);
    },

    clickThroughRate(input, context) {
      const { clicks, impressions } = parseInput(clickThroughRateInputSchema, input);
      return rate('clickThroughRate', 'METRIC_CLICK_THROUGH_RATE_DEFINITION', 'METRIC_CLICK_THROUGH_RATE', new Decimal(clicks), new Decimal(impressions), 'impressions', { clicks, impressions }, context);
    },

    averageOrderValue(input, context) {
      const { sales, orders, currency } = parseInput(averageOrderValueInputSchema, input);
      const amount = money(sales, currency);
      return perHead('averageOrderValue', 'METRIC_AVERAGE_ORDER_VALUE_DEFINITION', 'METRIC_AVERAGE_ORDER_VALUE', amount, orders, 'orders', { sales: amount, orders }, context);
    },

    repurchaseRate(input, context) {
      const { repeatCustomers, customers } = parseInput(repurchaseRateInputSchema, input);
      return rate('repurchaseRate', 'METRIC_REPURCHASE_RATE_DEFINITION', 'METRIC_REPURCHASE_RATE', new Decimal(repeatCustomers), new Decimal(customers), 'customers', { repeatCustomers, customers }, context);
    },

    afterSalesRate(input, context) {
      const { afterSalesOrders, orders } = parseInput(afterSalesRateInputSchema, input);
      return rate('afterSalesRate', 'METRIC_AFTER_SALES_RATE_DEFINITION', 'METRIC_AFTER_SALES_RATE', new Decimal(afterSalesOrders), new Decimal(orders), 'orders', { afterSalesOrders, orders }, context);
    },

    complaintRate(input, context) {
      const { complaints, orders } = parseInput(complaintRateInputSchema, input);
      return rate('complaintRate', 'METRIC_COMPLAINT_RATE_DEFINITION', 'METRIC_COMPLAINT_RATE', new Decimal(complaints), new Decimal(orders), 'orders', { complaints, orders }, context);
    },

    customerAcquisitionCost(input, context) {
      const { marketingCost, newCustomers, currency } = parseInput(customerAcquisitionCostInputSchema, input);
      const amount = money(marketingCost, currency);
      return perHead(
        'customerAcquisitionCost',
        'METRIC_CUSTOMER_ACQUISITION_COST_DEFINITION',
        'METRIC_CUSTOMER_ACQUISITION_COST',
        amount,
        newCustomers,
        'newCustomers',
        { marketingCost: amount, newCustomers },
        context,
      );
    },

    retentionRate(input, context) {
      const { customersAtStart, customersAtEnd, newCustomers } = parseInput(retentionRateInputSchema, input);
      return rate(
        'retentionRate',
        'METRIC_RETENTION_RATE_DEFINITION',
        'METRIC_RETENTION_RATE',
        new Decimal(customersAtEnd).minus(newCustomers),
        new Decimal(customersAtStart),
        'customersAtStart',
        { customersAtStart, customersAtEnd, newCustomers },
        context,
      );
    },

    roi(input, context) {
      const parsed = parseInput(roiInputSchema, input);
      const sales = decimal(parsed.sales);
      const cost = decimal(parsed.cost);
      const written = (value: Decimal): Money | string => (parsed.currency === undefined ? value.toString() : money(value, parsed.currency));
      const params = { sales: written(sales), cost: written(cost) };
      if (valid.roiDefinition === 'profit_over_cost') {
        return rate('roiProfitOverCost', 'METRIC_ROI_PROFIT_OVER_COST_DEFINITION', 'METRIC_ROI_PROFIT_OVER_COST', sales.minus(cost), cost, 'cost', params, context);
      }
      return rate('roiSalesOverCost', 'METRIC_ROI_SALES_OVER_COST_DEFINITION', 'METRIC_ROI_SALES_OVER_COST', sales, cost, 'cost', params, context);
    },

    firstResponseTime(input, context) {
      const { responseSeconds } = parseInput(firstResponseTimeInputSchema, input);
      const locale = localeOf(context);
      const conversations = responseSeconds.length;
      const total = responseSeconds.reduce<Decimal>((sum, seconds) => sum.plus(decimal(seconds)), new Decimal(0));
      const params = { totalSeconds: total.toString(), conversations };
      const definition = 'METRIC_FIRST_RESPONSE_TIME_DEFINITION';
      if (conversations === 0) return result('firstResponseTime', definition, 'METRIC_FIRST_RESPONSE_TIME', null, params, 'responseSeconds.length', locale);
      const value = fixed(total.div(conversations), secondsPlaces);
      return result('firstResponseTime', definition, 'METRIC_FIRST_RESPONSE_TIME', value, { ...params, value }, 'responseSeconds.length', locale);
    },

    replyAccuracy(input, context) {
      const { correct, total } = parseInput(replyAccuracyInputSchema, input);
      return rate('replyAccuracy', 'METRIC_REPLY_ACCURACY_DEFINITION', 'METRIC_REPLY_ACCURACY', new Decimal(correct), new Decimal(total), 'total', { correct, total }, context);
    },

    resolutionRate(input, context) {
      const { resolved, total } = parseInput(resolutionRateInputSchema, input);
      return rate('resolutionRate', 'METRIC_RESOLUTION_RATE_DEFINITION', 'METRIC_RESOLUTION_RATE', new Decimal(resolved), new Decimal(total), 'total', { resolved, total }, context);
    },

    satisfactionRate(input, context) {
      const { satisfied, rated } = parseInput(satisfactionRateInputSchema, input);
      return rate('satisfactionRate', 'METRIC_SATISFACTION_RATE_DEFINITION', 'METRIC_SATISFACTION_RATE', new Decimal(satisfied), new Decimal(rated), 'rated', { satisfied, rated }, context);
    },
  };
  Object.freeze(evaluator);
  compiled.set(valid, evaluator);
  return evaluator;
}
