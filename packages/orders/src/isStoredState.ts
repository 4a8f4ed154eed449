import { isIntAtLeast, isDecimalString, isMoneyValue, isNullableString, isRecord, isString, keyCount } from './shapeChecks.js';
import { orderStates, type OrderState } from './types.js';

const stateValues: ReadonlySet<unknown> = new Set(orderStates);
const shortageResolutions: ReadonlySet<unknown> = new Set([null, 'exchange', 'backorder']);
const exceptionKinds: ReadonlySet<unknown> = new Set(['delayed', 'lost', 'damaged']);

function isItem(value: unknown): boolean {
  return isRecord(value) && isString(value.sku) && isIntAtLeast(value.quantity, 1) && keyCount(value) === 2;
}

function isItems(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value as readonly unknown[]) if (!isItem(item)) return false;
  return true;
}

function isLine(value: unknown): boolean {
  if (!isRecord(value) || !isString(value.sku) || !isIntAtLeast(value.quantity, 1) || !isDecimalString(value.unitPrice) || keyCount(value) !== 4) return false;
  const tags = value.tags;
  if (!Array.isArray(tags)) return false;
  for (const tag of tags as readonly unknown[]) if (!isString(tag)) return false;
  return true;
}

function isOrder(value: unknown): boolean {
  if (!isRecord(value) || keyCount(value) !== 10) return false;
  if (!isString(value.id) || !isString(value.currency) || !isString(value.placedAt)) return false;
  const customer = value.customer;
  if (!isRecord(customer) || !isString(customer.name) || !isString(customer.phone) || !isString(customer.address) || keyCount(customer) !== 3) return false;
  const lines = value.lines;
  if (!Array.isArray(lines) || lines.length === 0) return false;
  for (const line of lines as readonly unknown[]) if (!isLine(line)) return false;
  if (!isDecimalString(value.shipping) || !isDecimalString(value.discount) || !isDecimalString(value.total)) return false;
  // `payment` is a loose object in the schema: other keys may ride along.
  const payment = value.payment;
  if (payment !== null && !(isRecord(payment) && isString(payment.method))) return false;
  return isNullableString(value.note);
}

function isShipment(value: unknown): boolean {
  if (!isRecord(value) || !isString(value.carrier) || !isString(value.trackingNumber) || !isString(value.shippedAt) || keyCount(value) !== 4) return false;
  const nodes = value.nodes;
  if (!Array.isArray(nodes)) return false;
  for (const node of nodes as readonly unknown[]) {
    if (!isRecord(node) || !isString(node.at) || !isNullableString(node.node) || keyCount(node) !== 2) return false;
  }
  return true;
}

/**
 * Whether a value is an order state as the lifecycle writes it — the shape of
 * `orderStateShapeSchema`, checked by hand for the common case (plain JSON objects, amounts as
 * decimal strings). `true` means the schema accepts it too; `false` means "ask the schema", which
 * may still accept it (a number amount, a class instance) or reports what is wrong.
 *
 * @internal
 */
export function isStoredState(value: unknown): value is OrderState {
  if (!isRecord(value) || keyCount(value) !== 16) return false;
  if (!stateValues.has(value.value) || !isIntAtLeast(value.version, 0)) return false;
  if (!isString(value.policyVersion) || !isString(value.timeZone) || (value.locale !== 'zh-CN' && value.locale !== 'en-US')) return false;
  if (!isOrder(value.order) || !isNullableString(value.warehouse) || !isItems(value.toShip)) return false;
  const shortage = value.shortage;
  if (shortage !== null && !(isRecord(shortage) && isItems(shortage.lines) && shortageResolutions.has(shortage.resolution) && keyCount(shortage) === 2)) return false;
  const shipments = value.shipments;
  if (!Array.isArray(shipments)) return false;
  for (const shipment of shipments as readonly unknown[]) if (!isShipment(shipment)) return false;
  const exception = value.exception;
  if (exception !== null && !(isRecord(exception) && exceptionKinds.has(exception.kind) && isString(exception.reportedAt) && keyCount(exception) === 2)) return false;
  if (!isNullableString(value.deliveredAt)) return false;
  const deadlines = value.deadlines;
  if (!isRecord(deadlines) || !isNullableString(deadlines.paymentDueAt) || !isNullableString(deadlines.shipBy) || !isNullableString(deadlines.afterSalesUntil) || keyCount(deadlines) !== 3) {
    return false;
  }
  if ((value.paid !== null && !isMoneyValue(value.paid)) || !isMoneyValue(value.refunded)) return false;
  return Array.isArray(value.history);
}
