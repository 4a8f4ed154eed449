import { PolicyConfigError, storePresets } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { createPenaltyAssessor, definePenaltyPolicy, penaltyMessages, penaltyPolicy, presets, type PenaltyPolicy } from '../src/index.js';
import { issuePaths } from './fixtures.js';

const taobaoLate = { kind: 'tiers', tiers: [{ upTo: null, inclusive: true, charge: { kind: 'percent', rate: '0.05', min: '5', max: '30' } }] };
const cnAdministrative = { min: '50', max: '200', deductionCapRate: '0.2', minimumWage: '2740.00', warnNoLegalBasis: true };

describe('penalties presets (as penaltyPolicy.ts documents them)', () => {
  it('PAY-1..7, PAY-9, PAY-22: generic follows the S3 regulations with Taobao’s late-shipment penalty', () => {
    const p = presets.generic;
    expect(p.store).toEqual(storePresets.generic);
    expect(p.calendar).toEqual({ weekend: [7] });
    expect(p.schedule).toEqual({ start: '09:00', end: '18:00', lunch: { start: '12:00', end: '13:30' } });
    expect(p.signOutWindowMinutes).toBe(10);
    expect(p.lateHalfDayOverMinutes).toBe(15);
    expect(p.absenceHalfDayOverMinutes).toBe(60);
    expect(p.seriousViolationHalfDays).toBe(1);
    expect(p.longLeave).toEqual({ mode: 'off', overDays: 1 });
    expect(p.fullAttendanceDays).toBe(26);
    expect(p.administrative).toEqual(cnAdministrative);
    expect(p.seller).toEqual({ platform: 'taobao', asOf: '2026-01-01', rules: { late_shipment: taobaoLate, false_shipment: null, out_of_stock: null } });
  });

  it('PAY-22: douyinShop is generic with Douyin’s late-pickup and out-of-stock penalties', () => {
    const p = presets.douyinShop;
    expect(p.store).toEqual(storePresets.douyinShop);
    expect({ ...p, seller: null, store: null }).toEqual({ ...presets.generic, seller: null, store: null });
    expect(p.seller).toEqual({
      platform: 'douyin',
      asOf: '2026-01-01',
      rules: {
        late_shipment: {
          kind: 'tiers',
          tiers: [
            { upTo: '3', inclusive: true, charge: { kind: 'fixed', amount: '0' } },
            { upTo: '300', inclusive: false, charge: { kind: 'fixed', amount: '3' } },
            { upTo: null, inclusive: true, charge: { kind: 'percent', rate: '0.01', max: '30' } },
          ],
        },
        false_shipment: null,
        out_of_stock: { kind: 'by_promise', promisedHoursAtMost: 48, within: { kind: 'percent', rate: '0.05', min: '5' }, beyond: { kind: 'percent', rate: '0.1', min: '5' } },
      },
    });
  });

  it('PAY-1, PAY-2, PAY-9: usStore works five days with a one-hour lunch, every scheduled day for full attendance, no CN limits', () => {
    const p = presets.usStore;
    expect(p.store).toEqual({ timeZone: 'America/New_York', locale: 'en-US', currency: 'USD' });
    expect(p.calendar).toEqual({ weekend: [6, 7] });
    expect(p.schedule).toEqual({ start: '09:00', end: '18:00', lunch: { start: '12:00', end: '13:00' } });
    expect(p.fullAttendanceDays).toBeNull();
    expect(p.lateHalfDayOverMinutes).toBe(15);
    expect(p.administrative).toEqual({ min: '0', max: null, deductionCapRate: null, minimumWage: null, warnNoLegalBasis: false });
    expect(p.seller).toEqual({ platform: 'none', asOf: '2026-01-01', rules: { late_shipment: null, false_shipment: null, out_of_stock: null } });
  });

  it('PAY-1: presets are frozen', () => {
    for (const p of Object.values(presets)) {
      expect(Object.isFrozen(p)).toBe(true);
      expect(Object.isFrozen(p.schedule)).toBe(true);
      expect(Object.isFrozen(p.administrative)).toBe(true);
    }
  });

  it('PAY-1: every reason code names a PAY clause of this package (PAY-1..9 or PAY-22), in both locales', () => {
    for (const [code, definition] of Object.entries(penaltyMessages)) {
      expect(definition.clause, code).toMatch(/^PAY-(?:[1-9]|22)$/u);
      expect(definition['zh-CN'].length, code).toBeGreaterThan(0);
      expect(definition['en-US'].length, code).toBeGreaterThan(0);
    }
  });
});

describe('definePenaltyPolicy', () => {
  it('PAY-2: deep-merges overrides onto a preset, validates and freezes', () => {
    const policy = definePenaltyPolicy({ fullAttendanceDays: 21.75, schedule: { start: '08:30' } });
    expect(policy.fullAttendanceDays).toBe(21.75);
    expect(policy.schedule).toEqual({ start: '08:30', end: '18:00', lunch: { start: '12:00', end: '13:30' } });
    expect(policy.administrative).toEqual(cnAdministrative);
    expect(Object.isFrozen(policy.schedule)).toBe(true);

    const us = definePenaltyPolicy({ lateHalfDayOverMinutes: 30 }, 'usStore');
    expect(us.lateHalfDayOverMinutes).toBe(30);
    expect(us.store).toEqual(storePresets.usStore);
    const onTop = definePenaltyPolicy({ schedule: { lunch: null } }, us);
    expect(onTop.schedule.lunch).toBeNull();
    expect(onTop.lateHalfDayOverMinutes).toBe(30);
  });

  it('PAY-1, PAY-4, PAY-9: refuses a bad policy with the path of every issue', () => {
    expect(() => definePenaltyPolicy({ schedule: { start: '25:00' } })).toThrow(PolicyConfigError);
    expect(issuePaths(() => definePenaltyPolicy({ schedule: { start: '25:00' } }))).toEqual(['schedule.start']);
    expect(issuePaths(() => definePenaltyPolicy({ schedule: { lunch: { start: '12:60', end: '13:00' } } }))).toEqual(['schedule.lunch.start']);
    expect(issuePaths(() => definePenaltyPolicy({ lateHalfDayOverMinutes: -1 }))).toEqual(['lateHalfDayOverMinutes']);
    expect(issuePaths(() => definePenaltyPolicy({ administrative: { minimumWage: '-1' } }))).toEqual(['administrative.minimumWage']);
    expect(issuePaths(() => definePenaltyPolicy({ administrative: { deductionCapRate: '1.5' } }))).toEqual(['administrative.deductionCapRate']);
    expect(issuePaths(() => definePenaltyPolicy({ seriousViolationHalfDays: 0 }))).toEqual(['seriousViolationHalfDays']);
    expect(issuePaths(() => definePenaltyPolicy({ longLeave: { mode: 'loose' as 'literal' } }))).toEqual(['longLeave.mode']);
    const all = issuePaths(() =>
      definePenaltyPolicy({
        schedule: { start: '25:00' },
        absenceHalfDayOverMinutes: -60,
        seller: { rules: { late_shipment: { kind: 'tiers', tiers: [{ upTo: null, charge: { kind: 'percent', rate: '1.5' } }] } } },
      }),
    );
    expect(all).toEqual(expect.arrayContaining(['schedule.start', 'absenceHalfDayOverMinutes', 'seller.rules.late_shipment.tiers.0.charge.rate']));
  });

  it('PAY-1: a rate of exactly 1 and limits of 0 are allowed (the bounds themselves)', () => {
    expect(definePenaltyPolicy({ administrative: { deductionCapRate: '1' } }).administrative.deductionCapRate).toBe('1');
    expect(definePenaltyPolicy({ lateHalfDayOverMinutes: 0, signOutWindowMinutes: 0 }).lateHalfDayOverMinutes).toBe(0);
  });

  it('PAY-1: an assessor refuses a policy that was not made by the family, but accepts one rebuilt from JSON', () => {
    expect(() => createPenaltyAssessor({ nope: true } as unknown as PenaltyPolicy)).toThrow(PolicyConfigError);
    const stored = penaltyPolicy.parse(JSON.parse(JSON.stringify(presets.douyinShop)));
    expect(createPenaltyAssessor(stored).policy).toEqual(presets.douyinShop);
  });
});

describe('definePenaltyPolicy (consistency)', () => {
  it('PAY-1, PAY-9: refuses a day that ends before it starts, a lunch outside the day, and a lowest penalty above the highest', () => {
    expect(issuePaths(() => definePenaltyPolicy({ schedule: { start: '18:00', end: '09:00', lunch: null } }))).toEqual(['schedule.end']);
    expect(issuePaths(() => definePenaltyPolicy({ schedule: { lunch: { start: '19:00', end: '20:00' } } }))).toEqual(['schedule.lunch']);
    expect(issuePaths(() => definePenaltyPolicy({ administrative: { min: '300' } }))).toEqual(['administrative.max']);
  });
});

describe('definePenaltyPolicy (the bounds of the consistency checks)', () => {
  it('PAY-1: a day must end after it starts: a start equal to the end is refused', () => {
    expect(issuePaths(() => definePenaltyPolicy({ schedule: { start: '09:00', end: '09:00', lunch: null } }))).toEqual(['schedule.end']);
    expect(definePenaltyPolicy({ schedule: { start: '09:00', end: '09:01', lunch: null } }).schedule.end).toBe('09:01');
  });

  it('PAY-1: lunch may start when the day starts and end when it ends, but not outside the day, and must last', () => {
    expect(definePenaltyPolicy({ schedule: { lunch: { start: '09:00', end: '10:00' } } }).schedule.lunch).toEqual({ start: '09:00', end: '10:00' });
    expect(definePenaltyPolicy({ schedule: { lunch: { start: '17:00', end: '18:00' } } }).schedule.lunch).toEqual({ start: '17:00', end: '18:00' });
    for (const lunch of [
      { start: '08:00', end: '08:30' }, // before the day
      { start: '08:59', end: '10:00' }, // starts a minute before the day
      { start: '17:00', end: '18:01' }, // ends a minute after it
      { start: '12:00', end: '12:00' }, // no time at all
      { start: '13:00', end: '12:00' }, // backwards
    ]) {
      expect(issuePaths(() => definePenaltyPolicy({ schedule: { lunch } })), JSON.stringify(lunch)).toEqual(['schedule.lunch']);
    }
  });

  it('PAY-1: a malformed lunch time is reported once, at the time, not again as a lunch outside the day', () => {
    expect(issuePaths(() => definePenaltyPolicy({ schedule: { lunch: { start: '25:00', end: '13:00' } } }))).toEqual(['schedule.lunch.start']);
    expect(issuePaths(() => definePenaltyPolicy({ schedule: { lunch: { start: '12:00', end: '7:00' } } }))).toEqual(['schedule.lunch.end']);
  });

  it('PAY-9: a range with no maximum accepts any minimum; a minimum equal to the maximum is a one-amount range', () => {
    const open = definePenaltyPolicy({ administrative: { max: null } });
    expect(open.administrative).toMatchObject({ min: '50', max: null });
    expect(definePenaltyPolicy({ administrative: { min: '100', max: '100' } }).administrative).toMatchObject({ min: '100', max: '100' });
    expect(issuePaths(() => definePenaltyPolicy({ administrative: { min: '100.01', max: '100' } }))).toEqual(['administrative.max']);
  });
});
