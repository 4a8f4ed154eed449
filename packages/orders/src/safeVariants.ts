import { toSafe } from '@zhidu/core';
import { auditOrder } from './auditOrder.js';
import { overdue } from './overdue.js';
import { parseOrderEvent } from './parseOrderEvent.js';
import { parseOrderState } from './parseOrderState.js';
import { startOrder } from './startOrder.js';
import { transition } from './transition.js';

/**
 * {@link startOrder} that returns a result instead of throwing.
 * @example
 * safeStartOrder({ id: 'SO-1' }).ok
 * //=> false
 */
export const safeStartOrder = /* @__PURE__ */ toSafe(startOrder);

/**
 * {@link transition} that returns a result instead of throwing on malformed input; a refusal is
 * still `{ ok: true, value: { ok: false, error } }`.
 * @example
 * safeTransition(state, { type: 'TELEPORT' }).ok
 * //=> false
 */
export const safeTransition = /* @__PURE__ */ toSafe(transition);

/**
 * {@link auditOrder} that returns a result instead of throwing.
 * @example
 * safeAuditOrder({ ...order, total: '1.005' }).ok
 * //=> false
 */
export const safeAuditOrder = /* @__PURE__ */ toSafe(auditOrder);

/**
 * {@link overdue} that returns a result instead of throwing.
 * @example
 * safeOverdue(state, presets.generic, { now: 'yesterday' }).ok
 * //=> false
 */
export const safeOverdue = /* @__PURE__ */ toSafe(overdue);

/**
 * {@link parseOrderState} that returns a result instead of throwing.
 * @example
 * safeParseOrderState({ ...state, value: 'lost' }).ok
 * //=> false
 */
export const safeParseOrderState = /* @__PURE__ */ toSafe(parseOrderState);

/**
 * {@link parseOrderEvent} that returns a result instead of throwing.
 * @example
 * safeParseOrderEvent({ type: 'TELEPORT', at: '2026-03-01T10:00:00Z' }, 'CNY').ok
 * //=> false
 */
export const safeParseOrderEvent = /* @__PURE__ */ toSafe(parseOrderEvent);
