import { collectIssues, createReason, parseInput, PolicyInputError, resolveContext, type Context, type PolicyIssue } from '@zhidu/core';
import * as z from 'zod/mini';
import { axisStep, classifySteps } from './classifyRisk.js';
import { checkMatrix } from './defineMatrix.js';
import { matrices } from './matrices.js';
import { riskMessages } from './messages.js';
import { registerRiskSchema } from './schema.js';
import type { RegisterEntry, RegisterRisk, RiskCategory, RiskMatrix, RiskRegister } from './types.js';

const categories: readonly RiskCategory[] = ['market', 'legal', 'credit', 'technical', 'operational'];

/**
 * Builds a risk register (RISK-3): each risk with its category (RISK-1), responsible department
 * (RISK-5), level, score and response on the matrix; sorted by severity (level, then score, then
 * id), with views by category and by owner.
 *
 * @param risks - the risks
 * @param matrix - the matrix; the seed's 2×2 quadrant by default
 * @param context - the locale of the reasons
 * @returns `{ matrix, entries, byCategory, byOwner, reasons }`
 * @throws {@link @zhidu/core!PolicyInputError} listing every bad risk (unknown category, step out of range, duplicate id)
 * @example
 * buildRegister([
 *   { id: 'R1', title: '平台规则调整', category: 'legal', likelihood: 'high', impact: 'high', owner: '运营部' },
 *   { id: 'R2', title: '客户投诉增多', category: 'operational', likelihood: 'high', impact: 'low', owner: '客服部' },
 * ]).entries.map((entry) => [entry.id, entry.response])
 * //=> [['R1', 'avoid'], ['R2', 'reduce']]
 */
export function buildRegister(risks: readonly RegisterRisk[], matrix: RiskMatrix = matrices.quadrant, context?: Context): RiskRegister {
  // Each risk is read on its own, so one bad risk does not hide the issues of the others.
  parseInput(z.array(z.unknown()).check(z.maxLength(100_000)), risks, ['risks']);
  matrix = checkMatrix(matrix);
  const issues: PolicyIssue[] = [];
  const parsed = (risks as readonly unknown[]).flatMap((risk, index) => {
    const read = collectIssues(issues, () => parseInput(registerRiskSchema, risk, ['risks', index]));
    return read === undefined ? [] : [{ ...read, index }];
  });
  const { locale } = resolveContext(context, { timeZone: 'UTC', locale: 'zh-CN' });
  const ids = new Set<string>();
  const rank = new Map(matrix.levels.map((level, index) => [level, index]));
  const unsorted = parsed.flatMap((risk) => {
    const { index } = risk;
    if (ids.has(risk.id)) issues.push({ path: ['risks', index, 'id'], message: `Duplicate id ${risk.id}`, code: 'duplicate_id' });
    ids.add(risk.id);
    const likelihood = collectIssues(issues, () => axisStep(matrix.likelihood, risk.likelihood, ['risks', index, 'likelihood']));
    const impact = collectIssues(issues, () => axisStep(matrix.impact, risk.impact, ['risks', index, 'impact']));
    // Stryker disable next-line LogicalOperator,ArrayDeclaration: a risk with a likelihood or impact off the matrix has its issue collected and buildRegister throws before any entry is read, so what it returns here is never seen
    if (likelihood === undefined || impact === undefined) return [];
    const classified = classifySteps(matrix, likelihood, impact, locale);
    return [{ risk, classified }];
  });
  if (issues.length > 0) throw new PolicyInputError(issues);
  unsorted.sort(
    (a, b) =>
      (rank.get(b.classified.level) ?? 0) - (rank.get(a.classified.level) ?? 0) ||
      b.classified.score - a.classified.score ||
      (a.risk.id < b.risk.id ? -1 : a.risk.id > b.risk.id ? 1 : 0),
  );
  const entries: RegisterEntry[] = unsorted.map(({ risk, classified }, index) => ({
    id: risk.id,
    title: risk.title,
    category: risk.category,
    owner: risk.owner,
    level: classified.level,
    score: classified.score,
    response: classified.response,
    likelihood: classified.likelihood,
    impact: classified.impact,
    rank: index + 1,
  }));
  const byCategory: Partial<Record<RiskCategory, string[]>> = {};
  // A Map, not an object: a department may be named like an Object member ('constructor', '__proto__').
  const owners = new Map<string, string[]>();
  for (const entry of entries) {
    (byCategory[entry.category] ??= []).push(entry.id);
    const ids = owners.get(entry.owner);
    if (ids === undefined) owners.set(entry.owner, [entry.id]);
    else ids.push(entry.id);
  }
  const byOwner: Record<string, string[]> = Object.fromEntries(owners);
  const count = (category: RiskCategory) => byCategory[category]?.length ?? 0;
  const reasons = [
    createReason(riskMessages, 'RISK_REGISTER', { count: entries.length, top: entries[0]?.level ?? null }, locale),
    createReason(riskMessages, 'RISK_CATEGORIES', Object.fromEntries(categories.map((category) => [category, count(category)])), locale),
    createReason(riskMessages, 'RISK_OWNERS', { owners: Object.keys(byOwner) }, locale),
  ];
  return { matrix: matrix.id, entries, byCategory, byOwner, reasons };
}
