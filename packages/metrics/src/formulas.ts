import type { LocalizedText } from '@zhidu/core';

/** What a KPI's value measures: a ratio (a decimal string, not a percentage), money, or seconds. */
export type KpiUnit = 'ratio' | 'money' | 'seconds';

/** The name of every KPI function. */
export type KpiName =
  | 'conversionRate'
  | 'clickThroughRate'
  | 'averageOrderValue'
  | 'repurchaseRate'
  | 'afterSalesRate'
  | 'complaintRate'
  | 'customerAcquisitionCost'
  | 'retentionRate'
  | 'roi'
  | 'firstResponseTime'
  | 'replyAccuracy'
  | 'resolutionRate'
  | 'satisfactionRate';

/** One stated definition (统计口径, MET-1): the KPI's title and its formula in words and symbols. */
export interface FormulaDefinition {
  readonly title: LocalizedText;
  readonly formula: LocalizedText;
  readonly clause: 'MET-2' | 'PAY-20';
  readonly unit: KpiUnit;
}

/** The definitions a call can state: one per KPI, two for ROI (the policy picks one). */
export type FormulaKey = Exclude<KpiName, 'roi'> | 'roiSalesOverCost' | 'roiProfitOverCost';

/**
 * The definition (统计口径, MET-1) of every KPI, in zh-CN and en-US. A KPI result's `formula`,
 * its definition reason, the `kpis` list and the docs' table all read from here, so they agree.
 *
 * @internal
 */
export const formulas: Readonly<Record<FormulaKey, FormulaDefinition>> = {
  conversionRate: {
    title: { 'zh-CN': '转化率', 'en-US': 'Conversion rate' },
    formula: { 'zh-CN': '订单数 ÷ 访客数（UV）', 'en-US': 'orders ÷ unique visitors (UV)' },
    clause: 'MET-2',
    unit: 'ratio',
  },
  clickThroughRate: {
    title: { 'zh-CN': '点击率', 'en-US': 'Click-through rate' },
    formula: { 'zh-CN': '点击次数 ÷ 曝光次数', 'en-US': 'clicks ÷ impressions' },
    clause: 'MET-2',
    unit: 'ratio',
  },
  averageOrderValue: {
    title: { 'zh-CN': '客单价', 'en-US': 'Average order value' },
    formula: { 'zh-CN': '销售额 ÷ 订单数', 'en-US': 'sales ÷ orders' },
    clause: 'MET-2',
    unit: 'money',
  },
  repurchaseRate: {
    title: { 'zh-CN': '复购率', 'en-US': 'Repurchase rate' },
    formula: { 'zh-CN': '复购客户数 ÷ 购买客户数', 'en-US': 'repeat customers ÷ customers' },
    clause: 'MET-2',
    unit: 'ratio',
  },
  afterSalesRate: {
    title: { 'zh-CN': '售后率', 'en-US': 'After-sales rate' },
    formula: { 'zh-CN': '售后订单数 ÷ 订单数', 'en-US': 'after-sales orders ÷ orders' },
    clause: 'MET-2',
    unit: 'ratio',
  },
  complaintRate: {
    title: { 'zh-CN': '投诉率', 'en-US': 'Complaint rate' },
    formula: { 'zh-CN': '投诉数 ÷ 订单数', 'en-US': 'complaints ÷ orders' },
    clause: 'MET-2',
    unit: 'ratio',
  },
  customerAcquisitionCost: {
    title: { 'zh-CN': '获客成本', 'en-US': 'Customer acquisition cost' },
    formula: { 'zh-CN': '营销费用 ÷ 新增客户数', 'en-US': 'marketing cost ÷ new customers' },
    clause: 'MET-2',
    unit: 'money',
  },
  retentionRate: {
    title: { 'zh-CN': '留存率', 'en-US': 'Retention rate' },
    formula: {
      'zh-CN': '（期末客户数 − 期内新增客户数）÷ 期初客户数',
      'en-US': '(customers at end − new customers) ÷ customers at start',
    },
    clause: 'MET-2',
    unit: 'ratio',
  },
  roiSalesOverCost: {
    title: { 'zh-CN': '投产比（ROI）', 'en-US': 'ROI (sales over cost)' },
    formula: { 'zh-CN': '销售额 ÷ 投入成本', 'en-US': 'sales ÷ cost' },
    clause: 'MET-2',
    unit: 'ratio',
  },
  roiProfitOverCost: {
    title: { 'zh-CN': '投资回报率（ROI）', 'en-US': 'ROI (profit over cost)' },
    formula: { 'zh-CN': '（销售额 − 投入成本）÷ 投入成本', 'en-US': '(sales − cost) ÷ cost' },
    clause: 'MET-2',
    unit: 'ratio',
  },
  firstResponseTime: {
    title: { 'zh-CN': '平均首次响应时长', 'en-US': 'First response time' },
    formula: { 'zh-CN': '各会话首次响应秒数之和 ÷ 会话数', 'en-US': 'sum of first-response seconds ÷ conversations' },
    clause: 'PAY-20',
    unit: 'seconds',
  },
  replyAccuracy: {
    title: { 'zh-CN': '回复准确率', 'en-US': 'Reply accuracy' },
    formula: { 'zh-CN': '正确回复数 ÷ 抽检回复数', 'en-US': 'correct replies ÷ replies checked' },
    clause: 'PAY-20',
    unit: 'ratio',
  },
  resolutionRate: {
    title: { 'zh-CN': '问题解决率', 'en-US': 'Resolution rate' },
    formula: { 'zh-CN': '已解决问题数 ÷ 受理问题数', 'en-US': 'issues resolved ÷ issues received' },
    clause: 'PAY-20',
    unit: 'ratio',
  },
  satisfactionRate: {
    title: { 'zh-CN': '满意率', 'en-US': 'Satisfaction rate' },
    formula: { 'zh-CN': '满意评价数 ÷ 评价总数', 'en-US': 'satisfied ratings ÷ ratings' },
    clause: 'PAY-20',
    unit: 'ratio',
  },
};
