import { PolicyConfigError, PolicyInputError, toJsonSchema } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { createOrderLifecycle, defineOrderPolicy, orderPolicy, orderPolicySchema, presets, startOrder, transition } from '../src/index.js';
import { order, pay } from './fixtures.js';

describe('order policy', () => {
  it('ORD-7, ORD-11, ORD-12: the presets state their windows', () => {
    expect(presets.generic.store).toEqual({ timeZone: 'Asia/Shanghai', locale: 'zh-CN', currency: 'CNY' });
    expect(presets.generic.payment.window).toEqual({ length: 24, unit: 'hours' });
    expect(presets.generic.shipping.handling).toEqual({ length: 48, unit: 'hours' });
    expect(presets.generic.shipping.perishableHandling).toEqual({ length: 24, unit: 'hours' });
    expect(presets.generic.afterSales.window).toEqual({ length: 15, unit: 'calendar_days' });
    expect(presets.usStore.store).toEqual({ timeZone: 'America/New_York', locale: 'en-US', currency: 'USD' });
    expect(presets.usStore.shipping.handling).toBeNull();
    expect(presets.usStore.shipping.unstatedHandling).toEqual({ length: 30, unit: 'calendar_days' });
    expect(presets.usStore.afterSales.window.length).toBe(30);
    expect(presets.douyinShop.payment.window).toEqual({ length: 30, unit: 'minutes' });
    expect(presets.douyinShop.shipping.handling).toEqual({ length: 48, unit: 'hours' });
  });

  it('deep-merges overrides onto a preset, validates and freezes', () => {
    const policy = defineOrderPolicy({ audit: { mode: 'manual' } }, 'douyinShop');
    expect(policy.audit.mode).toBe('manual');
    expect(policy.payment.window.length).toBe(30);
    expect(Object.isFrozen(policy.audit)).toBe(true);
    expect(defineOrderPolicy({ shipping: { handling: null } }).shipping.handling).toBeNull();
  });

  it('refuses a bad policy when it is made, listing every issue', () => {
    try {
      defineOrderPolicy({ payment: { window: { length: -5, unit: 'hours' } }, audit: { phonePattern: '(' }, store: { currency: 'ZZZ' } });
      expect.fail('expected a PolicyConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyConfigError);
      const paths = (error as PolicyConfigError).issues.map((issue) => issue.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['payment.window.length', 'audit.phonePattern', 'store.currency']));
    }
    expect(() => defineOrderPolicy({ afterSales: { window: { length: 1.5, unit: 'calendar_days' } } })).toThrow(PolicyConfigError);
    expect(() => startOrder(order, { nope: true } as never)).toThrow(PolicyConfigError);
  });

  it('versions policies stably and keeps an order under the policy it started with', () => {
    const longer = defineOrderPolicy({ payment: { window: { length: 48, unit: 'hours' } } });
    expect(orderPolicy.version(longer)).toBe(orderPolicy.version(defineOrderPolicy({ payment: { window: { length: 48, unit: 'hours' } } })));
    expect(orderPolicy.version(longer)).not.toBe(orderPolicy.version(presets.generic));
    const state = startOrder(order, longer);
    expect(state.policyVersion).toBe(createOrderLifecycle(longer).policyVersion);
    expect(() => transition(state, pay)).toThrow(PolicyInputError);
    expect(() => transition(state, pay)).toThrow(/pass the policy the order started under/u);
    expect(transition(state, pay, longer).ok).toBe(true);
    // An equal policy rebuilt from JSON (e.g. stored by the host) is the same version.
    expect(transition(state, pay, orderPolicy.parse(JSON.parse(JSON.stringify(longer)))).ok).toBe(true);
  });

  it('compiles once per policy', () => {
    expect(createOrderLifecycle(presets.generic)).toBe(createOrderLifecycle(presets.generic));
  });

  it('exports its schema as JSON Schema for hosts in other languages', () => {
    const schema = toJsonSchema(orderPolicySchema);
    expect(schema).toMatchObject({ type: 'object' });
    expect(JSON.stringify(schema)).toContain('holdOnNote');
  });
});
