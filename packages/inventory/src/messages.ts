import { defineMessages } from '@zhidu/core';

/**
 * The reasons the inventory package gives, each with its clause and its message in zh-CN and en-US.
 *
 * @example
 * inventoryMessages.STOCK_NEAR_MIN.clause
 * //=> 'INV-3'
 */
export const inventoryMessages = /* @__PURE__ */ defineMessages({
  STOCK_AVAILABLE: {
    clause: 'INV-1',
    'zh-CN': '可用库存 {available} = 在库 {onHand} − 已占用 {reserved} + 计入的在途 {inbound}',
    'en-US': 'Available {available} = on hand {onHand} − reserved {reserved} + inbound counted {inbound}',
  },
  STOCK_OUT: {
    clause: 'INV-9',
    'zh-CN': '已断货（可用 {available}），须立即通知采购或生产补货',
    'en-US': 'Out of stock (available {available}): purchasing or production is told to replenish now',
  },
  STOCK_BELOW_MIN: {
    clause: 'INV-3',
    'zh-CN': '可用库存 {available} 低于下限 {min}',
    'en-US': 'Available {available} is below the lower limit {min}',
  },
  STOCK_NEAR_MIN: {
    clause: 'INV-3',
    'zh-CN': '可用库存 {available} 接近下限 {min}（预警线 {warnAt}）',
    'en-US': 'Available {available} is approaching the lower limit {min} (warning at {warnAt} or less)',
  },
  STOCK_OK: {
    clause: 'INV-3',
    'zh-CN': '可用库存 {available} 在上下限之间（{min}–{max}）',
    'en-US': 'Available {available} is between the limits ({min}–{max})',
  },
  STOCK_NEAR_MAX: {
    clause: 'INV-3',
    'zh-CN': '可用库存 {available} 接近上限 {max}（预警线 {warnAt}），考虑促销',
    'en-US': 'Available {available} is approaching the upper limit {max} (warning at {warnAt} or more): consider a promotion',
  },
  STOCK_ABOVE_MAX: {
    clause: 'INV-3',
    'zh-CN': '可用库存 {available} 超过上限 {max}，避免积压，考虑促销',
    'en-US': 'Available {available} is above the upper limit {max}: avoid overstock, consider a promotion',
  },
  STOCK_NO_LIMITS: {
    clause: 'INV-3',
    'zh-CN': '该商品未设库存上下限',
    'en-US': 'The item has no stock limits',
  },
  REORDER_NEEDED: {
    clause: 'INV-10',
    'zh-CN': '补货 {quantity} 件：库存位置 {position}（可用 + 在途），补至 {target}，按 {multiple} 件的倍数',
    'en-US': 'Reorder {quantity}: stock position {position} (available + inbound) up to {target}, in multiples of {multiple}',
  },
  REORDER_CAPPED_BY_MAX: {
    clause: 'INV-10',
    'zh-CN': '按 {multiple} 件的倍数补货会超过上限 {max}，本次不补货，请调整起订量或上限',
    'en-US': 'A multiple of {multiple} would take stock above the upper limit {max}: no reorder; adjust the pack size or the limit',
  },
  REORDER_NOT_NEEDED: {
    clause: 'INV-10',
    'zh-CN': '库存位置 {position} 高于补货点 {trigger}，无需补货',
    'en-US': 'Stock position {position} is above the reorder trigger {trigger}: no reorder',
  },
  REORDER_NO_TARGET: {
    clause: 'INV-9',
    'zh-CN': '该商品无上限也无销量数据，无法确定补货数量，请人工补货',
    'en-US': 'No upper limit and no sales to size a reorder: replenish by hand',
  },
  REORDER_AT_TARGET: {
    clause: 'INV-10',
    'zh-CN': '库存位置 {position} 已达补货目标 {target}，无需补货',
    'en-US': 'Stock position {position} already reaches the reorder target {target}: no reorder',
  },
  REORDER_COVERED_BY_INBOUND: {
    clause: 'INV-10',
    'zh-CN': '在途 {inbound} 件已能补足，无需再补货',
    'en-US': 'The {inbound} inbound already cover it: no further reorder',
  },
  DAYS_OF_COVER: {
    clause: 'INV-2',
    'zh-CN': '按日均销量 {avgDailySales}，可售 {daysOfCover} 天',
    'en-US': '{daysOfCover} days of cover at {avgDailySales} sold per day',
  },
  SLOW_MOVING_NO_SALE: {
    clause: 'INV-5',
    'zh-CN': '已 {days} 天无销售（标准 {limit} 天），列为滞销，考虑促销或退回供应商',
    'en-US': 'No sale for {days} days (limit {limit}): slow-moving; clear by promotion or return to the supplier',
  },
  SLOW_MOVING_COVER: {
    clause: 'INV-5',
    'zh-CN': '可售天数 {daysOfCover} 超过 {limit} 天，列为滞销',
    'en-US': '{daysOfCover} days of cover is above {limit}: slow-moving',
  },
  SLOW_MOVING_NEW_ITEM: {
    clause: 'INV-5',
    'zh-CN': '新品（上架 {days} 天，不足 {limit} 天），暂不判断滞销',
    'en-US': 'A new item ({days} days in stock, under {limit}): not judged slow-moving yet',
  },
  MARK_SOLD_OUT: {
    clause: 'INV-11',
    'zh-CN': '断货且 {days} 天内无法补货，商品页标注该款已售罄',
    'en-US': 'Out of stock with no restock within {days} days: mark the variant sold out on the listing',
  },
  REORDER_POINT: {
    clause: 'INV-2',
    'zh-CN': '补货点 {reorderPoint} = 提前期需求 {leadTimeDemand} + 安全库存 {safetyStock}（服务水平 {serviceLevel}，z = {z}）',
    'en-US': 'Reorder point {reorderPoint} = lead-time demand {leadTimeDemand} + safety stock {safetyStock} (service level {serviceLevel}, z = {z})',
  },
  STOCKTAKE_MATCH: {
    clause: 'INV-4',
    'zh-CN': '{sku}：账实相符（{book}）',
    'en-US': '{sku}: book equals count ({book})',
  },
  STOCKTAKE_VARIANCE_WITHIN_TOLERANCE: {
    clause: 'INV-4',
    'zh-CN': '{sku}：账面 {book}，实盘 {counted}，差异 {variance} 在允差 ±{tolerance} 内',
    'en-US': '{sku}: book {book}, counted {counted}, variance {variance} within ±{tolerance}',
  },
  STOCKTAKE_INVESTIGATE: {
    clause: 'INV-4',
    'zh-CN': '{sku}：账面 {book}，实盘 {counted}，差异 {variance} 超出允差 ±{tolerance}，须查明原因并说明',
    'en-US': '{sku}: book {book}, counted {counted}, variance {variance} beyond ±{tolerance}: investigate and explain',
  },
  STOCKTAKE_ACCURACY: {
    clause: 'INV-4',
    'zh-CN': '盘点准确率 {accuracy}%（目标 {target}%）',
    'en-US': 'Record accuracy {accuracy}% (target {target}%)',
  },
  STOCKTAKE_ACCURACY_BELOW_TARGET: {
    clause: 'INV-4',
    'zh-CN': '盘点准确率 {accuracy}% 低于目标 {target}%',
    'en-US': 'Record accuracy {accuracy}% is below the {target}% target',
  },
  RECEIPT_MATCHES: {
    clause: 'INV-7',
    'zh-CN': '到货与采购单一致，检验合格的 {units} 件入库',
    'en-US': 'The receipt matches the purchase order: {units} conforming units enter stock',
  },
  RECEIPT_MISMATCH: {
    clause: 'INV-7',
    'zh-CN': '到货与采购单不符（{differences}），拒收并通知采购/供应商',
    'en-US': 'The receipt does not match the purchase order ({differences}): refused; purchasing and the supplier are told',
  },
  RECEIPT_NON_CONFORMING: {
    clause: 'INV-7',
    'zh-CN': '{sku} 有 {quantity} 件检验不合格，退回厂家，不入库',
    'en-US': '{sku}: {quantity} units failed inspection, go back to the factory and never enter stock',
  },
  OUTBOUND_MATCHES: {
    clause: 'INV-8',
    'zh-CN': '拣货与出库单一致，库存充足，可出库',
    'en-US': 'The pick matches the outbound order and stock covers it: ship',
  },
  OUTBOUND_MISMATCH: {
    clause: 'INV-8',
    'zh-CN': '拣货与出库单不符（{differences}），不得出库',
    'en-US': 'The pick does not match the outbound order ({differences}): do not ship',
  },
  OUTBOUND_SHORT_STOCK: {
    clause: 'INV-8',
    'zh-CN': '{sku} 库存 {available} 件，不足出库 {quantity} 件',
    'en-US': '{sku}: {available} in stock, short of the {quantity} to ship',
  },
});
