import type { Decision, DeepReadonly } from '@zhidu/core';
import type * as z from 'zod/mini';
import type { axisValueSchema, matrixSchema, readingSchema, registerRiskSchema, responseSchema, riskCategorySchema, riskInputSchema, thresholdSchema } from './schema.js';

/** A response of RISK-4. */
export type RiskResponse = z.output<typeof responseSchema>;
/** A category of RISK-1. */
export type RiskCategory = z.output<typeof riskCategorySchema>;
/** A risk matrix as data (validated and frozen by {@link defineMatrix}). */
export type RiskMatrix = DeepReadonly<z.output<typeof matrixSchema>>;
/** A matrix as written before {@link defineMatrix} checks it. */
export type RiskMatrixInput = DeepReadonly<z.input<typeof matrixSchema>>;
/** Likelihood or impact as a step, a label, or `{ value }` within the axis's bands. */
export type AxisValue = DeepReadonly<z.input<typeof axisValueSchema>>;
/** The input of {@link classifyRisk}. */
export type RiskInput = DeepReadonly<z.input<typeof riskInputSchema>>;
/** A risk of a register. */
export type RegisterRisk = DeepReadonly<z.input<typeof registerRiskSchema>>;
/** A reading of an indicator. */
export type Reading = DeepReadonly<z.input<typeof readingSchema>>;
/** The thresholds of an indicator. */
export type Threshold = DeepReadonly<z.input<typeof thresholdSchema>>;

/** A classified risk. */
export type RiskClassification = Decision<{
  readonly level: string;
  /** Likelihood step × impact step. */
  readonly score: number;
  readonly response: RiskResponse;
  readonly likelihood: { readonly step: number; readonly label: string };
  readonly impact: { readonly step: number; readonly label: string };
}>;

/** One entry of a risk register. */
export interface RegisterEntry {
  readonly id: string;
  readonly title: string;
  readonly category: RiskCategory;
  readonly owner: string;
  readonly level: string;
  readonly score: number;
  readonly response: RiskResponse;
  readonly likelihood: { readonly step: number; readonly label: string };
  readonly impact: { readonly step: number; readonly label: string };
  /** 1 for the most severe. */
  readonly rank: number;
}

/** A risk register (RISK-3), sorted by severity, with views by category and by owner. */
export type RiskRegister = Decision<{
  readonly matrix: string;
  readonly entries: readonly RegisterEntry[];
  readonly byCategory: Readonly<Partial<Record<RiskCategory, readonly string[]>>>;
  readonly byOwner: Readonly<Record<string, readonly string[]>>;
}>;

/** The status of one indicator (RISK-6). */
export interface IndicatorResult {
  readonly indicator: string;
  readonly status: 'ok' | 'warning' | 'alert' | 'no_data';
  /** The latest reading, if any. */
  readonly value: number | null;
  readonly at: string | null;
  readonly warning: number;
  readonly alert: number;
  readonly direction: 'above' | 'below';
  /** The direction of the readings over time (least squares), `null` with fewer than two readings. */
  readonly trend: 'rising' | 'falling' | 'flat' | null;
  readonly readings: number;
}

/** The indicators evaluated (RISK-6). */
export type IndicatorReport = Decision<{ readonly results: readonly IndicatorResult[] }>;
