import { defineMessages } from '@zhidu/core';

/**
 * The reasons the commissions package gives, each with its clause and its message in zh-CN and en-US.
 *
 * @example
 * commissionMessages.PERFORMANCE_BELOW_THRESHOLD.clause
 * //=> 'PAY-11'
 */
export const commissionMessages = /* @__PURE__ */ defineMessages({
  // Performance pay: staff and customer service (PAY-11, PAY-12).
  PERFORMANCE_BELOW_THRESHOLD: {
    clause: 'PAY-11',
    'zh-CN': '完成计划 {completionPercent}（{actual} / {plan}），不到 {thresholdPercent}，不计绩效工资',
    'en-US': 'Completed {completionPercent} of the plan ({actual} / {plan}), short of {thresholdPercent}: no performance pay',
  },
  PERFORMANCE_PRORATED: {
    clause: 'PAY-11',
    'zh-CN': '完成计划 {completionPercent}（{actual} / {plan}），{thresholdPercent}以上，按比例领取绩效工资：{ratioPercent} × {full} = {pay}',
    'en-US': 'Completed {completionPercent} of the plan ({actual} / {plan}), {thresholdPercent} or more: prorated performance pay {ratioPercent} × {full} = {pay}',
  },
  PERFORMANCE_BONUS_GRANTED: {
    clause: 'PAY-12',
    'zh-CN': '超额完成计划（{actual} / {plan}），奖金 {bonus}（{min}–{max}）',
    'en-US': 'The plan was exceeded ({actual} / {plan}): bonus {bonus} (range {min}–{max})',
  },
  PERFORMANCE_BONUS_OUT_OF_RANGE: {
    clause: 'PAY-12',
    'zh-CN': '奖金 {bonus} 不在 {min}–{max} 范围内，不予发放',
    'en-US': 'The bonus {bonus} is outside the range {min}–{max}: refused',
  },
  PERFORMANCE_BONUS_NOT_EXCEEDED: {
    clause: 'PAY-12',
    'zh-CN': '未超额完成计划（{actual} / {plan}），不发奖金 {bonus}',
    'en-US': 'The plan was not exceeded ({actual} / {plan}): no bonus {bonus}',
  },
  // Performance pay: the supervisor (PAY-13).
  PERFORMANCE_DEPARTMENT_BELOW_THRESHOLD: {
    clause: 'PAY-13',
    'zh-CN': '部门完成月计划 {completionPercent}（{actual} / {plan}），低于 {thresholdPercent}，主管无绩效工资',
    'en-US': "The department completed {completionPercent} of the month's plan ({actual} / {plan}), below {thresholdPercent}: no performance pay for the supervisor",
  },
  PERFORMANCE_DEPARTMENT_PRORATED: {
    clause: 'PAY-13',
    'zh-CN': '部门完成月计划 {completionPercent}（{actual} / {plan}），{thresholdPercent}以上，主管按比例领取绩效工资：{ratioPercent} × {full} = {pay}',
    'en-US': "The department completed {completionPercent} of the month's plan ({actual} / {plan}), {thresholdPercent} or more: prorated performance pay {ratioPercent} × {full} = {pay}",
  },
  PERFORMANCE_TEAM_DEDUCTION: {
    clause: 'PAY-13',
    'zh-CN': '{count} 名组员未完成 {thresholdPercent}，每人扣 {perMember}，应扣 {due}',
    'en-US': 'Team members below {thresholdPercent}: {count}, {perMember} each, {due} due',
  },
  PERFORMANCE_TEAM_NO_DEDUCTION: {
    clause: 'PAY-13',
    'zh-CN': '{members} 名组员均完成 {thresholdPercent}以上，不扣款',
    'en-US': 'Every team member ({members}) completed {thresholdPercent} or more: nothing deducted',
  },
  PERFORMANCE_DEDUCTION_LIMITED: {
    clause: 'PAY-13',
    'zh-CN': '扣款以绩效工资为限，绩效工资不低于 0：应扣 {due}，实扣 {deduction}',
    'en-US': 'Deductions are limited to the performance pay, which never goes below zero: {due} due, {deduction} deducted',
  },
  PERFORMANCE_SUPERVISOR_BONUS_GRANTED: {
    clause: 'PAY-13',
    'zh-CN': '部门完成月计划并超过（{actual} / {plan}），主管奖金 {bonus}（{min}–{max}）',
    'en-US': "The department met and exceeded the month's plan ({actual} / {plan}): supervisor's bonus {bonus} (range {min}–{max})",
  },
  PERFORMANCE_SUPERVISOR_BONUS_OUT_OF_RANGE: {
    clause: 'PAY-13',
    'zh-CN': '主管奖金 {bonus} 不在 {min}–{max} 范围内，不予发放',
    'en-US': "The supervisor's bonus {bonus} is outside the range {min}–{max}: refused",
  },
  PERFORMANCE_SUPERVISOR_BONUS_NOT_EXCEEDED: {
    clause: 'PAY-13',
    'zh-CN': '部门未超额完成月计划（{actual} / {plan}），不发主管奖金 {bonus}',
    'en-US': "The department did not exceed the month's plan ({actual} / {plan}): no supervisor's bonus {bonus}",
  },
  // The override (PAY-14).
  PERFORMANCE_OVERRIDE: {
    clause: 'PAY-14',
    'zh-CN': '平台顺利运营前，经 {by} 决定不论完成情况发放全额绩效工资 {full}，理由：{reason}',
    'en-US': 'Full performance pay {full} whatever the completion, granted by {by} before the platform runs fully: {reason}',
  },
  PERFORMANCE_OVERRIDE_NO_DEDUCTION: {
    clause: 'PAY-14',
    'zh-CN': '全额发放绩效工资，{count} 名组员未完成 {thresholdPercent} 的 {due} 不扣',
    'en-US': 'Full performance pay: the {due} for team members below {thresholdPercent} ({count}) is not deducted',
  },
  // Commission (PAY-16, PAY-17).
  COMMISSION_NET_SALES: {
    clause: 'PAY-16',
    'zh-CN': '当月净销售额 {netSales} = 所有店铺下单金额 {orders}（{orderCount} 笔）− 退货金额 {returns}（{returnCount} 笔）',
    'en-US': "The month's net sales {netSales} = ordered in all stores {orders} (count {orderCount}) − returned {returns} (count {returnCount})",
  },
  COMMISSION_TIER: {
    clause: 'PAY-16',
    'zh-CN': '完成目标 {target} 的 {completionPercent}，适用 {fromPercent} 起的提成比例 {ratePercent}：{netSales} × {ratePercent} = {amount}',
    'en-US': 'Completed {completionPercent} of the target {target}: the rate from {fromPercent} is {ratePercent}; {netSales} × {ratePercent} = {amount}',
  },
  COMMISSION_CUSTOMER_SERVICE_TIER: {
    clause: 'PAY-17',
    'zh-CN': '客服提成按指标（每月30日前设定下月指标）完成程度：完成 {target} 的 {completionPercent}，适用 {fromPercent} 起的提成比例 {ratePercent}：{netSales} × {ratePercent} = {amount}',
    'en-US': "Customer-service commission by completion of the target set before the 30th of the month before: {completionPercent} of {target}, the rate from {fromPercent} is {ratePercent}; {netSales} × {ratePercent} = {amount}",
  },
  COMMISSION_CLAWBACK: {
    clause: 'PAY-16',
    'zh-CN': '净销售额为负（退货含以前月份的订单），追回提成：{netSales} × {ratePercent} = {amount}',
    'en-US': "Net sales are negative (returns include earlier months' orders): commission clawed back, {netSales} × {ratePercent} = {amount}",
  },
  COMMISSION_NO_CLAWBACK: {
    clause: 'PAY-16',
    'zh-CN': '净销售额 {netSales} 为负；本政策不追回提成，提成为 0',
    'en-US': 'Net sales {netSales} are negative; the policy claws nothing back: no commission',
  },
  // The pay statement (PAY-8..10, PAY-15).
  STATEMENT_BASE: {
    clause: 'PAY-10',
    'zh-CN': '工资 = 固定底薪 + 绩效工资 + 奖金 + 提成；固定底薪 {base}',
    'en-US': 'Pay = fixed base + performance pay + bonus + commission; fixed base {base}',
  },
  STATEMENT_BASE_AGREED: {
    clause: 'PAY-10',
    'zh-CN': '工资 = 固定底薪 + 绩效工资 + 奖金 + 提成；固定底薪按约定为 {base}（政策标准 {standard}）',
    'en-US': "Pay = fixed base + performance pay + bonus + commission; the employee's agreed fixed base is {base} (policy standard {standard})",
  },
  STATEMENT_FULL_ATTENDANCE_BONUS: {
    clause: 'PAY-15',
    'zh-CN': '满勤，全勤奖 {bonus}',
    'en-US': 'Full attendance: full-attendance bonus {bonus}',
  },
  STATEMENT_FULL_ATTENDANCE_NO_AMOUNT: {
    clause: 'PAY-15',
    'zh-CN': '满勤；本政策未设全勤奖金额',
    'en-US': 'Full attendance; the policy sets no full-attendance bonus',
  },
  STATEMENT_ABSENTEEISM: {
    clause: 'PAY-8',
    'zh-CN': '旷工 {days} 天，扣款 {deduction} = 底薪 {base} ÷ {daysPerMonth} × {days}（日工资 = 月工资 ÷ 21.75，劳社部发〔2008〕3号）',
    'en-US': 'Absent without leave {days} days: {deduction} deducted = base {base} ÷ {daysPerMonth} × {days} (daily wage = monthly ÷ 21.75, 劳社部发〔2008〕3号)',
  },
  STATEMENT_ABSENTEEISM_LIMITED: {
    clause: 'PAY-8',
    'zh-CN': '旷工扣款 {due} 以底薪 {base} 为限',
    'en-US': 'The absenteeism deduction {due} is limited to the base {base}',
  },
  STATEMENT_PENALTIES: {
    clause: 'PAY-9',
    'zh-CN': '罚款及赔偿 {count} 笔，共 {total}',
    'en-US': 'Penalties and compensation: {total} in all (count {count})',
  },
  STATEMENT_FINES_WARNING: {
    clause: 'PAY-9',
    'zh-CN': '提示：《企业职工奖惩条例》已于2008年废止（国务院令第516号），罚款从工资中扣除缺乏法律依据，扣款前请确认依据',
    'en-US': 'Warning: disciplinary fines have had no legal basis since the Regulations on Rewards and Penalties for Enterprise Employees were repealed in 2008 (State Council order 516); check the basis before deducting',
  },
  STATEMENT_DEDUCTION_CAP: {
    clause: 'PAY-9',
    'zh-CN': '罚款及赔偿扣款 {total} 超过当月工资 {wage} 的 {ratePercent}（{limit}），调减 {reduction}（《工资支付暂行规定》第十六条）',
    'en-US': "Penalty and compensation deductions {total} exceed {ratePercent} of the month's wage {wage} ({limit}): reduced by {reduction} (工资支付暂行规定 art. 16)",
  },
  STATEMENT_MINIMUM_WAGE_FLOOR: {
    clause: 'PAY-9',
    'zh-CN': '扣款后剩余工资不得低于最低工资 {minimumWage}：罚款及赔偿扣款调减 {reduction}（《工资支付暂行规定》第十六条）',
    'en-US': 'The wage left after deductions may not fall below the minimum wage {minimumWage}: penalty and compensation deductions reduced by {reduction} (工资支付暂行规定 art. 16)',
  },
  STATEMENT_GROSS_BELOW_MINIMUM_WAGE: {
    clause: 'PAY-9',
    'zh-CN': '警告：应发工资 {gross} 低于最低工资 {minimumWage}，劳动者提供正常劳动的，用人单位须至少按最低工资支付',
    'en-US': 'Warning: the gross {gross} is below the minimum wage {minimumWage}; for normal working hours worked, the employer must pay at least the minimum wage',
  },
  STATEMENT_NET_BELOW_MINIMUM_WAGE_ABSENCE: {
    clause: 'PAY-9',
    'zh-CN': '实发 {net} 低于最低工资 {minimumWage}，系旷工 {days} 天所致：最低工资以提供正常劳动为前提',
    'en-US': 'The net {net} is below the minimum wage {minimumWage} because of {days} days of absenteeism: the minimum wage is owed for normal working hours worked',
  },
  STATEMENT_NET: {
    clause: 'PAY-10',
    'zh-CN': '应发 {gross} − 扣款 {deductions} = 实发 {net}',
    'en-US': 'Gross {gross} − deductions {deductions} = net {net}',
  },
});
