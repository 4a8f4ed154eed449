export {
  administrativePenaltyInputSchema,
  attendanceDaySchema,
  attendanceMonthSchema,
  chargeSchema,
  clockTimeSchema,
  penaltyPolicySchema,
  sellerPenaltyInputSchema,
  sellerPenaltyKindSchema,
  sellerRuleSchema,
} from './schema.js';
export { definePenaltyPolicy, penaltyPolicy, presets } from './penaltyPolicy.js';
export { penaltyMessages } from './messages.js';
export { assessAttendance } from './assessAttendance.js';
export { assessAdministrativePenalty } from './assessAdministrativePenalty.js';
export { assessSellerPenalty } from './assessSellerPenalty.js';
export { createPenaltyAssessor } from './createPenaltyAssessor.js';
export { safeAssessAdministrativePenalty, safeAssessAttendance, safeAssessSellerPenalty } from './safeVariants.js';

export type {
  AdministrativePenaltyInput,
  AdministrativePenaltyResult,
  AttendanceDayResult,
  AttendanceMonth,
  AttendanceResult,
  PenaltyPolicy,
  PenaltyPolicyInput,
  SellerPenaltyInput,
  SellerPenaltyKind,
  SellerPenaltyResult,
} from './types.js';
export type { PenaltyAssessor } from './createPenaltyAssessor.js';
