import { definePolicyFamily, storePresets, type PolicyOverrides, type PresetName } from '@zhidu/core';
import { commissionPolicySchema } from './schema.js';
import type { CommissionPolicy, CommissionPolicyInput } from './types.js';

/**
 * The pay policy family: its schema, presets and `define`.
 *
 * Every preset takes its pay rules from S3's 薪资方案: base pay supervisor 3,500 and staff or
 * customer service 2,000 a month (PAY-10); performance pay 500 a month, none below 30% of the
 * plan, prorated from 30% (PAY-11, PAY-13); a supervisor loses 50 per team member below 30%
 * (PAY-13); over-completion bonus 50–100 for staff and 100–150 for the supervisor (PAY-12,
 * PAY-13); commission on net sales by target completion and position (PAY-16, PAY-17), with
 * **example** tables (the seeds give no rates: replace them); daily wage = monthly ÷ 21.75
 * (PAY-8). `generic` and `douyinShop` (CNY) add PRC law on deductions (PAY-9): penalties and
 * compensation at most 20% of the month's wage, the net not below the minimum wage (2,740 a month:
 * Shanghai's from 1 July 2025 — a city parameter to set), a warning on every fine. `usStore` (USD)
 * keeps S3's numbers as amounts to set and has no deduction cap and no minimum wage (US federal and
 * state wage law are not modelled).
 *
 * Not computed here: PAY-18 (individual performance tied to the team's), PAY-19 (appraisals),
 * PAY-20 (customer-service KPIs) and PAY-21 (good-review cashback) — they feed the plan, the
 * completion and the bonus a host passes in.
 *
 * @example
 * commissionPolicy.presets.usStore.minimumWage
 * //=> null
 */
export const commissionPolicy = /* @__PURE__ */ definePolicyFamily({
  name: 'commissions',
  schema: commissionPolicySchema,
  presets: {
    generic: { store: storePresets.generic },
    usStore: { store: storePresets.usStore, deductionCapRate: null, minimumWage: null, warnOnFines: false },
    douyinShop: { store: storePresets.douyinShop },
  },
});

/**
 * The pay policies of the three store types.
 *
 * @example
 * presets.generic.performance.full
 * //=> '500.00'
 */
export const presets: Readonly<Record<PresetName, CommissionPolicy>> = commissionPolicy.presets;

/**
 * Makes a pay policy: deep-merges overrides onto a preset (or a policy), validates, freezes.
 *
 * @param overrides - the fields to change
 * @param base - a preset name or a policy; `'generic'` by default
 * @returns the frozen policy
 * @throws {@link @zhidu/core!PolicyConfigError} when the merged policy is invalid (e.g. tiers not ascending or not starting at 0)
 * @example
 * defineCommissionPolicy({ minimumWage: '2520.00', fullAttendanceBonus: '100.00' }).minimumWage
 * //=> '2520.00'
 */
export function defineCommissionPolicy(overrides?: PolicyOverrides<CommissionPolicyInput>, base?: PresetName | CommissionPolicy): CommissionPolicy {
  return commissionPolicy.define(overrides, base);
}
