import { collectIssues, parseInput, PolicyInputError, type PolicyIssue } from '@zhidu/core';
import * as z from 'zod/mini';
import { axisStep } from './classifyRisk.js';
import { checkMatrix } from './defineMatrix.js';
import { axisValueSchema } from './schema.js';
import type { AxisValue, RiskMatrix } from './types.js';

/** A risk to place on a heat map: its id and where it sits. */
export interface HeatmapRisk {
  readonly id: string;
  readonly likelihood: AxisValue | { readonly step: number };
  readonly impact: AxisValue | { readonly step: number };
}

const risksSchema = z.array(
  z.looseObject({
    id: z.string().check(z.minLength(1), z.maxLength(80)),
    likelihood: z.union([axisValueSchema, z.looseObject({ step: z.int() })]),
    impact: z.union([axisValueSchema, z.looseObject({ step: z.int() })]),
  }),
);

// XML 1.0 forbids most control characters even when escaped: they are dropped.
// eslint-disable-next-line no-control-regex
const escape = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/gu, '').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** Green → amber → red across the levels. */
function colour(index: number, count: number): string {
  const t = count <= 1 ? 1 : index / (count - 1);
  const hue = Math.round(120 * (1 - t));
  return `hsl(${String(hue)}, 70%, ${String(Math.round(78 - 20 * t))}%)`;
}

/**
 * Draws a risk matrix as an SVG heat map — one cell per likelihood × impact cell, coloured by level
 * from green to red, labelled with its level, the axes labelled — with the risks of a register
 * placed in their cells by id. For the docs site and host dashboards.
 *
 * @param matrix - the matrix
 * @param risks - risks to place (register entries, or `{ id, likelihood, impact }` as steps, labels or values)
 * @returns the SVG document as a string
 * @throws {@link @zhidu/core!PolicyInputError} when a risk's likelihood or impact is not on the matrix
 * @example
 * renderHeatmap(matrices.quadrant, [{ id: 'R1', likelihood: 'high', impact: 'high' }]).startsWith('<svg')
 * //=> true
 */
export function renderHeatmap(matrix: RiskMatrix, risks: readonly HeatmapRisk[] = []): string {
  matrix = checkMatrix(matrix);
  const parsed = parseInput(risksSchema, risks, ['risks']);
  const issues: PolicyIssue[] = [];
  const stepOf = (axis: RiskMatrix['likelihood'], value: unknown, path: (string | number)[]) =>
    typeof value === 'object' && value !== null && 'step' in value
      ? collectIssues(issues, () => axisStep(axis, (value as { step: number }).step, path))
      : collectIssues(issues, () => axisStep(axis, value as AxisValue, path));
  const placed = new Map<string, string[]>();
  parsed.forEach((risk, index) => {
    const l = stepOf(matrix.likelihood, risk.likelihood, ['risks', index, 'likelihood']);
    const i = stepOf(matrix.impact, risk.impact, ['risks', index, 'impact']);
    // Stryker disable next-line LogicalOperator: a risk with a likelihood or impact off the matrix has its issue collected and renderHeatmap throws before drawing, so whether it was placed is never seen
    if (l === undefined || i === undefined) return;
    const key = `${String(l)},${String(i)}`;
    placed.set(key, [...(placed.get(key) ?? []), risk.id]);
  });
  if (issues.length > 0) throw new PolicyInputError(issues);

  const rows = matrix.likelihood.labels.length;
  const columns = matrix.impact.labels.length;
  const cellW = 96;
  const cellH = 64;
  const left = 120;
  const top = 32;
  const width = left + columns * cellW + 16;
  const height = top + rows * cellH + 72;
  const rank = new Map(matrix.levels.map((level, index) => [level, index]));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" role="img" aria-label="${escape(matrix.name)}" font-family="sans-serif" font-size="12">`,
    `<title>${escape(matrix.name)}</title>`,
    `<text x="${String(left)}" y="20" font-weight="bold">${escape(matrix.name)}</text>`,
  ];
  for (let r = 0; r < rows; r += 1) {
    const likelihood = rows - r; // the highest likelihood at the top
    const y = top + r * cellH;
    parts.push(`<text class="likelihood" x="${String(left - 8)}" y="${String(y + cellH / 2 + 4)}" text-anchor="end">${escape(matrix.likelihood.labels[likelihood - 1] ?? '')}</text>`);
    for (let c = 0; c < columns; c += 1) {
      const impact = c + 1;
      const x = left + c * cellW;
      const level = matrix.cells[likelihood - 1]?.[impact - 1] ?? '';
      const ids = placed.get(`${String(likelihood)},${String(impact)}`) ?? [];
      parts.push(
        `<g class="cell" data-likelihood="${String(likelihood)}" data-impact="${String(impact)}" data-level="${escape(level)}">`,
        `<rect x="${String(x)}" y="${String(y)}" width="${String(cellW)}" height="${String(cellH)}" fill="${colour(rank.get(level) ?? 0, matrix.levels.length)}" stroke="#fff" stroke-width="2"/>`,
        `<text x="${String(x + 6)}" y="${String(y + 16)}" fill="#333">${escape(level)}</text>`,
      );
      ids.forEach((id, n) => {
        parts.push(`<text class="risk" x="${String(x + 6)}" y="${String(y + 32 + n * 14)}" font-weight="bold">${escape(id)}</text>`);
      });
      parts.push('</g>');
    }
  }
  for (let c = 0; c < columns; c += 1) {
    parts.push(`<text class="impact" x="${String(left + c * cellW + cellW / 2)}" y="${String(top + rows * cellH + 18)}" text-anchor="middle">${escape(matrix.impact.labels[c] ?? '')}</text>`);
  }
  parts.push(`<text x="${String(left + (columns * cellW) / 2)}" y="${String(top + rows * cellH + 44)}" text-anchor="middle" font-style="italic">${escape(matrix.impact.name)} →</text>`);
  parts.push(`<text x="16" y="${String(top + (rows * cellH) / 2)}" font-style="italic">${escape(matrix.likelihood.name)} ↑</text>`);
  parts.push('</svg>');
  return parts.join('');
}
