import { PolicyConfigError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { buildRegister, classifyRisk, defineMatrix, matrices, renderHeatmap, safeDefineMatrix, type RiskMatrix, type RiskMatrixInput } from '../src/index.js';
import { thrown } from './fixtures.js';

/** A valid 3×3 matrix: likelihood rows × impact columns, levels low < medium < high. */
const three: RiskMatrixInput = {
  id: 'three',
  name: '3×3 store matrix',
  likelihood: { name: 'Likelihood', labels: ['seldom', 'sometimes', 'often'], bands: [0.1, 0.5, 1] },
  impact: { name: 'Loss', labels: ['small', 'medium', 'large'], bands: [1_000, 10_000, 100_000] },
  levels: ['low', 'medium', 'high'],
  cells: [
    ['low', 'low', 'medium'],
    ['low', 'medium', 'high'],
    ['medium', 'high', 'high'],
  ],
  responses: [
    ['accept', 'accept', 'transfer'],
    ['accept', 'accept', 'transfer'],
    ['reduce', 'reduce', 'avoid'],
  ],
};

/** `three` with some fields replaced. */
const with_ = (changes: Partial<Record<keyof RiskMatrixInput, unknown>>): RiskMatrixInput => ({ ...three, ...changes }) as RiskMatrixInput;

describe('defineMatrix: a valid custom matrix (RISK-2, RISK-4)', () => {
  it('RISK-2: accepts, freezes and classifies with it, bands included', () => {
    const matrix = defineMatrix(three);
    expect(matrix.cells).toEqual(three.cells);
    expect(Object.isFrozen(matrix)).toBe(true);
    expect(Object.isFrozen(matrix.cells[0])).toBe(true);
    expect(Object.isFrozen(matrix.likelihood.labels)).toBe(true);
    // 0.3 falls in (0.1, 0.5] → sometimes; a loss of 10 000 is exactly the "medium" upper bound.
    expect(classifyRisk({ likelihood: { value: 0.3 }, impact: { value: 10_000 } }, matrix)).toMatchObject({
      level: 'medium',
      score: 4,
      response: 'accept',
      likelihood: { step: 2, label: 'sometimes' },
      impact: { step: 2, label: 'medium' },
    });
    expect(classifyRisk({ likelihood: 'often', impact: { value: 10_001 } }, matrix)).toMatchObject({ level: 'high', score: 9, response: 'avoid' });
  });

  it('RISK-2: a rectangular matrix (2 likelihood steps × 3 impact steps) and a flat one are fine', () => {
    const wide = defineMatrix({
      id: 'wide',
      name: '2×3',
      likelihood: { name: 'l', labels: ['low', 'high'] },
      impact: { name: 'i', labels: ['a', 'b', 'c'] },
      levels: ['ok', 'bad'],
      cells: [
        ['ok', 'ok', 'bad'],
        ['ok', 'bad', 'bad'],
      ],
      responses: [
        ['accept', 'accept', 'transfer'],
        ['reduce', 'avoid', 'avoid'],
      ],
    });
    expect(classifyRisk({ likelihood: 2, impact: 3 }, wide)).toMatchObject({ level: 'bad', score: 6, response: 'avoid' });
    expect(() => defineMatrix(with_({ cells: three.cells.map((row) => row.map(() => 'medium')) }))).not.toThrow();
  });

  it('RISK-4: the shipped matrices pass their own validation again', () => {
    for (const matrix of Object.values(matrices)) expect(defineMatrix(matrix)).toEqual(matrix);
  });
});

describe('defineMatrix: refused with the cells at fault (PolicyConfigError)', () => {
  it('RISK-2: a field of the wrong type is named with what was expected and what came', () => {
    try {
      defineMatrix(with_({ levels: 'low, high' }));
      expect.unreachable('the matrix is refused');
    } catch (error) {
      expect((error as PolicyConfigError).issues).toEqual([{ path: ['levels'], message: 'Expected an array, received a string', code: 'invalid_type' }]);
    }
  });

  it('RISK-2: a matrix with an unknown key is refused, the key named at its own path', () => {
    expect(thrown(() => defineMatrix({ ...with_({}), colour: 'red' } as never))).toEqual({ name: 'PolicyConfigError', paths: ['colour'], codes: ['unrecognized_keys'] });
    try {
      defineMatrix({ ...with_({}), colour: 'red' } as never);
    } catch (error) {
      expect((error as PolicyConfigError).issues[0]?.message).toBe('Unknown key "colour"');
    }
  });

  it('RISK-2: a cell lower than the one to its left (lower impact) is at cells.r.c', () => {
    const cells = [
      ['low', 'low', 'medium'],
      ['low', 'high', 'medium'], // (1,2) medium < high at (1,1)
      ['medium', 'high', 'high'],
    ];
    expect(() => defineMatrix(with_({ cells }))).toThrow(PolicyConfigError);
    expect(thrown(() => defineMatrix(with_({ cells })))).toEqual({ name: 'PolicyConfigError', paths: ['cells.1.2'], codes: ['not_monotone'] });
  });

  it('RISK-2: a cell lower than the one below it (lower likelihood) is at cells.r.c', () => {
    const cells = [
      ['low', 'medium', 'medium'],
      ['low', 'low', 'high'], // (1,1) low < medium at (0,1)
      ['medium', 'high', 'high'],
    ];
    expect(thrown(() => defineMatrix(with_({ cells })))).toEqual({ name: 'PolicyConfigError', paths: ['cells.1.1'], codes: ['not_monotone'] });
  });

  it('RISK-2: a cell lower on both sides is listed once for each', () => {
    const cells = [
      ['low', 'medium', 'medium'],
      ['medium', 'low', 'high'], // (1,1) low < medium below and < medium to its left
      ['medium', 'high', 'high'],
    ];
    expect(thrown(() => defineMatrix(with_({ cells }))).paths).toEqual(['cells.1.1', 'cells.1.1']);
  });

  it('RISK-2: an unknown level is at its cell', () => {
    const cells = [
      ['low', 'low', 'medium'],
      ['low', 'medium', 'severe'],
      ['medium', 'high', 'high'],
    ];
    expect(thrown(() => defineMatrix(with_({ cells })))).toEqual({ name: 'PolicyConfigError', paths: ['cells.1.2'], codes: ['unknown_level'] });
  });

  it('RISK-2: a missing row or an extra column is a wrong shape, in cells and in responses', () => {
    expect(thrown(() => defineMatrix(with_({ cells: three.cells.slice(0, 2) })))).toEqual({ name: 'PolicyConfigError', paths: ['cells'], codes: ['invalid_shape'] });
    const wideRow = [three.cells[0], [...three.cells[1]!, 'high'], three.cells[2]];
    expect(thrown(() => defineMatrix(with_({ cells: wideRow })))).toEqual({ name: 'PolicyConfigError', paths: ['cells.1'], codes: ['invalid_shape'] });
    const shortRow = [three.responses[0], three.responses[1], ['reduce', 'avoid']];
    expect(thrown(() => defineMatrix(with_({ responses: shortRow })))).toEqual({ name: 'PolicyConfigError', paths: ['responses.2'], codes: ['invalid_shape'] });
    expect(thrown(() => defineMatrix(with_({ responses: [...three.responses, ['accept', 'accept', 'accept']] }))).paths).toEqual(['responses']);
  });

  it('RISK-2: duplicate labels on an axis and duplicate levels are refused', () => {
    expect(thrown(() => defineMatrix(with_({ likelihood: { name: 'l', labels: ['seldom', 'often', 'often'] } })))).toEqual({
      name: 'PolicyConfigError',
      paths: ['likelihood.labels'],
      codes: ['duplicate_label'],
    });
    expect(thrown(() => defineMatrix(with_({ impact: { name: 'i', labels: ['x', 'y', 'x'] } }))).paths).toEqual(['impact.labels']);
    expect(thrown(() => defineMatrix(with_({ levels: ['low', 'medium', 'high', 'high'] })))).toMatchObject({ paths: ['levels'], codes: ['duplicate_level'] });
  });

  it('RISK-2: bands must ascend strictly, one per step', () => {
    const axis = (bands: number[]) => ({ likelihood: { name: 'l', labels: ['seldom', 'sometimes', 'often'], bands } });
    expect(thrown(() => defineMatrix(with_(axis([0.5, 0.1, 1]))))).toEqual({ name: 'PolicyConfigError', paths: ['likelihood.bands'], codes: ['invalid_bands'] });
    expect(thrown(() => defineMatrix(with_(axis([0.1, 0.1, 1])))).paths).toEqual(['likelihood.bands']);
    expect(thrown(() => defineMatrix(with_(axis([0.1, 1])))).paths).toEqual(['likelihood.bands']);
    expect(thrown(() => defineMatrix(with_(axis([0.1, 0.5, 0.9, 1])))).paths).toEqual(['likelihood.bands']);
    // too few and descending: both issues
    expect(thrown(() => defineMatrix(with_(axis([1, 0.5]))))).toMatchObject({ paths: ['likelihood.bands', 'likelihood.bands'], codes: ['invalid_bands', 'invalid_bands'] });
    expect(thrown(() => defineMatrix(with_({ impact: { name: 'i', labels: ['small', 'medium', 'large'], bands: [Number.NaN, 2, 3] } }))).name).toBe('PolicyConfigError');
  });

  it('RISK-2: a malformed matrix (an unknown response, one label, an extra key) is refused by the schema', () => {
    expect(thrown(() => defineMatrix(with_({ responses: [['ignore', 'accept', 'accept'], ...three.responses.slice(1)] }))).paths).toEqual(['responses.0.0']);
    expect(thrown(() => defineMatrix(with_({ likelihood: { name: 'l', labels: ['only'] } }))).paths).toEqual(['likelihood.labels']);
    expect(thrown(() => defineMatrix({ ...three, colour: 'red' } as unknown as RiskMatrixInput)).name).toBe('PolicyConfigError');
  });

  it('RISK-2: the error lists every issue at once', () => {
    const broken = with_({
      likelihood: { name: 'l', labels: ['seldom', 'seldom', 'often'], bands: [0.5, 0.1] },
      levels: ['low', 'medium', 'high'],
      cells: [
        ['medium', 'low', 'medium'], // (0,1) lower than its left
        ['low', 'medium', 'extreme'], // (1,0) lower than below; (1,2) unknown
        ['medium', 'high'], // short row
      ],
    });
    const error = thrown(() => defineMatrix(broken));
    expect(error.name).toBe('PolicyConfigError');
    expect(error.paths).toEqual(['likelihood.labels', 'likelihood.bands', 'likelihood.bands', 'cells.2', 'cells.0.1', 'cells.1.0', 'cells.1.2']);
    expect(error.codes).toEqual(['duplicate_label', 'invalid_bands', 'invalid_bands', 'invalid_shape', 'not_monotone', 'not_monotone', 'unknown_level']);
  });

  it('RISK-2: each issue says what is wrong', () => {
    const issues = (input: RiskMatrixInput) => {
      const result = safeDefineMatrix(input);
      return result.ok ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
    };
    expect(
      issues(
        with_({
          likelihood: { name: 'l', labels: ['seldom', 'seldom', 'often'], bands: [0.5, 0.1] },
          impact: { name: 'i', labels: ['small', 'medium', 'large'], bands: [1, 2, 3] },
          levels: ['low', 'medium', 'high', 'high'],
          cells: [
            ['medium', 'low', 'medium'],
            ['low', 'medium', 'extreme'],
            ['medium', 'high', 'high', 'high'],
          ],
          responses: three.responses.slice(0, 2),
        }),
      ),
    ).toEqual([
      ['levels', 'Levels must be distinct'],
      ['likelihood.labels', 'Labels must be distinct'],
      ['likelihood.bands', 'One band per step'],
      ['likelihood.bands', 'Bands must ascend'],
      ['cells.2', 'Expected 3 cells (one per impact step)'],
      ['responses', 'Expected 3 rows (one per likelihood step)'],
      ['cells.0.1', 'Lower than the cell of the lower impact: a matrix must be monotone'],
      ['cells.1.0', 'Lower than the cell of the lower likelihood: a matrix must be monotone'],
      ['cells.1.2', 'Unknown level "extreme"'],
    ]);
  });

  it('RISK-2: a level listed twice is reported once, and the cells are judged by its first place', () => {
    // 'low' listed again as the most severe must not make every 'medium' next to a 'low' look lower.
    expect(thrown(() => defineMatrix(with_({ levels: ['low', 'medium', 'high', 'low'] })))).toEqual({ name: 'PolicyConfigError', paths: ['levels'], codes: ['duplicate_level'] });
  });

  it('RISK-2: safeDefineMatrix returns the error instead of throwing', () => {
    const result = safeDefineMatrix({ ...matrices.quadrant, cells: [['medium', 'low'], ['medium', 'high']] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(PolicyConfigError);
      expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['cells.0.1']);
    }
  });
});

describe('a matrix not made by defineMatrix is checked before it is used (RISK-2)', () => {
  const risk = { id: 'R1', likelihood: 'high', impact: 'high' } as const;

  it('RISK-2: a hand-built matrix that is valid classifies as the same matrix made by defineMatrix', () => {
    const byHand: RiskMatrix = structuredClone(three);
    expect(classifyRisk({ likelihood: 3, impact: 3 }, byHand)).toEqual(classifyRisk({ likelihood: 3, impact: 3 }, defineMatrix(three)));
    expect(renderHeatmap(byHand, [{ ...risk, likelihood: 3, impact: 3 }])).toBe(renderHeatmap(defineMatrix(three), [{ ...risk, likelihood: 3, impact: 3 }]));
  });

  it('RISK-2: a hand-built matrix that is not monotone, or not a matrix at all, is refused with its issues, not read half-way', () => {
    const broken = { ...structuredClone(three), cells: [['low', 'low', 'medium'], ['low', 'high', 'medium'], ['medium', 'high', 'high']] } as unknown as RiskMatrix;
    for (const call of [
      () => classifyRisk({ likelihood: 1, impact: 1 }, broken),
      () => renderHeatmap(broken, []),
      () => buildRegister([{ ...risk, title: 'x', category: 'market', owner: 'ops', likelihood: 1, impact: 1 }], broken),
    ]) {
      expect(thrown(call)).toEqual({ name: 'PolicyConfigError', paths: ['cells.1.2'], codes: ['not_monotone'] });
    }
    for (const notAMatrix of [{}, null, 'quadrant', []]) {
      expect(thrown(() => classifyRisk({ likelihood: 1, impact: 1 }, notAMatrix as unknown as RiskMatrix)).name).toBe('PolicyConfigError');
      expect(thrown(() => renderHeatmap(notAMatrix as unknown as RiskMatrix)).name).toBe('PolicyConfigError');
    }
  });

  it('RISK-2: the shipped matrices and those defineMatrix made are used as they are', () => {
    for (const matrix of Object.values(matrices)) expect(classifyRisk({ likelihood: 1, impact: 1 }, matrix).level).toBe(matrix.cells[0]?.[0]);
  });
});
