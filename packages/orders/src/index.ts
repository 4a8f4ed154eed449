export { orderEventTypes, orderStates } from './types.js';
export { lineTagSchema, orderEventSchema, orderInputSchema, orderLineSchema, orderPolicySchema } from './schema.js';
export { defineOrderPolicy, orderPolicy, presets } from './orderPolicy.js';
export { orderMessages } from './messages.js';
export { readOrder } from './readOrder.js';
export { auditOrder } from './auditOrder.js';
export { startOrder } from './startOrder.js';
export { transition } from './transition.js';
export { parseOrderState } from './parseOrderState.js';
export { parseOrderEvent } from './parseOrderEvent.js';
export { overdue } from './overdue.js';
export { createOrderLifecycle } from './createOrderLifecycle.js';
export { createOrderMachine, orderMachine, restoreOrderSnapshot } from './createOrderMachine.js';
export { safeAuditOrder, safeOverdue, safeParseOrderEvent, safeParseOrderState, safeStartOrder, safeTransition } from './safeVariants.js';

export type {
  HistoryEntry,
  LineTag,
  NotifyTopic,
  Order,
  OrderCommand,
  OrderDeadlines,
  OrderEvent,
  OrderEventType,
  OrderInput,
  OrderItem,
  OrderLine,
  OrderPolicy,
  OrderPolicyInput,
  OrderState,
  OrderStateValue,
  ParsedOrderEvent,
  ParsedOrderState,
  ParsedTransitionResult,
  RecordedEvent,
  RefundCause,
  Shipment,
  TransitionResult,
} from './types.js';
export type { ValidEvent } from './readEvent.js';
export type { ParsedEvent } from './matchEvent.js';
export type { OrderAudit } from './auditOrder.js';
export type { OrderLifecycle } from './createOrderLifecycle.js';
export type { OrderMachine, OrderMachineInput, OrderSnapshot } from './createOrderMachine.js';
export type { OverdueItem, OverdueReport } from './overdueItems.js';
