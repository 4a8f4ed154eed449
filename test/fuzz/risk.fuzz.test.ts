import type { Context } from '@zhidu/core';
import {
  buildRegister,
  checkSecurityPractices,
  classifyRisk,
  defineMatrix,
  evaluateIndicators,
  matrices,
  renderHeatmap,
  type HeatmapRisk,
  type Reading,
  type RegisterRisk,
  type RiskInput,
  type RiskMatrix,
  type SecurityPracticesInput,
  type Threshold,
} from '@zhidu/risk';
import { describe } from 'vitest';
import { fuzz, noPolicy } from './harness.js';

// Samples copied from packages/risk/test (buildRegister, classifyRisk, evaluateIndicators, securityPractices).
const context: Context = { now: '2026-06-10T12:00:00Z', locale: 'en-US' };
const policies: Readonly<Record<string, RiskMatrix>> = matrices;
const risks: RegisterRisk[] = [
  { id: 'R5', title: '日常运营中的小失误', category: 'operational', likelihood: 1, impact: 1, owner: '客服部' },
  { id: 'R1', title: '客户投诉增多', category: 'operational', likelihood: 2, impact: 1, owner: '客服部' },
  { id: 'R3', title: '平台政策调整', category: 'legal', likelihood: 2, impact: 2, owner: '运营部' },
];
const readings: Reading[] = [
  { indicator: 'complaint_rate', value: 0.04, at: '2026-06-01T00:00:00Z' },
  { indicator: 'store_rating', value: 4.6, at: '2026-06-02T00:00:00Z' },
];
const thresholds: Threshold[] = [
  { indicator: 'complaint_rate', warning: 0.03, alert: 0.05, direction: 'above' },
  { indicator: 'store_rating', warning: 4.7, alert: 4.5, direction: 'below' },
];
const practices: SecurityPracticesInput = { lastBackupAt: '2026-06-10T11:00:00Z', passwordsChangedAt: '2026-05-31T12:00:00Z', customerDataProtected: true };

describe('fuzz @zhidu/risk', () => {
  fuzz({
    name: 'classifyRisk',
    policies,
    sample: () => [{ likelihood: 2, impact: 1 }, context],
    call: ([input, c], matrix) => classifyRisk(input as RiskInput, matrix, c as Context),
  });
  fuzz({ name: 'buildRegister', policies, sample: () => [risks, context], call: ([r, c], matrix) => buildRegister(r as RegisterRisk[], matrix, c as Context) });
  fuzz({
    name: 'renderHeatmap',
    policies,
    sample: (matrix) => [buildRegister(risks, matrix).entries],
    call: ([r], matrix) => renderHeatmap(matrix, r as HeatmapRisk[]),
    returns: 'string',
  });
  fuzz({
    name: 'evaluateIndicators',
    policies: noPolicy,
    sample: () => [readings, thresholds, context],
    call: ([r, t, c]) => evaluateIndicators(r as Reading[], t as Threshold[], c as Context),
  });
  fuzz({
    name: 'checkSecurityPractices',
    policies: noPolicy,
    sample: () => [practices, context],
    call: ([input, c]) => checkSecurityPractices(input as SecurityPracticesInput, c as Context),
  });
  fuzz({
    name: 'defineMatrix',
    policies: noPolicy,
    refusal: 'config',
    sample: () => [structuredClone(matrices.quadrant)],
    call: ([matrix]) => defineMatrix(matrix as never),
    returns: 'json',
  });
});
