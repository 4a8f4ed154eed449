import { definePolicyFamily, storePresets, type PolicyOverrides, type PresetName } from '@zhidu/core';
import { penaltyPolicySchema } from './schema.js';
import type { PenaltyPolicy, PenaltyPolicyInput } from './types.js';

/**
 * The penalties policy family: its schema, presets and `define`.
 *
 * Presets: `generic` follows the S3 regulations — 09:00–18:00 with lunch 12:00–13:30, six working
 * days (rest on Sunday) so that 26 days make full attendance (PAY-2), late or early over 15 minutes
 * and temporary absence over 1 hour count half a day (PAY-4, PAY-5), administrative penalties
 * 50–200 yuan (PAY-9) with deductions capped at 20% of the wage and the wage paid never below the
 * minimum wage (2,740 yuan: Shanghai from 1 July 2025 — set your city's), and Taobao's late-shipment
 * penalty (5%, min 5, max 30; PAY-22). `douyinShop`: the same pay rules with Douyin's late-pickup
 * and out-of-stock penalties. `usStore`: 09:00–18:00 with a one-hour lunch, five days, full
 * attendance = every scheduled day, no administrative fines range or CN wage limits, no platform penalties.
 *
 * @example
 * penaltyPolicy.presets.generic.fullAttendanceDays
 * //=> 26
 */
export const penaltyPolicy = /* @__PURE__ */ definePolicyFamily({
  name: 'penalties',
  schema: penaltyPolicySchema,
  presets: {
    generic: { store: storePresets.generic, calendar: { weekend: [7] } },
    douyinShop: {
      store: storePresets.douyinShop,
      calendar: { weekend: [7] },
      seller: {
        platform: 'douyin',
        asOf: '2026-01-01',
        rules: {
          late_shipment: {
            kind: 'tiers',
            tiers: [
              { upTo: '3', inclusive: true, charge: { kind: 'fixed', amount: '0' } },
              { upTo: '300', inclusive: false, charge: { kind: 'fixed', amount: '3' } },
              { upTo: null, inclusive: true, charge: { kind: 'percent', rate: '0.01', max: '30' } },
            ],
          },
          false_shipment: null,
          out_of_stock: {
            kind: 'by_promise',
            promisedHoursAtMost: 48,
            within: { kind: 'percent', rate: '0.05', min: '5' },
            beyond: { kind: 'percent', rate: '0.1', min: '5' },
          },
        },
      },
    },
    usStore: {
      store: storePresets.usStore,
      calendar: { weekend: [6, 7] },
      schedule: { start: '09:00', end: '18:00', lunch: { start: '12:00', end: '13:00' } },
      fullAttendanceDays: null,
      administrative: { min: '0', max: null, deductionCapRate: null, minimumWage: null, warnNoLegalBasis: false },
      seller: { platform: 'none', asOf: '2026-01-01', rules: { late_shipment: null, false_shipment: null, out_of_stock: null } },
    },
  },
});

/**
 * The penalties policies of the three store types.
 *
 * @example
 * presets.douyinShop.seller.platform
 * //=> 'douyin'
 */
export const presets: Readonly<Record<PresetName, PenaltyPolicy>> = penaltyPolicy.presets;

/**
 * Makes a penalties policy: deep-merges overrides onto a preset (or a policy), validates, freezes.
 *
 * @param overrides - the fields to change
 * @param base - a preset name or a policy; `'generic'` by default
 * @returns the frozen policy
 * @throws {@link @zhidu/core!PolicyConfigError} when the merged policy is invalid
 * @example
 * definePenaltyPolicy({ fullAttendanceDays: 21.75 }).fullAttendanceDays
 * //=> 21.75
 */
export function definePenaltyPolicy(overrides?: PolicyOverrides<PenaltyPolicyInput>, base?: PresetName | PenaltyPolicy): PenaltyPolicy {
  return penaltyPolicy.define(overrides, base);
}
