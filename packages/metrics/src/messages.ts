import { defineMessages, type MessageDefinition } from '@zhidu/core';
import { formulas, type FormulaKey } from './formulas.js';

/** The definition reason of a KPI (MET-1): its title and formula, in both locales. */
/* @__NO_SIDE_EFFECTS__ */
function definition(key: FormulaKey): MessageDefinition {
  const { title, formula } = formulas[key];
  return {
    clause: 'MET-1',
    'zh-CN': `${title['zh-CN']}的统计口径：${formula['zh-CN']}`,
    'en-US': `${title['en-US']} is defined as ${formula['en-US']}`,
  };
}

/**
 * The reasons the metrics package gives, each with its clause and its message in zh-CN and en-US:
 * for every KPI its definition (统计口径, MET-1) and its value with the numbers used (MET-2, or
 * PAY-20 for the customer-service KPIs), and `METRIC_NO_DENOMINATOR` when a value is undefined.
 *
 * @example
 * metricsMessages.METRIC_CONVERSION_RATE_DEFINITION['en-US']
 * //=> 'Conversion rate is defined as orders ÷ unique visitors (UV)'
 */
export const metricsMessages = /* @__PURE__ */ defineMessages({
  METRIC_NO_DENOMINATOR: {
    clause: 'MET-1',
    'zh-CN': '分母（{denominator}）为 0，该指标无法计算，取值为 null（既不是 0，也不是 NaN）',
    'en-US': 'The denominator ({denominator}) is 0: the KPI is undefined, and its value is null (not 0, not NaN)',
  },

  METRIC_CONVERSION_RATE_DEFINITION: definition('conversionRate'),
  METRIC_CONVERSION_RATE: {
    clause: 'MET-2',
    'zh-CN': '转化率 = 订单数 {orders} ÷ 访客数 {visitors} = {value}（{percent}）',
    'en-US': 'Conversion rate = {orders} orders ÷ {visitors} unique visitors = {value} ({percent})',
  },

  METRIC_CLICK_THROUGH_RATE_DEFINITION: definition('clickThroughRate'),
  METRIC_CLICK_THROUGH_RATE: {
    clause: 'MET-2',
    'zh-CN': '点击率 = 点击次数 {clicks} ÷ 曝光次数 {impressions} = {value}（{percent}）',
    'en-US': 'Click-through rate = {clicks} clicks ÷ {impressions} impressions = {value} ({percent})',
  },

  METRIC_AVERAGE_ORDER_VALUE_DEFINITION: definition('averageOrderValue'),
  METRIC_AVERAGE_ORDER_VALUE: {
    clause: 'MET-2',
    'zh-CN': '客单价 = 销售额 {sales} ÷ 订单数 {orders} = {value}',
    'en-US': 'Average order value = {sales} sales ÷ {orders} orders = {value}',
  },

  METRIC_REPURCHASE_RATE_DEFINITION: definition('repurchaseRate'),
  METRIC_REPURCHASE_RATE: {
    clause: 'MET-2',
    'zh-CN': '复购率 = 复购客户数 {repeatCustomers} ÷ 购买客户数 {customers} = {value}（{percent}）',
    'en-US': 'Repurchase rate = {repeatCustomers} repeat customers ÷ {customers} customers = {value} ({percent})',
  },

  METRIC_AFTER_SALES_RATE_DEFINITION: definition('afterSalesRate'),
  METRIC_AFTER_SALES_RATE: {
    clause: 'MET-2',
    'zh-CN': '售后率 = 售后订单数 {afterSalesOrders} ÷ 订单数 {orders} = {value}（{percent}）',
    'en-US': 'After-sales rate = {afterSalesOrders} after-sales orders ÷ {orders} orders = {value} ({percent})',
  },

  METRIC_COMPLAINT_RATE_DEFINITION: definition('complaintRate'),
  METRIC_COMPLAINT_RATE: {
    clause: 'MET-2',
    'zh-CN': '投诉率 = 投诉数 {complaints} ÷ 订单数 {orders} = {value}（{percent}）',
    'en-US': 'Complaint rate = {complaints} complaints ÷ {orders} orders = {value} ({percent})',
  },

  METRIC_CUSTOMER_ACQUISITION_COST_DEFINITION: definition('customerAcquisitionCost'),
  METRIC_CUSTOMER_ACQUISITION_COST: {
    clause: 'MET-2',
    'zh-CN': '获客成本 = 营销费用 {marketingCost} ÷ 新增客户数 {newCustomers} = {value}',
    'en-US': 'Customer acquisition cost = {marketingCost} marketing cost ÷ {newCustomers} new customers = {value}',
  },

  METRIC_RETENTION_RATE_DEFINITION: definition('retentionRate'),
  METRIC_RETENTION_RATE: {
    clause: 'MET-2',
    'zh-CN': '留存率 =（期末客户数 {customersAtEnd} − 新增客户数 {newCustomers}）÷ 期初客户数 {customersAtStart} = {value}（{percent}）',
    'en-US': 'Retention rate = ({customersAtEnd} customers at end − {newCustomers} new customers) ÷ {customersAtStart} customers at start = {value} ({percent})',
  },

  METRIC_ROI_SALES_OVER_COST_DEFINITION: definition('roiSalesOverCost'),
  METRIC_ROI_SALES_OVER_COST: {
    clause: 'MET-2',
    'zh-CN': '投产比（ROI）= 销售额 {sales} ÷ 投入成本 {cost} = {value}',
    'en-US': 'ROI (sales over cost) = {sales} sales ÷ {cost} cost = {value}',
  },

  METRIC_ROI_PROFIT_OVER_COST_DEFINITION: definition('roiProfitOverCost'),
  METRIC_ROI_PROFIT_OVER_COST: {
    clause: 'MET-2',
    'zh-CN': '投资回报率（ROI）=（销售额 {sales} − 投入成本 {cost}）÷ 投入成本 {cost} = {value}（{percent}）',
    'en-US': 'ROI (profit over cost) = ({sales} sales − {cost} cost) ÷ {cost} cost = {value} ({percent})',
  },

  METRIC_FIRST_RESPONSE_TIME_DEFINITION: definition('firstResponseTime'),
  METRIC_FIRST_RESPONSE_TIME: {
    clause: 'PAY-20',
    'zh-CN': '平均首次响应时长 = {totalSeconds} 秒 ÷ {conversations} 个会话 = {value} 秒',
    'en-US': 'First response time = {totalSeconds} s ÷ {conversations} conversations = {value} s',
  },

  METRIC_REPLY_ACCURACY_DEFINITION: definition('replyAccuracy'),
  METRIC_REPLY_ACCURACY: {
    clause: 'PAY-20',
    'zh-CN': '回复准确率 = 正确回复数 {correct} ÷ 抽检回复数 {total} = {value}（{percent}）',
    'en-US': 'Reply accuracy = {correct} correct replies ÷ {total} replies checked = {value} ({percent})',
  },

  METRIC_RESOLUTION_RATE_DEFINITION: definition('resolutionRate'),
  METRIC_RESOLUTION_RATE: {
    clause: 'PAY-20',
    'zh-CN': '问题解决率 = 已解决问题数 {resolved} ÷ 受理问题数 {total} = {value}（{percent}）',
    'en-US': 'Resolution rate = {resolved} issues resolved ÷ {total} issues received = {value} ({percent})',
  },

  METRIC_SATISFACTION_RATE_DEFINITION: definition('satisfactionRate'),
  METRIC_SATISFACTION_RATE: {
    clause: 'PAY-20',
    'zh-CN': '满意率 = 满意评价数 {satisfied} ÷ 评价总数 {rated} = {value}（{percent}）',
    'en-US': 'Satisfaction rate = {satisfied} satisfied ratings ÷ {rated} ratings = {value} ({percent})',
  },
});
