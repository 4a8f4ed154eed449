import { instantSchema } from '@zhidu/core';
import * as z from 'zod/mini';

const label = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const finite = z.number().check(z.refine((value) => Number.isFinite(value), { message: 'Expected a finite number' }));

/** The four responses of RISK-4. */
export const responseSchema = z.enum(['avoid', 'reduce', 'transfer', 'accept']);

/** The five risk categories of RISK-1. */
export const riskCategorySchema = z.enum(['market', 'legal', 'credit', 'technical', 'operational']);

/** One axis of a matrix: its steps from lowest to highest, and optionally numeric bands (upper bounds, inclusive). */
export const axisSchema = z.strictObject({
  name: label,
  labels: z.array(label).check(z.minLength(2), z.maxLength(10)),
  /** Upper bounds of each step (inclusive), ascending; lets a probability or an amount be classified. */
  bands: z.optional(z.array(finite)),
});

/** A risk matrix as data: likelihood rows × impact columns, each cell a level and a response. */
export const matrixSchema = z.strictObject({
  id: label,
  name: label,
  likelihood: axisSchema,
  impact: axisSchema,
  /** Levels from least to most severe. */
  levels: z.array(label).check(z.minLength(2), z.maxLength(10)),
  /** `cells[likelihoodStep - 1][impactStep - 1]` is the level of that cell. */
  cells: z.array(z.array(label)),
  /** `responses[likelihoodStep - 1][impactStep - 1]` is the response of that cell (RISK-4). */
  responses: z.array(z.array(responseSchema)),
});

/** Likelihood or impact as a step (1…n), a label of the axis, or a number within the axis's bands. */
export const axisValueSchema = z.union([z.int(), label, z.strictObject({ value: finite })]);

/** The input of {@link classifyRisk}. */
export const riskInputSchema = z.strictObject({ likelihood: axisValueSchema, impact: axisValueSchema });

/** One risk of a register (RISK-3): what it is, its category, likelihood, impact and the responsible department. */
export const registerRiskSchema = z.strictObject({
  id: label,
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  category: riskCategorySchema,
  likelihood: axisValueSchema,
  impact: axisValueSchema,
  /** The responsible department (RISK-3, RISK-5). */
  owner: label,
});

/** A reading of a warning indicator (RISK-6). */
export const readingSchema = z.strictObject({ indicator: label, value: finite, at: instantSchema });

/** The thresholds of a warning indicator: reaching the value triggers (RISK-6). */
export const thresholdSchema = z
  .strictObject({ indicator: label, warning: finite, alert: finite, direction: z.enum(['above', 'below']) })
  .check(
    z.refine((t) => (t.direction === 'above' ? t.warning <= t.alert : t.warning >= t.alert), {
      message: 'The warning threshold must come before the alert threshold in the indicator direction',
      path: ['alert'],
    }),
  );
