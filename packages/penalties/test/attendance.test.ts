import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { assessAttendance, createPenaltyAssessor, definePenaltyPolicy, presets, safeAssessAttendance } from '../src/index.js';
import { clauseOf, cn, cnDay, codes, issuePaths, march, marchSaturdays, marchSundays, month, ny, only } from './fixtures.js';

// Every expected number below is worked out by hand from the catalog: generic (S3) works
// 09:00–18:00 with lunch 12:00–13:30 in Asia/Shanghai, resting on Sunday; usStore 09:00–18:00 with
// lunch 12:00–13:00 in America/New_York, Monday–Friday. 超过 excludes the number: "over 15 minutes"
// starts at 15 min + 1 ms; 以上 includes it: "half a day or more" starts at half a day.

const MON = '2026-03-02'; // a Monday
const assess = (day: Parameters<typeof month>[0]) => assessAttendance(month(day));

describe('PAY-1: the schedule', () => {
  it('PAY-1: generic works 09:00–18:00 with lunch 12:00–13:30, six days a week, resting on Sunday', () => {
    expect(presets.generic.schedule).toEqual({ start: '09:00', end: '18:00', lunch: { start: '12:00', end: '13:30' } });
    // Saturday 7 March is a working day, Sunday 8 March is not.
    const result = assessAttendance(month(cnDay('2026-03-07'), { date: '2026-03-08' }));
    expect(result.days.map((d) => d.scheduled)).toEqual([true, false]);
    expect(result.scheduledDays).toBe(1);
    expect(codes(result.days[0]!)).toEqual(['ATTENDANCE_ON_TIME']);
    expect(clauseOf(result.days[0]!, 'ATTENDANCE_ON_TIME')).toBe('PAY-3');
    // No record on a Sunday is not absenteeism: the day is off.
    expect(result.days[1]).toMatchObject({ halfDayAbsences: 0 });
    expect(clauseOf(result.days[1]!, 'ATTENDANCE_DAY_OFF')).toBe('PAY-1');
    expect(result.halfDayAbsences).toBe(0);
  });

  it('PAY-1: usStore works five days, so Saturday is off too', () => {
    const result = assessAttendance(month({ date: '2026-03-07' }, { date: '2026-03-08' }), presets.usStore);
    expect(result.days.map((d) => d.scheduled)).toEqual([false, false]);
    expect(result.scheduledDays).toBe(0);
    expect(codes(result.days[0]!)).toEqual(['ATTENDANCE_DAY_OFF']);
  });

  it('PAY-1: a public holiday in calendar.holidays is a day off; a make-up day in calendar.workdays is worked', () => {
    const policy = definePenaltyPolicy({ calendar: { holidays: ['2026-05-01'], workdays: ['2026-05-03'] } });
    // Friday 1 May, no record: a holiday, not a no-show. Sunday 3 May, a make-up working day.
    const result = assessAttendance(month({ date: '2026-05-01' }, { date: '2026-05-03' }), policy);
    expect(result.days.map((d) => d.scheduled)).toEqual([false, true]);
    expect(codes(result.days[0]!)).toEqual(['ATTENDANCE_DAY_OFF']);
    expect(result.days[1]!.halfDayAbsences).toBe(2);
    expect(result.halfDayAbsences).toBe(2);
    // Without the holiday, the same Friday with no record is a whole day of absenteeism.
    expect(assessAttendance(month({ date: '2026-05-01' })).halfDayAbsences).toBe(2);
  });

  it('PAY-1: a day marked scheduled: false is off whatever the calendar says', () => {
    const result = assess({ date: MON, scheduled: false });
    expect(only(result)).toMatchObject({ scheduled: false, halfDayAbsences: 0 });
  });
});

describe('PAY-3: signing in and out', () => {
  it('PAY-3: signing in at 09:00 exactly and out at 18:00 is on time', () => {
    const day = only(assess(cnDay(MON, '08:52', '18:00')));
    expect(day).toMatchObject({ lateMinutes: 0, earlyMinutes: 0, absenceMinutes: 0, halfDayAbsences: 0 });
    expect(only(assess(cnDay(MON, '09:00', '18:30'))).lateMinutes).toBe(0);
  });

  it('PAY-3: signing out at 17:50 is within the last 10 minutes, not early', () => {
    const result = assess(cnDay(MON, '09:00', '17:50'));
    const day = only(result);
    expect(day).toMatchObject({ earlyMinutes: 0, halfDayAbsences: 0 });
    expect(codes(day)).toEqual(['ATTENDANCE_SIGNED_OUT_IN_WINDOW']);
    expect(clauseOf(day, 'ATTENDANCE_SIGNED_OUT_IN_WINDOW')).toBe('PAY-3');
  });

  it('PAY-3, PAY-4: signing out at 17:49:59 is 10 min 1 s early — a lapse (11 min counted), not over 15, no half day', () => {
    const result = assess(cnDay(MON, '09:00', '17:49:59'));
    const day = only(result);
    expect(day).toMatchObject({ earlyMinutes: 11, halfDayAbsences: 0 });
    expect(codes(day)).toEqual(['ATTENDANCE_EARLY_LEAVE']);
    expect(clauseOf(day, 'ATTENDANCE_EARLY_LEAVE')).toBe('PAY-4');
    expect(result.halfDayAbsences).toBe(0);
    expect(result.seriousViolation).toBe(false);
  });
});

describe('PAY-4: late arrival and early leave over 15 minutes', () => {
  it('PAY-4: 15 minutes late exactly is not half a day (超过 excludes 15)', () => {
    const result = assess(cnDay(MON, '09:15', '18:00'));
    const day = only(result);
    expect(day).toMatchObject({ lateMinutes: 15, halfDayAbsences: 0 });
    expect(codes(day)).toEqual(['ATTENDANCE_LATE']);
    expect(clauseOf(day, 'ATTENDANCE_LATE')).toBe('PAY-4');
    expect(result).toMatchObject({ halfDayAbsences: 0, absenteeismDays: 0, seriousViolation: false, fullAttendance: false });
  });

  it('PAY-4: 15 minutes and 1 ms late is half a day (a part of a minute counts as one: 16)', () => {
    const result = assess(cnDay(MON, '09:15:00.001', '18:00'));
    expect(only(result)).toMatchObject({ lateMinutes: 16, halfDayAbsences: 1 });
    expect(codes(only(result))).toEqual(['ATTENDANCE_LATE_HALF_DAY']);
    expect(result).toMatchObject({ halfDayAbsences: 1, absenteeismDays: 0.5 });
  });

  it('PAY-4: 16 minutes late is half a day', () => {
    const day = only(assess(cnDay(MON, '09:16', '18:00')));
    expect(day).toMatchObject({ lateMinutes: 16, halfDayAbsences: 1 });
    expect(clauseOf(day, 'ATTENDANCE_LATE_HALF_DAY')).toBe('PAY-4');
  });

  it('PAY-4: leaving 15 minutes early (17:45) is not half a day; 15 min 1 ms (17:44:59.999) and 16 min (17:44) are', () => {
    const at1745 = only(assess(cnDay(MON, '09:00', '17:45')));
    expect(at1745).toMatchObject({ earlyMinutes: 15, halfDayAbsences: 0 });
    expect(codes(at1745)).toEqual(['ATTENDANCE_EARLY_LEAVE']);

    const justOver = only(assess(cnDay(MON, '09:00', '17:44:59.999')));
    expect(justOver).toMatchObject({ earlyMinutes: 16, halfDayAbsences: 1 });
    expect(codes(justOver)).toEqual(['ATTENDANCE_EARLY_HALF_DAY']);
    expect(clauseOf(justOver, 'ATTENDANCE_EARLY_HALF_DAY')).toBe('PAY-4');

    expect(only(assess(cnDay(MON, '09:00', '17:44')))).toMatchObject({ earlyMinutes: 16, halfDayAbsences: 1 });
  });

  it('PAY-4: late and early over 15 minutes on the same day are two half days, a whole day', () => {
    const result = assess(cnDay(MON, '09:16', '17:44'));
    expect(only(result)).toMatchObject({ lateMinutes: 16, earlyMinutes: 16, halfDayAbsences: 2 });
    expect(codes(only(result))).toEqual(['ATTENDANCE_LATE_HALF_DAY', 'ATTENDANCE_EARLY_HALF_DAY']);
    expect(result).toMatchObject({ halfDayAbsences: 2, absenteeismDays: 1 });
  });
});

describe('PAY-5: temporary absence over an hour', () => {
  const away = (from: string, to: string, approved = false) => ({ from: cn(MON, from), to: cn(MON, to), approved });

  it('PAY-5: 60 minutes of unapproved absence exactly is not half a day; 61 is', () => {
    const sixty = only(assess(cnDay(MON, '09:00', '18:00', { absences: [away('10:00', '11:00')] })));
    expect(sixty).toMatchObject({ absenceMinutes: 60, halfDayAbsences: 0 });
    expect(codes(sixty)).toEqual(['ATTENDANCE_ABSENCE']);
    expect(clauseOf(sixty, 'ATTENDANCE_ABSENCE')).toBe('PAY-5');

    const sixtyOne = only(assess(cnDay(MON, '09:00', '18:00', { absences: [away('10:00', '11:01')] })));
    expect(sixtyOne).toMatchObject({ absenceMinutes: 61, halfDayAbsences: 1 });
    expect(codes(sixtyOne)).toEqual(['ATTENDANCE_ABSENCE_HALF_DAY']);
    expect(clauseOf(sixtyOne, 'ATTENDANCE_ABSENCE_HALF_DAY')).toBe('PAY-5');

    // 60 min and 1 ms is over the hour too.
    expect(only(assess(cnDay(MON, '09:00', '18:00', { absences: [away('10:00', '11:00:00.001')] }))).halfDayAbsences).toBe(1);
  });

  it('PAY-5: the lunch break is not absence (generic 12:00–13:30; usStore 12:00–13:00)', () => {
    // 11:30–14:00 is 150 min, of which 90 are lunch: 60 min away, not over the hour.
    const generic = only(assess(cnDay(MON, '09:00', '18:00', { absences: [away('11:30', '14:00')] })));
    expect(generic).toMatchObject({ absenceMinutes: 60, halfDayAbsences: 0 });
    // From 11:29 it is 61.
    expect(only(assess(cnDay(MON, '09:00', '18:00', { absences: [away('11:29', '14:00')] })))).toMatchObject({ absenceMinutes: 61, halfDayAbsences: 1 });
    // An absence entirely within lunch is nothing.
    expect(codes(only(assess(cnDay(MON, '09:00', '18:00', { absences: [away('12:00', '13:30')] }))))).toEqual(['ATTENDANCE_ON_TIME']);
    // In the US store lunch is one hour: the same 11:30–14:00 is 150 − 60 = 90 min, half a day.
    const date = '2026-03-02';
    const us = assessAttendance(
      month({ date, signIn: ny(date, '09:00'), signOut: ny(date, '18:00'), absences: [{ from: ny(date, '11:30'), to: ny(date, '14:00'), approved: false }] }),
      presets.usStore,
    );
    expect(only(us)).toMatchObject({ absenceMinutes: 90, halfDayAbsences: 1 });
  });

  it('PAY-5: approved absences are ignored', () => {
    const day = only(assess(cnDay(MON, '09:00', '18:00', { absences: [away('09:30', '16:00', true)] })));
    expect(day).toMatchObject({ absenceMinutes: 0, halfDayAbsences: 0 });
    expect(codes(day)).toEqual(['ATTENDANCE_ON_TIME']);
  });

  it('PAY-5: several unapproved absences in a day are summed', () => {
    // 30 + 30 = 60: not over the hour; 30 + 31 = 61: over.
    expect(only(assess(cnDay(MON, '09:00', '18:00', { absences: [away('10:00', '10:30'), away('15:00', '15:30')] })))).toMatchObject({
      absenceMinutes: 60,
      halfDayAbsences: 0,
    });
    expect(
      only(assess(cnDay(MON, '09:00', '18:00', { absences: [away('10:00', '10:30'), away('15:00', '15:31'), away('16:00', '17:00', true)] }))),
    ).toMatchObject({ absenceMinutes: 61, halfDayAbsences: 1 });
  });
});

describe('PAY-6: absenteeism and serious violation', () => {
  it('PAY-6: a missing sign-in is half a day; a missing sign-out is half a day', () => {
    const noIn = assess({ date: MON, signOut: cn(MON, '18:00') });
    expect(only(noIn)).toMatchObject({ halfDayAbsences: 1 });
    expect(codes(only(noIn))).toEqual(['ATTENDANCE_MISSING_SIGN_IN']);
    expect(clauseOf(only(noIn), 'ATTENDANCE_MISSING_SIGN_IN')).toBe('PAY-6');

    const noOut = assess({ date: MON, signIn: cn(MON, '09:00'), signOut: null });
    expect(only(noOut)).toMatchObject({ halfDayAbsences: 1 });
    expect(codes(only(noOut))).toEqual(['ATTENDANCE_MISSING_SIGN_OUT']);
    expect(clauseOf(only(noOut), 'ATTENDANCE_MISSING_SIGN_OUT')).toBe('PAY-6');
    expect(noOut.attendedDays).toBe(0);
  });

  it('PAY-6: no record on a working day is a whole day of absenteeism', () => {
    const result = assess({ date: MON });
    expect(only(result)).toMatchObject({ scheduled: true, halfDayAbsences: 2 });
    expect(codes(only(result))).toEqual(['ATTENDANCE_NO_SHOW']);
    expect(clauseOf(only(result), 'ATTENDANCE_NO_SHOW')).toBe('PAY-6');
    expect(result).toMatchObject({ halfDayAbsences: 2, absenteeismDays: 1, seriousViolation: true });
  });

  it('PAY-6: unapproved leave is a whole day; approved leave is nothing', () => {
    const unapproved = assess({ date: MON, leave: { approved: false, days: 1 } });
    expect(only(unapproved).halfDayAbsences).toBe(2);
    expect(clauseOf(only(unapproved), 'ATTENDANCE_UNAPPROVED_LEAVE')).toBe('PAY-6');

    const approved = assess({ date: MON, leave: { approved: true, days: 1 } });
    expect(only(approved).halfDayAbsences).toBe(0);
    expect(codes(only(approved))).toEqual(['ATTENDANCE_ON_LEAVE']);
    expect(approved).toMatchObject({ halfDayAbsences: 0, seriousViolation: false });
  });

  it('PAY-6: half a day of absenteeism is already a serious violation (半天以上 includes half a day); none is not', () => {
    const half = assessAttendance(month(cnDay(MON, '09:16'), cnDay('2026-03-03')));
    expect(half).toMatchObject({ halfDayAbsences: 1, absenteeismDays: 0.5, seriousViolation: true });
    expect(clauseOf(half, 'ATTENDANCE_SERIOUS_VIOLATION')).toBe('PAY-6');
    expect(clauseOf(half, 'ATTENDANCE_SUMMARY')).toBe('PAY-6');

    // 15 minutes late and 10 min 1 s early: lapses, but no absenteeism.
    const none = assessAttendance(month(cnDay(MON, '09:15'), cnDay('2026-03-03', '09:00', '17:49:59')));
    expect(none).toMatchObject({ halfDayAbsences: 0, absenteeismDays: 0, seriousViolation: false, fullAttendance: false });
    expect(codes(none)).not.toContain('ATTENDANCE_SERIOUS_VIOLATION');
  });
});

describe('PAY-7: leave over a day (ambiguous, off by default)', () => {
  const twoDays = month({ date: '2026-03-02', leave: { approved: true, days: 2 } }, { date: '2026-03-03', leave: { approved: true, days: 2 } });

  it('PAY-7: off by default — approved leave of any length is not absenteeism', () => {
    expect(presets.generic.longLeave).toEqual({ mode: 'off', overDays: 1 });
    const result = assessAttendance(twoDays);
    expect(result.halfDayAbsences).toBe(0);
    expect(result.days.flatMap(codes)).not.toContain('ATTENDANCE_LONG_LEAVE');
  });

  it('PAY-7: literal reading — a 2-day leave counts half a day once, on its first day', () => {
    const policy = definePenaltyPolicy({ longLeave: { mode: 'literal', overDays: 1 } });
    const result = assessAttendance(twoDays, policy);
    expect(result.days.map((d) => d.halfDayAbsences)).toEqual([1, 0]);
    expect(codes(result.days[0]!)).toEqual(['ATTENDANCE_ON_LEAVE', 'ATTENDANCE_LONG_LEAVE']);
    expect(clauseOf(result.days[0]!, 'ATTENDANCE_LONG_LEAVE')).toBe('PAY-7');
    expect(codes(result.days[1]!)).toEqual(['ATTENDANCE_ON_LEAVE']);
    expect(result).toMatchObject({ halfDayAbsences: 1, absenteeismDays: 0.5, seriousViolation: true });
  });

  it('PAY-7: literal reading — a 3-day leave across a Sunday still counts once, on its first day', () => {
    // Saturday 7 March to Monday 9 March, one leave of 3 days; Sunday 8 March is a day off.
    // The leave is over 1 day, so it counts half a day once (on Saturday), not again on Monday.
    const policy = definePenaltyPolicy({ longLeave: { mode: 'literal', overDays: 1 } });
    const leave = { approved: true, days: 3 };
    const result = assessAttendance(month({ date: '2026-03-07', leave }, { date: '2026-03-08', leave }, { date: '2026-03-09', leave }), policy);
    expect(result.days.map((d) => d.scheduled)).toEqual([true, false, true]);
    expect(result.days.map((d) => d.halfDayAbsences)).toEqual([1, 0, 0]);
    expect(result.halfDayAbsences).toBe(1);
  });

  it('PAY-7: literal reading — a leave of exactly 1 day is not over 1 day', () => {
    const policy = definePenaltyPolicy({ longLeave: { mode: 'literal', overDays: 1 } });
    const result = assessAttendance(month({ date: MON, leave: { approved: true, days: 1 } }), policy);
    expect(result.halfDayAbsences).toBe(0);
    expect(codes(only(result))).toEqual(['ATTENDANCE_ON_LEAVE']);
  });
});

describe('PAY-2: full attendance', () => {
  const workingDays = march.filter((date) => !marchSundays.includes(date));

  it('PAY-2: March 2026 has 26 Monday–Saturday days; 26 clean days are full attendance in generic', () => {
    expect(workingDays).toHaveLength(26);
    // Every date of the month given: the Sundays with no record are days off.
    const result = assessAttendance(month(...march.map((date) => (marchSundays.includes(date) ? { date } : cnDay(date)))));
    expect(result).toMatchObject({ scheduledDays: 26, attendedDays: 26, halfDayAbsences: 0, fullAttendance: true });
    expect(clauseOf(result, 'ATTENDANCE_FULL')).toBe('PAY-2');
    expect(result.reasons.find((r) => r.code === 'ATTENDANCE_FULL')?.params).toEqual({ attended: 26, required: 26 });
  });

  it('PAY-2: signing out in the last 10 minutes keeps full attendance (PAY-3: not early)', () => {
    const result = assessAttendance(month(...workingDays.map((date) => cnDay(date, '08:55', '17:50'))));
    expect(result.fullAttendance).toBe(true);
  });

  it('PAY-2: 25 days attended are not full attendance, even with the 26th on approved leave', () => {
    const result = assessAttendance(month(...workingDays.map((date, i) => (i === 0 ? { date, leave: { approved: true, days: 1 } } : cnDay(date)))));
    expect(result).toMatchObject({ scheduledDays: 26, attendedDays: 25, halfDayAbsences: 0, fullAttendance: false });
    expect(clauseOf(result, 'ATTENDANCE_NOT_FULL')).toBe('PAY-2');
    expect(assessAttendance(month(...workingDays.slice(1).map((date) => cnDay(date)))).fullAttendance).toBe(false);
  });

  it('PAY-2: one lapse (a minute late, not absenteeism) loses full attendance', () => {
    const result = assessAttendance(month(...workingDays.map((date, i) => (i === 3 ? cnDay(date, '09:01') : cnDay(date)))));
    expect(result).toMatchObject({ attendedDays: 26, halfDayAbsences: 0, fullAttendance: false });
  });

  it('PAY-2: usStore needs every scheduled day (22 weekdays in March 2026)', () => {
    const weekdays = march.filter((date) => !marchSundays.includes(date) && !marchSaturdays.includes(date));
    expect(weekdays).toHaveLength(22);
    const signed = (date: string) => ({ date, signIn: ny(date, '09:00'), signOut: ny(date, '18:00') });
    const all = assessAttendance(month(...march.map((date) => (weekdays.includes(date) ? signed(date) : { date }))), presets.usStore);
    expect(all).toMatchObject({ scheduledDays: 22, attendedDays: 22, halfDayAbsences: 0, fullAttendance: true });
    const one = assessAttendance(month(...weekdays.map((date, i) => (i === 10 ? { date, leave: { approved: true, days: 1 } } : signed(date)))), presets.usStore);
    expect(one).toMatchObject({ scheduledDays: 22, attendedDays: 21, fullAttendance: false });
    expect(one.reasons.find((r) => r.code === 'ATTENDANCE_NOT_FULL')?.params).toMatchObject({ attended: 21, required: 22 });
  });
});

describe('PAY-1, PAY-4: time zones and DST', () => {
  it('PAY-4: New York, 2026-03-09 (after spring-forward on 8 March): 09:16 EDT is 16 minutes late', () => {
    const date = '2026-03-09';
    const result = assessAttendance(month({ date, signIn: '2026-03-09T09:16:00-04:00', signOut: '2026-03-09T18:00:00-04:00' }), presets.usStore);
    expect(only(result)).toMatchObject({ lateMinutes: 16, earlyMinutes: 0, halfDayAbsences: 1 });
    expect(codes(only(result))).toEqual(['ATTENDANCE_LATE_HALF_DAY']);
    // The same UTC offset as before the change (−05:00) is 10:16 EDT: 76 minutes late.
    expect(only(assessAttendance(month({ date, signIn: '2026-03-09T09:16:00-05:00', signOut: ny(date, '18:00') }), presets.usStore)).lateMinutes).toBe(76);
    // The Friday before (EST), 09:16 −05:00 is 16 minutes late too.
    expect(only(assessAttendance(month({ date: '2026-03-06', signIn: ny('2026-03-06', '09:16'), signOut: ny('2026-03-06', '18:00') }), presets.usStore)).lateMinutes).toBe(16);
  });

  it('PAY-1: instants in UTC are read in the store time zone (Shanghai 09:00 is 01:00Z)', () => {
    const day = only(assess({ date: MON, signIn: '2026-03-02T01:00:00Z', signOut: '2026-03-02T10:00:00.000Z' }));
    expect(day).toMatchObject({ lateMinutes: 0, earlyMinutes: 0, halfDayAbsences: 0 });
  });
});

describe('PAY-1: bad input', () => {
  it('PAY-1: a sign-in on another local date is a PolicyInputError with its path', () => {
    // 23:59 on 1 March is the day before (and before the sign-out, so that is the only issue).
    const bad = month({ date: MON, signIn: cn('2026-03-01', '23:59'), signOut: cn(MON, '18:00') });
    expect(() => assessAttendance(bad)).toThrow(PolicyInputError);
    expect(issuePaths(() => assessAttendance(bad))).toEqual(['month.days.0.signIn']);
    // 18:00Z on 2 March is 02:00 on 3 March in Shanghai.
    expect(issuePaths(() => assess({ date: MON, signIn: cn(MON, '09:00'), signOut: '2026-03-02T18:00:00Z' }))).toEqual(['month.days.0.signOut']);
  });

  it('PAY-1: a duplicate date, a sign-out before the sign-in, an absence ending before it starts, an unknown field', () => {
    expect(issuePaths(() => assessAttendance(month(cnDay(MON), cnDay(MON))))).toEqual(['month.days.1.date']);
    expect(issuePaths(() => assess(cnDay(MON, '18:00', '09:00')))).toEqual(['month.days.0.signOut']);
    expect(issuePaths(() => assess(cnDay(MON, '09:00', '18:00', { absences: [{ from: cn(MON, '11:00'), to: cn(MON, '10:00'), approved: false }] })))).toEqual([
      'month.days.0.absences.0.to',
    ]);
    const unknown = { employeeId: 'E7', days: [{ ...cnDay(MON), overtime: true }] } as unknown as Parameters<typeof assessAttendance>[0];
    expect(() => assessAttendance(unknown)).toThrow(PolicyInputError);
    expect(issuePaths(() => assessAttendance(unknown)).join()).toMatch(/^month\.days\.0/u);
  });

  it('PAY-1: an impossible date, an instant without an offset, leave of 0 days', () => {
    expect(() => assess({ date: '2026-02-30' })).toThrow(PolicyInputError);
    expect(issuePaths(() => assess({ date: MON, signIn: '2026-03-02T09:00:00', signOut: cn(MON, '18:00') }))).toEqual(['month.days.0.signIn']);
    expect(issuePaths(() => assess({ date: MON, leave: { approved: true, days: 0 } }))).toEqual(['month.days.0.leave.days']);
    const safe = safeAssessAttendance(month(cnDay(MON), cnDay(MON)));
    expect(safe.ok).toBe(false);
    if (!safe.ok) expect(safe.error).toBeInstanceOf(PolicyInputError);
  });
});

describe('PAY-4, PAY-6: reasons and decisions', () => {
  it('PAY-4: reasons are zh-CN by default and en-US when the context asks', () => {
    const input = month(cnDay(MON, '09:16'));
    const zh = assessAttendance(input);
    expect(only(zh).reasons[0]?.message).toBe('2026-03-02 迟到 16 分钟，超过 15 分钟，视为旷工半天');
    const en = assessAttendance(input, presets.generic, { locale: 'en-US' });
    expect(only(en).reasons[0]?.message).toBe('2026-03-02: 16 min late, over 15: half a day of absenteeism');
    expect(en.reasons.find((r) => r.code === 'ATTENDANCE_SERIOUS_VIOLATION')?.message).toBe('Absenteeism of half a day or more (0.5 days): a serious violation');
    // usStore speaks English by default.
    const date = '2026-03-09';
    const us = assessAttendance(month({ date, signIn: ny(date, '09:05'), signOut: ny(date, '18:00') }), presets.usStore);
    expect(only(us).reasons[0]?.message).toBe('2026-03-09: 5 min late (not over 15, not absenteeism)');
  });

  it('PAY-6: a decision survives a JSON round-trip', () => {
    const result = assessAttendance(
      month(cnDay(MON, '09:16', '17:50', { absences: [{ from: cn(MON, '10:00'), to: cn(MON, '11:00'), approved: false }] }), { date: '2026-03-03' }, { date: '2026-03-08' }),
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('PAY-6: createPenaltyAssessor gives the same decisions and sorts the days', () => {
    const assessor = createPenaltyAssessor(presets.generic);
    const input = month(cnDay('2026-03-03', '09:20'), cnDay(MON));
    const result = assessor.attendance(input);
    expect(result).toEqual(assessAttendance(input));
    expect(result.days.map((d) => d.date)).toEqual([MON, '2026-03-03']);
    expect(result.employeeId).toBe('E7');
  });
});

describe('assessAttendance (months with days left out)', () => {
  it('PAY-2: with no monthly figure (usStore), full attendance needs every scheduled day of the month, not only the days listed', () => {
    const days = ['2026-03-02', '2026-03-03'].map((date) => ({ date, signIn: `${date}T09:00:00-05:00`, signOut: `${date}T18:00:00-05:00` }));
    const result = assessAttendance({ employeeId: 'E1', days }, presets.usStore);
    // March 2026 has 22 weekdays; two attended days are not full attendance.
    expect(result.fullAttendance).toBe(false);
    expect(result.reasons.at(-1)?.params).toMatchObject({ attended: 2, required: 22 });
  });
});
