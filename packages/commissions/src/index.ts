export {
  bonusRangeSchema,
  buildCommissionInputSchemas,
  commissionInputSchemas,
  commissionPolicySchema,
  commissionRoleSchema,
  commissionTierSchema,
  commissionTiersSchema,
  monthSchema,
} from './schema.js';
export { commissionPolicy, defineCommissionPolicy, presets } from './commissionPolicy.js';
export { commissionMessages } from './messages.js';
export { payLineLabels } from './payLineLabels.js';
export { performancePay } from './performancePay.js';
export { commission } from './commission.js';
export { payStatement } from './payStatement.js';
export { createCommissionCalculator } from './createCommissionCalculator.js';
export { safeCommission, safePayStatement, safePerformancePay } from './safeVariants.js';

export type {
  CommissionDecision,
  CommissionInput,
  CommissionPolicy,
  CommissionPolicyInput,
  CommissionRole,
  CommissionTier,
  PayLine,
  PayLineKind,
  PayStatement,
  PayStatementInput,
  PerformancePayDecision,
  PerformancePayInput,
} from './types.js';
export type { CommissionInputSchemas } from './schema.js';
export type { CommissionCalculator } from './createCommissionCalculator.js';
