import { defineMessages } from '@zhidu/core';

/**
 * The reasons the penalties package gives, each with its clause and its message in zh-CN and en-US.
 *
 * @example
 * penaltyMessages.ATTENDANCE_LATE_HALF_DAY.clause
 * //=> 'PAY-4'
 */
export const penaltyMessages = /* @__PURE__ */ defineMessages({
  ATTENDANCE_DAY_OFF: {
    clause: 'PAY-1',
    'zh-CN': '{date} 非工作日',
    'en-US': '{date} is not a working day',
  },
  ATTENDANCE_ON_TIME: {
    clause: 'PAY-3',
    'zh-CN': '{date} 按时签到签退（{start}–{end}）',
    'en-US': '{date}: signed in and out on time ({start}–{end})',
  },
  ATTENDANCE_LATE: {
    clause: 'PAY-4',
    'zh-CN': '{date} 迟到 {minutes} 分钟（未超过 {limit} 分钟，不计旷工）',
    'en-US': '{date}: {minutes} min late (not over {limit}, not absenteeism)',
  },
  ATTENDANCE_LATE_HALF_DAY: {
    clause: 'PAY-4',
    'zh-CN': '{date} 迟到 {minutes} 分钟，超过 {limit} 分钟，视为旷工半天',
    'en-US': '{date}: {minutes} min late, over {limit}: half a day of absenteeism',
  },
  ATTENDANCE_EARLY_LEAVE: {
    clause: 'PAY-4',
    'zh-CN': '{date} 早退 {minutes} 分钟（未超过 {limit} 分钟，不计旷工）',
    'en-US': '{date}: left {minutes} min early (not over {limit}, not absenteeism)',
  },
  ATTENDANCE_EARLY_HALF_DAY: {
    clause: 'PAY-4',
    'zh-CN': '{date} 早退 {minutes} 分钟，超过 {limit} 分钟，视为旷工半天',
    'en-US': '{date}: left {minutes} min early, over {limit}: half a day of absenteeism',
  },
  ATTENDANCE_SIGNED_OUT_IN_WINDOW: {
    clause: 'PAY-3',
    'zh-CN': '{date} 在下班前 {window} 分钟内签退，不算早退',
    'en-US': '{date}: signed out within the last {window} min of the day, which is not leaving early',
  },
  ATTENDANCE_ABSENCE: {
    clause: 'PAY-5',
    'zh-CN': '{date} 未经批准临时外出 {minutes} 分钟（未超过 {limit} 分钟）',
    'en-US': '{date}: {minutes} min of unapproved temporary absence (not over {limit})',
  },
  ATTENDANCE_ABSENCE_HALF_DAY: {
    clause: 'PAY-5',
    'zh-CN': '{date} 未经批准临时外出 {minutes} 分钟，超过 {limit} 分钟，视为旷工半天',
    'en-US': '{date}: {minutes} min of unapproved temporary absence, over {limit}: half a day of absenteeism',
  },
  ATTENDANCE_MISSING_SIGN_IN: {
    clause: 'PAY-6',
    'zh-CN': '{date} 未签到，视为旷工半天',
    'en-US': '{date}: no sign-in, half a day of absenteeism',
  },
  ATTENDANCE_MISSING_SIGN_OUT: {
    clause: 'PAY-6',
    'zh-CN': '{date} 未签退，视为旷工半天',
    'en-US': '{date}: no sign-out, half a day of absenteeism',
  },
  ATTENDANCE_NO_SHOW: {
    clause: 'PAY-6',
    'zh-CN': '{date} 未经批准缺勤，旷工一天',
    'en-US': '{date}: absent without approval, a day of absenteeism',
  },
  ATTENDANCE_ON_LEAVE: {
    clause: 'PAY-6',
    'zh-CN': '{date} 经批准请假',
    'en-US': '{date}: on approved leave',
  },
  ATTENDANCE_UNAPPROVED_LEAVE: {
    clause: 'PAY-6',
    'zh-CN': '{date} 请假未获批准，视为旷工一天',
    'en-US': '{date}: leave without approval, a day of absenteeism',
  },
  ATTENDANCE_LONG_LEAVE: {
    clause: 'PAY-7',
    'zh-CN': '{date} 起请假 {days} 天，超过 {limit} 天，按制度原文视为旷工半天（该条文有歧义，本店已启用）',
    'en-US': 'Leave of {days} days from {date}, over {limit}: half a day of absenteeism under the literal text (an ambiguous rule this store turned on)',
  },
  ATTENDANCE_SUMMARY: {
    clause: 'PAY-6',
    'zh-CN': '本月旷工 {halfDays} 个半天（{days} 天）',
    'en-US': '{halfDays} half days of absenteeism this month ({days} days)',
  },
  ATTENDANCE_SERIOUS_VIOLATION: {
    clause: 'PAY-6',
    'zh-CN': '旷工半天以上（{days} 天），属严重违反公司制度',
    'en-US': 'Absenteeism of half a day or more ({days} days): a serious violation',
  },
  ATTENDANCE_FULL: {
    clause: 'PAY-2',
    'zh-CN': '出勤 {attended} 天，达到满勤 {required} 天，无迟到早退旷工',
    'en-US': 'Attended {attended} days, reaching full attendance ({required}), with no lateness, early leave or absenteeism',
  },
  ATTENDANCE_NOT_FULL: {
    clause: 'PAY-2',
    'zh-CN': '出勤 {attended} 天（满勤 {required} 天），迟到早退 {lapses} 次，旷工 {halfDays} 个半天，未达满勤',
    'en-US': 'Attended {attended} days (full attendance {required}), {lapses} late or early, {halfDays} half days absent: not full attendance',
  },
  PENALTY_WITHIN_RANGE: {
    clause: 'PAY-9',
    'zh-CN': '行政处罚 {amount} 在 {min}–{max} 的权限范围内',
    'en-US': 'An administrative penalty of {amount} is within the {min}–{max} range',
  },
  PENALTY_OUT_OF_RANGE: {
    clause: 'PAY-9',
    'zh-CN': '行政处罚 {amount} 超出 {min}–{max} 的权限范围，不予处罚',
    'en-US': 'An administrative penalty of {amount} is outside the {min}–{max} range: refused',
  },
  PENALTY_CAPPED_BY_DEDUCTION_LIMIT: {
    clause: 'PAY-9',
    'zh-CN': '当月扣款不得超过工资 {wage} 的 {rate}（{cap}），已扣 {other}，本次最多扣 {room}',
    'en-US': 'Deductions in a month may not exceed {rate} of the {wage} wage ({cap}); with {other} already deducted, at most {room} more',
  },
  PENALTY_CAPPED_BY_MINIMUM_WAGE: {
    clause: 'PAY-9',
    'zh-CN': '扣款后工资不得低于最低工资 {minimumWage}，本次最多扣 {room}',
    'en-US': 'The wage after deductions may not fall below the {minimumWage} minimum wage: at most {room} more',
  },
  PENALTY_NO_ROOM: {
    clause: 'PAY-9',
    'zh-CN': '已达扣款上限或最低工资限制，本次不能扣款',
    'en-US': 'The deduction limit or the minimum wage leaves no room for this penalty',
  },
  PENALTY_NO_LEGAL_BASIS: {
    clause: 'PAY-9',
    'zh-CN': '提示：《企业职工奖惩条例》已于 2008 年废止，罚款缺乏法律依据，扣款须有规章制度和经济损失依据',
    'en-US': 'Warning: disciplinary fines lost their legal basis when the Enterprise Staff Rewards and Penalties Regulations were repealed in 2008',
  },
  SELLER_LATE_SHIPMENT: {
    clause: 'PAY-22',
    'zh-CN': '{platform} 延迟发货处罚：按 {basis} 计 {amount}（规则截至 {asOf}）',
    'en-US': '{platform} late-shipment penalty: {amount} on {basis} (rules as of {asOf})',
  },
  SELLER_FALSE_SHIPMENT: {
    clause: 'PAY-22',
    'zh-CN': '{platform} 虚假发货处罚：按 {basis} 计 {amount}（规则截至 {asOf}）',
    'en-US': '{platform} false-shipment penalty: {amount} on {basis} (rules as of {asOf})',
  },
  SELLER_OUT_OF_STOCK: {
    clause: 'PAY-22',
    'zh-CN': '{platform} 缺货处罚：按 {basis} 计 {amount}（承诺发货 {promisedHours} 小时；规则截至 {asOf}）',
    'en-US': '{platform} out-of-stock penalty: {amount} on {basis} (promised shipping in {promisedHours} h; rules as of {asOf})',
  },
  SELLER_PENALTY_NONE: {
    clause: 'PAY-22',
    'zh-CN': '{platform} 平台对该情形未设处罚',
    'en-US': '{platform} sets no penalty for this',
  },
});
