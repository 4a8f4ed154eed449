import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { evaluateIndicators, safeEvaluateIndicators, type Reading, type Threshold } from '../src/index.js';
import { clauses, thrown } from './fixtures.js';

// RISK-6: "当风险指标达到或超过预警阈值" — reaching the threshold is enough: equality triggers.

const complaintRate: Threshold = { indicator: 'complaint_rate', warning: 0.03, alert: 0.05, direction: 'above' };
/** A store rating: lower is worse. */
const rating: Threshold = { indicator: 'store_rating', warning: 4.7, alert: 4.5, direction: 'below' };

const at = (day: number) => `2026-06-${String(day).padStart(2, '0')}T00:00:00Z`;
const reading = (indicator: string, value: number, day: number): Reading => ({ indicator, value, at: at(day) });
const statusOf = (threshold: Threshold, value: number) => evaluateIndicators([reading(threshold.indicator, value, 1)], [threshold]).results[0]?.status;

describe('RISK-6: thresholds in the "above" direction', () => {
  it.each([
    [0, 'ok'],
    [0.0299999, 'ok'],
    [0.03, 'warning'], // equal to the warning threshold
    [0.04, 'warning'],
    [0.0499999, 'warning'],
    [0.05, 'alert'], // equal to the alert threshold
    [0.5, 'alert'],
  ])('RISK-6: a complaint rate of %s is %s (warning 0.03, alert 0.05)', (value, status) => {
    expect(statusOf(complaintRate, value)).toBe(status);
  });

  it('RISK-6: a warning equal to the alert threshold: reaching it is an alert', () => {
    const same = { ...complaintRate, warning: 0.05 };
    expect(statusOf(same, 0.05)).toBe('alert');
    expect(statusOf(same, 0.0499)).toBe('ok');
  });

  it('RISK-6: the result carries the latest value, its instant, the thresholds and the reason with the numbers', () => {
    const report = evaluateIndicators([reading('complaint_rate', 0.03, 2)], [complaintRate]);
    expect(report.results).toEqual([
      { indicator: 'complaint_rate', status: 'warning', value: 0.03, at: '2026-06-02T00:00:00.000Z', warning: 0.03, alert: 0.05, direction: 'above', trend: null, readings: 1 },
    ]);
    expect(report.reasons).toEqual([
      {
        code: 'RISK_INDICATOR_WARNING',
        clause: 'RISK-6',
        message: '指标 complaint_rate = 0.03，达到或超过预警阈值 0.03，发出预警',
        params: { indicator: 'complaint_rate', value: 0.03, warning: 0.03, alert: 0.05 },
      },
    ]);
    const alert = evaluateIndicators([reading('complaint_rate', 0.05, 2)], [complaintRate], { locale: 'en-US' });
    expect(alert.reasons.map((r) => [r.code, r.clause, r.message])).toEqual([
      ['RISK_INDICATOR_ALERT', 'RISK-6', 'Indicator complaint_rate = 0.05 reaches the alert threshold 0.05: alert'],
    ]);
    expect(clauses(evaluateIndicators([reading('complaint_rate', 0.01, 2)], [complaintRate]))).toEqual([['RISK_INDICATOR_OK', 'RISK-6']]);
  });
});

describe('RISK-6: thresholds in the "below" direction (mirrored)', () => {
  it.each([
    [5, 'ok'],
    [4.7000001, 'ok'],
    [4.7, 'warning'], // equal to the warning threshold
    [4.6, 'warning'],
    [4.5000001, 'warning'],
    [4.5, 'alert'], // equal to the alert threshold
    [3, 'alert'],
  ])('RISK-6: a store rating of %s is %s (warning 4.7, alert 4.5)', (value, status) => {
    expect(statusOf(rating, value)).toBe(status);
  });
});

describe('RISK-6: the latest reading decides', () => {
  it('RISK-6: readings given out of order are sorted by time; the latest decides', () => {
    const readings = [reading('complaint_rate', 0.06, 3), reading('complaint_rate', 0.01, 5), reading('complaint_rate', 0.04, 4)];
    const result = evaluateIndicators(readings, [complaintRate]).results[0];
    expect(result).toMatchObject({ status: 'ok', value: 0.01, at: '2026-06-05T00:00:00.000Z', readings: 3, trend: 'falling' });
    // the 0.06 of 3 June would have been an alert, had it been the latest
    expect(evaluateIndicators([readings[1]!, readings[0]!], [complaintRate]).results[0]?.status).toBe('ok');
  });

  it('RISK-6: "latest" compares instants, not strings (offsets differ)', () => {
    const readings: Reading[] = [
      { indicator: 'complaint_rate', value: 0.01, at: '2026-06-05T07:00:00+08:00' }, // 4 June 23:00 UTC
      { indicator: 'complaint_rate', value: 0.05, at: '2026-06-04T23:30:00Z' }, // later, though its string sorts first
    ];
    expect(evaluateIndicators(readings, [complaintRate]).results[0]).toMatchObject({ status: 'alert', value: 0.05, at: '2026-06-04T23:30:00.000Z' });
  });

  it('RISK-6: readings of other indicators are not mixed in; results follow the thresholds order', () => {
    const report = evaluateIndicators(
      [reading('store_rating', 4.8, 1), reading('complaint_rate', 0.05, 1), reading('refund_rate', 0.9, 2), reading('store_rating', 4.6, 2)],
      [rating, complaintRate],
    );
    expect(report.results.map((r) => [r.indicator, r.status, r.value, r.readings])).toEqual([
      ['store_rating', 'warning', 4.6, 2],
      ['complaint_rate', 'alert', 0.05, 1],
    ]);
  });
});

describe('RISK-5: the trend over the readings', () => {
  const trendOf = (values: number[]) => evaluateIndicators(values.map((value, n) => reading('complaint_rate', value, n + 1)), [complaintRate]).results[0]?.trend;

  it('RISK-5: rising, falling, flat', () => {
    expect(trendOf([0.01, 0.02, 0.04])).toBe('rising');
    expect(trendOf([0.01, 0.02])).toBe('rising');
    expect(trendOf([0.04, 0.02, 0.01])).toBe('falling');
    expect(trendOf([0.02, 0.02, 0.02])).toBe('flat');
    // least squares: a dip in the middle of a rise is still a rise
    expect(trendOf([0.01, 0.03, 0.02, 0.04])).toBe('rising');
  });

  it('RISK-5: null with one reading, and the trend reason after the status reason', () => {
    expect(trendOf([0.02])).toBeNull();
    const report = evaluateIndicators([reading('complaint_rate', 0.01, 1), reading('complaint_rate', 0.04, 2)], [complaintRate]);
    expect(clauses(report)).toEqual([
      ['RISK_INDICATOR_WARNING', 'RISK-6'],
      ['RISK_INDICATOR_RISING', 'RISK-5'],
    ]);
    expect(report.reasons[1]?.message).toBe('指标 complaint_rate 近 2 次读数呈上升趋势');
  });

  it('RISK-5: a falling and a flat trend each give their own reason', () => {
    const falling = evaluateIndicators([reading('complaint_rate', 0.04, 1), reading('complaint_rate', 0.01, 2)], [complaintRate]);
    expect(clauses(falling)).toEqual([
      ['RISK_INDICATOR_OK', 'RISK-6'],
      ['RISK_INDICATOR_FALLING', 'RISK-5'],
    ]);
    expect(falling.reasons[1]?.message).toBe('指标 complaint_rate 近 2 次读数呈下降趋势');
    const flat = evaluateIndicators([reading('complaint_rate', 0.02, 1), reading('complaint_rate', 0.02, 2), reading('complaint_rate', 0.02, 3)], [complaintRate], { locale: 'en-US' });
    expect(clauses(flat)).toEqual([
      ['RISK_INDICATOR_OK', 'RISK-6'],
      ['RISK_INDICATOR_FLAT', 'RISK-5'],
    ]);
    expect(flat.reasons[1]?.message).toBe('Indicator complaint_rate is flat over 3 readings');
  });

  it('RISK-5: a small but steady rise (0.010000 → 0.010001) is rising, not flat', () => {
    expect(trendOf([0.01, 0.010001])).toBe('rising');
    expect(trendOf([0.010001, 0.01])).toBe('falling');
  });

  it('RISK-5: readings one unit in the last place apart are floating-point noise: flat, at any size', () => {
    const nextUp = (x: number) => {
      const bits = new Float64Array([x]);
      new BigInt64Array(bits.buffer)[0]! += 1n;
      return bits[0]!;
    };
    for (const value of [0.03, 4.8, 1000, 100_000]) {
      expect(nextUp(value)).toBeGreaterThan(value);
      expect(trendOf([value, nextUp(value)]), String(value)).toBe('flat');
      expect(trendOf([value, nextUp(value), nextUp(nextUp(value))]), String(value)).toBe('flat');
    }
  });

  it('RISK-5: a constant indicator read at irregular instants is flat', () => {
    const readings = ['2026-06-01T10:00:17.270Z', '2026-06-03T10:00:17.186Z', '2026-06-08T10:00:05.748Z'].map((instant) => ({ indicator: 'store_rating', value: 4.8, at: instant }));
    expect(evaluateIndicators(readings, [rating]).results[0]).toMatchObject({ status: 'ok', trend: 'flat', readings: 3 });
  });

  it('RISK-5: two readings at the same instant are flat (no time to rise over)', () => {
    const report = evaluateIndicators([reading('complaint_rate', 0.01, 1), reading('complaint_rate', 0.02, 1)], [complaintRate]);
    expect(report.results[0]?.trend).toBe('flat');
  });
});

describe('RISK-5: an indicator without readings', () => {
  it('RISK-5: is no_data, with nulls, and a reminder to monitor it', () => {
    const report = evaluateIndicators([reading('store_rating', 4.9, 1)], [complaintRate]);
    expect(report.results).toEqual([
      { indicator: 'complaint_rate', status: 'no_data', value: null, at: null, warning: 0.03, alert: 0.05, direction: 'above', trend: null, readings: 0 },
    ]);
    expect(report.reasons).toEqual([
      { code: 'RISK_INDICATOR_NO_DATA', clause: 'RISK-5', message: '指标 complaint_rate 没有读数，请定期监测', params: { indicator: 'complaint_rate' } },
    ]);
    expect(evaluateIndicators([], [])).toEqual({ results: [], reasons: [] });
  });
});

describe('RISK-6: bad readings and thresholds give PolicyInputError', () => {
  it('RISK-6: a warning beyond the alert, in either direction, at thresholds.n.alert', () => {
    const above = { ...complaintRate, warning: 0.06 };
    const below = { ...rating, warning: 4.4 };
    expect(() => evaluateIndicators([], [above])).toThrow(PolicyInputError);
    expect(thrown(() => evaluateIndicators([], [complaintRate, above, below])).paths).toEqual(['thresholds.1.alert', 'thresholds.2.alert']);
  });

  it('RISK-6: a warning equal to the alert threshold is accepted in either direction (reaching it is an alert)', () => {
    const below = { ...rating, warning: 4.5 };
    expect(statusOf(below, 4.5)).toBe('alert');
    expect(statusOf(below, 4.5000001)).toBe('ok');
    expect(statusOf({ ...complaintRate, warning: 0.05 }, 0.05)).toBe('alert');
  });

  it('RISK-6: NaN or ±Infinity in a reading or a threshold', () => {
    expect(thrown(() => evaluateIndicators([reading('complaint_rate', Number.NaN, 1)], [complaintRate]))).toMatchObject({ name: 'PolicyInputError', paths: ['readings.0.value'] });
    expect(thrown(() => evaluateIndicators([reading('complaint_rate', Number.POSITIVE_INFINITY, 1)], [complaintRate])).paths).toEqual(['readings.0.value']);
    expect(thrown(() => evaluateIndicators([], [{ ...complaintRate, warning: Number.NaN }])).paths).toContain('thresholds.0.warning');
  });

  it('RISK-6: an instant without an offset, an unknown direction, a missing indicator', () => {
    expect(thrown(() => evaluateIndicators([{ indicator: 'x', value: 1, at: '2026-06-01T00:00:00' }], [])).paths).toEqual(['readings.0.at']);
    expect(thrown(() => evaluateIndicators([], [{ ...complaintRate, direction: 'up' as 'above' }])).paths).toEqual(['thresholds.0.direction']);
    expect(thrown(() => evaluateIndicators([{ value: 1, at: at(1) } as Reading], [])).paths).toEqual(['readings.0.indicator']);
  });

  it('RISK-6: safeEvaluateIndicators returns the error instead of throwing', () => {
    const result = safeEvaluateIndicators([{ indicator: 'x', value: Number.NaN, at: at(1) }], []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(PolicyInputError);
  });
});
