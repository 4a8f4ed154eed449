import type { LocalizedText } from '@zhidu/core';
import type { PayLineKind } from './types.js';

/**
 * The label templates of pay-statement lines in zh-CN and en-US (`{days}`, `{reason}`, `{rate}`
 * are filled per line).
 *
 * @example
 * payLineLabels.base['en-US']
 * //=> 'Base pay'
 */
export const payLineLabels: Readonly<Record<PayLineKind | 'penalty_with_reason' | 'commission_clawback', LocalizedText>> = Object.freeze({
  base: { 'zh-CN': '固定底薪', 'en-US': 'Base pay' },
  performance: { 'zh-CN': '绩效工资', 'en-US': 'Performance pay' },
  bonus: { 'zh-CN': '超额完成奖', 'en-US': 'Over-completion bonus' },
  commission: { 'zh-CN': '提成', 'en-US': 'Commission' },
  commission_clawback: { 'zh-CN': '提成追回', 'en-US': 'Commission claw-back' },
  full_attendance: { 'zh-CN': '全勤奖', 'en-US': 'Full-attendance bonus' },
  absenteeism: { 'zh-CN': '旷工扣款（{days} 天）', 'en-US': 'Absenteeism ({days} days)' },
  penalty: { 'zh-CN': '罚款/赔偿', 'en-US': 'Penalty or compensation' },
  penalty_with_reason: { 'zh-CN': '罚款/赔偿：{reason}', 'en-US': 'Penalty or compensation: {reason}' },
  deduction_cap: { 'zh-CN': '扣款上限调减（当月工资的 {rate}）', 'en-US': "Reduced to the cap ({rate} of the month's wage)" },
  minimum_wage_floor: { 'zh-CN': '保障最低工资调减', 'en-US': 'Reduced to keep the minimum wage' },
});
