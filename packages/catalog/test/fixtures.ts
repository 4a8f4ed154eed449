import type { Listing, PriceChange, PromotionPlan } from '../src/index.js';

/** The instant plus `ms` milliseconds, as a UTC ISO string. */
export const plus = (instant: string, ms: number): string => new Date(Date.parse(instant) + ms).toISOString();

/** The reason codes of a decision, in order. */
export const codes = (decision: { readonly reasons: readonly { readonly code: string }[] }): string[] => decision.reasons.map((reason) => reason.code);

/** The `params.path` of every issue of a listing check, in order. */
export const paths = (check: { readonly issues: readonly { readonly params?: Readonly<Record<string, unknown>> }[] }): unknown[] =>
  check.issues.map((issue) => issue.params?.path);

/** The path of every issue of a thrown PolicyInputError / PolicyConfigError, joined with dots. */
export function issuePaths(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    return ((error as { issues?: { path: (string | number)[] }[] }).issues ?? []).map((issue) => issue.path.join('.'));
  }
  throw new Error('expected the call to throw');
}

const detail = (articleNo: string, n: number) => ({ annotated: true, fileName: `${articleNo}-d${String(n)}.jpg` });

/**
 * A listing that meets every rule of the generic preset (S3 + 美工管理制度): the five S3 fields,
 * five annotated detail images named by the article number, a watermark, an 800 px main image
 * labelled with name, article no., colour, fabric and size, category, brand, discount stated,
 * inspection passed.
 */
export const genericListing = {
  sku: 'TEA-250',
  name: '西湖龙井 250g',
  price: '59.00',
  stock: 120,
  spec: '250g / 罐',
  description: '明前龙井，手工炒制。',
  articleNo: 'LJ2026',
  category: '茶叶/绿茶',
  brand: '知度',
  discount: { participates: true },
  images: {
    main: { width: 800, fileName: 'LJ2026-main.jpg', labels: ['name', 'articleNo', 'colour', 'fabric', 'size'] },
    details: [1, 2, 3, 4, 5].map((n) => detail('LJ2026', n)),
    watermark: true,
  },
  qualityInspection: { passed: true, at: '2026-06-01T09:00:00+08:00' },
} satisfies Listing;

/**
 * A listing that meets every rule of the usStore preset (S1): the S3 fields plus model, material,
 * function, usage and after-sales guarantee, five detail images (annotation, watermark, labels and
 * file names are not required there), a 1000 px main image, category, brand, inspection passed.
 */
export const usListing = {
  sku: 'MUG-1',
  name: 'Stoneware mug',
  price: '18.50',
  stock: 40,
  spec: '350 ml',
  description: 'A hand-glazed stoneware mug.',
  model: 'SM-350',
  material: 'Stoneware',
  function: 'Holds hot drinks',
  usage: 'Dishwasher and microwave safe',
  afterSalesGuarantee: '30-day returns, 1-year warranty',
  category: 'Kitchen/Mugs',
  brand: 'Zhidu',
  images: { main: { width: 1000 }, details: [1, 2, 3, 4, 5].map(() => ({ annotated: false })) },
  qualityInspection: { passed: true },
} satisfies Listing;

/** A listing that meets every rule of the douyinShop preset (S2): a title instead of a name. */
export const douyinListing = {
  sku: 'DY-7',
  title: '【直播爆款】西湖龙井 250g 罐装',
  price: '69.00',
  stock: 300,
  spec: '250g',
  description: '明前龙井。',
  category: '茶叶',
  brand: '知度',
  discount: { participates: false },
  images: { main: { width: 800 }, details: [1, 2, 3, 4, 5].map(() => ({ annotated: true })), watermark: true },
  qualityInspection: { passed: true },
} satisfies Listing;

/** A price change 100.00 → 90.00 taking effect 1 June 2026 00:00 Shanghai, approved the evening before. */
export const priceChange = {
  sku: 'TEA-250',
  oldPrice: '100.00',
  newPrice: '90.00',
  at: '2026-06-01T00:00:00+08:00',
  approval: { by: '运营经理 王芳', at: '2026-05-31T18:00:00+08:00' },
} satisfies PriceChange;

/** A complete spend-and-save plan for 618, approved a week before it starts. */
export const promotion = {
  id: 'P-618',
  type: 'spend_and_save',
  startsAt: '2026-06-10T00:00:00+08:00',
  endsAt: '2026-06-18T23:59:59+08:00',
  budget: '20000.00',
  expectedResult: 'GMV ¥300,000, 2,000 orders',
  approval: { by: '总经理', at: '2026-06-03T10:00:00+08:00' },
} satisfies PromotionPlan;

/** During the promotion: no review due yet. */
export const during = { now: '2026-06-12T12:00:00+08:00' } as const;

/** A copy of an object without one key (not even as `undefined`). */
export function without<T extends object>(value: T, field: keyof T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== field)) as Partial<T>;
}
