import { defineMessages } from '@zhidu/core';

/**
 * The reasons the risk package gives, each with its clause and its message in zh-CN and en-US.
 *
 * @example
 * riskMessages.RISK_RESPONSE_AVOID.clause
 * //=> 'RISK-4'
 */
export const riskMessages = /* @__PURE__ */ defineMessages({
  RISK_ASSESSED: {
    clause: 'RISK-2',
    'zh-CN': '按“{matrix}”评估：可能性 {likelihood}（{likelihoodStep}/{likelihoodSteps}），影响 {impact}（{impactStep}/{impactSteps}），得分 {score}，等级 {level}',
    'en-US': 'Assessed on "{matrix}": likelihood {likelihood} ({likelihoodStep}/{likelihoodSteps}), impact {impact} ({impactStep}/{impactSteps}), score {score}, level {level}',
  },
  RISK_RESPONSE_AVOID: {
    clause: 'RISK-4',
    'zh-CN': '发生可能性高且影响大：风险规避（如法律法规重大变化、平台政策调整）',
    'en-US': 'High likelihood and high impact: avoid the risk (e.g. a major change in law, a platform policy change)',
  },
  RISK_RESPONSE_REDUCE: {
    clause: 'RISK-4',
    'zh-CN': '发生可能性较高但影响较小：风险降低（如市场竞争加剧、客户投诉增多）',
    'en-US': 'High likelihood, low impact: reduce the risk (e.g. more competition, more complaints)',
  },
  RISK_RESPONSE_TRANSFER: {
    clause: 'RISK-4',
    'zh-CN': '发生可能性较低但影响较大：风险转移，如购买保险、签订免责协议（如重大自然灾害、网络安全事故）',
    'en-US': 'Low likelihood, high impact: transfer the risk by insurance or disclaimers (e.g. a natural disaster, a security incident)',
  },
  RISK_RESPONSE_ACCEPT: {
    clause: 'RISK-4',
    'zh-CN': '发生可能性低且影响小：风险接受（如日常运营中的小失误）',
    'en-US': 'Low likelihood and low impact: accept the risk (e.g. small mistakes in daily operations)',
  },
  RISK_REGISTER: {
    clause: 'RISK-3',
    'zh-CN': '风险清单 {count} 项，按严重程度排序；最高等级 {top}',
    'en-US': 'A register of {count} risks sorted by severity; the highest level is {top}',
  },
  RISK_CATEGORIES: {
    clause: 'RISK-1',
    'zh-CN': '按类别：市场 {market}，法律 {legal}，信用 {credit}，技术 {technical}，运营 {operational}',
    'en-US': 'By category: market {market}, legal {legal}, credit {credit}, technical {technical}, operational {operational}',
  },
  RISK_OWNERS: {
    clause: 'RISK-5',
    'zh-CN': '每项风险均有负责部门：{owners}',
    'en-US': 'Every risk has a responsible department: {owners}',
  },
  RISK_INDICATOR_OK: {
    clause: 'RISK-6',
    'zh-CN': '指标 {indicator} = {value}，未达预警阈值 {warning}',
    'en-US': 'Indicator {indicator} = {value}, short of the warning threshold {warning}',
  },
  RISK_INDICATOR_WARNING: {
    clause: 'RISK-6',
    'zh-CN': '指标 {indicator} = {value}，达到或超过预警阈值 {warning}，发出预警',
    'en-US': 'Indicator {indicator} = {value} reaches the warning threshold {warning}: warning',
  },
  RISK_INDICATOR_ALERT: {
    clause: 'RISK-6',
    'zh-CN': '指标 {indicator} = {value}，达到或超过警报阈值 {alert}，发出警报',
    'en-US': 'Indicator {indicator} = {value} reaches the alert threshold {alert}: alert',
  },
  RISK_INDICATOR_NO_DATA: {
    clause: 'RISK-5',
    'zh-CN': '指标 {indicator} 没有读数，请定期监测',
    'en-US': 'Indicator {indicator} has no readings: monitor it periodically',
  },
  RISK_INDICATOR_RISING: {
    clause: 'RISK-5',
    'zh-CN': '指标 {indicator} 近 {readings} 次读数呈上升趋势',
    'en-US': 'Indicator {indicator} is rising over {readings} readings',
  },
  RISK_INDICATOR_FALLING: {
    clause: 'RISK-5',
    'zh-CN': '指标 {indicator} 近 {readings} 次读数呈下降趋势',
    'en-US': 'Indicator {indicator} is falling over {readings} readings',
  },
  RISK_INDICATOR_FLAT: {
    clause: 'RISK-5',
    'zh-CN': '指标 {indicator} 近 {readings} 次读数持平',
    'en-US': 'Indicator {indicator} is flat over {readings} readings',
  },
  RISK_BACKUP_OK: {
    clause: 'RISK-7',
    'zh-CN': '数据已按要求备份（每 {every} 小时）',
    'en-US': 'Data is backed up on schedule (every {every} h)',
  },
  RISK_BACKUP_OVERDUE: {
    clause: 'RISK-7',
    'zh-CN': '数据备份已逾期（要求每 {every} 小时，距上次 {hoursSince} 小时）',
    'en-US': 'The data backup is overdue (every {every} h; last one {hoursSince} h ago)',
  },
  RISK_PASSWORDS_OK: {
    clause: 'RISK-7',
    'zh-CN': '账号密码在 {maxDays} 天内更换过',
    'en-US': 'Account passwords were changed within {maxDays} days',
  },
  RISK_PASSWORDS_STALE: {
    clause: 'RISK-7',
    'zh-CN': '账号密码超过 {maxDays} 天未更换（已 {daysSince} 天）',
    'en-US': 'Account passwords are older than {maxDays} days ({daysSince} days)',
  },
  RISK_PRIVACY_UNPROTECTED: {
    clause: 'RISK-7',
    'zh-CN': '客户个人信息未受保护，须限制访问、不得泄露',
    'en-US': 'Customer personal data is not protected: restrict access and never disclose it',
  },
});
