export { ZhiduError } from './ZhiduError.js';
export { PolicyInputError } from './PolicyInputError.js';
export { PolicyConfigError } from './PolicyConfigError.js';
export { fromZodIssues, formatPath, summarizeIssues } from './issues.js';
export { parseInput } from './parseInput.js';
export { collectIssues } from './collectIssues.js';
export { toSafe } from './safe.js';

export { Decimal, readDecimal } from './decimal.js';
export { decimalRounding, roundingModes } from './rounding.js';
export { currencies, currencyMinorUnit, isCurrency } from './currencies.js';
export {
  formatMoney,
  fromDecimal,
  isMoney,
  money,
  readMoney,
  readMoneyInput,
  roundMoney,
  toDecimal,
  toMinorUnits,
  toMoney,
} from './money.js';
export {
  addMoney,
  compareMoney,
  equalsMoney,
  isNegativeMoney,
  isZeroMoney,
  maxMoney,
  minMoney,
  multiplyMoney,
  negateMoney,
  subtractMoney,
  sumMoney,
} from './moneyArithmetic.js';
export { allocate } from './allocate.js';

export { clauseIds } from './clauseIds.js';
export { clauses, getClause, isClauseId, listClauses } from './clauses.js';
export { createReason, defineMessages, locales, messageFor, renderMessage, templateParams } from './messages.js';
export { explain } from './explain.js';

export { parseInstant, readInstant, toIsoString } from './instant.js';
export {
  addDaysToDate,
  addMonthsToDate,
  endOfLocalDay,
  isLocalDate,
  isoWeekday,
  isTimeZone,
  localDate,
  localDateTime,
  localMinutes,
  startOfLocalDay,
  zonedTime,
} from './timeZone.js';
export { addBusinessDaysToDate, businessDaysBetween, isBusinessDay } from './businessCalendar.js';
export { computeWindow, createWindowCalculator, isWithinWindow } from './computeWindow.js';
export { resolveContext } from './context.js';

export { deepFreeze, deepMerge, definePolicyFamily, policyVersion, presetNames } from './definePolicyFamily.js';
export { storePresets } from './storePresets.js';
export { stableStringify } from './stableStringify.js';
export { sha256 } from './sha256.js';
export { toJsonSchema } from './toJsonSchema.js';
export {
  businessCalendarSchema,
  contextSchema,
  currencySchema,
  decimalSchema,
  instantSchema,
  localDateSchema,
  localeSchema,
  moneySchema,
  nonNegativeDecimalSchema,
  roundingModeSchema,
  storeSettingsSchema,
  timeZoneSchema,
  windowSpecSchema,
} from './schema.js';
export {
  safeAddMoney,
  safeAllocate,
  safeCompareMoney,
  safeComputeWindow,
  safeExplain,
  safeMoney,
  safeMultiplyMoney,
  safeParseInstant,
  safeResolveContext,
  safeRoundMoney,
  safeSubtractMoney,
  safeSumMoney,
  safeToMoney,
} from './safeVariants.js';

export type { ZhiduErrorCode, ZhiduErrorOptions } from './ZhiduError.js';
export type { PolicyIssue, ZodLikeIssue } from './issues.js';
export type { Result } from './safe.js';
export type { DecimalInput } from './decimal.js';
export type { RoundingMode } from './rounding.js';
export type { DecimalMoney, Money, MoneyInput } from './money.js';
export type { Clause, ClauseFamily, ClauseId, ClauseOrigin, Locale, LocalizedText, SeedKey } from './clauseIds.js';
export type { MessageCatalog, MessageDefinition } from './messages.js';
export type { Decision, Reason, ReasonParam, ReasonParams } from './reason.js';
export type { InstantInput } from './instant.js';
export type { LocalDate } from './timeZone.js';
export type { BusinessCalendar } from './businessCalendar.js';
export type { Window, WindowCalculator, WindowOptions, WindowSpec, WindowUnit } from './computeWindow.js';
export type { Context, ResolvedContext } from './context.js';
export type { DeepReadonly, PolicyFamily, PolicyFamilySpec, PolicyOverrides, PresetName } from './definePolicyFamily.js';
export type { StoreSettings } from './storePresets.js';
export type { JsonSchema } from './toJsonSchema.js';
