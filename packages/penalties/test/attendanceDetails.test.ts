import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { assessAttendance, createPenaltyAssessor, definePenaltyPolicy, presets } from '../src/index.js';
import { cn, cnDay, codes, issuePaths, march, marchSundays, month, only } from './fixtures.js';

// The finer points of assessAttendance: the numbers of a policy made with definePenaltyPolicy,
// the params of every reason, PAY-7 across a month, and the issues of bad records. Every expected
// number is worked out by hand from the catalog (超过 excludes the number, 以上 includes it).

const MON = '2026-03-02';
const TUE = '2026-03-03';
const WED = '2026-03-04';
const THU = '2026-03-05';
const FRI = '2026-03-06';
const SUN = '2026-03-08';
const away = (from: string, to: string, approved = false, date = MON) => ({ from: cn(date, from), to: cn(date, to), approved });

/** The issues of a thrown PolicyInputError. */
function issuesOf(run: () => unknown): unknown[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return [...(error as PolicyInputError).issues];
  }
  throw new Error('expected the call to throw');
}

/**
 * A store that works 08:30–17:30 with lunch 11:45–12:45, counts late or early over 30 minutes and
 * absence over 90 minutes as half a day, and lets staff sign out in the last 5 minutes. Each test
 * makes its own (a new policy is compiled on its first use, so each test reads the numbers afresh).
 */
const ownRules = () =>
  definePenaltyPolicy({
    schedule: { start: '08:30', end: '17:30', lunch: { start: '11:45', end: '12:45' } },
    lateHalfDayOverMinutes: 30,
    signOutWindowMinutes: 5,
    absenceHalfDayOverMinutes: 90,
  });

describe('assessAttendance with a policy’s own numbers', () => {
  it('PAY-1, PAY-4: late is counted from the policy’s start (08:30); 30 minutes is not over 30, 30 min 1 ms is', () => {
    const policy = ownRules();
    const thirty = only(assessAttendance(month(cnDay(MON, '09:00', '17:30')), policy));
    expect(thirty).toMatchObject({ lateMinutes: 30, earlyMinutes: 0, halfDayAbsences: 0 });
    expect(thirty.reasons.map((r) => [r.code, r.params])).toEqual([['ATTENDANCE_LATE', { date: MON, minutes: 30, limit: 30 }]]);
    const over = only(assessAttendance(month(cnDay(MON, '09:00:00.001', '17:30')), policy));
    expect(over).toMatchObject({ lateMinutes: 31, halfDayAbsences: 1 });
    expect(over.reasons.map((r) => [r.code, r.params])).toEqual([['ATTENDANCE_LATE_HALF_DAY', { date: MON, minutes: 31, limit: 30 }]]);
    // 08:30 itself is on time, 08:31 is a minute late.
    expect(only(assessAttendance(month(cnDay(MON, '08:30', '17:30')), policy)).reasons.map((r) => [r.code, r.params])).toEqual([
      ['ATTENDANCE_ON_TIME', { date: MON, start: '08:30', end: '17:30' }],
    ]);
    expect(only(assessAttendance(month(cnDay(MON, '08:31', '17:30')), policy)).lateMinutes).toBe(1);
  });

  it('PAY-3, PAY-4: the sign-out window is the policy’s last 5 minutes before 17:30', () => {
    const policy = ownRules();
    const inWindow = only(assessAttendance(month(cnDay(MON, '08:30', '17:25')), policy));
    expect(inWindow).toMatchObject({ earlyMinutes: 0, halfDayAbsences: 0 });
    expect(inWindow.reasons.map((r) => [r.code, r.params])).toEqual([['ATTENDANCE_SIGNED_OUT_IN_WINDOW', { date: MON, window: 5 }]]);
    const early = only(assessAttendance(month(cnDay(MON, '08:30', '17:24')), policy));
    expect(early).toMatchObject({ earlyMinutes: 6, halfDayAbsences: 0 });
    expect(early.reasons.map((r) => [r.code, r.params])).toEqual([['ATTENDANCE_EARLY_LEAVE', { date: MON, minutes: 6, limit: 30 }]]);
    // 30 minutes early (17:00) is not over 30; 31 (16:59) is.
    expect(only(assessAttendance(month(cnDay(MON, '08:30', '17:00')), policy))).toMatchObject({ earlyMinutes: 30, halfDayAbsences: 0 });
    expect(only(assessAttendance(month(cnDay(MON, '08:30', '16:59')), policy)).reasons.map((r) => [r.code, r.params])).toEqual([
      ['ATTENDANCE_EARLY_HALF_DAY', { date: MON, minutes: 31, limit: 30 }],
    ]);
  });

  it('PAY-5: absence over the policy’s 90 minutes, its own lunch 11:45–12:45 excluded', () => {
    const policy = ownRules();
    // 11:00–13:30 is 150 minutes, 60 of them lunch: 90, not over 90.
    const ninety = only(assessAttendance(month(cnDay(MON, '08:30', '17:30', { absences: [away('11:00', '13:30')] })), policy));
    expect(ninety).toMatchObject({ absenceMinutes: 90, halfDayAbsences: 0 });
    expect(ninety.reasons.map((r) => [r.code, r.params])).toEqual([['ATTENDANCE_ABSENCE', { date: MON, minutes: 90, limit: 90 }]]);
    // From 10:59 it is 91.
    const over = only(assessAttendance(month(cnDay(MON, '08:30', '17:30', { absences: [away('10:59', '13:30')] })), policy));
    expect(over).toMatchObject({ absenceMinutes: 91, halfDayAbsences: 1 });
    expect(over.reasons.map((r) => [r.code, r.params])).toEqual([['ATTENDANCE_ABSENCE_HALF_DAY', { date: MON, minutes: 91, limit: 90 }]]);
  });

  it('PAY-1, PAY-5: a policy without a lunch break counts every minute away', () => {
    const policy = definePenaltyPolicy({ schedule: { lunch: null } });
    // 11:30–12:31 is 61 minutes, none of them lunch: half a day.
    const day = only(assessAttendance(month(cnDay(MON, '09:00', '18:00', { absences: [away('11:30', '12:31')] })), policy));
    expect(day).toMatchObject({ absenceMinutes: 61, halfDayAbsences: 1 });
    // With the generic lunch (12:00–13:30) the same absence is 30 minutes.
    expect(only(assessAttendance(month(cnDay(MON, '09:00', '18:00', { absences: [away('11:30', '12:31')] })))).absenceMinutes).toBe(30);
    // A plain day is on time.
    expect(codes(only(assessAttendance(month(cnDay(TUE)), definePenaltyPolicy({ schedule: { lunch: null } }))))).toEqual(['ATTENDANCE_ON_TIME']);
  });

  it('PAY-1: createPenaltyAssessor compiles a policy once: the same policy gives the same assessor', () => {
    const policy = ownRules();
    expect(createPenaltyAssessor(policy)).toBe(createPenaltyAssessor(policy));
    expect(createPenaltyAssessor(presets.generic)).toBe(createPenaltyAssessor(presets.generic));
  });
});

describe('assessAttendance: the reasons of each day and of the month', () => {
  it('PAY-1, PAY-3..6: every day-level reason carries the date and the numbers of its message', () => {
    const result = assessAttendance(
      month(
        { date: SUN },
        { date: MON, leave: { approved: false, days: 1 } },
        { date: TUE, leave: { approved: true, days: 1 } },
        { date: WED },
        { date: THU, signOut: cn(THU, '18:00') },
        { date: FRI, signIn: cn(FRI, '09:00') },
        cnDay('2026-03-07', '09:00', '17:50'),
        cnDay('2026-03-09', '09:00', '17:44'),
        cnDay('2026-03-10', '09:00', '17:45'),
        cnDay('2026-03-11', '09:00', '18:00', { absences: [away('10:00', '11:01', false, '2026-03-11')] }),
        cnDay('2026-03-12', '09:00', '18:00', { absences: [away('10:00', '11:00', false, '2026-03-12')] }),
        cnDay('2026-03-13'),
      ),
    );
    // The days come back in date order: Sunday 8 March after Saturday 7 March.
    expect(result.days.map((day) => day.reasons.map((r) => [r.code, r.params]))).toEqual([
      [['ATTENDANCE_UNAPPROVED_LEAVE', { date: MON }]],
      [['ATTENDANCE_ON_LEAVE', { date: TUE }]],
      [['ATTENDANCE_NO_SHOW', { date: WED }]],
      [['ATTENDANCE_MISSING_SIGN_IN', { date: THU }]],
      [['ATTENDANCE_MISSING_SIGN_OUT', { date: FRI }]],
      [['ATTENDANCE_SIGNED_OUT_IN_WINDOW', { date: '2026-03-07', window: 10 }]],
      [['ATTENDANCE_DAY_OFF', { date: SUN }]],
      [['ATTENDANCE_EARLY_HALF_DAY', { date: '2026-03-09', minutes: 16, limit: 15 }]],
      [['ATTENDANCE_EARLY_LEAVE', { date: '2026-03-10', minutes: 15, limit: 15 }]],
      [['ATTENDANCE_ABSENCE_HALF_DAY', { date: '2026-03-11', minutes: 61, limit: 60 }]],
      [['ATTENDANCE_ABSENCE', { date: '2026-03-12', minutes: 60, limit: 60 }]],
      [['ATTENDANCE_ON_TIME', { date: '2026-03-13', start: '09:00', end: '18:00' }]],
    ]);
    // Half days: unapproved leave 2, no-show 2, no sign-in 1, no sign-out 1, 16 min early 1, 61 min away 1 = 8.
    expect(result).toMatchObject({ halfDayAbsences: 8, absenteeismDays: 4, seriousViolation: true, fullAttendance: false });
    // The lapses are the two early leaves (not the sign-out in the window, not the absences).
    expect(result.reasons.map((r) => [r.code, r.params])).toEqual([
      ['ATTENDANCE_SUMMARY', { halfDays: 8, days: 4 }],
      ['ATTENDANCE_SERIOUS_VIOLATION', { days: 4 }],
      ['ATTENDANCE_NOT_FULL', { attended: 6, required: 26, lapses: 2, halfDays: 8 }],
    ]);
    const en = assessAttendance(month({ date: SUN }, { date: WED }), presets.generic, { locale: 'en-US' });
    expect(en.days.map((day) => day.reasons[0]?.message)).toEqual(['2026-03-04: absent without approval, a day of absenteeism', '2026-03-08 is not a working day']);
    expect(en.reasons[0]?.message).toBe('2 half days of absenteeism this month (1 days)');
  });

  it('PAY-2, PAY-4: the month counts each late arrival and each early leave as a lapse', () => {
    // 5 minutes late on Monday, 15 minutes early on Tuesday: two lapses, no absenteeism.
    const result = assessAttendance(month(cnDay(MON, '09:05'), cnDay(TUE, '09:00', '17:45')));
    expect(result.reasons.map((r) => [r.code, r.params])).toEqual([
      ['ATTENDANCE_SUMMARY', { halfDays: 0, days: 0 }],
      ['ATTENDANCE_NOT_FULL', { attended: 2, required: 26, lapses: 2, halfDays: 0 }],
    ]);
    // Late and early on the same day are two lapses too.
    expect(assessAttendance(month(cnDay(MON, '09:05', '17:45'))).reasons.at(-1)?.params).toMatchObject({ lapses: 2 });
  });

  it('PAY-6: a day with a missing sign-in or sign-out is not an attended day', () => {
    const result = assessAttendance(month({ date: MON, signOut: cn(MON, '18:00') }, { date: TUE, signIn: cn(TUE, '09:00') }, cnDay(WED)));
    expect(result).toMatchObject({ scheduledDays: 3, attendedDays: 1, halfDayAbsences: 2 });
  });
});

describe('assessAttendance: full attendance (PAY-2)', () => {
  const workingDays = march.filter((date) => !marchSundays.includes(date));

  it('PAY-2, PAY-5: 26 days signed in and out on time but with 61 minutes away one day is not full attendance', () => {
    const result = assessAttendance(
      month(...workingDays.map((date, i) => (i === 5 ? cnDay(date, '09:00', '18:00', { absences: [away('14:00', '15:01', false, date)] }) : cnDay(date)))),
    );
    expect(result).toMatchObject({ attendedDays: 26, halfDayAbsences: 1, fullAttendance: false, seriousViolation: true });
    expect(result.reasons.at(-1)).toMatchObject({ code: 'ATTENDANCE_NOT_FULL', params: { attended: 26, required: 26, lapses: 0, halfDays: 1 } });
    // 60 minutes away is no absenteeism: still full attendance.
    const sixty = assessAttendance(
      month(...workingDays.map((date, i) => (i === 5 ? cnDay(date, '09:00', '18:00', { absences: [away('14:00', '15:00', false, date)] }) : cnDay(date)))),
    );
    expect(sixty.fullAttendance).toBe(true);
  });

  it('PAY-2: a month without a single record is not full attendance, with a monthly figure or without (usStore)', () => {
    const us = assessAttendance({ employeeId: 'U1', days: [] }, presets.usStore);
    expect(us).toMatchObject({ days: [], scheduledDays: 0, attendedDays: 0, halfDayAbsences: 0, fullAttendance: false });
    expect(codes(us)).toEqual(['ATTENDANCE_SUMMARY', 'ATTENDANCE_NOT_FULL']);
    expect(assessAttendance({ employeeId: 'E7', days: [] }).fullAttendance).toBe(false);
    // A usStore month of days off only counts the month's 22 weekdays.
    expect(assessAttendance(month({ date: '2026-03-07' }, { date: SUN }), presets.usStore).reasons.at(-1)?.params).toMatchObject({ attended: 0, required: 22 });
  });
});

describe('assessAttendance: PAY-7 across the month (literal reading)', () => {
  const literal = () => definePenaltyPolicy({ longLeave: { mode: 'literal', overDays: 1 } });
  const leave = (date: string, approved = true, days = 2) => ({ date, leave: { approved, days } });

  it('PAY-7: each long leave counts once on its own first day; a worked day between two leaves ends the first', () => {
    const result = assessAttendance(month(leave(MON), leave(TUE), cnDay(WED), leave(THU), leave(FRI)), literal());
    expect(result.days.map((d) => d.halfDayAbsences)).toEqual([1, 0, 0, 1, 0]);
    expect(result.halfDayAbsences).toBe(2);
    expect(result.days[0]!.reasons.map((r) => [r.code, r.params])).toEqual([
      ['ATTENDANCE_ON_LEAVE', { date: MON }],
      ['ATTENDANCE_LONG_LEAVE', { date: MON, days: 2, limit: 1 }],
    ]);
    expect(codes(result.days[3]!)).toEqual(['ATTENDANCE_ON_LEAVE', 'ATTENDANCE_LONG_LEAVE']);
  });

  it('PAY-6, PAY-7: an approved long leave after a day of unapproved leave starts a new leave and counts on its first day', () => {
    const result = assessAttendance(month(leave(MON, false, 1), leave(TUE), leave(WED)), literal());
    expect(result.days.map((d) => d.halfDayAbsences)).toEqual([2, 1, 0]);
    expect(result.halfDayAbsences).toBe(3);
  });
});

describe('assessAttendance: absences and records at the edges', () => {
  it('PAY-5: an absence outside working hours counts for nothing and takes nothing off the absence within them', () => {
    // 07:00–08:00 is before the day starts; 10:00–11:01 is 61 minutes: half a day.
    const day = only(assessAttendance(month(cnDay(MON, '09:00', '18:00', { absences: [away('07:00', '08:00'), away('10:00', '11:01'), away('18:30', '19:00')] }))));
    expect(day).toMatchObject({ absenceMinutes: 61, halfDayAbsences: 1 });
    // An absence across the start of the day counts from 09:00: 08:00–10:01 is 61 minutes.
    expect(only(assessAttendance(month(cnDay(MON, '09:00', '18:00', { absences: [away('08:00', '10:01')] })))).absenceMinutes).toBe(61);
  });

  it('PAY-5: an absence that ends when it starts is no absence (and no input error)', () => {
    const day = only(assessAttendance(month(cnDay(MON, '09:00', '18:00', { absences: [away('10:00', '10:00')] }))));
    expect(day).toMatchObject({ absenceMinutes: 0, halfDayAbsences: 0 });
    expect(codes(day)).toEqual(['ATTENDANCE_ON_TIME']);
  });

  it('PAY-4: signing out at the very instant of signing in is allowed input: 9 hours early, half a day', () => {
    const day = only(assessAttendance(month(cnDay(MON, '09:00', '09:00'))));
    expect(day).toMatchObject({ lateMinutes: 0, earlyMinutes: 540, halfDayAbsences: 1 });
    expect(codes(day)).toEqual(['ATTENDANCE_EARLY_HALF_DAY']);
  });

  it('PAY-7: a leave may last up to 366 days; 367 is refused', () => {
    expect(assessAttendance(month({ date: MON, leave: { approved: true, days: 366 } })).halfDayAbsences).toBe(0);
    expect(issuePaths(() => assessAttendance(month({ date: MON, leave: { approved: true, days: 367 } })))).toEqual(['month.days.0.leave.days']);
  });
});

describe('assessAttendance: the issues of bad records', () => {
  it('PAY-1: each issue names its path, says what is wrong and carries a code', () => {
    expect(issuesOf(() => assessAttendance(month(cnDay(MON), cnDay(MON))))).toEqual([
      { path: ['month', 'days', 1, 'date'], message: '2026-03-02 appears twice', code: 'duplicate_date' },
    ]);
    expect(issuesOf(() => assessAttendance(month({ date: MON, signIn: cn('2026-03-01', '23:59'), signOut: cn(MON, '18:00') })))).toEqual([
      { path: ['month', 'days', 0, 'signIn'], message: 'Not on 2026-03-02 in Asia/Shanghai', code: 'wrong_date' },
    ]);
    expect(issuesOf(() => assessAttendance(month(cnDay(MON, '18:00', '09:00'))))).toEqual([
      { path: ['month', 'days', 0, 'signOut'], message: 'Signed out before signing in', code: 'invalid_order' },
    ]);
    expect(issuesOf(() => assessAttendance(month(cnDay(MON, '09:00', '18:00', { absences: [away('11:00', '10:59:59.999')] }))))).toEqual([
      { path: ['month', 'days', 0, 'absences', 0, 'to'], message: 'An absence ends before it starts', code: 'invalid_order' },
    ]);
  });
});
