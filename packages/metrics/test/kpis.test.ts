import { explain, PolicyInputError, type Reason } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import {
  afterSalesRate,
  averageOrderValue,
  clickThroughRate,
  complaintRate,
  conversionRate,
  createMetrics,
  customerAcquisitionCost,
  defineMetricsPolicy,
  firstResponseTime,
  kpis,
  presets,
  replyAccuracy,
  repurchaseRate,
  resolutionRate,
  retentionRate,
  roi,
  satisfactionRate,
  type KpiResult,
} from '../src/index.js';

const codes = (result: KpiResult) => result.reasons.map((reason: Reason) => reason.code);
const clauses = (result: KpiResult) => result.reasons.map((reason: Reason) => reason.clause);

// Every expected value below is worked out by hand from the formula, with the exact quotient
// written out, then rounded half-up (ties away from zero) to 4 places for rates, to the minor
// unit for money, to 1 place for seconds.

describe('conversionRate', () => {
  it('MET-2: orders ÷ unique visitors, 13 ÷ 400 = 0.0325 exactly', () => {
    const result = conversionRate({ orders: 13, visitors: 400 });
    expect(result.value).toBe('0.0325');
    expect(result.formula).toBe('订单数 ÷ 访客数（UV）');
    expect(codes(result)).toEqual(['METRIC_CONVERSION_RATE_DEFINITION', 'METRIC_CONVERSION_RATE']);
    expect(clauses(result)).toEqual(['MET-1', 'MET-2']);
    expect(result.reasons[0]?.message).toBe('转化率的统计口径：订单数 ÷ 访客数（UV）');
    expect(result.reasons[1]).toEqual({
      code: 'METRIC_CONVERSION_RATE',
      clause: 'MET-2',
      message: '转化率 = 订单数 13 ÷ 访客数 400 = 0.0325（3.25%）',
      params: { orders: 13, visitors: 400, value: '0.0325', percent: '3.25%' },
    });
  });

  it('MET-1: rounds half-up at the 5th decimal — a tie goes up, just below a tie goes down', () => {
    // 1 ÷ 20000 = 0.00005 (a tie) → 0.0001; 49999 ÷ 10^9 = 0.000049999 → 0.0000.
    expect(conversionRate({ orders: 1, visitors: 20_000 }).value).toBe('0.0001');
    expect(conversionRate({ orders: 49_999, visitors: 1_000_000_000 }).value).toBe('0.0000');
    // 1 ÷ 4000 = 0.00025: half-up gives 0.0003 (half-even would give 0.0002); 24999 ÷ 10^8 = 0.00024999 → 0.0002.
    expect(conversionRate({ orders: 1, visitors: 4000 }).value).toBe('0.0003');
    expect(conversionRate({ orders: 24_999, visitors: 100_000_000 }).value).toBe('0.0002');
    // 2469 ÷ 20000 = 0.12345 → 0.1235; 123449 ÷ 10^6 = 0.123449 → 0.1234.
    expect(conversionRate({ orders: 2469, visitors: 20_000 }).value).toBe('0.1235');
    expect(conversionRate({ orders: 123_449, visitors: 1_000_000 }).value).toBe('0.1234');
  });

  it('MET-2: a visitor may order more than once, so the rate may exceed 1', () => {
    expect(conversionRate({ orders: 5, visitors: 4 }).value).toBe('1.2500');
  });

  it('MET-1: no visitors → null with METRIC_NO_DENOMINATOR, not 0, NaN or Infinity', () => {
    const result = conversionRate({ orders: 0, visitors: 0 });
    expect(result.value).toBeNull();
    expect(codes(result)).toEqual(['METRIC_CONVERSION_RATE_DEFINITION', 'METRIC_NO_DENOMINATOR']);
    expect(result.reasons[1]).toMatchObject({ clause: 'MET-1', params: { kpi: 'conversionRate', denominator: 'visitors', orders: 0, visitors: 0 } });
    expect(result.reasons[1]?.message).toBe('分母（visitors）为 0，该指标无法计算，取值为 null（既不是 0，也不是 NaN）');
    expect(conversionRate({ orders: 3, visitors: 0 }).value).toBeNull();
  });
});

describe('clickThroughRate', () => {
  it('MET-2: clicks ÷ impressions, 1 ÷ 3 = 0.33333… → 0.3333 and 2 ÷ 3 = 0.66666… → 0.6667', () => {
    expect(clickThroughRate({ clicks: 1, impressions: 3 }).value).toBe('0.3333');
    expect(clickThroughRate({ clicks: 2, impressions: 3 }).value).toBe('0.6667');
    expect(clickThroughRate({ clicks: 0, impressions: 3 }).value).toBe('0.0000');
    expect(clickThroughRate({ clicks: 1, impressions: 3 }).formula).toBe('点击次数 ÷ 曝光次数');
  });

  it('MET-1: no impressions → null', () => {
    expect(clickThroughRate({ clicks: 0, impressions: 0 })).toMatchObject({ value: null, reasons: [{}, { code: 'METRIC_NO_DENOMINATOR', params: { denominator: 'impressions' } }] });
  });
});

describe('averageOrderValue', () => {
  it('MET-2: sales ÷ orders at the minor unit, 1000.00 ÷ 3 = 333.333… → 333.33, with the currency', () => {
    const result = averageOrderValue({ sales: '1000.00', orders: 3, currency: 'CNY' });
    expect(result).toMatchObject({ value: '333.33', currency: 'CNY', formula: '销售额 ÷ 订单数' });
    expect(result.reasons[1]).toMatchObject({
      code: 'METRIC_AVERAGE_ORDER_VALUE',
      clause: 'MET-2',
      params: { sales: { amount: '1000.00', currency: 'CNY' }, orders: 3, value: { amount: '333.33', currency: 'CNY' } },
    });
    expect(result.reasons[1]?.message).toContain('333.33');
  });

  it('MET-1: the cent rounds half-up — 1000.01 ÷ 2 = 500.005 → 500.01, 1000.00 ÷ 6 = 166.666… → 166.67, 0.09 ÷ 2 = 0.045 → 0.05', () => {
    expect(averageOrderValue({ sales: '1000.01', orders: 2, currency: 'CNY' }).value).toBe('500.01');
    expect(averageOrderValue({ sales: 1000, orders: 6, currency: 'CNY' }).value).toBe('166.67');
    expect(averageOrderValue({ sales: '0.09', orders: 2, currency: 'USD' }).value).toBe('0.05');
    expect(averageOrderValue({ sales: '0.07', orders: 2, currency: 'USD' }).value).toBe('0.04');
  });

  it('MET-2: a currency without minor units (JPY) gives whole yen: 1000 ÷ 3 → 333', () => {
    expect(averageOrderValue({ sales: 1000, orders: 3, currency: 'JPY' })).toMatchObject({ value: '333', currency: 'JPY' });
  });

  it('MET-1: no orders → null, with the currency kept', () => {
    const result = averageOrderValue({ sales: '0.00', orders: 0, currency: 'CNY' });
    expect(result).toMatchObject({ value: null, currency: 'CNY' });
    expect(codes(result)).toEqual(['METRIC_AVERAGE_ORDER_VALUE_DEFINITION', 'METRIC_NO_DENOMINATOR']);
  });
});

describe('repurchaseRate', () => {
  it('MET-2: repeat customers ÷ customers, 45 ÷ 300 = 0.15', () => {
    expect(repurchaseRate({ repeatCustomers: 45, customers: 300 })).toMatchObject({ value: '0.1500', formula: '复购客户数 ÷ 购买客户数' });
    expect(repurchaseRate({ repeatCustomers: 300, customers: 300 }).value).toBe('1.0000');
    expect(repurchaseRate({ repeatCustomers: 0, customers: 0 }).value).toBeNull();
  });
});

describe('afterSalesRate', () => {
  it('MET-2: after-sales orders ÷ orders, 7 ÷ 250 = 0.028', () => {
    expect(afterSalesRate({ afterSalesOrders: 7, orders: 250 })).toMatchObject({ value: '0.0280', formula: '售后订单数 ÷ 订单数' });
    expect(afterSalesRate({ afterSalesOrders: 0, orders: 0 }).value).toBeNull();
  });
});

describe('complaintRate', () => {
  it('MET-2: complaints ÷ orders, 2 ÷ 800 = 0.0025; more complaints than orders is possible', () => {
    expect(complaintRate({ complaints: 2, orders: 800 })).toMatchObject({ value: '0.0025', formula: '投诉数 ÷ 订单数' });
    expect(complaintRate({ complaints: 3, orders: 2 }).value).toBe('1.5000');
    expect(complaintRate({ complaints: 1, orders: 0 }).value).toBeNull();
  });
});

describe('customerAcquisitionCost', () => {
  it('MET-2: marketing cost ÷ new customers, 2500.00 ÷ 120 = 20.8333… → 20.83 USD', () => {
    const result = customerAcquisitionCost({ marketingCost: '2500.00', newCustomers: 120, currency: 'USD' }, presets.usStore);
    expect(result).toMatchObject({ value: '20.83', currency: 'USD', formula: 'marketing cost ÷ new customers' });
    expect(result.reasons[1]?.message).toBe('Customer acquisition cost = $2,500.00 marketing cost ÷ 120 new customers = $20.83');
  });

  it('MET-1: the cent rounds half-up — 0.05 ÷ 2 = 0.025 → 0.03; 100 ÷ 8 = 12.5 → 12.50', () => {
    expect(customerAcquisitionCost({ marketingCost: '0.05', newCustomers: 2, currency: 'CNY' }).value).toBe('0.03');
    expect(customerAcquisitionCost({ marketingCost: 100, newCustomers: 8, currency: 'CNY' }).value).toBe('12.50');
    expect(customerAcquisitionCost({ marketingCost: '0.05', newCustomers: 0, currency: 'CNY' }).value).toBeNull();
  });
});

describe('retentionRate', () => {
  it('MET-2: (end − new) ÷ start, (210 − 40) ÷ 200 = 0.85', () => {
    const result = retentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 40 });
    expect(result).toMatchObject({ value: '0.8500', formula: '（期末客户数 − 期内新增客户数）÷ 期初客户数' });
    expect(result.reasons[1]?.params).toEqual({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 40, value: '0.8500', percent: '85.00%' });
    // (7 − 0) ÷ 9 = 0.77777… → 0.7778; everyone kept → 1; everyone lost → 0.
    expect(retentionRate({ customersAtStart: 9, customersAtEnd: 7, newCustomers: 0 }).value).toBe('0.7778');
    expect(retentionRate({ customersAtStart: 9, customersAtEnd: 12, newCustomers: 3 }).value).toBe('1.0000');
    expect(retentionRate({ customersAtStart: 9, customersAtEnd: 3, newCustomers: 3 }).value).toBe('0.0000');
  });

  it('MET-1: no customers at the start → null', () => {
    expect(retentionRate({ customersAtStart: 0, customersAtEnd: 5, newCustomers: 5 })).toMatchObject({
      value: null,
      reasons: [{ code: 'METRIC_RETENTION_RATE_DEFINITION' }, { code: 'METRIC_NO_DENOMINATOR', params: { denominator: 'customersAtStart' } }],
    });
  });
});

describe('roi', () => {
  it('MET-2: the CN presets define ROI as sales ÷ cost (投产比): 1500 ÷ 1200 = 1.25', () => {
    for (const policy of [presets.generic, presets.douyinShop]) {
      const result = roi({ sales: '1500', cost: '1200' }, policy);
      expect(result).toMatchObject({ value: '1.2500', formula: '销售额 ÷ 投入成本' });
      expect(codes(result)).toEqual(['METRIC_ROI_SALES_OVER_COST_DEFINITION', 'METRIC_ROI_SALES_OVER_COST']);
      expect(clauses(result)).toEqual(['MET-1', 'MET-2']);
    }
    // 1000 ÷ 1200 = 0.83333… → 0.8333
    expect(roi({ sales: '1000', cost: '1200' }).value).toBe('0.8333');
  });

  it('MET-2: the usStore preset defines ROI as (sales − cost) ÷ cost: (1500 − 1200) ÷ 1200 = 0.25; a loss is negative', () => {
    const result = roi({ sales: '1500.00', cost: '1200.00', currency: 'USD' }, presets.usStore);
    expect(result).toMatchObject({ value: '0.2500', formula: '(sales − cost) ÷ cost' });
    expect(codes(result)).toEqual(['METRIC_ROI_PROFIT_OVER_COST_DEFINITION', 'METRIC_ROI_PROFIT_OVER_COST']);
    expect(result.reasons[1]?.message).toBe('ROI (profit over cost) = ($1,500.00 sales − $1,200.00 cost) ÷ $1,200.00 cost = 0.2500 (25.00%)');
    // (1000 − 1200) ÷ 1200 = −0.16666… → −0.1667 (half-up rounds ties away from zero)
    expect(roi({ sales: '1000', cost: '1200' }, presets.usStore).value).toBe('-0.1667');
    expect(roi({ sales: 0, cost: '100' }, presets.usStore).value).toBe('-1.0000');
  });

  it('MET-2: the policy chooses the definition, and the formula says which', () => {
    const profit = defineMetricsPolicy({ roiDefinition: 'profit_over_cost' });
    const sales = defineMetricsPolicy({ roiDefinition: 'sales_over_cost' }, 'usStore');
    expect(roi({ sales: '300', cost: '200' }, profit)).toMatchObject({ value: '0.5000', formula: '（销售额 − 投入成本）÷ 投入成本' });
    expect(roi({ sales: '300', cost: '200' }, sales)).toMatchObject({ value: '1.5000', formula: 'sales ÷ cost' });
  });

  it('MET-1: a tie at the 5th decimal rounds away from zero on both signs', () => {
    const profit = defineMetricsPolicy({ roiDefinition: 'profit_over_cost' });
    // (1.00005 − 1) ÷ 1 = 0.00005 → 0.0001; (0.99995 − 1) ÷ 1 = −0.00005 → −0.0001
    expect(roi({ sales: '1.00005', cost: '1' }, profit).value).toBe('0.0001');
    expect(roi({ sales: '0.99995', cost: '1' }, profit).value).toBe('-0.0001');
    // (0.999996 − 1) ÷ 1 = −0.000004 → rounds to zero, written '0.0000', never '-0.0000'
    expect(roi({ sales: '0.999996', cost: '1' }, profit).value).toBe('0.0000');
  });

  it('MET-1: no cost → null under either definition', () => {
    expect(roi({ sales: '100', cost: '0' }).value).toBeNull();
    expect(roi({ sales: '100', cost: 0 }, presets.usStore)).toMatchObject({ value: null, reasons: [{}, { code: 'METRIC_NO_DENOMINATOR', params: { denominator: 'cost' } }] });
  });
});

describe('firstResponseTime', () => {
  it('PAY-20: the mean in seconds to 1 place, (12 + 30 + 45 + 8) ÷ 4 = 23.75 → 23.8', () => {
    const result = firstResponseTime({ responseSeconds: [12, 30, 45, 8] });
    expect(result).toMatchObject({ value: '23.8', formula: '各会话首次响应秒数之和 ÷ 会话数' });
    expect(clauses(result)).toEqual(['MET-1', 'PAY-20']);
    expect(result.reasons[1]?.params).toEqual({ totalSeconds: '95', conversations: 4, value: '23.8' });
  });

  it('PAY-20: rounds half-up at the 2nd decimal — 20.05 ÷ 2 = 10.025 → 10.0, 10.05 → 10.1, 10.0499 → 10.0', () => {
    expect(firstResponseTime({ responseSeconds: ['10', '10.05'] }).value).toBe('10.0'); // 10.025
    expect(firstResponseTime({ responseSeconds: ['10.05'] }).value).toBe('10.1');
    expect(firstResponseTime({ responseSeconds: ['10.0499'] }).value).toBe('10.0');
    expect(firstResponseTime({ responseSeconds: [0.1, 0.2] }).value).toBe('0.2'); // 0.15 exactly, not 0.15000000000000002
  });

  it('MET-1: an empty list → null', () => {
    expect(firstResponseTime({ responseSeconds: [] })).toMatchObject({
      value: null,
      reasons: [{ code: 'METRIC_FIRST_RESPONSE_TIME_DEFINITION' }, { code: 'METRIC_NO_DENOMINATOR', params: { denominator: 'responseSeconds.length', conversations: 0 } }],
    });
  });
});

describe('replyAccuracy, resolutionRate, satisfactionRate', () => {
  it('PAY-20: correct ÷ checked 47 ÷ 50 = 0.94; resolved 88 ÷ 90 = 0.97777… → 0.9778; satisfied 9 ÷ 10 = 0.9', () => {
    expect(replyAccuracy({ correct: 47, total: 50 })).toMatchObject({ value: '0.9400', formula: '正确回复数 ÷ 抽检回复数' });
    expect(resolutionRate({ resolved: 88, total: 90 })).toMatchObject({ value: '0.9778', formula: '已解决问题数 ÷ 受理问题数' });
    expect(satisfactionRate({ satisfied: 9, rated: 10 })).toMatchObject({ value: '0.9000', formula: '满意评价数 ÷ 评价总数' });
    for (const result of [replyAccuracy({ correct: 1, total: 2 }), resolutionRate({ resolved: 1, total: 2 }), satisfactionRate({ satisfied: 1, rated: 2 })]) {
      expect(clauses(result)).toEqual(['MET-1', 'PAY-20']);
    }
  });

  it('MET-1, PAY-20: nothing checked, received or rated → null', () => {
    expect(replyAccuracy({ correct: 0, total: 0 }).value).toBeNull();
    expect(resolutionRate({ resolved: 0, total: 0 }).value).toBeNull();
    expect(satisfactionRate({ satisfied: 0, rated: 0 }).value).toBeNull();
  });
});

describe('precision', () => {
  it('MET-1: the policy sets the places of rates; money keeps the minor unit, seconds one place', () => {
    const two = defineMetricsPolicy({ precision: 2 });
    expect(conversionRate({ orders: 13, visitors: 400 }, two)).toMatchObject({ value: '0.03', reasons: [{}, { params: { percent: '3%' } }] });
    // 0.125 → 0.13 (half-up at the 3rd decimal)
    expect(conversionRate({ orders: 1, visitors: 8 }, two).value).toBe('0.13');
    const six = defineMetricsPolicy({ precision: 6 });
    expect(clickThroughRate({ clicks: 1, impressions: 3 }, six)).toMatchObject({ value: '0.333333', reasons: [{}, { params: { percent: '33.3333%' } }] });
    expect(averageOrderValue({ sales: '10.00', orders: 3, currency: 'CNY' }, six).value).toBe('3.33');
    const zero = defineMetricsPolicy({ precision: 0 });
    expect(conversionRate({ orders: 1, visitors: 2 }, zero)).toMatchObject({ value: '1', reasons: [{}, { params: { percent: '100%' } }] });
  });
});

describe('locales', () => {
  it('MET-1: the formula and reasons follow the context locale, then the policy locale', () => {
    const en = conversionRate({ orders: 13, visitors: 400 }, presets.generic, { locale: 'en-US' });
    expect(en.formula).toBe('orders ÷ unique visitors (UV)');
    expect(en.reasons.map((reason) => reason.message)).toEqual([
      'Conversion rate is defined as orders ÷ unique visitors (UV)',
      'Conversion rate = 13 orders ÷ 400 unique visitors = 0.0325 (3.25%)',
    ]);
    expect(conversionRate({ orders: 13, visitors: 400 }, presets.usStore).formula).toBe('orders ÷ unique visitors (UV)');
    expect(conversionRate({ orders: 13, visitors: 400 }, presets.usStore, { locale: 'zh-CN' }).formula).toBe('订单数 ÷ 访客数（UV）');
    expect(conversionRate({ orders: 0, visitors: 0 }, presets.usStore).reasons[1]?.message).toBe(
      'The denominator (visitors) is 0: the KPI is undefined, and its value is null (not 0, not NaN)',
    );
  });

  it('MET-1: explain() re-renders a stored result in the other locale', () => {
    const zh = averageOrderValue({ sales: '1000.00', orders: 3, currency: 'CNY' });
    const en = averageOrderValue({ sales: '1000.00', orders: 3, currency: 'CNY' }, presets.generic, { locale: 'en-US' });
    expect(explain(zh, 'en-US').reasons).toEqual(en.reasons);
    expect(JSON.parse(JSON.stringify(zh))).toEqual(zh);
  });

  it('MET-1: every KPI states the formula of its kpis entry, in both locales', () => {
    const results: Record<string, (locale: 'zh-CN' | 'en-US') => KpiResult> = {
      conversionRate: (locale) => conversionRate({ orders: 1, visitors: 2 }, presets.generic, { locale }),
      clickThroughRate: (locale) => clickThroughRate({ clicks: 1, impressions: 2 }, presets.generic, { locale }),
      averageOrderValue: (locale) => averageOrderValue({ sales: 1, orders: 2, currency: 'CNY' }, presets.generic, { locale }),
      repurchaseRate: (locale) => repurchaseRate({ repeatCustomers: 1, customers: 2 }, presets.generic, { locale }),
      afterSalesRate: (locale) => afterSalesRate({ afterSalesOrders: 1, orders: 2 }, presets.generic, { locale }),
      complaintRate: (locale) => complaintRate({ complaints: 1, orders: 2 }, presets.generic, { locale }),
      customerAcquisitionCost: (locale) => customerAcquisitionCost({ marketingCost: 1, newCustomers: 2, currency: 'CNY' }, presets.generic, { locale }),
      retentionRate: (locale) => retentionRate({ customersAtStart: 2, customersAtEnd: 1, newCustomers: 0 }, presets.generic, { locale }),
      firstResponseTime: (locale) => firstResponseTime({ responseSeconds: [1] }, presets.generic, { locale }),
      replyAccuracy: (locale) => replyAccuracy({ correct: 1, total: 2 }, presets.generic, { locale }),
      resolutionRate: (locale) => resolutionRate({ resolved: 1, total: 2 }, presets.generic, { locale }),
      satisfactionRate: (locale) => satisfactionRate({ satisfied: 1, rated: 2 }, presets.generic, { locale }),
    };
    for (const kpi of kpis) {
      if (kpi.name === 'roi') {
        expect(kpi.formula['zh-CN']).toContain(roi({ sales: 1, cost: 1 }).formula);
        expect(kpi.formula['en-US']).toContain(roi({ sales: 1, cost: 1 }, presets.usStore).formula);
        continue;
      }
      const compute = results[kpi.name]!;
      expect(compute('zh-CN').formula).toBe(kpi.formula['zh-CN']);
      expect(compute('en-US').formula).toBe(kpi.formula['en-US']);
      expect(compute('en-US').reasons.map((reason) => reason.clause)).toEqual(['MET-1', kpi.clause]);
    }
  });
});

describe('kpis', () => {
  it('MET-1, MET-2, PAY-20: lists every KPI once, frozen, with its clause', () => {
    expect(kpis.map((kpi) => kpi.name)).toEqual([
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
    ]);
    expect(kpis.filter((kpi) => kpi.clause === 'PAY-20').map((kpi) => kpi.name)).toEqual(['firstResponseTime', 'replyAccuracy', 'resolutionRate', 'satisfactionRate']);
    expect(Object.isFrozen(kpis)).toBe(true);
    expect(Object.isFrozen(kpis[0])).toBe(true);
    expect(Object.isFrozen(kpis[0]?.formula)).toBe(true);
    expect(kpis.find((kpi) => kpi.name === 'roi')?.formula['en-US']).toMatch(/sales ÷ cost.*\(sales − cost\) ÷ cost/u);
    for (const kpi of kpis) {
      expect(kpi.formula['zh-CN']).toMatch(/÷/u);
      expect(kpi.formula['en-US']).toMatch(/÷/u);
    }
  });
});

describe('createMetrics', () => {
  it('MET-1: compiles a policy once and computes the same as the plain functions', () => {
    const metrics = createMetrics(presets.usStore);
    expect(createMetrics(presets.usStore)).toBe(metrics);
    expect(metrics.policy).toBe(presets.usStore);
    expect(metrics.roi({ sales: '1500', cost: '1200' })).toEqual(roi({ sales: '1500', cost: '1200' }, presets.usStore));
    expect(metrics.conversionRate({ orders: 13, visitors: 400 }, { locale: 'zh-CN' })).toEqual(conversionRate({ orders: 13, visitors: 400 }, presets.usStore, { locale: 'zh-CN' }));
  });

  it('MET-1: a bad context is an input error', () => {
    expect(() => conversionRate({ orders: 1, visitors: 2 }, presets.generic, { locale: 'fr-FR' } as never)).toThrow(PolicyInputError);
  });
});

describe('the reasons of every KPI', () => {
  const usd = (amount: string) => ({ amount, currency: 'USD' });

  it('MET-1, MET-2, PAY-20: the value reason carries the numbers used, the value and the percentage', () => {
    // Each worked by hand: 1 ÷ 4 = 0.25, 1 ÷ 8 = 0.125, 3 ÷ 4 = 0.75.
    const cases: [KpiResult, string, string, Record<string, unknown>][] = [
      [clickThroughRate({ clicks: 1, impressions: 4 }), 'METRIC_CLICK_THROUGH_RATE', 'MET-2', { clicks: 1, impressions: 4, value: '0.2500', percent: '25.00%' }],
      [repurchaseRate({ repeatCustomers: 1, customers: 4 }), 'METRIC_REPURCHASE_RATE', 'MET-2', { repeatCustomers: 1, customers: 4, value: '0.2500', percent: '25.00%' }],
      [afterSalesRate({ afterSalesOrders: 1, orders: 8 }), 'METRIC_AFTER_SALES_RATE', 'MET-2', { afterSalesOrders: 1, orders: 8, value: '0.1250', percent: '12.50%' }],
      [complaintRate({ complaints: 3, orders: 4 }), 'METRIC_COMPLAINT_RATE', 'MET-2', { complaints: 3, orders: 4, value: '0.7500', percent: '75.00%' }],
      [replyAccuracy({ correct: 3, total: 4 }), 'METRIC_REPLY_ACCURACY', 'PAY-20', { correct: 3, total: 4, value: '0.7500', percent: '75.00%' }],
      [resolutionRate({ resolved: 1, total: 8 }), 'METRIC_RESOLUTION_RATE', 'PAY-20', { resolved: 1, total: 8, value: '0.1250', percent: '12.50%' }],
      [satisfactionRate({ satisfied: 1, rated: 4 }), 'METRIC_SATISFACTION_RATE', 'PAY-20', { satisfied: 1, rated: 4, value: '0.2500', percent: '25.00%' }],
    ];
    for (const [result, code, clause, params] of cases) {
      expect(result.reasons[1], code).toMatchObject({ code, clause });
      expect(result.reasons[1]?.params, code).toEqual(params);
    }
    expect(clickThroughRate({ clicks: 1, impressions: 4 }, presets.usStore).reasons[1]?.message).toBe('Click-through rate = 1 clicks ÷ 4 impressions = 0.2500 (25.00%)');
    expect(satisfactionRate({ satisfied: 1, rated: 4 }).reasons[1]?.message).toBe('满意率 = 满意评价数 1 ÷ 评价总数 4 = 0.2500（25.00%）');
  });

  it('MET-1: a zero denominator gives null with METRIC_NO_DENOMINATOR naming that denominator, beside the numbers used', () => {
    const cases: [KpiResult, Record<string, unknown>][] = [
      [clickThroughRate({ clicks: 0, impressions: 0 }), { kpi: 'clickThroughRate', denominator: 'impressions', clicks: 0, impressions: 0 }],
      [
        averageOrderValue({ sales: '0.00', orders: 0, currency: 'USD' }),
        { kpi: 'averageOrderValue', denominator: 'orders', sales: usd('0.00'), orders: 0 },
      ],
      [repurchaseRate({ repeatCustomers: 0, customers: 0 }), { kpi: 'repurchaseRate', denominator: 'customers', repeatCustomers: 0, customers: 0 }],
      [afterSalesRate({ afterSalesOrders: 0, orders: 0 }), { kpi: 'afterSalesRate', denominator: 'orders', afterSalesOrders: 0, orders: 0 }],
      [complaintRate({ complaints: 2, orders: 0 }), { kpi: 'complaintRate', denominator: 'orders', complaints: 2, orders: 0 }],
      [
        customerAcquisitionCost({ marketingCost: '100.00', newCustomers: 0, currency: 'USD' }),
        { kpi: 'customerAcquisitionCost', denominator: 'newCustomers', marketingCost: usd('100.00'), newCustomers: 0 },
      ],
      [roi({ sales: '100', cost: '0' }), { kpi: 'roiSalesOverCost', denominator: 'cost', sales: '100', cost: '0' }],
      [roi({ sales: '100', cost: '0' }, presets.usStore), { kpi: 'roiProfitOverCost', denominator: 'cost', sales: '100', cost: '0' }],
      [replyAccuracy({ correct: 0, total: 0 }), { kpi: 'replyAccuracy', denominator: 'total', correct: 0, total: 0 }],
      [resolutionRate({ resolved: 0, total: 0 }), { kpi: 'resolutionRate', denominator: 'total', resolved: 0, total: 0 }],
      [satisfactionRate({ satisfied: 0, rated: 0 }), { kpi: 'satisfactionRate', denominator: 'rated', satisfied: 0, rated: 0 }],
    ];
    for (const [result, params] of cases) {
      expect(result.value, String(params.kpi)).toBeNull();
      expect(result.reasons[1], String(params.kpi)).toMatchObject({ code: 'METRIC_NO_DENOMINATOR', clause: 'MET-1' });
      expect(result.reasons[1]?.params, String(params.kpi)).toEqual(params);
    }
    expect(satisfactionRate({ satisfied: 0, rated: 0 }, presets.usStore).reasons[1]?.message).toBe(
      'The denominator (rated) is 0: the KPI is undefined, and its value is null (not 0, not NaN)',
    );
  });
});

