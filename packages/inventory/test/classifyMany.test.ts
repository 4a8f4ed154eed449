import { PolicyInputError } from '@zhidu/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStockClassifier, defineInventoryPolicy, presets, type StockClassification, type StockItem } from '../src/index.js';
import { at, thrown } from './fixtures.js';

const stock = createStockClassifier(presets.generic);

/** The issues of the PolicyInputError a call throws, as plain objects. */
function safeIssues(run: () => unknown): unknown[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return (error as PolicyInputError).issues.map((issue) => ({ path: issue.path, message: issue.message, code: issue.code }));
  }
  throw new Error('expected the call to throw');
}
const items: StockItem[] = [
  { sku: 'A', onHand: 0, min: 20, max: 100 },
  { sku: 'B', onHand: 19, min: 20, max: 100 },
  { sku: 'C', onHand: 24, min: 20, max: 100 },
  { sku: 'D', onHand: 50, min: 20, max: 100 },
  { sku: 'E', onHand: 80, min: 20, max: 100 },
  { sku: 'F', onHand: 101, min: 20, max: 100 },
];
const expectedLevels = ['out_of_stock', 'below_min', 'near_min', 'ok', 'near_max', 'above_max'];

describe('INV-1, INV-3: classifyMany over a sync iterable', () => {
  it('INV-3: an array gives a sync iterable of results, in order', () => {
    const results = stock.classifyMany(items, at);
    expect(Symbol.iterator in results).toBe(true);
    const list = [...results];
    expect(list.map((r) => r.sku)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(list.map((r) => r.level)).toEqual(expectedLevels);
    expect(list[1]?.reorder).toEqual({ needed: true, quantity: 81 });
  });

  it('INV-3: each result equals classify of the same item at the same instant', () => {
    const list = [...stock.classifyMany(items, at)];
    items.forEach((item, index) => {
      expect(list[index]).toEqual(stock.classify(item, at));
    });
  });

  it('INV-3: a Set or a generator works too; an empty iterable gives nothing', () => {
    expect([...stock.classifyMany(new Set(items), at)].map((r) => r.level)).toEqual(expectedLevels);
    function* gen() {
      yield* items;
    }
    expect([...stock.classifyMany(gen(), at)].map((r) => r.level)).toEqual(expectedLevels);
    expect([...stock.classifyMany([], at)]).toEqual([]);
  });

  it('INV-1: a bad item throws PolicyInputError when it is reached', () => {
    const results = stock.classifyMany([items[0]!, { sku: 'BAD', onHand: -1, reserved: -1 }], at)[Symbol.iterator]();
    expect(results.next().value).toMatchObject({ sku: 'A' });
    expect(() => results.next()).toThrow(PolicyInputError);
  });
});

describe('INV-1, INV-3: classifyMany over an async iterable', () => {
  async function* source() {
    for (const item of items) {
      await Promise.resolve();
      yield item;
    }
  }

  it('INV-3: an async generator gives an async iterable of results, in order', async () => {
    const results = stock.classifyMany(source(), at);
    expect(Symbol.asyncIterator in results).toBe(true);
    const list: StockClassification[] = [];
    for await (const result of results) list.push(result);
    expect(list.map((r) => r.sku)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(list.map((r) => r.level)).toEqual(expectedLevels);
  });

  it('INV-1: a bad item rejects with PolicyInputError', async () => {
    async function* bad() {
      await Promise.resolve();
      yield { sku: 'BAD', onHand: Number.NaN };
    }
    const iterator = stock.classifyMany(bad(), at)[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toBeInstanceOf(PolicyInputError);
  });
});

describe('INV-1: classifyMany streams: a 200 000-item catalog is consumed lazily', () => {
  it('INV-1: taking the first 10 results pulls about 10 items from a sync generator, not 200 000', () => {
    let yielded = 0;
    function* catalog() {
      for (let index = 0; index < 200_000; index++) {
        yielded += 1;
        yield { sku: `SKU-${index}`, onHand: index % 150, min: 20, max: 100 };
      }
    }
    const taken: StockClassification[] = [];
    for (const result of stock.classifyMany(catalog(), at)) {
      taken.push(result);
      if (taken.length === 10) break;
    }
    expect(taken.map((r) => r.sku)).toEqual(Array.from({ length: 10 }, (_, index) => `SKU-${index}`));
    expect(yielded).toBeGreaterThanOrEqual(10);
    expect(yielded).toBeLessThanOrEqual(11);
  });

  it('INV-1: the same holds for an async generator', async () => {
    let yielded = 0;
    async function* catalog() {
      for (let index = 0; index < 200_000; index++) {
        yielded += 1;
        await Promise.resolve();
        yield { sku: `SKU-${index}`, onHand: index % 150 };
      }
    }
    let taken = 0;
    for await (const result of stock.classifyMany(catalog(), at)) {
      expect(result.sku).toBe(`SKU-${taken}`);
      taken += 1;
      if (taken === 10) break;
    }
    expect(yielded).toBeGreaterThanOrEqual(10);
    expect(yielded).toBeLessThanOrEqual(11);
  });

  it('INV-1: nothing is pulled before the first result is asked for', () => {
    let yielded = 0;
    function* catalog() {
      for (let index = 0; index < 200_000; index++) {
        yielded += 1;
        yield { sku: `SKU-${index}`, onHand: 1 };
      }
    }
    const results = stock.classifyMany(catalog(), at);
    expect(yielded).toBe(0);
    results[Symbol.iterator]().next();
    expect(yielded).toBe(1);
  });
});

describe('INV-5: the whole batch is judged at one instant (now is read once)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('INV-5: the clock moving on while the batch runs does not change later items', () => {
    // 89 local days after 3 March 2026 is 31 May; the clock starts at 31 May 12:00 Shanghai.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-31T12:00:00+08:00'));
    const lastSoldAt = '2026-03-03T12:00:00+08:00';
    const batch: StockItem[] = [
      { sku: 'first', onHand: 5, lastSoldAt },
      { sku: 'second', onHand: 5, lastSoldAt },
    ];
    const iterator = stock.classifyMany(batch)[Symbol.iterator]();
    expect(iterator.next().value).toMatchObject({ sku: 'first', slowMoving: false });
    // Two days later (90+ days since the sale): a fresh classify says slow …
    vi.setSystemTime(new Date('2026-06-02T12:00:00+08:00'));
    expect(stock.classify(batch[1]!).slowMoving).toBe(true);
    // … but the batch still judges at its own instant.
    expect(iterator.next().value).toMatchObject({ sku: 'second', slowMoving: false });
  });

  it('INV-5: an explicit now applies to every item', () => {
    const results = [...stock.classifyMany([{ sku: 'a', onHand: 5, lastSoldAt: '2026-03-03T12:00:00+08:00' }, { sku: 'b', onHand: 5, lastSoldAt: '2026-03-04T12:00:00+08:00' }], { now: '2026-06-01T00:30:00+08:00' })];
    expect(results.map((r) => r.slowMoving)).toEqual([true, false]);
  });
});

describe('INV-1: classifyMany refuses what is not iterable', () => {
  for (const [name, value] of [
    ['a number', 42],
    ['a plain object', { sku: 'A', onHand: 1 }],
    ['undefined', undefined],
    ['null', null],
  ] as [string, unknown][]) {
    it(`INV-1: ${name} → PolicyInputError at items`, () => {
      const result = thrown(() => stock.classifyMany(value as StockItem[], at));
      expect(result.name).toBe('PolicyInputError');
      expect(result.paths).toEqual(['items']);
    });
  }

  it('INV-1: the issue says what was expected, with the code invalid_type', () => {
    const result = safeIssues(() => stock.classifyMany(42 as unknown as StockItem[], at));
    expect(result).toEqual([{ path: ['items'], message: 'Expected an iterable or an async iterable of items', code: 'invalid_type' }]);
  });

  it('INV-3: classifyMany uses the policy of its classifier', () => {
    const policy = defineInventoryPolicy({ levels: { defaults: { min: 10, max: 40 } } });
    expect([...createStockClassifier(policy).classifyMany([{ sku: 'A', onHand: 10 }], at)].map((r) => r.level)).toEqual(['near_min']);
  });
});
