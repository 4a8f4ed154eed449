export { axisSchema, axisValueSchema, matrixSchema, readingSchema, registerRiskSchema, responseSchema, riskCategorySchema, riskInputSchema, thresholdSchema } from './schema.js';
export { defineMatrix } from './defineMatrix.js';
export { matrices } from './matrices.js';
export { riskMessages } from './messages.js';
export { classifyRisk } from './classifyRisk.js';
export { buildRegister } from './buildRegister.js';
export { evaluateIndicators } from './evaluateIndicators.js';
export { renderHeatmap } from './renderHeatmap.js';
export { checkSecurityPractices, securityPracticesSchema } from './checkSecurityPractices.js';
export { safeBuildRegister, safeClassifyRisk, safeDefineMatrix, safeEvaluateIndicators } from './safeVariants.js';

export type {
  AxisValue,
  IndicatorReport,
  IndicatorResult,
  Reading,
  RegisterEntry,
  RegisterRisk,
  RiskCategory,
  RiskClassification,
  RiskInput,
  RiskMatrix,
  RiskMatrixInput,
  RiskRegister,
  RiskResponse,
  Threshold,
} from './types.js';
export type { HeatmapRisk } from './renderHeatmap.js';
export type { SecurityPracticesCheck, SecurityPracticesInput } from './checkSecurityPractices.js';
