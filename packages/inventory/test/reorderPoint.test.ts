import { fc, test } from '@fast-check/vitest';
import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { normalQuantile, presets, reorderPoint, safeReorderPoint, type ReorderPointInput } from '../src/index.js';
import { clauseOf, reasonOf, thrown } from './fixtures.js';

// z values of the standard normal quantile to 10+ digits (published tables / Φ⁻¹), and the four-row
// table of the policy catalog to four decimals.
const quantiles: [number, number, number][] = [
  [0.9, 1.2815515655, 1.2816],
  [0.95, 1.644853627, 1.6449],
  [0.98, 2.0537489106, 2.0537],
  [0.99, 2.326347874, 2.3263],
];

describe('INV-2: z is computed from the service level', () => {
  for (const [level, z, table] of quantiles) {
    it(`INV-2: service level ${level} → z ${table} (within 1e-6 of ${z})`, () => {
      expect(Math.abs(normalQuantile(level) - z)).toBeLessThan(1e-6);
      expect(normalQuantile(level)).toBeCloseTo(table, 4);
      const result = reorderPoint({ avgDailyDemand: 10, demandStdDev: 2, leadTimeDays: 4, serviceLevel: level });
      expect(Math.abs(result.z - z)).toBeLessThan(1e-6);
    });
  }

  it('INV-2: 0.975 → 1.95996, a level no four-row table holds', () => {
    expect(Math.abs(normalQuantile(0.975) - 1.959963985)).toBeLessThan(1e-6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.95996, 5);
  });

  it('INV-2: the tails: 0.999 → 3.0902, 0.01 → −2.3263, 0.5 → 0', () => {
    expect(Math.abs(normalQuantile(0.999) - 3.090232306)).toBeLessThan(1e-6);
    expect(Math.abs(normalQuantile(0.01) + 2.326347874)).toBeLessThan(1e-6);
    expect(Math.abs(normalQuantile(0.5))).toBeLessThan(1e-12);
  });

  it('INV-2: a value that is not a number (a string from a JavaScript host) is no probability: NaN', () => {
    for (const p of ['0.5', '0.95', null]) expect(normalQuantile(p as unknown as number)).toBeNaN();
  });

  it('INV-2: outside (0, 1) there is no quantile: NaN', () => {
    for (const p of [0, 1, -0.5, 1.2, Number.NaN]) expect(normalQuantile(p)).toBeNaN();
  });
});

describe('INV-2: the normal quantile, properties', () => {
  const probability = fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }).filter((p) => p > 0 && p < 1);

  test.prop([fc.double({ min: 1e-6, max: 0.999999, noNaN: true })])('INV-2: symmetric: z(p) = −z(1 − p)', (p) => {
    expect(Math.abs(normalQuantile(p) + normalQuantile(1 - p))).toBeLessThan(1e-6);
  });

  test.prop([probability, probability])('INV-2: monotone: p ≤ q ⇒ z(p) ≤ z(q)', (a, b) => {
    const [p, q] = a <= b ? [a, b] : [b, a];
    expect(normalQuantile(p)).toBeLessThanOrEqual(normalQuantile(q));
  });

  test.prop([probability])('INV-2: finite, and the sign of p − 0.5', (p) => {
    const z = normalQuantile(p);
    expect(Number.isFinite(z)).toBe(true);
    if (p > 0.5) expect(z).toBeGreaterThan(0);
    if (p < 0.5) expect(z).toBeLessThan(0);
  });

  it('INV-2: monotone across the breakpoints of the approximation (0.02425 and 0.97575)', () => {
    for (const point of [0.02425, 1 - 0.02425]) {
      const steps = [-1e-9, -1e-12, 0, 1e-12, 1e-9].map((delta) => normalQuantile(point + delta));
      for (let index = 1; index < steps.length; index++) expect(steps[index]).toBeGreaterThanOrEqual(steps[index - 1]!);
    }
  });
});

describe('INV-2, INV-10: safety stock and reorder point, worked by hand', () => {
  it('INV-2: SS = z·σd·√L = 1.644854 × 5 × 3 = 24.67 → 25; ROP = 20 × 9 + 25 = 205', () => {
    const result = reorderPoint({ avgDailyDemand: 20, demandStdDev: 5, leadTimeDays: 9, serviceLevel: 0.95 });
    expect(result).toMatchObject({ safetyStock: 25, reorderPoint: 205 });
    expect(clauseOf(result, 'REORDER_POINT')).toBe('INV-2');
    expect(reasonOf(result, 'REORDER_POINT')?.params).toEqual({ reorderPoint: 205, leadTimeDemand: 180, safetyStock: 25, serviceLevel: 0.95, z: 1.6449 });
    expect(reasonOf(result, 'REORDER_POINT')?.message).toBe('补货点 205 = 提前期需求 180 + 安全库存 25（服务水平 0.95，z = 1.6449）');
  });

  it('INV-2: lead-time variability: SS = z·√(L·σd² + d²·σL²) = 1.644854 × √(225 + 1600) = 70.27 → 71; ROP 251', () => {
    const result = reorderPoint({ avgDailyDemand: 20, demandStdDev: 5, leadTimeDays: 9, leadTimeStdDev: 2, serviceLevel: 0.95 });
    expect(result).toMatchObject({ safetyStock: 71, reorderPoint: 251 });
  });

  it('INV-2: 99%: 2.326348 × 4 × √4 = 18.61 → 19; ROP 40 + 19 = 59', () => {
    expect(reorderPoint({ avgDailyDemand: 10, demandStdDev: 4, leadTimeDays: 4, serviceLevel: 0.99 })).toMatchObject({ safetyStock: 19, reorderPoint: 59 });
  });

  it('INV-2: 90%, fractional demand and lead time: 1.281552 × 3 × √2.5 = 6.08 → 7; ROP ⌈31.25 + 7⌉ = 39', () => {
    const result = reorderPoint({ avgDailyDemand: 12.5, demandStdDev: 3, leadTimeDays: 2.5, serviceLevel: 0.9 });
    expect(result).toMatchObject({ safetyStock: 7, reorderPoint: 39 });
    expect(reasonOf(result, 'REORDER_POINT')?.params).toMatchObject({ leadTimeDemand: 31.25 });
  });

  it('INV-2: lead-time variability alone: 1.959964 × √(900 × 2.25) = 1.959964 × 45 = 88.2 → 89; ROP 210 + 89 = 299', () => {
    expect(reorderPoint({ avgDailyDemand: 30, demandStdDev: 0, leadTimeDays: 7, leadTimeStdDev: 1.5, serviceLevel: 0.975 })).toMatchObject({ safetyStock: 89, reorderPoint: 299 });
  });

  it('INV-2: no variability: no safety stock, ROP = d·L exactly (10 × 10 = 100, not 101)', () => {
    expect(reorderPoint({ avgDailyDemand: 10, demandStdDev: 0, leadTimeDays: 10, serviceLevel: 0.99 })).toMatchObject({ safetyStock: 0, reorderPoint: 100 });
    expect(reorderPoint({ avgDailyDemand: 10, demandStdDev: 0, leadTimeDays: 10, leadTimeStdDev: 0, serviceLevel: 0.99 })).toMatchObject({ safetyStock: 0, reorderPoint: 100 });
  });

  it('INV-2: lead time 0 (and no lead-time deviation): nothing to cover, 0 and 0', () => {
    expect(reorderPoint({ avgDailyDemand: 10, demandStdDev: 3, leadTimeDays: 0, serviceLevel: 0.95 })).toMatchObject({ safetyStock: 0, reorderPoint: 0 });
  });

  it('INV-2: ROP is rounded up: 0.3 × 7 = 2.1 → 3 with no safety stock', () => {
    expect(reorderPoint({ avgDailyDemand: 0.3, demandStdDev: 0, leadTimeDays: 7, serviceLevel: 0.95 })).toMatchObject({ safetyStock: 0, reorderPoint: 3 });
  });

  it('INV-2: at a 50% service level z = 0 and there is no safety stock; below 50% it never goes negative', () => {
    expect(reorderPoint({ avgDailyDemand: 20, demandStdDev: 5, leadTimeDays: 9, serviceLevel: 0.5 })).toMatchObject({ safetyStock: 0, reorderPoint: 180 });
    const low = reorderPoint({ avgDailyDemand: 20, demandStdDev: 5, leadTimeDays: 9, serviceLevel: 0.3 });
    expect(low.safetyStock).toBe(0);
    expect(low.reorderPoint).toBe(180);
  });

  it('INV-2: reasons in en-US via the context or the usStore preset', () => {
    const input = { avgDailyDemand: 20, demandStdDev: 5, leadTimeDays: 9, serviceLevel: 0.95 };
    const message = 'Reorder point 205 = lead-time demand 180 + safety stock 25 (service level 0.95, z = 1.6449)';
    expect(reasonOf(reorderPoint(input, presets.generic, { locale: 'en-US' }), 'REORDER_POINT')?.message).toBe(message);
    expect(reasonOf(reorderPoint(input, presets.usStore), 'REORDER_POINT')?.message).toBe(message);
  });

  test.prop([fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0.5, max: 0.999, noNaN: true })])(
    'INV-2: a higher service level never lowers the safety stock; ROP ≥ SS ≥ 0, whole units',
    (d, sd, l, level) => {
      const a = reorderPoint({ avgDailyDemand: d, demandStdDev: sd, leadTimeDays: l, serviceLevel: level });
      const b = reorderPoint({ avgDailyDemand: d, demandStdDev: sd, leadTimeDays: l, serviceLevel: Math.min(level + 0.0005, 0.9999) });
      expect(b.safetyStock).toBeGreaterThanOrEqual(a.safetyStock);
      expect(a.safetyStock).toBeGreaterThanOrEqual(0);
      expect(a.reorderPoint).toBeGreaterThanOrEqual(a.safetyStock);
      expect(Number.isInteger(a.safetyStock) && Number.isInteger(a.reorderPoint)).toBe(true);
      expect(a.reorderPoint).toBeGreaterThanOrEqual(d * l - 1e-6);
    },
  );
});

describe('INV-2: bad input gives PolicyInputError', () => {
  const good: ReorderPointInput = { avgDailyDemand: 20, demandStdDev: 5, leadTimeDays: 9, serviceLevel: 0.95 };
  const cases: [string, Record<string, unknown>, string][] = [
    ['service level 0', { serviceLevel: 0 }, 'serviceLevel'],
    ['service level 1', { serviceLevel: 1 }, 'serviceLevel'],
    ['service level 1.2', { serviceLevel: 1.2 }, 'serviceLevel'],
    ['service level −0.5', { serviceLevel: -0.5 }, 'serviceLevel'],
    ['service level NaN', { serviceLevel: Number.NaN }, 'serviceLevel'],
    ['service level 95 (a percentage)', { serviceLevel: 95 }, 'serviceLevel'],
    ['negative demand', { avgDailyDemand: -1 }, 'avgDailyDemand'],
    ['NaN demand', { avgDailyDemand: Number.NaN }, 'avgDailyDemand'],
    ['NaN deviation', { demandStdDev: Number.NaN }, 'demandStdDev'],
    ['negative deviation', { demandStdDev: -2 }, 'demandStdDev'],
    ['infinite lead time', { leadTimeDays: Number.POSITIVE_INFINITY }, 'leadTimeDays'],
    ['negative lead-time deviation', { leadTimeStdDev: -1 }, 'leadTimeStdDev'],
  ];
  for (const [name, changes, path] of cases) {
    it(`INV-2: ${name} → PolicyInputError at ${path}`, () => {
      const run = () => reorderPoint({ ...good, ...changes });
      expect(run).toThrow(PolicyInputError);
      expect(thrown(run).paths).toContain(path);
    });
  }

  it('INV-2: a lead-time demand beyond the largest number is refused (too_big), never an Infinity reorder point', () => {
    // d · L = 1e150 × 1e200 overflows while the safety stock is 0; 1e200 days at a deviation of 1e200 overflows both.
    for (const input of [
      { avgDailyDemand: 1e150, demandStdDev: 0, leadTimeDays: 1e200, serviceLevel: 0.95 },
      { avgDailyDemand: 0, demandStdDev: 1e200, leadTimeDays: 1e200, serviceLevel: 0.95 },
    ]) {
      const result = safeReorderPoint(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toBeInstanceOf(PolicyInputError);
        expect(result.error.issues).toEqual([expect.objectContaining({ path: [], message: 'The demand and lead time are too large to compute a reorder point', code: 'too_big' })]);
      }
    }
    // the largest inputs short of overflow still give a finite answer
    expect(Number.isFinite(reorderPoint({ avgDailyDemand: 1e100, demandStdDev: 0, leadTimeDays: 1e100, serviceLevel: 0.95 }).reorderPoint)).toBe(true);
  });

  it('INV-2: a missing field or an unknown key is refused', () => {
    expect(() => reorderPoint({ avgDailyDemand: 20, demandStdDev: 5, leadTimeDays: 9 } as ReorderPointInput)).toThrow(PolicyInputError);
    expect(() => reorderPoint({ ...good, lead: 3 } as ReorderPointInput)).toThrow(PolicyInputError);
  });

  it('INV-2: safeReorderPoint returns the error instead of throwing', () => {
    const bad = safeReorderPoint({ ...good, serviceLevel: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toBeInstanceOf(PolicyInputError);
    const ok = safeReorderPoint(good);
    expect(ok.ok && ok.value.reorderPoint).toBe(205);
  });
});
