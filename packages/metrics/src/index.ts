export {
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
export { defineMetricsPolicy, metricsPolicy, presets } from './metricsPolicy.js';
export { metricsMessages } from './messages.js';
export { kpis } from './kpis.js';
export { createMetrics } from './createMetrics.js';
export { conversionRate } from './conversionRate.js';
export { clickThroughRate } from './clickThroughRate.js';
export { averageOrderValue } from './averageOrderValue.js';
export { repurchaseRate } from './repurchaseRate.js';
export { afterSalesRate } from './afterSalesRate.js';
export { complaintRate } from './complaintRate.js';
export { customerAcquisitionCost } from './customerAcquisitionCost.js';
export { retentionRate } from './retentionRate.js';
export { roi } from './roi.js';
export { firstResponseTime } from './firstResponseTime.js';
export { replyAccuracy } from './replyAccuracy.js';
export { resolutionRate } from './resolutionRate.js';
export { satisfactionRate } from './satisfactionRate.js';
export {
  safeAfterSalesRate,
  safeAverageOrderValue,
  safeClickThroughRate,
  safeComplaintRate,
  safeConversionRate,
  safeCustomerAcquisitionCost,
  safeFirstResponseTime,
  safeReplyAccuracy,
  safeRepurchaseRate,
  safeResolutionRate,
  safeRetentionRate,
  safeRoi,
  safeSatisfactionRate,
} from './safeVariants.js';

export type {
  AfterSalesRateInput,
  AverageOrderValueInput,
  ClickThroughRateInput,
  ComplaintRateInput,
  ConversionRateInput,
  CustomerAcquisitionCostInput,
  FirstResponseTimeInput,
  KpiResult,
  MetricsPolicy,
  MetricsPolicyInput,
  MoneyKpiResult,
  ReplyAccuracyInput,
  RepurchaseRateInput,
  ResolutionRateInput,
  RetentionRateInput,
  RoiDefinition,
  RoiInput,
  SatisfactionRateInput,
} from './types.js';
export type { Kpi } from './kpis.js';
export type { KpiName, KpiUnit } from './formulas.js';
export type { MetricsEvaluator } from './createMetrics.js';
