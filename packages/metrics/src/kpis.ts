import { deepFreeze, type LocalizedText } from '@zhidu/core';
import { formulas, type KpiName, type KpiUnit } from './formulas.js';

/** One KPI as the docs list it: its function's name, title, definition (统计口径), clause and unit. */
export interface Kpi {
  /** The name of the function that computes it, e.g. `'conversionRate'`. */
  readonly name: KpiName;
  /** What it is called, e.g. `{ 'zh-CN': '转化率', 'en-US': 'Conversion rate' }`. */
  readonly title: LocalizedText;
  /** Its definition in words and symbols (MET-1), e.g. `'orders ÷ unique visitors (UV)'`. */
  readonly formula: LocalizedText;
  /** The catalog clause that names it: `MET-2`, or `PAY-20` for the customer-service KPIs. */
  readonly clause: 'MET-2' | 'PAY-20';
  /** What the value measures: a ratio (a decimal string), money at the currency's minor unit, or seconds. */
  readonly unit: KpiUnit;
}

const roi = {
  name: 'roi',
  title: { 'zh-CN': 'ROI（投产比 / 投资回报率）', 'en-US': 'ROI' },
  formula: {
    'zh-CN': `${formulas.roiSalesOverCost.formula['zh-CN']}（sales_over_cost，投产比，中国店铺预设）或${formulas.roiProfitOverCost.formula['zh-CN']}（profit_over_cost，美国店铺预设），由策略的 roiDefinition 选定`,
    'en-US': `${formulas.roiSalesOverCost.formula['en-US']} (sales_over_cost, 投产比, the CN presets) or ${formulas.roiProfitOverCost.formula['en-US']} (profit_over_cost, the usStore preset), as the policy's roiDefinition says`,
  },
  clause: 'MET-2',
  unit: 'ratio',
} as const satisfies Kpi;

const names = [
  'conversionRate',
  'clickThroughRate',
  'averageOrderValue',
  'repurchaseRate',
  'afterSalesRate',
  'complaintRate',
  'customerAcquisitionCost',
  'retentionRate',
  'roi',
  'firstResponseTime',
  'replyAccuracy',
  'resolutionRate',
  'satisfactionRate',
] as const satisfies readonly KpiName[];

/**
 * Every KPI with its definition (统计口径, MET-1) in zh-CN and en-US and the clause that names it
 * (MET-2; PAY-20 for the customer-service KPIs). The docs' KPI table is generated from this list,
 * and each KPI's result states the same `formula`.
 *
 * @example
 * kpis.find((kpi) => kpi.name === 'conversionRate')
 * //=> { name: 'conversionRate', title: { 'zh-CN': '转化率', 'en-US': 'Conversion rate' },
 * //     formula: { 'zh-CN': '订单数 ÷ 访客数（UV）', 'en-US': 'orders ÷ unique visitors (UV)' }, clause: 'MET-2', unit: 'ratio' }
 */
export const kpis: readonly Kpi[] = /* @__PURE__ */ deepFreeze(
  names.map((name): Kpi => {
    if (name === 'roi') return roi;
    const { title, formula, clause, unit } = formulas[name];
    return { name, title: { ...title }, formula: { ...formula }, clause, unit };
  }),
);
