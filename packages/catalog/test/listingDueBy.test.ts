import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { createCatalogChecker, defineCatalogPolicy, listingDueBy, presets, safeListingDueBy } from '../src/index.js';
import { issuePaths, plus } from './fixtures.js';

// Expected instants worked out by hand from LST-3 (美工管理制度 1, 新货三天内完成商品拍照、图片处理并上网销售):
// day 1 is the local day after arrival, and the deadline is the last millisecond of day 3.

describe('LST-3: 3 calendar days in Asia/Shanghai', () => {
  it('LST-3: every preset lists within 3 calendar days counted from the next day, to the end of the day', () => {
    for (const policy of [presets.generic, presets.usStore, presets.douyinShop]) {
      expect(policy.listingWindow).toEqual({ length: 3, unit: 'calendar_days', countFrom: 'next_day', endOfDay: true });
    }
  });

  it('LST-3: arrival at 23:59 on 1 June (local): day 3 is 4 June, due 4 June 23:59:59.999 +08:00', () => {
    const check = listingDueBy('2026-06-01T23:59:00+08:00', presets.generic, { now: '2026-06-02T09:00:00+08:00' });
    expect(check).toEqual({
      dueBy: '2026-06-04T15:59:59.999Z',
      overdue: false,
      reasons: [
        {
          code: 'LISTING_DUE',
          clause: 'LST-3',
          message: '新货须在 2026-06-04 23:59:59 前完成拍照、修图并上架',
          params: { dueBy: '2026-06-04T15:59:59.999Z', dueByLocal: '2026-06-04 23:59:59' },
        },
      ],
    });
  });

  it('LST-3: arrival at 00:01 on 2 June local (still 1 June in UTC) counts from 3 June: due 5 June', () => {
    // 2026-06-02T00:01+08:00 = 2026-06-01T16:01Z: the local day, not the UTC one, is day 0.
    expect(listingDueBy('2026-06-02T00:01:00+08:00', presets.generic, { now: '2026-06-02T09:00:00+08:00' }).dueBy).toBe('2026-06-05T15:59:59.999Z');
    expect(listingDueBy(new Date('2026-06-01T16:01:00Z'), presets.generic, { now: '2026-06-02T09:00:00+08:00' }).dueBy).toBe('2026-06-05T15:59:59.999Z');
  });

  it('LST-3: at the last millisecond it is not overdue; one millisecond later it is', () => {
    const due = '2026-06-04T15:59:59.999Z';
    expect(listingDueBy('2026-06-01T23:59:00+08:00', presets.generic, { now: due })).toMatchObject({ dueBy: due, overdue: false });
    const late = listingDueBy('2026-06-01T23:59:00+08:00', presets.generic, { now: plus(due, 1) });
    expect(late).toMatchObject({ dueBy: due, overdue: true });
    expect(late.reasons).toEqual([
      { code: 'LISTING_OVERDUE', clause: 'LST-3', message: '新货上架已逾期（期限 2026-06-04 23:59:59）', params: { dueBy: due, dueByLocal: '2026-06-04 23:59:59' } },
    ]);
    expect(createCatalogChecker(presets.generic).listingDueBy('2026-06-01T23:59:00+08:00', { now: plus(due, 1) })).toEqual(late);
  });

  it('LST-3: douyinShop is the same in Shanghai; en-US on request', () => {
    const check = listingDueBy('2026-06-01T10:00:00+08:00', presets.douyinShop, { now: '2026-06-02T09:00:00+08:00', locale: 'en-US' });
    expect(check.dueBy).toBe('2026-06-04T15:59:59.999Z');
    expect(check.reasons[0]?.message).toBe('New goods must be photographed, retouched and listed by 2026-06-04 23:59:59');
  });
});

describe('LST-3: business days via the policy', () => {
  const business = defineCatalogPolicy({ listingWindow: { length: 3, unit: 'business_days' } });

  it('LST-3: arrival Friday 5 June: calendar days end Monday 8 June, business days skip the weekend to Wednesday 10 June', () => {
    const now = { now: '2026-06-05T12:00:00+08:00' };
    expect(listingDueBy('2026-06-05T10:00:00+08:00', presets.generic, now).dueBy).toBe('2026-06-08T15:59:59.999Z');
    expect(listingDueBy('2026-06-05T10:00:00+08:00', business, now).dueBy).toBe('2026-06-10T15:59:59.999Z');
    // Arrival on Saturday 6 June: Monday, Tuesday, Wednesday.
    expect(listingDueBy('2026-06-06T10:00:00+08:00', business, now).dueBy).toBe('2026-06-10T15:59:59.999Z');
    // Arrival on Monday 8 June: Tuesday, Wednesday, Thursday.
    expect(listingDueBy('2026-06-08T10:00:00+08:00', business, now).dueBy).toBe('2026-06-11T15:59:59.999Z');
  });

  it('LST-3: a holiday in the calendar is skipped too (端午 19 June 2026)', () => {
    const withHoliday = defineCatalogPolicy({ listingWindow: { length: 3, unit: 'business_days' }, calendar: { holidays: ['2026-06-19'] } });
    // Arrival Wednesday 17 June: Thursday 18, (Friday 19 holiday, weekend), Monday 22, Tuesday 23.
    expect(listingDueBy('2026-06-17T10:00:00+08:00', withHoliday, { now: '2026-06-17T12:00:00+08:00' }).dueBy).toBe('2026-06-23T15:59:59.999Z');
  });

  it('LST-3: no limit (length null): dueBy null, never overdue', () => {
    const none = defineCatalogPolicy({ listingWindow: { length: null, unit: 'calendar_days' } });
    expect(listingDueBy('2026-06-01T10:00:00+08:00', none, { now: '2030-01-01T00:00:00Z' })).toMatchObject({ dueBy: null, overdue: false });
  });
});

describe('LST-3: a New York store across DST', () => {
  it('LST-3: spring forward: arrival Fri 6 March 10:00 EST, day 3 = Mon 9 March, ends 23:59:59.999 EDT', () => {
    // DST began Sunday 8 March 2026: 9 March 23:59:59.999 at UTC−4 = 2026-03-10T03:59:59.999Z.
    const due = '2026-03-10T03:59:59.999Z';
    const check = listingDueBy('2026-03-06T10:00:00-05:00', presets.usStore, { now: due });
    expect(check).toMatchObject({ dueBy: due, overdue: false });
    expect(check.reasons[0]?.message).toBe('New goods must be photographed, retouched and listed by 2026-03-09 23:59:59');
    expect(listingDueBy('2026-03-06T10:00:00-05:00', presets.usStore, { now: plus(due, 1) }).overdue).toBe(true);
    // 22:30 EST on 6 March is already 7 March in UTC, but still day 0 in New York.
    expect(listingDueBy('2026-03-06T22:30:00-05:00', presets.usStore, { now: due }).dueBy).toBe(due);
  });

  it('LST-3: fall back: arrival Fri 30 October 10:00 EDT, day 3 = Mon 2 November, ends 23:59:59.999 EST', () => {
    // DST ended Sunday 1 November 2026: 2 November 23:59:59.999 at UTC−5 = 2026-11-03T04:59:59.999Z.
    const check = listingDueBy('2026-10-30T10:00:00-04:00', presets.usStore, { now: '2026-11-03T04:59:59.999Z' });
    expect(check).toMatchObject({ dueBy: '2026-11-03T04:59:59.999Z', overdue: false });
    expect(listingDueBy('2026-10-30T10:00:00-04:00', presets.usStore, { now: '2026-11-03T05:00:00.000Z' }).overdue).toBe(true);
  });
});

describe('LST-3: malformed input', () => {
  it('LST-3: an instant without an offset, a date only, an invalid Date → PolicyInputError at arrivedAt', () => {
    for (const bad of ['2026-06-01', '2026-06-01T10:00:00', 'tomorrow', new Date(Number.NaN)]) {
      expect(() => listingDueBy(bad, presets.generic, { now: '2026-06-02T09:00:00+08:00' })).toThrow(PolicyInputError);
      expect(issuePaths(() => listingDueBy(bad, presets.generic, { now: '2026-06-02T09:00:00+08:00' }))).toEqual(['arrivedAt']);
    }
    expect(issuePaths(() => listingDueBy('2026-06-01T10:00:00+08:00', presets.generic, { now: '2026-06-02' }))).toEqual(['context.now']);
  });

  it('LST-3: safeListingDueBy returns the error', () => {
    const result = safeListingDueBy('2026-06-01');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(PolicyInputError);
  });
});
