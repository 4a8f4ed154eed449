import { toSafe } from '@zhidu/core';
import { buildRegister } from './buildRegister.js';
import { classifyRisk } from './classifyRisk.js';
import { defineMatrix } from './defineMatrix.js';
import { evaluateIndicators } from './evaluateIndicators.js';

/**
 * {@link classifyRisk} that returns a result instead of throwing.
 * @example
 * safeClassifyRisk({ likelihood: 9, impact: 1 }).ok
 * //=> false
 */
export const safeClassifyRisk = /* @__PURE__ */ toSafe(classifyRisk);

/**
 * {@link buildRegister} that returns a result instead of throwing.
 * @example
 * safeBuildRegister([{ id: 'R1', title: 'x', category: 'weather', likelihood: 1, impact: 1, owner: 'ops' }]).ok
 * //=> false
 */
export const safeBuildRegister = /* @__PURE__ */ toSafe(buildRegister);

/**
 * {@link evaluateIndicators} that returns a result instead of throwing.
 * @example
 * safeEvaluateIndicators([{ indicator: 'x', value: Number.NaN, at: '2026-06-01T00:00:00Z' }], []).ok
 * //=> false
 */
export const safeEvaluateIndicators = /* @__PURE__ */ toSafe(evaluateIndicators);

/**
 * {@link defineMatrix} that returns a result instead of throwing.
 * @example
 * safeDefineMatrix({ ...matrices.quadrant, cells: [['medium', 'low'], ['medium', 'high']] }).ok
 * //=> false
 */
export const safeDefineMatrix = /* @__PURE__ */ toSafe(defineMatrix);
