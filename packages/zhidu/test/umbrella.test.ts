import { describe, expect, it } from 'vitest';
import * as zhidu from '../src/index.js';
import * as coreModule from '@zhidu/core';
import * as returnsModule from '@zhidu/returns';

describe('zhidu', () => {
  it('re-exports every package under its namespace', () => {
    expect(Object.keys(zhidu).sort()).toEqual(
      ['PolicyConfigError', 'PolicyInputError', 'ZhiduError', 'catalog', 'commissions', 'core', 'explain', 'inventory', 'metrics', 'money', 'orders', 'penalties', 'returns', 'risk'].sort(),
    );
    expect(zhidu.returns.evaluateReturn).toBe(returnsModule.evaluateReturn);
    expect(zhidu.core.money).toBe(coreModule.money);
  });

  it('RET-7: a decision through the umbrella is the same as through the package', () => {
    const input = {
      order: { id: 'SO-1', currency: 'CNY', placedAt: '2026-03-01T10:00:00+08:00', deliveredAt: '2026-03-03T15:00:00+08:00', lines: [{ id: 'L1', sku: 'TEA', quantity: 1, unitPrice: '59.00', paid: '59.00' }] },
      request: { lineId: 'L1', quantity: 1, requestedAt: '2026-03-10T23:59:59+08:00', reason: 'no_reason', resolution: 'return_refund', condition: 'intact' },
    } as const;
    expect(zhidu.returns.evaluateReturn(input)).toEqual(returnsModule.evaluateReturn(input));
  });

  it('keeps the error classes identical, so instanceof works across packages', () => {
    expect(() => zhidu.money('1.005', 'CNY')).toThrow(zhidu.PolicyInputError);
    expect(zhidu.PolicyInputError).toBe(coreModule.PolicyInputError);
  });
});
