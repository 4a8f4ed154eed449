import { describe, expectTypeOf, it } from 'vitest';
import { createReturnEvaluator, parsePriceProtectionInput, parseReturnInput, presets, type ParsedPriceProtectionInput, type ParsedReturnInput, type ReturnDecision, type ReturnInput } from '../src/index.js';

declare const raw: ReturnInput;

describe('evaluateParsed', () => {
  it('takes only what parseReturnInput gives', () => {
    const returns = createReturnEvaluator(presets.generic);
    expectTypeOf(parseReturnInput).returns.toEqualTypeOf<ParsedReturnInput>();
    expectTypeOf(returns.evaluateParsed(parseReturnInput(raw))).toEqualTypeOf<ReturnDecision>();
    // @ts-expect-error an unchecked request is not a parsed one
    returns.evaluateParsed(raw);
    expectTypeOf(parsePriceProtectionInput).returns.toEqualTypeOf<ParsedPriceProtectionInput>();
    // @ts-expect-error an unchecked claim is not a parsed one
    returns.evaluatePriceProtectionParsed({ paidUnitPrice: '1.00', purchasedAt: '2026-06-01T10:00:00Z', currentUnitPrice: '0.50', observedAt: '2026-06-02T10:00:00Z', quantity: 1, currency: 'CNY' });
  });

  it('reads a parsed request like the input (readonly)', () => {
    const parsed = parseReturnInput(raw);
    expectTypeOf(parsed.request.lineId).toEqualTypeOf<string>();
    // @ts-expect-error a parsed request is read-only
    parsed.request.quantity = 2;
  });
});
