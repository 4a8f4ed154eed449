import { describe, expectTypeOf, it } from 'vitest';
import { transition, type OrderCommand, type OrderEvent, type OrderState, type OrderStateValue, type TransitionResult } from '../src/index.js';

declare const state: OrderState;

describe('types', () => {
  it('narrows a transition result', () => {
    const result = transition(state, { type: 'PAY', at: '2026-03-01T10:00:00+08:00', amount: '1.00' });
    expectTypeOf(result).toEqualTypeOf<TransitionResult>();
    if (result.ok) {
      expectTypeOf(result.state.value).toEqualTypeOf<OrderStateValue>();
      expectTypeOf(result.commands).toEqualTypeOf<readonly OrderCommand[]>();
    } else {
      expectTypeOf(result.error.code).toBeString();
    }
  });

  it('types events by their type', () => {
    expectTypeOf<Extract<OrderEvent, { type: 'PACK' }>['items']>().toExtend<readonly { readonly sku: string; readonly quantity: number }[]>();
    // @ts-expect-error an unknown event type
    transition(state, { type: 'TELEPORT', at: '2026-03-01T10:00:00Z' });
    // @ts-expect-error SHIP needs a carrier and a tracking number
    transition(state, { type: 'SHIP', at: '2026-03-01T10:00:00Z' });
  });

  it('types commands by their type', () => {
    expectTypeOf<Extract<OrderCommand, { type: 'ISSUE_REFUND' }>['amount']>().toEqualTypeOf<{ readonly amount: string; readonly currency: string }>();
  });
});
