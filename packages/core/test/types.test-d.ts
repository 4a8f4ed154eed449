import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import {
  allocate,
  createReason,
  defineMessages,
  definePolicyFamily,
  explain,
  money,
  safeMoney,
  storePresets,
  storeSettingsSchema,
  type ClauseId,
  type Decision,
  type Money,
  type PolicyInputError,
  type PolicyConfigError,
  type Reason,
  type Result,
} from '../src/index.js';

describe('types', () => {
  it('money is plain { amount: string; currency: string }', () => {
    expectTypeOf(money('1', 'CNY')).toEqualTypeOf<Money>();
    expectTypeOf<Money>().toEqualTypeOf<{ readonly amount: string; readonly currency: string }>();
    expectTypeOf(allocate(money('1', 'CNY'), [1, 2])).toEqualTypeOf<Money[]>();
    // @ts-expect-error a boolean is not an amount
    money(true, 'CNY');
  });

  it('safe forms return a result', () => {
    expectTypeOf(safeMoney('1', 'CNY')).toEqualTypeOf<Result<Money>>();
    const result = safeMoney('1', 'CNY');
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Money>();
    else expectTypeOf(result.error).toEqualTypeOf<PolicyInputError | PolicyConfigError>();
  });

  it('messages cite real clause ids and reasons are keyed by the catalog codes', () => {
    const messages = defineMessages({ TYPE_TEST: { clause: 'RET-7', 'zh-CN': 'x', 'en-US': 'x' } });
    expectTypeOf(createReason(messages, 'TYPE_TEST', undefined, 'zh-CN')).toEqualTypeOf<Reason>();
    // @ts-expect-error not a code of the catalog
    createReason(messages, 'OTHER_CODE', undefined, 'zh-CN');
    // @ts-expect-error not a clause of the catalog
    defineMessages({ TYPE_TEST_2: { clause: 'RET-99', 'zh-CN': 'x', 'en-US': 'x' } });
    // @ts-expect-error only zh-CN and en-US
    createReason(messages, 'TYPE_TEST', undefined, 'fr-FR');
    expectTypeOf<'RET-7'>().toExtend<ClauseId>();
  });

  it('explain keeps the decision type', () => {
    type D = Decision<{ eligible: boolean }>;
    const decision: D = { eligible: true, reasons: [] };
    expectTypeOf(explain(decision, 'en-US')).toEqualTypeOf<D>();
  });

  it('policy families infer the policy from the schema, deeply read-only', () => {
    const family = definePolicyFamily({
      name: 'types',
      schema: z.strictObject({ store: storeSettingsSchema, days: z._default(z.int(), 7) }),
      presets: { generic: { store: storePresets.generic }, usStore: { store: storePresets.usStore }, douyinShop: { store: storePresets.douyinShop } },
    });
    const policy = family.define({ days: 15 });
    expectTypeOf(policy.days).toEqualTypeOf<number>();
    expectTypeOf(policy.store.currency).toEqualTypeOf<string>();
    // @ts-expect-error policies are read-only
    policy.days = 3;
    // @ts-expect-error unknown override key
    family.define({ dayz: 15 });
    // @ts-expect-error wrong override type
    family.define({ days: '15' });
  });
});
