import { PolicyConfigError, storePresets } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { conversionRate, defineMetricsPolicy, metricsPolicy, presets, type MetricsPolicy } from '../src/index.js';

describe('metrics presets', () => {
  it('MET-2: generic and douyinShop define ROI as sales ÷ cost (投产比), usStore as (sales − cost) ÷ cost', () => {
    expect(presets.generic).toEqual({ store: storePresets.generic, precision: 4, roiDefinition: 'sales_over_cost' });
    expect(presets.douyinShop).toEqual({ store: storePresets.douyinShop, precision: 4, roiDefinition: 'sales_over_cost' });
    expect(presets.usStore).toEqual({ store: storePresets.usStore, precision: 4, roiDefinition: 'profit_over_cost' });
    expect(Object.isFrozen(presets.generic)).toBe(true);
    expect(metricsPolicy.presets.usStore).toBe(presets.usStore);
  });
});

describe('defineMetricsPolicy', () => {
  it('MET-1: overrides a preset and keeps the rest', () => {
    const policy = defineMetricsPolicy({ precision: 2 }, 'usStore');
    expect(policy).toEqual({ store: storePresets.usStore, precision: 2, roiDefinition: 'profit_over_cost' });
    expect(metricsPolicy.version(policy)).toMatch(/^metrics@[0-9a-f]{16}$/u);
  });

  it('MET-1: a bad policy fails when it is made, listing every issue', () => {
    try {
      defineMetricsPolicy({ precision: 21, roiDefinition: 'margin' as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyConfigError);
      expect((error as PolicyConfigError).issues.map((issue) => issue.path.join('.'))).toEqual(['precision', 'roiDefinition']);
    }
    expect(() => defineMetricsPolicy({ precision: 1.5 })).toThrow(PolicyConfigError);
  });

  it('MET-1: a policy read from JSON is checked once when a KPI is computed', () => {
    const json = JSON.parse(JSON.stringify(presets.generic)) as MetricsPolicy;
    expect(conversionRate({ orders: 1, visitors: 3 }, json).value).toBe('0.3333');
    expect(() => conversionRate({ orders: 1, visitors: 3 }, { ...json, precision: -1 })).toThrow(PolicyConfigError);
  });
});
