import { PolicyConfigError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { assessSellerPenalty, definePenaltyPolicy } from '../src/index.js';

/** The dotted paths of the issues a bad policy is refused with. */
function refused(overrides: unknown): string[] {
  try {
    definePenaltyPolicy(overrides as never);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyConfigError);
    return (error as PolicyConfigError).issues.map((issue) => issue.path.join('.'));
  }
  throw new Error('expected a PolicyConfigError');
}

const fixed = (amount: string) => ({ kind: 'fixed', amount });
const lateShipment = (rule: unknown) => ({ seller: { platform: 'myshop', asOf: '2026-06-01', rules: { late_shipment: rule } } });

describe('seller penalty rules that contradict themselves (PAY-22)', () => {
  it('PAY-22: a percent charge whose minimum is above its maximum is refused', () => {
    const charge = { kind: 'percent', rate: '0.05', min: '30', max: '5' };
    expect(refused(lateShipment({ kind: 'tiers', tiers: [{ upTo: null, charge }] }))).toEqual(['seller.rules.late_shipment.tiers.0.charge.max']);
    expect(refused({ seller: { rules: { out_of_stock: { kind: 'by_promise', promisedHoursAtMost: 48, within: charge, beyond: { kind: 'percent', rate: '0.1' } } } } })).toEqual([
      'seller.rules.out_of_stock.within.max',
    ]);
  });

  it('PAY-22: a minimum equal to the maximum, or either one alone, is a valid charge', () => {
    const policy = definePenaltyPolicy(lateShipment({ kind: 'tiers', tiers: [{ upTo: null, charge: { kind: 'percent', rate: '0.05', min: '10', max: '10' } }] }) as never);
    expect(assessSellerPenalty({ kind: 'late_shipment', itemPrice: '1000' }, policy).amount).toEqual({ amount: '10.00', currency: 'CNY' });
    expect(() => definePenaltyPolicy(lateShipment({ kind: 'tiers', tiers: [{ upTo: null, charge: { kind: 'percent', rate: '0.05', min: '5' } }] }) as never)).not.toThrow();
  });

  it('PAY-22: a tier that can never apply (a lower bound after a higher one, or anything after an unbounded tier) is refused', () => {
    expect(refused(lateShipment({ kind: 'tiers', tiers: [{ upTo: '300', charge: fixed('3') }, { upTo: '3', charge: fixed('0') }] }))).toEqual([
      'seller.rules.late_shipment.tiers.1.upTo',
    ]);
    expect(refused(lateShipment({ kind: 'tiers', tiers: [{ upTo: null, charge: fixed('3') }, { upTo: null, charge: fixed('0') }] }))).toEqual([
      'seller.rules.late_shipment.tiers.1.upTo',
    ]);
    expect(refused(lateShipment({ kind: 'tiers', tiers: [{ upTo: '3', inclusive: true, charge: fixed('0') }, { upTo: '3', inclusive: false, charge: fixed('1') }] }))).toEqual([
      'seller.rules.late_shipment.tiers.1.upTo',
    ]);
  });

  it('PAY-22: tiers that go up are valid, an exclusive bound followed by the same bound inclusive too (the Douyin preset’s form)', () => {
    const policy = definePenaltyPolicy(
      lateShipment({ kind: 'tiers', tiers: [{ upTo: '3', inclusive: false, charge: fixed('0') }, { upTo: '3', inclusive: true, charge: fixed('1') }, { upTo: null, charge: fixed('2') }] }) as never,
    );
    expect(assessSellerPenalty({ kind: 'late_shipment', itemPrice: '3' }, policy).amount.amount).toBe('1.00');
  });
});

describe('seller penalty rules: the messages and the edges of the checks (PAY-22)', () => {
  it('PAY-22: a lower bound after a higher one is refused even when the earlier bound is exclusive and the later inclusive', () => {
    expect(refused(lateShipment({ kind: 'tiers', tiers: [{ upTo: '300', inclusive: false, charge: fixed('3') }, { upTo: '3', inclusive: true, charge: fixed('0') }] }))).toEqual([
      'seller.rules.late_shipment.tiers.1.upTo',
    ]);
  });

  it('PAY-22: a tier that is never reached is refused with a message that says why', () => {
    try {
      definePenaltyPolicy(lateShipment({ kind: 'tiers', tiers: [{ upTo: null, charge: fixed('3') }, { upTo: '5', charge: fixed('0') }] }) as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyConfigError);
      expect((error as PolicyConfigError).issues).toEqual([
        {
          path: ['seller', 'rules', 'late_shipment', 'tiers', 1, 'upTo'],
          message: 'This tier is never reached: tiers must go up, and only the last may have no bound (`upTo: null`)',
          code: 'custom',
        },
      ]);
    }
  });

  it('PAY-22: a malformed minimum is reported once, at the minimum, not compared with the maximum', () => {
    const charge = { kind: 'percent', rate: '0.05', min: 'five', max: '30' };
    expect(refused(lateShipment({ kind: 'tiers', tiers: [{ upTo: null, charge }] }))).toEqual(['seller.rules.late_shipment.tiers.0.charge.min']);
  });
});
