import type { Context } from '@zhidu/core';
import {
  createReturnEvaluator,
  defineReturnPolicy,
  evaluatePriceProtection,
  evaluateReturn,
  parsePriceProtectionInput,
  parseReturnInput,
  presets,
  type PriceProtectionInput,
  type ReturnInput,
  type ReturnPolicy,
} from '@zhidu/returns';
import { describe, expect } from 'vitest';
import { claim } from '../../packages/returns/test/fixtures.js';
import { fuzz, noPolicy } from './harness.js';

// The order sample is cnOrder of packages/returns/test/fixtures.ts with a tag on L2; the claim is that file's.
const returnInput: ReturnInput = {
  order: {
    id: 'SO-1001',
    currency: 'CNY',
    placedAt: '2026-03-01T10:00:00+08:00',
    deliveredAt: '2026-03-03T15:00:00+08:00',
    lines: [
      { id: 'L1', sku: 'TEA-250', quantity: 3, unitPrice: '40.00', paid: '100.00' },
      { id: 'L2', sku: 'CUP-01', quantity: 1, unitPrice: '59.99', paid: '59.99', tags: ['perishable'] },
    ],
  },
  request: { lineId: 'L1', quantity: 1, requestedAt: '2026-03-04T10:00:00+08:00', reason: 'no_reason', resolution: 'return_refund', condition: 'intact' },
};
const context: Context = { now: '2026-03-05T12:00:00+08:00', locale: 'en-US' };
const policies: Readonly<Record<string, ReturnPolicy>> = presets;

describe('fuzz @zhidu/returns', () => {
  fuzz({
    name: 'evaluateReturn',
    policies,
    sample: () => [returnInput, context],
    call: ([input, ctx], policy) => evaluateReturn(input as ReturnInput, policy, ctx as Context),
  });
  fuzz({
    name: 'evaluatePriceProtection',
    policies,
    sample: () => [claim, context],
    call: ([input, ctx], policy) => evaluatePriceProtection(input as PriceProtectionInput, policy, ctx as Context),
  });
  fuzz({
    name: 'defineReturnPolicy',
    policies: noPolicy,
    refusal: 'config',
    sample: () => [structuredClone(presets.generic), 'generic'],
    call: ([overrides, base]) => defineReturnPolicy(overrides as never, base as never),
    returns: 'json',
  });
  fuzz({
    name: 'createReturnEvaluator(policy).evaluate',
    policies,
    runs: 100,
    sample: () => [returnInput, context],
    call: ([input, ctx], policy) => createReturnEvaluator(policy).evaluate(input as ReturnInput, ctx as Context),
  });
  // The parse functions give back a checked input (instants may stay Dates), never a decision.
  const checkedInput = (result: unknown): void => {
    expect(typeof result === 'object' && result !== null, 'returns the checked input').toBe(true);
  };
  fuzz({
    name: 'parseReturnInput',
    policies: noPolicy,
    sample: () => [returnInput],
    call: ([input]) => parseReturnInput(input),
    returns: checkedInput,
  });
  fuzz({
    name: 'parsePriceProtectionInput',
    policies: noPolicy,
    sample: () => [claim],
    call: ([input]) => parsePriceProtectionInput(input),
    returns: checkedInput,
  });
  fuzz({
    name: 'createReturnEvaluator(policy).evaluateParsed',
    policies,
    runs: 100,
    sample: () => [returnInput, context],
    call: ([input, ctx], policy) => createReturnEvaluator(policy).evaluateParsed(parseReturnInput(input), ctx as Context),
  });
  fuzz({
    name: 'createReturnEvaluator(policy).evaluatePriceProtectionParsed',
    policies,
    runs: 100,
    sample: () => [claim, context],
    call: ([input, ctx], policy) => createReturnEvaluator(policy).evaluatePriceProtectionParsed(parsePriceProtectionInput(input), ctx as Context),
  });
});
