export {
  inventoryPolicySchema,
  limitsSchema,
  marginSchema,
  outboundInputSchema,
  receiptInputSchema,
  reorderPointInputSchema,
  stockItemSchema,
  stocktakeLineSchema,
} from './schema.js';
export { defineInventoryPolicy, inventoryPolicy, presets } from './inventoryPolicy.js';
export { inventoryMessages } from './messages.js';
export { classifyStock } from './classifyStock.js';
export { createStockClassifier } from './createStockClassifier.js';
export { reorderPoint } from './reorderPoint.js';
export { normalQuantile } from './normalQuantile.js';
export { reconcileStocktake } from './reconcileStocktake.js';
export { checkReceipt } from './checkReceipt.js';
export { checkOutbound } from './checkOutbound.js';
export { safeCheckOutbound, safeCheckReceipt, safeClassifyStock, safeReconcileStocktake, safeReorderPoint } from './safeVariants.js';

export type {
  GoodsDifference,
  InventoryPolicy,
  InventoryPolicyInput,
  OutboundCheck,
  OutboundInput,
  ReceiptCheck,
  ReceiptInput,
  ReorderPointInput,
  ReorderPointResult,
  StockClassification,
  StockItem,
  StockLevel,
  StocktakeLine,
  StocktakeResult,
  StocktakeResultLine,
} from './types.js';
export type { StockClassifier } from './createStockClassifier.js';
