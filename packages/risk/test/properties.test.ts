import { fc, test } from '@fast-check/vitest';
import { PolicyConfigError } from '@zhidu/core';
import { describe, expect } from 'vitest';
import { classifyRisk, defineMatrix, matrices, type RiskMatrix, type RiskMatrixInput } from '../src/index.js';

const shipped = Object.entries<RiskMatrix>(matrices);
const responses = ['avoid', 'reduce', 'transfer', 'accept'];
const levelIndex = (matrix: RiskMatrix, likelihood: number, impact: number) => matrix.levels.indexOf(classifyRisk({ likelihood, impact }, matrix).level);

/** A shipped matrix with a step pair on it (1-based). */
const onMatrix = fc.constantFrom(...shipped).chain(([name, matrix]) =>
  fc.record({
    name: fc.constant(name),
    matrix: fc.constant(matrix),
    likelihood: fc.integer({ min: 1, max: matrix.likelihood.labels.length }),
    impact: fc.integer({ min: 1, max: matrix.impact.labels.length }),
  }),
);

describe('properties of the shipped matrices (RISK-2, RISK-4)', () => {
  test.prop([onMatrix])('RISK-2: raising the likelihood never lowers the level', ({ matrix, likelihood, impact }) => {
    const rows = matrix.likelihood.labels.length;
    for (let higher = likelihood; higher <= rows; higher++) {
      expect(levelIndex(matrix, higher, impact)).toBeGreaterThanOrEqual(levelIndex(matrix, likelihood, impact));
    }
  });

  test.prop([onMatrix])('RISK-2: raising the impact never lowers the level', ({ matrix, likelihood, impact }) => {
    const columns = matrix.impact.labels.length;
    for (let higher = impact; higher <= columns; higher++) {
      expect(levelIndex(matrix, likelihood, higher)).toBeGreaterThanOrEqual(levelIndex(matrix, likelihood, impact));
    }
  });

  test.prop([onMatrix])('RISK-4: every step pair classifies, to a known level and one of the four responses', ({ matrix, likelihood, impact }) => {
    const decision = classifyRisk({ likelihood, impact }, matrix);
    expect(matrix.levels).toContain(decision.level);
    expect(responses).toContain(decision.response);
    expect(decision.likelihood).toEqual({ step: likelihood, label: matrix.likelihood.labels[likelihood - 1] });
    expect(decision.impact).toEqual({ step: impact, label: matrix.impact.labels[impact - 1] });
    // by label it is the same decision
    expect(classifyRisk({ likelihood: decision.likelihood.label, impact: decision.impact.label }, matrix)).toEqual(decision);
  });

  test.prop([onMatrix])('RISK-2: score === likelihood step × impact step', ({ matrix, likelihood, impact }) => {
    expect(classifyRisk({ likelihood, impact }, matrix).score).toBe(likelihood * impact);
  });

  test.prop([onMatrix])('RISK-4: the response follows the quadrant: "high" is above the middle step of each axis', ({ matrix, likelihood, impact }) => {
    const highL = likelihood > (matrix.likelihood.labels.length + 1) / 2;
    const highI = impact > (matrix.impact.labels.length + 1) / 2;
    const expected = highL && highI ? 'avoid' : highL ? 'reduce' : highI ? 'transfer' : 'accept';
    expect(classifyRisk({ likelihood, impact }, matrix).response).toBe(expected);
  });

  test.prop([fc.double({ min: 0, max: 1, noNaN: true })])('RISK-2: every probability in [0, 1] lands on the iso5x5 likelihood axis, at the first band that holds it', (value) => {
    const bands = [0.05, 0.2, 0.5, 0.8, 1];
    const expected = bands.findIndex((upper) => value <= upper) + 1;
    expect(classifyRisk({ likelihood: { value }, impact: 1 }, matrices.iso5x5).likelihood.step).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Random matrices for defineMatrix
// ---------------------------------------------------------------------------------------------

/** Level ranks made monotone by a running maximum over the lower row and the left cell. */
function monotone(grid: number[][]): number[][] {
  const out: number[][] = [];
  grid.forEach((row, r) => {
    const next: number[] = [];
    row.forEach((value, c) => {
      next.push(Math.max(value, out[r - 1]?.[c] ?? 0, next[c - 1] ?? 0));
    });
    out.push(next);
  });
  return out;
}

const shape = fc.record({ rows: fc.integer({ min: 2, max: 6 }), columns: fc.integer({ min: 2, max: 6 }), levels: fc.integer({ min: 2, max: 6 }) });

/** A random matrix: its shape and a grid of level ranks (not yet monotone). */
const randomGrid = shape.chain(({ rows, columns, levels }) =>
  fc.record({
    rows: fc.constant(rows),
    columns: fc.constant(columns),
    levels: fc.constant(levels),
    grid: fc.array(fc.array(fc.integer({ min: 0, max: levels - 1 }), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    responses: fc.array(fc.array(fc.constantFrom('avoid', 'reduce', 'transfer', 'accept'), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    cell: fc.record({ r: fc.nat(), c: fc.nat() }),
  }),
);

function toMatrix(rows: number, columns: number, levels: number, ranks: number[][], responses: string[][]): RiskMatrixInput {
  const names = Array.from({ length: levels }, (_, i) => `L${String(i)}`);
  return {
    id: 'random',
    name: 'random matrix',
    likelihood: { name: 'likelihood', labels: Array.from({ length: rows }, (_, i) => `l${String(i + 1)}`) },
    impact: { name: 'impact', labels: Array.from({ length: columns }, (_, i) => `i${String(i + 1)}`) },
    levels: names,
    cells: ranks.map((row) => row.map((rank) => names[rank]!)),
    responses: responses as RiskMatrixInput['responses'],
  };
}

describe('defineMatrix on random matrices (RISK-2)', () => {
  test.prop([randomGrid])('RISK-2: accepts every monotone matrix, and classifies every cell as written', ({ rows, columns, levels, grid, responses: resp }) => {
    const ranks = monotone(grid);
    const matrix = defineMatrix(toMatrix(rows, columns, levels, ranks, resp));
    for (let l = 1; l <= rows; l++) {
      for (let i = 1; i <= columns; i++) {
        const decision = classifyRisk({ likelihood: l, impact: i }, matrix);
        expect(decision.level).toBe(`L${String(ranks[l - 1]![i - 1]!)}`);
        expect(decision.response).toBe(resp[l - 1]![i - 1]);
      }
    }
  });

  test.prop([randomGrid])('RISK-2: refuses every matrix with a decreasing step, naming the cell', ({ rows, columns, levels, grid, responses: resp, cell }) => {
    const ranks = monotone(grid);
    // A cell other than (0, 0), made lower than the cell before it (below when it has one, else to its left).
    let r = cell.r % rows;
    const c = cell.c % columns;
    if (r === 0 && c === 0) r = 1;
    const [pr, pc] = r > 0 ? [r - 1, c] : [r, c - 1];
    ranks[pr]![pc] = levels - 1;
    ranks[r]![c] = 0;
    let error: unknown;
    try {
      defineMatrix(toMatrix(rows, columns, levels, ranks, resp));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PolicyConfigError);
    const issues = (error as PolicyConfigError).issues;
    expect(issues.map((issue) => issue.code)).toContain('not_monotone');
    expect(issues.map((issue) => issue.path.join('.'))).toContain(`cells.${String(r)}.${String(c)}`);
    expect(issues.every((issue) => issue.code === 'not_monotone' && issue.path[0] === 'cells')).toBe(true);
  });
});
