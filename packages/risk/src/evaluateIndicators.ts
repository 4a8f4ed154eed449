import { createReason, parseInput, parseInstant, resolveContext, type Context, type Reason } from '@zhidu/core';
import * as z from 'zod/mini';
import { riskMessages } from './messages.js';
import { readingSchema, thresholdSchema } from './schema.js';
import type { IndicatorReport, IndicatorResult, Reading, Threshold } from './types.js';

const readingsSchema = z.array(readingSchema);
const thresholdsSchema = z.array(thresholdSchema);

/** The sign of the least-squares slope of values over time. */
function trendOf(points: readonly { t: number; v: number }[]): 'rising' | 'falling' | 'flat' | null {
  if (points.length < 2) return null;
  const n = points.length;
  const meanT = points.reduce((sum, p) => sum + p.t, 0) / n;
  const meanV = points.reduce((sum, p) => sum + p.v, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.t - meanT) * (p.v - meanV);
    den += (p.t - meanT) ** 2;
  }
  if (den === 0) return 'flat';
  const slope = num / den;
  const scale = Math.max(...points.map((p) => Math.abs(p.v)), 1);
  // Stryker disable next-line OptionalChaining: trendOf returns before this line with fewer than two points, so the first and the last point exist
  const span = (points.at(-1)?.t ?? 0) - (points[0]?.t ?? 0);
  if (Math.abs(slope * span) <= scale * 1e-12) return 'flat';
  return slope > 0 ? 'rising' : 'falling';
}

/**
 * Evaluates warning indicators (RISK-6): the latest reading of each indicator against its warning
 * and alert thresholds, in its direction — **reaching** a threshold triggers it (a value equal to the
 * alert threshold is an alert). The trend over the readings (least squares: rising, falling or flat)
 * is reported (RISK-5: monitored and reassessed periodically).
 *
 * @param readings - readings of any indicators, in any order
 * @param thresholds - one per indicator
 * @param context - the locale of the reasons
 * @returns `{ results, reasons }`, one result per threshold, in the thresholds' order
 * @throws {@link @zhidu/core!PolicyInputError} on a malformed reading or threshold (a warning beyond the alert, NaN)
 * @example
 * evaluateIndicators(
 *   [{ indicator: 'complaint_rate', value: 0.05, at: '2026-06-01T00:00:00Z' }],
 *   [{ indicator: 'complaint_rate', warning: 0.03, alert: 0.05, direction: 'above' }],
 * ).results[0]?.status
 * //=> 'alert'
 */
export function evaluateIndicators(readings: readonly Reading[], thresholds: readonly Threshold[], context?: Context): IndicatorReport {
  const parsedReadings = parseInput(readingsSchema, readings, ['readings']);
  const parsedThresholds = parseInput(thresholdsSchema, thresholds, ['thresholds']);
  const { locale } = resolveContext(context, { timeZone: 'UTC', locale: 'zh-CN' });
  const byIndicator = new Map<string, { t: number; v: number; at: string }[]>();
  parsedReadings.forEach((reading, index) => {
    // Stryker disable next-line ArrayDeclaration,StringLiteral: the reading passed readingSchema, whose instantSchema reads instants with the same reader as parseInstant, so this parse never throws and its path is never seen
    const t = parseInstant(reading.at, ['readings', index, 'at']).getTime();
    const list = byIndicator.get(reading.indicator) ?? [];
    list.push({ t, v: reading.value, at: new Date(t).toISOString() });
    byIndicator.set(reading.indicator, list);
  });
  const reasons: Reason[] = [];
  const results: IndicatorResult[] = parsedThresholds.map((threshold) => {
    const points = (byIndicator.get(threshold.indicator) ?? []).sort((a, b) => a.t - b.t);
    const { indicator, warning, alert, direction } = threshold;
    const latest = points.at(-1);
    if (latest === undefined) {
      reasons.push(createReason(riskMessages, 'RISK_INDICATOR_NO_DATA', { indicator }, locale));
      return { indicator, status: 'no_data', value: null, at: null, warning, alert, direction, trend: null, readings: 0 };
    }
    const reaches = (limit: number) => (direction === 'above' ? latest.v >= limit : latest.v <= limit);
    const status = reaches(alert) ? 'alert' : reaches(warning) ? 'warning' : 'ok';
    const code = status === 'alert' ? 'RISK_INDICATOR_ALERT' : status === 'warning' ? 'RISK_INDICATOR_WARNING' : 'RISK_INDICATOR_OK';
    reasons.push(createReason(riskMessages, code, { indicator, value: latest.v, warning, alert }, locale));
    const trend = trendOf(points);
    if (trend !== null) {
      const trendCode = trend === 'rising' ? 'RISK_INDICATOR_RISING' : trend === 'falling' ? 'RISK_INDICATOR_FALLING' : 'RISK_INDICATOR_FLAT';
      reasons.push(createReason(riskMessages, trendCode, { indicator, readings: points.length }, locale));
    }
    return { indicator, status, value: latest.v, at: latest.at, warning, alert, direction, trend, readings: points.length };
  });
  return { results, reasons };
}
