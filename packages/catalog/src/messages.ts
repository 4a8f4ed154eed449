import { defineMessages } from '@zhidu/core';

/**
 * The reasons the catalog package gives, each with its clause and its message in zh-CN and en-US.
 *
 * @example
 * catalogMessages.LISTING_FIELD_MISSING.clause
 * //=> 'LST-1'
 */
export const catalogMessages = /* @__PURE__ */ defineMessages({
  LISTING_COMPLETE: {
    clause: 'LST-1',
    'zh-CN': '商品 {sku} 信息完整准确，可以上架',
    'en-US': 'Listing {sku} is complete and may go live',
  },
  LISTING_INCOMPLETE: {
    clause: 'LST-1',
    'zh-CN': '商品 {sku} 有 {count} 处不符合上架要求',
    'en-US': 'Listing {sku} has {count} issues to fix before it goes live',
  },
  LISTING_FIELD_MISSING: {
    clause: 'LST-1',
    'zh-CN': '缺少商品信息：{path}',
    'en-US': 'Missing listing field: {path}',
  },
  LISTING_TOO_FEW_DETAIL_IMAGES: {
    clause: 'LST-2',
    'zh-CN': '卖点细节图 {count} 张，少于 {min} 张',
    'en-US': '{count} selling-point detail images, fewer than {min}',
  },
  LISTING_DETAIL_NOT_ANNOTATED: {
    clause: 'LST-2',
    'zh-CN': '细节图 {path} 未标注',
    'en-US': 'Detail image {path} is not annotated',
  },
  LISTING_NO_WATERMARK: {
    clause: 'LST-2',
    'zh-CN': '图片未添加自有水印',
    'en-US': 'The images carry no store watermark',
  },
  LISTING_MAIN_IMAGE_MISSING: {
    clause: 'LST-2',
    'zh-CN': '缺少主图',
    'en-US': 'There is no main image',
  },
  LISTING_MAIN_IMAGE_TOO_NARROW: {
    clause: 'LST-2',
    'zh-CN': '主图宽度 {width}px，低于要求的 {min}px',
    'en-US': 'The main image is {width}px wide, below the required {min}px',
  },
  LISTING_MAIN_IMAGE_LABEL_MISSING: {
    clause: 'LST-2',
    'zh-CN': '主图未标注：{label}',
    'en-US': 'The main image does not show: {label}',
  },
  LISTING_FILE_NAME: {
    clause: 'LST-2',
    'zh-CN': '图片 {path} 未按货号 {articleNo} 命名',
    'en-US': 'Image {path} is not named by the article number {articleNo}',
  },
  LISTING_NO_CATEGORY: {
    clause: 'LST-4',
    'zh-CN': '未选择类目',
    'en-US': 'No category is chosen',
  },
  LISTING_NO_BRAND: {
    clause: 'LST-4',
    'zh-CN': '未选择品牌',
    'en-US': 'No brand is chosen',
  },
  LISTING_DISCOUNT_NOT_STATED: {
    clause: 'LST-4',
    'zh-CN': '未说明是否参与打折',
    'en-US': 'Discount participation is not stated',
  },
  LISTING_NOT_INSPECTED: {
    clause: 'LST-7',
    'zh-CN': '商品未经质量检验合格，不得上架',
    'en-US': 'The goods have not passed quality inspection and may not be listed',
  },
  LISTING_OUTSIDE_PRICE_BAND: {
    clause: 'LST-8',
    'zh-CN': '价格 {price} 不在店铺价格带 {min}–{max} 内',
    'en-US': 'The price {price} is outside the store price band {min}–{max}',
  },
  PRICE_UNCHANGED: {
    clause: 'LST-5',
    'zh-CN': '价格未变',
    'en-US': 'The price does not change',
  },
  PRICE_CHANGE_APPROVED: {
    clause: 'LST-5',
    'zh-CN': '调价 {oldPrice} → {newPrice}（{changePercent}%）已由 {by} 于 {approvedAt} 事先批准',
    'en-US': 'The change {oldPrice} → {newPrice} ({changePercent}%) was approved in advance by {by} at {approvedAt}',
  },
  PRICE_CHANGE_NEEDS_APPROVAL: {
    clause: 'LST-5',
    'zh-CN': '调价 {oldPrice} → {newPrice}（{changePercent}%）须事先报上级批准',
    'en-US': 'The change {oldPrice} → {newPrice} ({changePercent}%) needs a superior\'s approval in advance',
  },
  PRICE_CHANGE_APPROVAL_LATE: {
    clause: 'LST-5',
    'zh-CN': '批准时间 {approvedAt} 晚于调价生效时间 {at}，须事先批准',
    'en-US': 'Approved at {approvedAt}, after the change takes effect at {at}: approval must come first',
  },
  PRICE_CHANGE_WITHIN_THRESHOLD: {
    clause: 'LST-5',
    'zh-CN': '调价幅度 {changePercent}% 不超过 {threshold}%，无需事先批准，已记录',
    'en-US': 'A change of {changePercent}% is within {threshold}%: no prior approval needed; recorded',
  },
  PRICE_BELOW_COST: {
    clause: 'LST-5',
    'zh-CN': '新价格 {newPrice} 低于成本 {cost}，不予调整',
    'en-US': 'The new price {newPrice} is below cost {cost}: refused',
  },
  PRICE_OUTSIDE_BAND: {
    clause: 'LST-8',
    'zh-CN': '新价格 {newPrice} 超出店铺价格带 {min}–{max}',
    'en-US': 'The new price {newPrice} leaves the store price band {min}–{max}',
  },
  PROMOTION_APPROVED: {
    clause: 'LST-6',
    'zh-CN': '促销方案 {id} 已于 {approvedAt} 由 {by} 批准，活动开始前已获批',
    'en-US': 'Promotion plan {id} was approved by {by} at {approvedAt}, before it starts',
  },
  PROMOTION_FIELD_MISSING: {
    clause: 'LST-6',
    'zh-CN': '促销方案缺少：{field}',
    'en-US': 'The promotion plan is missing: {field}',
  },
  PROMOTION_DATES_INVALID: {
    clause: 'LST-6',
    'zh-CN': '促销结束时间不晚于开始时间',
    'en-US': 'The promotion ends before it starts',
  },
  PROMOTION_NOT_APPROVED: {
    clause: 'LST-6',
    'zh-CN': '促销方案未获批准，不得执行',
    'en-US': 'The promotion plan is not approved and may not run',
  },
  PROMOTION_APPROVED_LATE: {
    clause: 'LST-6',
    'zh-CN': '促销方案批准时间 {approvedAt} 晚于开始时间 {startsAt}',
    'en-US': 'The plan was approved at {approvedAt}, after the promotion starts at {startsAt}',
  },
  PROMOTION_BELOW_FLOOR: {
    clause: 'LST-6',
    'zh-CN': '{sku} 促销价 {price} 低于底价 {floor}',
    'en-US': '{sku}: the promotion price {price} is below the floor {floor}',
  },
  PROMOTION_REVIEW_DUE: {
    clause: 'LST-6',
    'zh-CN': '促销已于 {endsAt} 结束，须进行活动总结',
    'en-US': 'The promotion ended at {endsAt}: review its results',
  },
  LISTING_DUE: {
    clause: 'LST-3',
    'zh-CN': '新货须在 {dueByLocal} 前完成拍照、修图并上架',
    'en-US': 'New goods must be photographed, retouched and listed by {dueByLocal}',
  },
  LISTING_OVERDUE: {
    clause: 'LST-3',
    'zh-CN': '新货上架已逾期（期限 {dueByLocal}）',
    'en-US': 'The listing of the new goods is overdue (due {dueByLocal})',
  },
});
