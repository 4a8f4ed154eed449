import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { presets, validateListing, type CatalogPolicy, type Listing } from '../src/index.js';

// Drafts of every shape a host may send: any subset of the fields, blank strings, nulls, too few
// or unannotated images, file names with or without the article number.

const text = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ minLength: 1, maxLength: 8 }));
const cents = fc.integer({ min: 0, max: 10_000_000 }).map((c) => `${String(Math.floor(c / 100))}.${String(c % 100).padStart(2, '0')}`);
const fileName = fc.oneof(fc.constant('LJ2026-1.jpg'), fc.constant('IMG_0001.jpg'), fc.constant('lj2026.jpg'));
const labels = fc.subarray(['name', 'articleNo', 'colour', 'fabric', 'size']);

const draft: fc.Arbitrary<Listing> = fc.record(
  {
    sku: fc.constantFrom('TEA-250', 'MUG-1', 'DY-7'),
    name: text,
    title: text,
    price: fc.oneof(cents, fc.constant(null)),
    stock: fc.oneof(fc.nat(1000), fc.constant(null)),
    spec: text,
    description: text,
    model: text,
    material: text,
    function: text,
    usage: text,
    afterSalesGuarantee: text,
    articleNo: fc.oneof(fc.constant('LJ2026'), fc.constant(''), text),
    category: text,
    brand: text,
    discount: fc.oneof(fc.constant(null), fc.record({ participates: fc.boolean() })),
    images: fc.record(
      {
        main: fc.oneof(
          fc.constant(null),
          fc.record({ width: fc.nat(2000), fileName, labels }, { requiredKeys: ['width'] }),
        ),
        details: fc.array(fc.record({ annotated: fc.boolean(), fileName }, { requiredKeys: ['annotated'] }), { maxLength: 7 }),
        watermark: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    qualityInspection: fc.oneof(fc.constant(null), fc.record({ passed: fc.boolean() })),
  },
  { requiredKeys: ['sku'] },
);

const policies = { generic: presets.generic, usStore: presets.usStore, douyinShop: presets.douyinShop } as const;
const store = fc.constantFrom<keyof typeof policies>('generic', 'usStore', 'douyinShop');

const isMissing = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const filled = (field: string): unknown => (field === 'price' ? '10.00' : field === 'stock' ? 1 : 'filled');
const key = (issue: unknown) => JSON.stringify(issue);

describe('LST-1, LST-2, LST-4, LST-7: validateListing properties', () => {
  test.prop([draft, store])('LST-1: deterministic and JSON round-trippable', (listing, name) => {
    const policy: CatalogPolicy = policies[name];
    const check = validateListing(listing, policy);
    expect(validateListing(structuredClone(listing), policy)).toEqual(check);
    expect(JSON.parse(JSON.stringify(check))).toEqual(check);
  });

  test.prop([draft, store])('LST-1: complete === (issues.length === 0); reasons are the summary then the issues', (listing, name) => {
    const check = validateListing(listing, policies[name]);
    expect(check.complete).toBe(check.issues.length === 0);
    expect(check.reasons[0]?.code).toBe(check.complete ? 'LISTING_COMPLETE' : 'LISTING_INCOMPLETE');
    expect(check.reasons.slice(1)).toEqual(check.issues);
    for (const issue of check.issues) {
      expect(issue.clause).toMatch(/^LST-[12478]$/u);
      expect(typeof issue.params?.path).toBe('string');
    }
  });

  test.prop([draft, store, fc.nat()])('LST-1: adding a missing required field never adds an issue (and removes exactly that one)', (listing, name, pick) => {
    const policy = policies[name];
    const record = listing as Readonly<Record<string, unknown>>;
    const missing = policy.listing.requiredFields.filter((field) => isMissing(record[field]));
    fc.pre(missing.length > 0);
    const field = missing[pick % missing.length]!;
    const before = validateListing(listing, policy);
    const after = validateListing({ ...listing, [field]: filled(field) }, policy);
    const beforeKeys = before.issues.map(key);
    for (const issue of after.issues) expect(beforeKeys).toContain(key(issue));
    expect(after.issues.length).toBe(before.issues.length - 1);
    expect(after.issues.some((issue) => issue.code === 'LISTING_FIELD_MISSING' && issue.params?.path === field)).toBe(false);
  });
});
