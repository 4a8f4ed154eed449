import { defineMatrix } from './defineMatrix.js';
import type { RiskMatrix, RiskResponse } from './types.js';

/** RISK-4's quadrants for any size: "high" is above the middle step of each axis. */
function quadrantResponses(rows: number, columns: number): RiskResponse[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const highLikelihood = r + 1 > (rows + 1) / 2;
      const highImpact = c + 1 > (columns + 1) / 2;
      if (highLikelihood && highImpact) return 'avoid';
      if (highLikelihood) return 'reduce';
      if (highImpact) return 'transfer';
      return 'accept';
    }),
  );
}

const band5x5 = (score: number) => (score <= 4 ? 'low' : score <= 9 ? 'medium' : score <= 14 ? 'high' : 'critical');

/**
 * The matrices zhidu ships.
 *
 * - `quadrant`: the seed's 2×2 (S0 七(二), RISK-4): high likelihood and high impact → avoid; high
 *   likelihood, low impact → reduce; low likelihood, high impact → transfer; both low → accept.
 * - `iso5x5`: a 5×5 likelihood × consequence matrix in the ISO 31000 / IEC 31010 style; the score
 *   (1–25) is banded 1–4 low, 5–9 medium, 10–14 high, 15–25 critical (a common banding: the
 *   standards set no scales); likelihood bands as probabilities (≤ 5%, 20%, 50%, 80%, 100%).
 * - `nist`: NIST SP 800-30 Rev. 1 Table I-2, likelihood × impact (very low … very high).
 *
 * Responses by quadrant (RISK-4) in every matrix: "high" is above the middle step of an axis.
 *
 * @example
 * matrices.nist.cells[2]?.[4]
 * //=> 'high'
 */
export const matrices: { readonly quadrant: RiskMatrix; readonly iso5x5: RiskMatrix; readonly nist: RiskMatrix } = {
  quadrant: /* @__PURE__ */ defineMatrix({
    id: 'quadrant',
    name: 'S0 response quadrant (RISK-4)',
    likelihood: { name: 'likelihood', labels: ['low', 'high'] },
    impact: { name: 'impact', labels: ['low', 'high'] },
    levels: ['low', 'medium', 'high'],
    cells: [
      ['low', 'medium'],
      ['medium', 'high'],
    ],
    responses: quadrantResponses(2, 2),
  }),
  iso5x5: /* @__PURE__ */ defineMatrix({
    id: 'iso5x5',
    name: '5×5 likelihood × consequence (ISO 31000 / IEC 31010 style)',
    likelihood: { name: 'likelihood', labels: ['rare', 'unlikely', 'possible', 'likely', 'almost_certain'], bands: [0.05, 0.2, 0.5, 0.8, 1] },
    impact: { name: 'consequence', labels: ['insignificant', 'minor', 'moderate', 'major', 'catastrophic'] },
    levels: ['low', 'medium', 'high', 'critical'],
    cells: Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => band5x5((r + 1) * (c + 1)))),
    responses: quadrantResponses(5, 5),
  }),
  nist: /* @__PURE__ */ defineMatrix({
    id: 'nist',
    name: 'NIST SP 800-30 Rev. 1, Table I-2',
    likelihood: { name: 'likelihood', labels: ['very_low', 'low', 'moderate', 'high', 'very_high'] },
    impact: { name: 'impact', labels: ['very_low', 'low', 'moderate', 'high', 'very_high'] },
    levels: ['very_low', 'low', 'moderate', 'high', 'very_high'],
    cells: [
      ['very_low', 'very_low', 'very_low', 'low', 'low'],
      ['very_low', 'low', 'low', 'low', 'moderate'],
      ['very_low', 'low', 'moderate', 'moderate', 'high'],
      ['very_low', 'low', 'moderate', 'high', 'very_high'],
      ['very_low', 'low', 'moderate', 'high', 'very_high'],
    ],
    responses: quadrantResponses(5, 5),
  }),
};
