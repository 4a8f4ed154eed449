import { deepFreeze, fromZodIssues, PolicyConfigError, type PolicyIssue } from '@zhidu/core';
import { safeParse } from 'zod/mini';
import { matrixSchema } from './schema.js';
import type { RiskMatrix, RiskMatrixInput } from './types.js';

/**
 * Validates a risk matrix and freezes it: every cell has a level and a response, the levels are
 * known, numeric bands (when given) ascend with one per step, and the matrix is **monotone** — a
 * higher likelihood or a higher impact never gives a lower level. A matrix that breaks a rule is
 * refused with every cell at fault.
 *
 * @param matrix - the matrix as data
 * @returns the frozen matrix
 * @throws {@link @zhidu/core!PolicyConfigError} listing every issue (e.g. `cells.2.1: lower than the cell to its left`)
 * @example
 * defineMatrix({
 *   id: 'simple', name: 'Simple 2×2',
 *   likelihood: { name: 'Likelihood', labels: ['low', 'high'] }, impact: { name: 'Impact', labels: ['low', 'high'] },
 *   levels: ['low', 'high'], cells: [['low', 'low'], ['low', 'high']],
 *   responses: [['accept', 'transfer'], ['reduce', 'avoid']],
 * }).cells[1]?.[1]
 * //=> 'high'
 */
export function defineMatrix(matrix: RiskMatrixInput): RiskMatrix {
  const parsed = safeParse(matrixSchema, matrix, { reportInput: true });
  if (!parsed.success) throw new PolicyConfigError(fromZodIssues(parsed.error.issues));
  const m = parsed.data;
  const issues: PolicyIssue[] = [];
  const rows = m.likelihood.labels.length;
  const columns = m.impact.labels.length;
  const rank = new Map<string, number>();
  m.levels.forEach((level, index) => {
    if (!rank.has(level)) rank.set(level, index);
  });
  if (new Set(m.levels).size !== m.levels.length) issues.push({ path: ['levels'], message: 'Levels must be distinct', code: 'duplicate_level' });
  for (const [name, axis] of [['likelihood', m.likelihood], ['impact', m.impact]] as const) {
    if (new Set(axis.labels).size !== axis.labels.length) issues.push({ path: [name, 'labels'], message: 'Labels must be distinct', code: 'duplicate_label' });
    if (axis.bands !== undefined) {
      if (axis.bands.length !== axis.labels.length) issues.push({ path: [name, 'bands'], message: 'One band per step', code: 'invalid_bands' });
      // Stryker disable next-line OptionalChaining,UnaryOperator: inside this block the bands exist and index > 0, so the previous band is always there and the -Infinity fallback is never used
      if (axis.bands.some((band, index) => index > 0 && band <= (axis.bands?.[index - 1] ?? -Infinity))) {
        issues.push({ path: [name, 'bands'], message: 'Bands must ascend', code: 'invalid_bands' });
      }
    }
  }
  for (const [name, grid] of [['cells', m.cells], ['responses', m.responses]] as const) {
    if (grid.length !== rows) issues.push({ path: [name], message: `Expected ${String(rows)} rows (one per likelihood step)`, code: 'invalid_shape' });
    grid.forEach((row, r) => {
      if (row.length !== columns) issues.push({ path: [name, r], message: `Expected ${String(columns)} cells (one per impact step)`, code: 'invalid_shape' });
    });
  }
  m.cells.forEach((row, r) => {
    row.forEach((level, c) => {
      const here = rank.get(level);
      if (here === undefined) {
        issues.push({ path: ['cells', r, c], message: `Unknown level ${JSON.stringify(level)}`, code: 'unknown_level' });
        return;
      }
      // Stryker disable next-line StringLiteral,OptionalChaining: row r − 1 exists when r > 0; the fallback key only has to be a text that is no level, and levels are trimmed and non-empty, so '' and any other non-level text give the same undefined
      const below = r > 0 ? rank.get(m.cells[r - 1]?.[c] ?? '') : undefined;
      // Stryker disable next-line StringLiteral: row[c - 1] is the cell just read before this one in the same row, so the fallback is never used
      const left = c > 0 ? rank.get(row[c - 1] ?? '') : undefined;
      if (below !== undefined && here < below) issues.push({ path: ['cells', r, c], message: 'Lower than the cell of the lower likelihood: a matrix must be monotone', code: 'not_monotone' });
      if (left !== undefined && here < left) issues.push({ path: ['cells', r, c], message: 'Lower than the cell of the lower impact: a matrix must be monotone', code: 'not_monotone' });
    });
  });
  if (issues.length > 0) throw new PolicyConfigError(issues);
  const frozen = deepFreeze<typeof m>(m);
  made.add(frozen);
  return frozen;
}

/** The matrices defineMatrix made (the shipped ones among them): checked, frozen, trusted as they are. */
const made = new WeakSet();

/**
 * The matrix a call was given, checked: one defineMatrix made is used as it is; anything else (a
 * matrix built by hand, read from a file, or not a matrix at all) is checked as defineMatrix checks
 * it, on every call, and refused with every issue rather than read half-way.
 *
 * @internal
 */
export function checkMatrix(matrix: unknown): RiskMatrix {
  // WeakSet#has is false for anything that is not an object, so it needs no guard.
  if (made.has(matrix as WeakKey)) return matrix as RiskMatrix;
  return defineMatrix(matrix as RiskMatrixInput);
}
