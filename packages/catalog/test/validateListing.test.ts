import { PolicyConfigError, PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { createCatalogChecker, defineCatalogPolicy, presets, safeValidateListing, validateListing, type Listing } from '../src/index.js';
import { codes, douyinListing, genericListing, issuePaths, paths, usListing, without } from './fixtures.js';

const cny = (amount: string) => ({ amount, currency: 'CNY' });

/** The generic fixture with its images changed as given. */
type Images = NonNullable<Listing['images']>;
const withImages = (images: { [K in keyof Images]?: Images[K] | undefined }): Listing => ({ ...genericListing, images: { ...genericListing.images, ...images } });

// ---------------------------------------------------------------------------------------------
// Complete listings
// ---------------------------------------------------------------------------------------------

describe('LST-1: a complete listing passes', () => {
  it('LST-1: the generic fixture is complete, with LISTING_COMPLETE only', () => {
    const check = validateListing(genericListing);
    expect(check).toEqual({
      complete: true,
      issues: [],
      reasons: [{ code: 'LISTING_COMPLETE', clause: 'LST-1', message: '商品 TEA-250 信息完整准确，可以上架', params: { sku: 'TEA-250' } }],
    });
  });

  it('LST-1: the usStore and douyinShop fixtures are complete under their own presets', () => {
    expect(validateListing(usListing, presets.usStore)).toMatchObject({ complete: true, issues: [] });
    expect(codes(validateListing(usListing, presets.usStore))).toEqual(['LISTING_COMPLETE']);
    expect(validateListing(douyinListing, presets.douyinShop)).toMatchObject({ complete: true, issues: [] });
  });

  it('LST-1: the compiled checker gives the same result and is cached per policy', () => {
    const checker = createCatalogChecker(presets.generic);
    expect(createCatalogChecker(presets.generic)).toBe(checker);
    expect(checker.validateListing(genericListing)).toEqual(validateListing(genericListing));
  });
});

// ---------------------------------------------------------------------------------------------
// LST-1: required fields per preset, all at once
// ---------------------------------------------------------------------------------------------

describe('LST-1: the required fields of each preset, every issue at once', () => {
  it('LST-1: generic (S3) needs name, price, stock, spec, description — a bare draft lists all 12 issues', () => {
    const check = validateListing({ sku: 'TEA-250' });
    expect(check.complete).toBe(false);
    expect(paths(check)).toEqual([
      'name', 'price', 'stock', 'spec', 'description',
      'images.details', 'images.watermark', 'images.main',
      'category', 'brand', 'discount', 'qualityInspection',
    ]);
    expect(check.issues.slice(0, 5).every((issue) => issue.code === 'LISTING_FIELD_MISSING' && issue.clause === 'LST-1')).toBe(true);
    expect(check.reasons[0]).toMatchObject({ code: 'LISTING_INCOMPLETE', clause: 'LST-1', params: { sku: 'TEA-250', count: 12 } });
    expect(check.reasons[0]?.message).toBe('商品 TEA-250 有 12 处不符合上架要求');
    expect(check.reasons.slice(1)).toEqual(check.issues);
  });

  it('LST-1: usStore (S1) adds model, material, function, usage and after-sales guarantee', () => {
    const check = validateListing({ sku: 'MUG-1' }, presets.usStore);
    expect(paths(check)).toEqual([
      'name', 'price', 'stock', 'spec', 'description', 'model', 'material', 'function', 'usage', 'afterSalesGuarantee',
      'images.details', 'images.main', 'category', 'brand', 'qualityInspection',
    ]);
    for (const field of ['model', 'material', 'function', 'usage', 'afterSalesGuarantee'] as const) {
      expect(paths(validateListing(without(usListing, field) as Listing, presets.usStore)), field).toEqual([field]);
    }
  });

  it('LST-1: douyinShop (S2) needs a title, not a name', () => {
    const check = validateListing({ sku: 'DY-7' }, presets.douyinShop);
    expect(paths(check)).toEqual([
      'title', 'price', 'stock', 'spec', 'description',
      'images.details', 'images.watermark', 'images.main', 'category', 'brand', 'discount', 'qualityInspection',
    ]);
    expect(paths(validateListing(without(douyinListing, 'title') as Listing, presets.douyinShop))).toEqual(['title']);
    // The generic listing has a name but no title: fine there, missing its title on Douyin.
    expect(paths(validateListing({ ...genericListing, name: undefined }, presets.douyinShop))).toEqual(['title']);
  });

  it('LST-1: each generic required field, when removed, is reported alone with its path', () => {
    for (const field of ['name', 'price', 'stock', 'spec', 'description'] as const) {
      const check = validateListing(without(genericListing, field) as Listing);
      expect(check.issues, field).toEqual([{ code: 'LISTING_FIELD_MISSING', clause: 'LST-1', message: `缺少商品信息：${field}`, params: { path: field } }]);
    }
  });

  it('LST-1: blank strings and null count as missing; a stock of 0 is present', () => {
    const check = validateListing({ ...genericListing, name: '   ', spec: '', description: '\n\t', price: null, stock: null });
    expect(paths(check)).toEqual(['name', 'price', 'stock', 'spec', 'description']);
    expect(validateListing({ ...genericListing, stock: 0 }).complete).toBe(true);
    expect(validateListing({ ...genericListing, price: '0' }).complete).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// LST-2: images
// ---------------------------------------------------------------------------------------------

describe('LST-2: images (美工管理制度 2–4, 7, 9)', () => {
  const fourDetails = genericListing.images.details.slice(0, 4);

  it('LST-2: 4 detail images are too few, 5 are enough', () => {
    const check = validateListing(withImages({ details: fourDetails }));
    expect(check.issues).toEqual([
      { code: 'LISTING_TOO_FEW_DETAIL_IMAGES', clause: 'LST-2', message: '卖点细节图 4 张，少于 5 张', params: { path: 'images.details', count: 4, min: 5 } },
    ]);
    expect(validateListing(withImages({ details: [...fourDetails, { annotated: true, fileName: 'LJ2026-d5.jpg' }] })).complete).toBe(true);
    expect(paths(validateListing(usListing, presets.usStore))).toEqual([]);
    expect(validateListing({ ...usListing, images: { ...usListing.images, details: usListing.images.details.slice(1) } }, presets.usStore).issues[0])
      .toMatchObject({ code: 'LISTING_TOO_FEW_DETAIL_IMAGES', params: { count: 4, min: 5 } });
  });

  it('LST-2: 5 detail images with one not annotated: that image is reported by index', () => {
    const details = genericListing.images.details.map((image, index) => (index === 2 ? { ...image, annotated: false } : image));
    expect(validateListing(withImages({ details })).issues).toEqual([
      { code: 'LISTING_DETAIL_NOT_ANNOTATED', clause: 'LST-2', message: '细节图 images.details.2 未标注', params: { path: 'images.details.2' } },
    ]);
    // usStore does not require annotations (its fixture has none).
    expect(validateListing(usListing, presets.usStore).complete).toBe(true);
  });

  it('LST-2: the store watermark is required (generic, douyinShop), not on usStore', () => {
    for (const watermark of [false, undefined]) {
      const check = validateListing(withImages({ watermark }));
      expect(check.issues).toEqual([{ code: 'LISTING_NO_WATERMARK', clause: 'LST-2', message: '图片未添加自有水印', params: { path: 'images.watermark' } }]);
      expect(paths(validateListing({ ...douyinListing, images: { ...douyinListing.images, watermark } }, presets.douyinShop))).toEqual(['images.watermark']);
    }
    expect(validateListing({ ...usListing, images: { ...usListing.images, watermark: false } }, presets.usStore).complete).toBe(true);
  });

  it('LST-2: generic main image 799 px is too narrow, 800 px is enough', () => {
    const narrow = validateListing(withImages({ main: { ...genericListing.images.main, width: 799 } }));
    expect(narrow.issues).toEqual([
      { code: 'LISTING_MAIN_IMAGE_TOO_NARROW', clause: 'LST-2', message: '主图宽度 799px，低于要求的 800px', params: { path: 'images.main.width', width: 799, min: 800 } },
    ]);
    expect(validateListing(withImages({ main: { ...genericListing.images.main, width: 800 } })).complete).toBe(true);
    expect(paths(validateListing({ ...douyinListing, images: { ...douyinListing.images, main: { width: 799 } } }, presets.douyinShop))).toEqual(['images.main.width']);
  });

  it('LST-2: usStore main image 999 px is too narrow, 1000 px is enough', () => {
    const narrow = validateListing({ ...usListing, images: { ...usListing.images, main: { width: 999 } } }, presets.usStore);
    expect(narrow.issues).toEqual([
      {
        code: 'LISTING_MAIN_IMAGE_TOO_NARROW',
        clause: 'LST-2',
        message: 'The main image is 999px wide, below the required 1000px',
        params: { path: 'images.main.width', width: 999, min: 1000 },
      },
    ]);
    expect(validateListing({ ...usListing, images: { ...usListing.images, main: { width: 1000 } } }, presets.usStore).complete).toBe(true);
  });

  it('LST-2: no main image at all is one issue (not five missing labels)', () => {
    expect(validateListing(withImages({ main: undefined })).issues).toEqual([
      { code: 'LISTING_MAIN_IMAGE_MISSING', clause: 'LST-2', message: '缺少主图', params: { path: 'images.main' } },
    ]);
    expect(paths(validateListing(withImages({ main: null })))).toEqual(['images.main']);
    expect(paths(validateListing({ ...usListing, images: { details: usListing.images.details } }, presets.usStore))).toEqual(['images.main']);
    // A policy with no width and no labels does not need a main image.
    const lax = defineCatalogPolicy({ listing: { mainImageMinWidth: null, mainImageLabels: [] } });
    expect(validateListing(withImages({ main: undefined }), lax).complete).toBe(true);
  });

  it('LST-2: each main-image label (name, article no., colour, fabric, size) missing is reported', () => {
    const all = ['name', 'articleNo', 'colour', 'fabric', 'size'];
    for (const label of all) {
      const labels = all.filter((l) => l !== label);
      const check = validateListing(withImages({ main: { ...genericListing.images.main, labels } }));
      expect(check.issues, label).toEqual([
        { code: 'LISTING_MAIN_IMAGE_LABEL_MISSING', clause: 'LST-2', message: `主图未标注：${label}`, params: { path: 'images.main.labels', label } },
      ]);
    }
    const unlabelled = validateListing(withImages({ main: { width: 800, fileName: 'LJ2026-main.jpg' } }));
    expect(unlabelled.issues.map((issue) => issue.params?.label)).toEqual(all);
    // usStore and douyinShop have no label rule.
    expect(validateListing(douyinListing, presets.douyinShop).complete).toBe(true);
  });

  it('LST-2: image files not starting with the article number are reported with their paths', () => {
    const details = genericListing.images.details.map((image, index) => (index === 3 ? { ...image, fileName: 'IMG_0042.jpg' } : image));
    const check = validateListing(withImages({ main: { ...genericListing.images.main, fileName: 'photo-LJ2026.jpg' }, details }));
    expect(check.issues).toEqual([
      { code: 'LISTING_FILE_NAME', clause: 'LST-2', message: '图片 images.main.fileName 未按货号 LJ2026 命名', params: { path: 'images.main.fileName', articleNo: 'LJ2026' } },
      { code: 'LISTING_FILE_NAME', clause: 'LST-2', message: '图片 images.details.3.fileName 未按货号 LJ2026 命名', params: { path: 'images.details.3.fileName', articleNo: 'LJ2026' } },
    ]);
  });

  it('LST-2: with no article number, every named file is reported (articleNo null)', () => {
    for (const articleNo of [undefined, '  ']) {
      const check = validateListing({ ...genericListing, articleNo });
      expect(paths(check)).toEqual([
        'images.main.fileName',
        'images.details.0.fileName', 'images.details.1.fileName', 'images.details.2.fileName', 'images.details.3.fileName', 'images.details.4.fileName',
      ]);
      expect(check.issues.every((issue) => issue.code === 'LISTING_FILE_NAME' && issue.params?.articleNo === null)).toBe(true);
    }
    // Files without a name are not checked; usStore does not check file names.
    expect(validateListing({ ...usListing, images: { main: { width: 1000, fileName: 'x.jpg' }, details: usListing.images.details } }, presets.usStore).complete).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// LST-4, LST-7
// ---------------------------------------------------------------------------------------------

describe('LST-4: category, brand, discount participation', () => {
  it('LST-4: a missing or blank category and brand are reported', () => {
    for (const blank of [undefined, '', '  ']) {
      const check = validateListing({ ...genericListing, category: blank, brand: blank });
      expect(check.issues).toEqual([
        { code: 'LISTING_NO_CATEGORY', clause: 'LST-4', message: '未选择类目', params: { path: 'category' } },
        { code: 'LISTING_NO_BRAND', clause: 'LST-4', message: '未选择品牌', params: { path: 'brand' } },
      ]);
    }
    expect(paths(validateListing({ ...usListing, brand: undefined }, presets.usStore))).toEqual(['brand']);
  });

  it('LST-4: discount participation must be stated; { participates: false } counts as stated', () => {
    for (const discount of [undefined, null]) {
      expect(validateListing({ ...genericListing, discount }).issues).toEqual([
        { code: 'LISTING_DISCOUNT_NOT_STATED', clause: 'LST-4', message: '未说明是否参与打折', params: { path: 'discount' } },
      ]);
    }
    expect(validateListing({ ...genericListing, discount: { participates: false } }).complete).toBe(true);
    expect(validateListing({ ...genericListing, discount: { participates: true } }).complete).toBe(true);
    // usStore does not ask for it.
    expect(validateListing(usListing, presets.usStore).complete).toBe(true);
  });
});

describe('LST-7: quality inspection before listing', () => {
  it('LST-7: no inspection, or a failed one, blocks the listing', () => {
    for (const qualityInspection of [undefined, null, { passed: false }, { passed: false, at: '2026-06-01T09:00:00+08:00' }]) {
      expect(validateListing({ ...genericListing, qualityInspection }).issues).toEqual([
        { code: 'LISTING_NOT_INSPECTED', clause: 'LST-7', message: '商品未经质量检验合格，不得上架', params: { path: 'qualityInspection' } },
      ]);
    }
    expect(paths(validateListing({ ...usListing, qualityInspection: { passed: false } }, presets.usStore))).toEqual(['qualityInspection']);
    expect(validateListing({ ...genericListing, qualityInspection: { passed: true } }).complete).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// LST-8: price band
// ---------------------------------------------------------------------------------------------

describe('LST-8: the store price band', () => {
  const banded = defineCatalogPolicy({ listing: { priceBand: { min: '50', max: '300' } } });

  it('LST-8: the presets have no band', () => {
    expect([presets.generic, presets.usStore, presets.douyinShop].map((p) => p.listing.priceBand)).toEqual([null, null, null]);
    expect(validateListing({ ...genericListing, price: '99999.99' }).complete).toBe(true);
  });

  it('LST-8: min and max themselves are inside the band (inclusive)', () => {
    for (const price of ['50.00', '50', 50, '300.00', 300, '175.50']) {
      expect(validateListing({ ...genericListing, price }, banded).complete, String(price)).toBe(true);
    }
  });

  it('LST-8: one cent below min or above max is flagged, with the price and the band', () => {
    expect(validateListing({ ...genericListing, price: '49.99' }, banded).issues).toEqual([
      expect.objectContaining({ code: 'LISTING_OUTSIDE_PRICE_BAND', clause: 'LST-8', params: { path: 'price', price: cny('49.99'), min: cny('50.00'), max: cny('300.00') } }),
    ]);
    expect(validateListing({ ...genericListing, price: '300.01' }, banded).issues).toEqual([
      expect.objectContaining({ code: 'LISTING_OUTSIDE_PRICE_BAND', clause: 'LST-8', params: { path: 'price', price: cny('300.01'), min: cny('50.00'), max: cny('300.00') } }),
    ]);
    const message = validateListing({ ...genericListing, price: 300.01 }, banded, { locale: 'en-US' }).issues[0]?.message ?? '';
    expect(message).toContain('300.01');
    expect(message).toContain('outside the store price band');
  });

  it('LST-8: no price, no band check (the missing price is LST-1)', () => {
    expect(paths(validateListing({ ...genericListing, price: undefined }, banded))).toEqual(['price']);
    expect(validateListing({ ...genericListing, price: undefined }, banded).issues[0]?.code).toBe('LISTING_FIELD_MISSING');
  });
});

// ---------------------------------------------------------------------------------------------
// Input errors and locales
// ---------------------------------------------------------------------------------------------

describe('LST-1: malformed input is a PolicyInputError with the path', () => {
  it('LST-1: a price with 3 decimals (string or number)', () => {
    for (const price of ['59.005', 59.005]) {
      expect(() => validateListing({ ...genericListing, price })).toThrow(PolicyInputError);
      expect(issuePaths(() => validateListing({ ...genericListing, price }))).toEqual(['listing.price']);
    }
  });

  it('LST-1: a negative or fractional stock, a negative price', () => {
    expect(issuePaths(() => validateListing({ ...genericListing, stock: -1 }))).toEqual(['listing.stock']);
    expect(issuePaths(() => validateListing({ ...genericListing, stock: 1.5 }))).toEqual(['listing.stock']);
    expect(issuePaths(() => validateListing({ ...genericListing, price: '-1.00' }))).toEqual(['listing.price']);
  });

  it('LST-1: an unknown key, a missing sku, a bad detail image', () => {
    expect(issuePaths(() => validateListing({ ...genericListing, colour: 'green' } as unknown as Listing))).toEqual(['listing.colour']);
    expect(issuePaths(() => validateListing({ name: 'x' } as unknown as Listing))).toEqual(['listing.sku']);
    expect(issuePaths(() => validateListing(withImages({ details: [{ annotated: 'yes' }] } as never)))).toEqual(['listing.images.details.0.annotated']);
  });

  it('LST-1: safeValidateListing returns the error instead of throwing', () => {
    const result = safeValidateListing({ ...genericListing, price: '1.005' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(PolicyInputError);
    expect(safeValidateListing(genericListing)).toEqual({ ok: true, value: validateListing(genericListing) });
  });
});

describe('LST-1, LST-2: messages in zh-CN and en-US', () => {
  it('LST-1: generic defaults to zh-CN; the context switches to en-US', () => {
    const draft = { sku: 'TEA-250', name: '龙井' };
    const zh = validateListing(draft);
    const en = validateListing(draft, presets.generic, { locale: 'en-US' });
    expect(codes(en)).toEqual(codes(zh));
    expect(en.issues.map((issue) => issue.params)).toEqual(zh.issues.map((issue) => issue.params));
    expect(zh.issues[0]?.message).toBe('缺少商品信息：price');
    expect(en.issues[0]?.message).toBe('Missing listing field: price');
    expect(en.reasons[0]?.message).toBe('Listing TEA-250 has 11 issues to fix before it goes live');
    expect(en.issues.find((issue) => issue.code === 'LISTING_TOO_FEW_DETAIL_IMAGES')?.message).toBe('0 selling-point detail images, fewer than 5');
  });

  it('LST-1: usStore defaults to en-US; the context switches to zh-CN', () => {
    expect(validateListing(usListing, presets.usStore).reasons[0]?.message).toBe('Listing MUG-1 is complete and may go live');
    expect(validateListing(usListing, presets.usStore, { locale: 'zh-CN' }).reasons[0]?.message).toBe('商品 MUG-1 信息完整准确，可以上架');
  });
});

describe('defineCatalogPolicy (price band)', () => {
  it('LST-8: refuses a price band that starts above its end', () => {
    expect(() => defineCatalogPolicy({ listing: { priceBand: { min: '300', max: '50' } } })).toThrow(PolicyConfigError);
    expect(defineCatalogPolicy({ listing: { priceBand: { min: '50', max: '50' } } }).listing.priceBand).toEqual({ min: '50', max: '50' });
  });
});

describe('LST-2: main image and file-name rules each apply on their own', () => {
  it('LST-2: a policy that asks for main-image labels but no width still needs the main image', () => {
    const labelsOnly = defineCatalogPolicy({ listing: { mainImageMinWidth: null } });
    expect(validateListing(withImages({ main: undefined }), labelsOnly).issues).toEqual([
      { code: 'LISTING_MAIN_IMAGE_MISSING', clause: 'LST-2', message: '缺少主图', params: { path: 'images.main' } },
    ]);
    // No width rule: a narrow main image is fine.
    expect(validateListing(withImages({ main: { ...genericListing.images.main, width: 10 } }), labelsOnly).complete).toBe(true);
  });

  it('LST-2: image files without a name are not checked against the article number', () => {
    const details = genericListing.images.details.map((image, index) => (index === 1 ? { annotated: true } : image));
    expect(validateListing(withImages({ details })).complete).toBe(true);
    // Without an article number, only the named files are reported.
    const unnamed = { ...genericListing, articleNo: undefined, images: { ...genericListing.images, main: { width: 800, labels: genericListing.images.main.labels }, details } };
    expect(paths(validateListing(unnamed))).toEqual(['images.details.0.fileName', 'images.details.2.fileName', 'images.details.3.fileName', 'images.details.4.fileName']);
  });
});

describe('defineCatalogPolicy (price band in the store currency)', () => {
  it('LST-8: a band end with more decimals than the store currency has is refused at its path', () => {
    let error: unknown;
    try {
      defineCatalogPolicy({ listing: { priceBand: { min: '49.995', max: '300.001' } } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PolicyConfigError);
    expect((error as PolicyConfigError).issues.map((issue) => [issue.path.join('.'), issue.message, issue.code])).toEqual([
      ['listing.priceBand.min', '49.995 has 3 decimal places; CNY allows 2', 'custom'],
      ['listing.priceBand.max', '300.001 has 3 decimal places; CNY allows 2', 'custom'],
    ]);
    expect(issuePaths(() => defineCatalogPolicy({ listing: { priceBand: { min: 50, max: 300.001 } } }))).toEqual(['listing.priceBand.max']);
    // In yen, whole amounts only; the store's currency is the one that counts, whatever the base.
    const yen = defineCatalogPolicy({ store: { currency: 'JPY' }, listing: { priceBand: { min: '50', max: 300 } } });
    expect(validateListing({ ...genericListing, price: '49' }, yen).issues.at(-1)?.params).toEqual({
      path: 'price',
      price: { amount: '49', currency: 'JPY' },
      min: { amount: '50', currency: 'JPY' },
      max: { amount: '300', currency: 'JPY' },
    });
    expect(issuePaths(() => defineCatalogPolicy({ store: { currency: 'JPY' }, listing: { priceBand: { min: '50.5', max: '300' } } }))).toEqual(['listing.priceBand.min']);
    const cents = defineCatalogPolicy({ listing: { priceBand: { min: '50.50', max: '300' } } });
    expect(issuePaths(() => defineCatalogPolicy({ store: { currency: 'JPY' } }, cents))).toEqual(['listing.priceBand.min']);
  });

  it('LST-8: a band at the currency’s minor unit flags the prices just outside it, without an error', () => {
    const band = defineCatalogPolicy({ listing: { priceBand: { min: '49.99', max: '300.01' } } });
    expect(validateListing({ ...genericListing, price: '49.99' }, band).complete).toBe(true);
    expect(validateListing({ ...genericListing, price: '300.01' }, band).complete).toBe(true);
    expect(validateListing({ ...genericListing, price: '49.98' }, band).issues).toEqual([
      expect.objectContaining({ code: 'LISTING_OUTSIDE_PRICE_BAND', params: { path: 'price', price: cny('49.98'), min: cny('49.99'), max: cny('300.01') } }),
    ]);
    expect(paths(validateListing({ ...genericListing, price: '300.02' }, band))).toEqual(['price']);
  });
});

describe('defineCatalogPolicy (percentages)', () => {
  it('LST-5, LST-6: a negative approval threshold or minimum margin is refused; zero is allowed', () => {
    expect(issuePaths(() => defineCatalogPolicy({ priceChange: { approvalAbovePercent: -0.01 } }))).toEqual(['priceChange.approvalAbovePercent']);
    expect(issuePaths(() => defineCatalogPolicy({ promotion: { minMarginPercent: -1 } }))).toEqual(['promotion.minMarginPercent']);
    expect(defineCatalogPolicy({ priceChange: { approvalAbovePercent: 0 }, promotion: { minMarginPercent: 0 } })).toMatchObject({
      priceChange: { approvalAbovePercent: 0 },
      promotion: { minMarginPercent: 0 },
    });
    expect(() => defineCatalogPolicy({ priceChange: { approvalAbovePercent: Number.POSITIVE_INFINITY } })).toThrow(PolicyConfigError);
  });
});
