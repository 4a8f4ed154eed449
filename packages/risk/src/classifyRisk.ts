import { createReason, parseInput, PolicyInputError, resolveContext, type Context, type Locale, type Reason } from '@zhidu/core';
import { checkMatrix } from './defineMatrix.js';
import { matrices } from './matrices.js';
import { riskMessages } from './messages.js';
import { riskInputSchema } from './schema.js';
import type { AxisValue, RiskClassification, RiskInput, RiskMatrix, RiskResponse } from './types.js';

const responseCodes = {
  avoid: 'RISK_RESPONSE_AVOID',
  reduce: 'RISK_RESPONSE_REDUCE',
  transfer: 'RISK_RESPONSE_TRANSFER',
  accept: 'RISK_RESPONSE_ACCEPT',
} as const satisfies Record<RiskResponse, keyof typeof riskMessages>;

/** The step (1…n) of a value on an axis: a step number, a label, or a number placed by the bands. */
export function axisStep(axis: RiskMatrix['likelihood'], value: AxisValue, path: readonly (string | number)[]): number {
  const steps = axis.labels.length;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1 && value <= steps) return value;
    throw new PolicyInputError([{ path: [...path], message: `Expected a step from 1 to ${String(steps)}`, code: 'invalid_step' }]);
  }
  if (typeof value === 'string') {
    const index = axis.labels.indexOf(value);
    if (index >= 0) return index + 1;
    throw new PolicyInputError([{ path: [...path], message: `Expected one of ${axis.labels.join(', ')}`, code: 'invalid_label' }]);
  }
  const bands = axis.bands;
  if (bands === undefined) throw new PolicyInputError([{ path: [...path], message: `The ${axis.name} axis has no numeric bands`, code: 'no_bands' }]);
  const index = bands.findIndex((upper) => value.value <= upper);
  if (index < 0 || value.value < 0) {
    throw new PolicyInputError([{ path: [...path, 'value'], message: `Expected a value from 0 to ${String(bands.at(-1))}`, code: 'out_of_bands' }]);
  }
  return index + 1;
}

/**
 * Classifies a risk on a matrix (internal form: steps already known).
 *
 * @internal
 */
export function classifySteps(matrix: RiskMatrix, likelihood: number, impact: number, locale: Locale): RiskClassification {
  const level = matrix.cells[likelihood - 1]?.[impact - 1] ?? matrix.levels[0] ?? '';
  const response = matrix.responses[likelihood - 1]?.[impact - 1] ?? 'accept';
  const score = likelihood * impact;
  // Stryker disable next-line StringLiteral: the step was checked by axisStep against these very labels, so the label always exists
  const likelihoodLabel = matrix.likelihood.labels[likelihood - 1] ?? '';
  // Stryker disable next-line StringLiteral: the step was checked by axisStep against these very labels, so the label always exists
  const impactLabel = matrix.impact.labels[impact - 1] ?? '';
  const reasons: Reason[] = [
    createReason(
      riskMessages,
      'RISK_ASSESSED',
      {
        matrix: matrix.name,
        likelihood: likelihoodLabel,
        likelihoodStep: likelihood,
        likelihoodSteps: matrix.likelihood.labels.length,
        impact: impactLabel,
        impactStep: impact,
        impactSteps: matrix.impact.labels.length,
        score,
        level,
      },
      locale,
    ),
    createReason(riskMessages, responseCodes[response], undefined, locale),
  ];
  return { level, score, response, likelihood: { step: likelihood, label: likelihoodLabel }, impact: { step: impact, label: impactLabel }, reasons };
}

/**
 * Classifies a risk by likelihood and impact (RISK-2) on a matrix: its level, its score
 * (likelihood step × impact step) and the response of RISK-4 — avoid, reduce, transfer or accept.
 * Likelihood and impact are a step (1…n), a label of the axis, or `{ value }` (a probability, an
 * amount) where the matrix defines bands.
 *
 * @param input - `{ likelihood, impact }`
 * @param matrix - the matrix; the seed's 2×2 quadrant by default
 * @param context - the locale of the reasons (zh-CN by default)
 * @returns `{ level, score, response, likelihood, impact, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} when a step is out of range, a label unknown, or a value outside the bands
 * @example
 * classifyRisk({ likelihood: 'high', impact: 'high' })
 * //=> { level: 'high', score: 4, response: 'avoid', … }
 * classifyRisk({ likelihood: { value: 0.3 }, impact: 'major' }, matrices.iso5x5).level
 * //=> 'high'
 */
export function classifyRisk(input: RiskInput, matrix: RiskMatrix = matrices.quadrant, context?: Context): RiskClassification {
  const parsed = parseInput(riskInputSchema, input);
  matrix = checkMatrix(matrix);
  const { locale } = resolveContext(context, { timeZone: 'UTC', locale: 'zh-CN' });
  const likelihood = axisStep(matrix.likelihood, parsed.likelihood, ['likelihood']);
  const impact = axisStep(matrix.impact, parsed.impact, ['impact']);
  return classifySteps(matrix, likelihood, impact, locale);
}

