import { fc, test } from '@fast-check/vitest';
import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { defineInventoryPolicy, presets, reconcileStocktake, safeReconcileStocktake, type StocktakeLine } from '../src/index.js';
import { codes, reasonOf, thrown } from './fixtures.js';

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const line = (book: number, counted: number, changes: Partial<StocktakeLine> = {}): StocktakeLine => ({ sku: 'SKU', book, counted, ...changes });
const one = (l: StocktakeLine, policy = presets.generic) => reconcileStocktake([l], policy).lines[0]!;

describe('INV-4: match, gain and loss', () => {
  it('INV-4: book equals count: match, within tolerance', () => {
    const result = reconcileStocktake([line(100, 100, { sku: 'TEA-250' })]);
    expect(result.lines[0]).toEqual({ sku: 'TEA-250', book: 100, counted: 100, variance: 0, kind: 'match', withinTolerance: true, tolerance: 3 });
    expect(reasonOf(result, 'STOCKTAKE_MATCH')).toMatchObject({ clause: 'INV-4', message: 'TEA-250：账实相符（100）' });
  });

  it('INV-4: counted above book: a gain (盘盈), variance = counted − book', () => {
    expect(one(line(100, 102))).toMatchObject({ variance: 2, kind: 'gain', withinTolerance: true });
  });

  it('INV-4: counted below book: a loss (盘亏)', () => {
    expect(one(line(100, 97))).toMatchObject({ variance: -3, kind: 'loss', withinTolerance: true });
  });

  it('INV-4: gains and losses are counted apart (3 gains, 1 loss, 1 match)', () => {
    const { totals } = reconcileStocktake([line(10, 11), line(10, 12), line(10, 15), line(10, 9), line(10, 10)]);
    expect(totals).toMatchObject({ lines: 5, matches: 1, gains: 3, losses: 1, variance: 7 });
  });

  it('INV-4: a negative book (oversold) against a count of 0 is a gain', () => {
    expect(one(line(-4, 0, { abcClass: 'C' }))).toMatchObject({ variance: 4, kind: 'gain' });
  });
});

describe('INV-4: tolerance by ABC class (A ±1%, B ±3%, C ±5% of book)', () => {
  const cases: [string, 'A' | 'B' | 'C', number, number, boolean][] = [
    ['A: book 200, tolerance 2, loss of 2 → within', 'A', 200, 198, true],
    ['A: book 200, loss of 3 → beyond', 'A', 200, 197, false],
    ['A: book 200, gain of 2 → within', 'A', 200, 202, true],
    ['A: book 200, gain of 3 → beyond', 'A', 200, 203, false],
    ['B: book 100, tolerance 3, gain of 3 → within', 'B', 100, 103, true],
    ['B: book 100, gain of 4 → beyond', 'B', 100, 104, false],
    ['B: book 100, loss of 3 → within', 'B', 100, 97, true],
    ['B: book 100, loss of 4 → beyond', 'B', 100, 96, false],
    ['C: book 40, tolerance 2, loss of 2 → within', 'C', 40, 38, true],
    ['C: book 40, loss of 3 → beyond', 'C', 40, 37, false],
    ['A: book 150, tolerance 1.5, 1 → within', 'A', 150, 151, true],
    ['A: book 150, 2 → beyond', 'A', 150, 152, false],
    ['C: book 0, tolerance 0, any count → beyond', 'C', 0, 1, false],
  ];
  for (const [name, abcClass, book, counted, within] of cases) {
    it(`INV-4: ${name}`, () => {
      const result = one(line(book, counted, { abcClass }));
      expect(result.withinTolerance).toBe(within);
      expect(result.tolerance).toBe((book * { A: 1, B: 3, C: 5 }[abcClass]) / 100);
    });
  }

  it('INV-4: without a class the default ±3% applies (book 100: 103 within, 104 beyond)', () => {
    expect(one(line(100, 103)).withinTolerance).toBe(true);
    expect(one(line(100, 104)).withinTolerance).toBe(false);
  });

  it('INV-4: beyond tolerance the line is flagged for investigation, citing INV-4', () => {
    const result = reconcileStocktake([line(200, 197, { sku: 'A1', abcClass: 'A' }), line(200, 198, { sku: 'A2', abcClass: 'A' })]);
    expect(codes(result)).toEqual(['STOCKTAKE_INVESTIGATE', 'STOCKTAKE_VARIANCE_WITHIN_TOLERANCE', 'STOCKTAKE_ACCURACY_BELOW_TARGET']);
    expect(reasonOf(result, 'STOCKTAKE_INVESTIGATE')).toMatchObject({ clause: 'INV-4', message: 'A1：账面 200，实盘 197，差异 -3 超出允差 ±2，须查明原因并说明' });
    expect(reasonOf(result, 'STOCKTAKE_VARIANCE_WITHIN_TOLERANCE')?.message).toBe('A2：账面 200，实盘 198，差异 -2 在允差 ±2 内');
  });

  it('INV-4: the class percentages are policy parameters', () => {
    const policy = defineInventoryPolicy({ stocktake: { byClass: { A: 0.5, B: 2, C: 10 } } });
    expect(one(line(200, 199, { abcClass: 'A' }), policy).withinTolerance).toBe(true);
    expect(one(line(200, 198, { abcClass: 'A' }), policy).withinTolerance).toBe(false);
    expect(one(line(40, 36, { abcClass: 'C' }), policy).withinTolerance).toBe(true);
    expect(one(line(40, 35, { abcClass: 'C' }), policy).withinTolerance).toBe(false);
  });
});

describe('INV-4: tolerance in units via the policy', () => {
  const policy = defineInventoryPolicy({ stocktake: { tolerance: { kind: 'units', value: 2 } } });

  it('INV-4: ±2 units whatever the book: 998 of 1000 within, 997 beyond; 2 of 0 within, 3 beyond', () => {
    expect(one(line(1000, 998), policy)).toMatchObject({ withinTolerance: true, tolerance: 2 });
    expect(one(line(1000, 997), policy)).toMatchObject({ withinTolerance: false, tolerance: 2 });
    expect(one(line(0, 2), policy).withinTolerance).toBe(true);
    expect(one(line(0, 3), policy).withinTolerance).toBe(false);
  });

  it('INV-4: a line with a class still uses its class (A: 1% of 1000 = 10)', () => {
    expect(one(line(1000, 990, { abcClass: 'A' }), policy)).toMatchObject({ withinTolerance: true, tolerance: 10 });
    expect(one(line(1000, 989, { abcClass: 'A' }), policy).withinTolerance).toBe(false);
  });
});

describe('INV-4: values in money, exact decimals', () => {
  const lines: StocktakeLine[] = [
    { sku: 'T1', book: 10, counted: 13, unitCost: '0.10' }, // +3 × 0.10 = 0.30
    { sku: 'T2', book: 50, counted: 57, unitCost: '19.99' }, // +7 × 19.99 = 139.93
    { sku: 'T3', book: 100, counted: 98, unitCost: '33.33' }, // −2 × 33.33 = −66.66
    { sku: 'T4', book: 5, counted: 5, unitCost: '8.00' }, // 0
    { sku: 'T5', book: 20, counted: 19 }, // −1, no cost
  ];

  it('INV-4: each line is valued variance × unit cost', () => {
    const result = reconcileStocktake(lines);
    expect(result.lines.map((l) => l.value)).toEqual([cny('0.30'), cny('139.93'), cny('-66.66'), cny('0.00'), undefined]);
    expect(result.lines[4]).not.toHaveProperty('value');
  });

  it('INV-4: gainValue 140.23, lossValue −66.66, netValue 73.57; counts and net variance +7', () => {
    const { totals } = reconcileStocktake(lines);
    expect(totals).toMatchObject({ lines: 5, matches: 1, gains: 2, losses: 2, variance: 7 });
    expect(totals.gainValue).toEqual(cny('140.23'));
    expect(totals.lossValue).toEqual(cny('-66.66'));
    expect(totals.netValue).toEqual(cny('73.57'));
  });

  it('INV-4: the store currency values the lines (usStore: USD)', () => {
    const result = reconcileStocktake([{ sku: 'MUG', book: 10, counted: 7, unitCost: 4.5 }], presets.usStore);
    expect(result.lines[0]?.value).toEqual({ amount: '-13.50', currency: 'USD' });
    expect(result.totals.netValue).toEqual({ amount: '-13.50', currency: 'USD' });
    expect(result.reasons.at(-1)?.message).toBe('Record accuracy 0% is below the 95% target');
  });

  it('INV-4: an empty stocktake: zero totals, 100% accuracy', () => {
    const result = reconcileStocktake([]);
    expect(result.totals).toEqual({ lines: 0, matches: 0, gains: 0, losses: 0, outOfTolerance: 0, variance: 0, gainValue: cny('0.00'), lossValue: cny('0.00'), netValue: cny('0.00'), accuracy: 100 });
  });
});

describe('INV-4: record accuracy against the 95% target', () => {
  const lines = (within: number, beyond: number): StocktakeLine[] => [
    ...Array.from({ length: within }, (_, index) => line(100, 100, { sku: `IN-${index}` })),
    ...Array.from({ length: beyond }, (_, index) => line(100, 90, { sku: `OUT-${index}` })),
  ];

  it('INV-4: 19 of 20 within = 95%: meets the target', () => {
    const result = reconcileStocktake(lines(19, 1));
    expect(result.totals).toMatchObject({ accuracy: 95, outOfTolerance: 1 });
    expect(reasonOf(result, 'STOCKTAKE_ACCURACY')).toMatchObject({ clause: 'INV-4', message: '盘点准确率 95%（目标 95%）' });
    expect(codes(result)).not.toContain('STOCKTAKE_ACCURACY_BELOW_TARGET');
  });

  it('INV-4: 18 of 20 = 90%: below the target', () => {
    const result = reconcileStocktake(lines(18, 2));
    expect(result.totals.accuracy).toBe(90);
    expect(reasonOf(result, 'STOCKTAKE_ACCURACY_BELOW_TARGET')).toMatchObject({ clause: 'INV-4', message: '盘点准确率 90% 低于目标 95%' });
  });

  it('INV-4: accuracy to two decimals: 2 of 3 → 66.67', () => {
    expect(reconcileStocktake(lines(2, 1)).totals.accuracy).toBe(66.67);
  });

  it('INV-4: the target is a policy parameter (90%: 18 of 20 meets it)', () => {
    const policy = defineInventoryPolicy({ stocktake: { accuracyTarget: 90 } });
    expect(codes(reconcileStocktake(lines(18, 2), policy))).toContain('STOCKTAKE_ACCURACY');
  });
});

// ---------------------------------------------------------------------------------------------
// Property: totals equal the sum of the lines
// ---------------------------------------------------------------------------------------------

const toCents = (amount: string): number => {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative ? -cents : cents;
};
const fromCents = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

const stocktakeLine = fc.record(
  {
    sku: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
    book: fc.integer({ min: -50, max: 5000 }),
    counted: fc.integer({ min: 0, max: 5000 }),
    costCents: fc.integer({ min: 0, max: 1_000_000 }),
    abcClass: fc.constantFrom('A', 'B', 'C', undefined),
    priced: fc.boolean(),
  },
  { requiredKeys: ['sku', 'book', 'counted', 'costCents', 'priced'] },
);

describe('INV-4: totals equal the sum of the lines', () => {
  test.prop([fc.array(stocktakeLine, { maxLength: 30 })])('INV-4: counts, net variance and values add up', (generated) => {
    const lines: StocktakeLine[] = generated.map((g) => ({
      sku: g.sku,
      book: g.book,
      counted: g.counted,
      ...(g.priced ? { unitCost: fromCents(g.costCents) } : {}),
      ...(g.abcClass === undefined ? {} : { abcClass: g.abcClass }),
    }));
    const { lines: out, totals } = reconcileStocktake(lines);
    expect(out).toHaveLength(lines.length);
    expect(totals.lines).toBe(lines.length);
    expect(totals.matches + totals.gains + totals.losses).toBe(lines.length);
    expect(totals.matches).toBe(out.filter((l) => l.kind === 'match').length);
    expect(totals.gains).toBe(out.filter((l) => l.kind === 'gain').length);
    expect(totals.losses).toBe(out.filter((l) => l.kind === 'loss').length);
    expect(totals.outOfTolerance).toBe(out.filter((l) => !l.withinTolerance).length);
    // Expected values from the input, in integer cents.
    let variance = 0;
    let gain = 0;
    let loss = 0;
    generated.forEach((g, index) => {
      const diff = g.counted - g.book;
      variance += diff;
      expect(out[index]?.variance).toBe(diff);
      expect(out[index]?.kind).toBe(diff === 0 ? 'match' : diff > 0 ? 'gain' : 'loss');
      if (g.priced) {
        expect(toCents(out[index]!.value!.amount)).toBe(diff * g.costCents + 0); // + 0: no −0
        if (diff > 0) gain += diff * g.costCents;
        else loss += diff * g.costCents;
      } else expect(out[index]?.value).toBeUndefined();
    });
    expect(totals.variance).toBe(variance);
    expect(toCents(totals.gainValue.amount)).toBe(gain);
    expect(toCents(totals.lossValue.amount)).toBe(loss);
    expect(toCents(totals.netValue.amount)).toBe(gain + loss);
    const expectedAccuracy = lines.length === 0 ? 100 : Math.round(((lines.length - totals.outOfTolerance) / lines.length) * 10_000) / 100;
    expect(totals.accuracy).toBe(expectedAccuracy);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------------

describe('INV-4: bad input gives PolicyInputError with the path', () => {
  const cases: [string, unknown[], string][] = [
    ['a negative count', [line(10, -1)], 'lines.0.counted'],
    ['a unit cost with 3 decimals (CNY allows 2)', [line(10, 10, { unitCost: '1.00' }), line(10, 9, { unitCost: '1.234' })], 'lines.1.unitCost'],
    ['a negative unit cost', [line(10, 9, { unitCost: '-1.00' })], 'lines.0.unitCost'],
    ['a fractional book', [line(10.5, 10)], 'lines.0.book'],
    ['a NaN count', [line(10, Number.NaN)], 'lines.0.counted'],
    ['an unknown ABC class', [{ sku: 'X', book: 1, counted: 1, abcClass: 'D' }], 'lines.0.abcClass'],
    ['an empty sku', [{ sku: ' ', book: 1, counted: 1 }], 'lines.0.sku'],
  ];
  for (const [name, lines, path] of cases) {
    it(`INV-4: ${name} → PolicyInputError at ${path}`, () => {
      const run = () => reconcileStocktake(lines as StocktakeLine[]);
      expect(run).toThrow(PolicyInputError);
      expect(thrown(run).paths).toEqual([path]);
    });
  }

  it('INV-4: not an array → PolicyInputError', () => {
    expect(() => reconcileStocktake({ sku: 'X' } as unknown as StocktakeLine[])).toThrow(PolicyInputError);
  });

  it('INV-4: safeReconcileStocktake returns the error', () => {
    const result = safeReconcileStocktake([line(10, -1)]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(PolicyInputError);
  });
});
