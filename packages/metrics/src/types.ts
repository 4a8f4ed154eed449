import type { Decision, DeepReadonly } from '@zhidu/core';
import type * as z from 'zod/mini';
import type {
  afterSalesRateInputSchema,
  averageOrderValueInputSchema,
  clickThroughRateInputSchema,
  complaintRateInputSchema,
  conversionRateInputSchema,
  customerAcquisitionCostInputSchema,
  firstResponseTimeInputSchema,
  metricsPolicySchema,
  replyAccuracyInputSchema,
  repurchaseRateInputSchema,
  resolutionRateInputSchema,
  retentionRateInputSchema,
  roiDefinitionSchema,
  roiInputSchema,
  satisfactionRateInputSchema,
} from './schema.js';

/** How ROI is defined: `'sales_over_cost'` (电商投产比) or `'profit_over_cost'`. */
export type RoiDefinition = z.output<typeof roiDefinitionSchema>;

/** The input of {@link conversionRate}. */
export type ConversionRateInput = DeepReadonly<z.input<typeof conversionRateInputSchema>>;
/** The input of {@link clickThroughRate}. */
export type ClickThroughRateInput = DeepReadonly<z.input<typeof clickThroughRateInputSchema>>;
/** The input of {@link averageOrderValue}. */
export type AverageOrderValueInput = DeepReadonly<z.input<typeof averageOrderValueInputSchema>>;
/** The input of {@link repurchaseRate}. */
export type RepurchaseRateInput = DeepReadonly<z.input<typeof repurchaseRateInputSchema>>;
/** The input of {@link afterSalesRate}. */
export type AfterSalesRateInput = DeepReadonly<z.input<typeof afterSalesRateInputSchema>>;
/** The input of {@link complaintRate}. */
export type ComplaintRateInput = DeepReadonly<z.input<typeof complaintRateInputSchema>>;
/** The input of {@link customerAcquisitionCost}. */
export type CustomerAcquisitionCostInput = DeepReadonly<z.input<typeof customerAcquisitionCostInputSchema>>;
/** The input of {@link retentionRate}. */
export type RetentionRateInput = DeepReadonly<z.input<typeof retentionRateInputSchema>>;
/** The input of {@link roi}. */
export type RoiInput = DeepReadonly<z.input<typeof roiInputSchema>>;
/** The input of {@link firstResponseTime}. */
export type FirstResponseTimeInput = DeepReadonly<z.input<typeof firstResponseTimeInputSchema>>;
/** The input of {@link replyAccuracy}. */
export type ReplyAccuracyInput = DeepReadonly<z.input<typeof replyAccuracyInputSchema>>;
/** The input of {@link resolutionRate}. */
export type ResolutionRateInput = DeepReadonly<z.input<typeof resolutionRateInputSchema>>;
/** The input of {@link satisfactionRate}. */
export type SatisfactionRateInput = DeepReadonly<z.input<typeof satisfactionRateInputSchema>>;

/** The metrics policy as overrides are written against it. */
export type MetricsPolicyInput = z.input<typeof metricsPolicySchema>;
/** A complete, validated metrics policy. */
export type MetricsPolicy = DeepReadonly<z.output<typeof metricsPolicySchema>>;

/** A KPI's value with its definition and the reasons behind it. */
export type KpiResult = Decision<{
  /**
   * The value as an exact decimal string — a ratio rounded half-up to the policy's precision
   * (`'0.0325'`), money at the currency's minor unit (`'59.50'`), or seconds (`'42.5'`) — or
   * `null` when the denominator is zero. Never `NaN` or `Infinity`.
   */
  readonly value: string | null;
  /** The definition (统计口径, MET-1) in the context's locale, e.g. `'orders ÷ unique visitors (UV)'`. */
  readonly formula: string;
}>;

/** A money KPI's result: the value is an amount in `currency`. */
export type MoneyKpiResult = KpiResult & {
  /** The currency of `value`, as given in the input. */
  readonly currency: string;
};
