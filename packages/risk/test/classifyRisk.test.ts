import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { classifyRisk, matrices, safeClassifyRisk, type RiskInput } from '../src/index.js';
import { clauses, thrown } from './fixtures.js';

// Expectations are written by hand from the policy catalog (section 5 and the paragraph on the
// standard scales) and from the seed, S0 七(二)1–4, not read back from the matrices' source.

// ---------------------------------------------------------------------------------------------
// RISK-4: the seed's four quadrants, with its own examples
// ---------------------------------------------------------------------------------------------

describe('RISK-4: response by quadrant on matrices.quadrant (S0 七(二))', () => {
  const cases = [
    // 1. 风险规避：可能性高且影响程度大，如法律法规重大变化、平台政策调整
    { example: '法律法规重大变化 (a major change in law)', likelihood: 'high', impact: 'high', response: 'avoid', level: 'high', score: 4, code: 'RISK_RESPONSE_AVOID' },
    { example: '平台政策调整 (a platform policy change)', likelihood: 'high', impact: 'high', response: 'avoid', level: 'high', score: 4, code: 'RISK_RESPONSE_AVOID' },
    // 2. 风险降低：可能性较高但影响程度较小，如市场竞争加剧、客户投诉增多
    { example: '市场竞争加剧 (more competition)', likelihood: 'high', impact: 'low', response: 'reduce', level: 'medium', score: 2, code: 'RISK_RESPONSE_REDUCE' },
    { example: '客户投诉增多 (more complaints)', likelihood: 'high', impact: 'low', response: 'reduce', level: 'medium', score: 2, code: 'RISK_RESPONSE_REDUCE' },
    // 3. 风险转移：可能性较低但影响程度较大，如重大自然灾害、网络安全事故
    { example: '重大自然灾害 (a natural disaster)', likelihood: 'low', impact: 'high', response: 'transfer', level: 'medium', score: 2, code: 'RISK_RESPONSE_TRANSFER' },
    { example: '网络安全事故 (a security incident)', likelihood: 'low', impact: 'high', response: 'transfer', level: 'medium', score: 2, code: 'RISK_RESPONSE_TRANSFER' },
    // 4. 风险接受：可能性低且影响程度小，如日常运营中的一些小失误
    { example: '日常运营中的小失误 (small daily mistakes)', likelihood: 'low', impact: 'low', response: 'accept', level: 'low', score: 1, code: 'RISK_RESPONSE_ACCEPT' },
  ] as const;

  it.each(cases)('RISK-4: $example → $response', ({ likelihood, impact, response, level, score, code }) => {
    const decision = classifyRisk({ likelihood, impact });
    expect(decision).toMatchObject({ response, level, score });
    expect(clauses(decision)).toEqual([
      ['RISK_ASSESSED', 'RISK-2'],
      [code, 'RISK-4'],
    ]);
  });

  it('RISK-4: the quadrant is the default matrix, and steps 1..2 mean the same as the labels', () => {
    expect(classifyRisk({ likelihood: 2, impact: 2 }, matrices.quadrant)).toEqual(classifyRisk({ likelihood: 'high', impact: 'high' }));
    expect(classifyRisk({ likelihood: 2, impact: 1 }).response).toBe('reduce');
    expect(classifyRisk({ likelihood: 1, impact: 2 }).response).toBe('transfer');
    expect(classifyRisk({ likelihood: 1, impact: 1 }).response).toBe('accept');
  });

  it('RISK-4: the reason quotes the seed (zh-CN by default), its examples included', () => {
    const messages = (likelihood: string, impact: string) => classifyRisk({ likelihood, impact }).reasons[1]?.message;
    expect(messages('high', 'high')).toContain('风险规避');
    expect(messages('high', 'high')).toContain('平台政策调整');
    expect(messages('high', 'low')).toContain('客户投诉增多');
    expect(messages('low', 'high')).toContain('购买保险');
    expect(messages('low', 'high')).toContain('网络安全事故');
    expect(messages('low', 'low')).toContain('风险接受');
  });

  it('RISK-4: on the 5×5 matrices the quadrants are steps 4–5 ("high") against 1–3', () => {
    for (const matrix of [matrices.iso5x5, matrices.nist]) {
      expect(classifyRisk({ likelihood: 4, impact: 4 }, matrix).response).toBe('avoid');
      expect(classifyRisk({ likelihood: 5, impact: 5 }, matrix).response).toBe('avoid');
      expect(classifyRisk({ likelihood: 4, impact: 3 }, matrix).response).toBe('reduce');
      expect(classifyRisk({ likelihood: 5, impact: 1 }, matrix).response).toBe('reduce');
      expect(classifyRisk({ likelihood: 3, impact: 4 }, matrix).response).toBe('transfer');
      expect(classifyRisk({ likelihood: 1, impact: 5 }, matrix).response).toBe('transfer');
      expect(classifyRisk({ likelihood: 3, impact: 3 }, matrix).response).toBe('accept');
      expect(classifyRisk({ likelihood: 1, impact: 1 }, matrix).response).toBe('accept');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// RISK-2: likelihood and impact, by step, by label, by banded value
// ---------------------------------------------------------------------------------------------

describe('RISK-2: likelihood and impact on iso5x5', () => {
  it('RISK-2: by step and by label alike', () => {
    const byStep = classifyRisk({ likelihood: 3, impact: 4 }, matrices.iso5x5);
    const byLabel = classifyRisk({ likelihood: 'possible', impact: 'major' }, matrices.iso5x5);
    expect(byLabel).toEqual(byStep);
    expect(byStep).toMatchObject({
      level: 'high',
      score: 12,
      response: 'transfer',
      likelihood: { step: 3, label: 'possible' },
      impact: { step: 4, label: 'major' },
    });
  });

  it.each([
    [0, 'rare', 1],
    [0.05, 'rare', 1],
    [0.0500001, 'unlikely', 2],
    [0.2, 'unlikely', 2],
    [0.2000001, 'possible', 3],
    [0.5, 'possible', 3],
    [0.8, 'likely', 4],
    [0.81, 'almost_certain', 5],
    [1, 'almost_certain', 5],
  ])('RISK-2: a probability of %s is %s (bands are inclusive upper bounds)', (value, label, step) => {
    expect(classifyRisk({ likelihood: { value }, impact: 'minor' }, matrices.iso5x5).likelihood).toEqual({ step, label });
  });

  it.each([1.01, -0.1])('RISK-2: a probability of %s is off the bands: PolicyInputError at likelihood.value', (value) => {
    expect(() => classifyRisk({ likelihood: { value }, impact: 1 }, matrices.iso5x5)).toThrow(PolicyInputError);
    expect(thrown(() => classifyRisk({ likelihood: { value }, impact: 1 }, matrices.iso5x5))).toEqual({
      name: 'PolicyInputError',
      paths: ['likelihood.value'],
      codes: ['out_of_bands'],
    });
  });

  it('RISK-2: the score bands of iso5x5 at their edges: 4 low / 5 medium, 9 medium / 10 high, 12 high / 15 critical', () => {
    // 1–4 low, 5–9 medium, 10–14 high, 15–25 critical. 14 is not a product of two steps of 1..5:
    // the highest "high" score on the grid is 12, the lowest "critical" is 15.
    const at = (likelihood: number, impact: number) => {
      const { score, level } = classifyRisk({ likelihood, impact }, matrices.iso5x5);
      return [score, level];
    };
    expect(at(2, 2)).toEqual([4, 'low']);
    expect(at(4, 1)).toEqual([4, 'low']);
    expect(at(1, 4)).toEqual([4, 'low']);
    expect(at(5, 1)).toEqual([5, 'medium']);
    expect(at(1, 5)).toEqual([5, 'medium']);
    expect(at(3, 3)).toEqual([9, 'medium']);
    expect(at(2, 5)).toEqual([10, 'high']);
    expect(at(5, 2)).toEqual([10, 'high']);
    expect(at(3, 4)).toEqual([12, 'high']);
    expect(at(4, 3)).toEqual([12, 'high']);
    expect(at(3, 5)).toEqual([15, 'critical']);
    expect(at(5, 3)).toEqual([15, 'critical']);
    expect(at(5, 5)).toEqual([25, 'critical']);
  });

  it('RISK-2: the whole iso5x5 grid, worked out from score = likelihood × impact and the banding', () => {
    const L = 'low';
    const M = 'medium';
    const H = 'high';
    const C = 'critical';
    // rows: likelihood rare..almost_certain; columns: insignificant..catastrophic
    const expected = [
      [L, L, L, L, M], // 1 2 3 4 5
      [L, L, M, M, H], // 2 4 6 8 10
      [L, M, M, H, C], // 3 6 9 12 15
      [L, M, H, C, C], // 4 8 12 16 20
      [M, H, C, C, C], // 5 10 15 20 25
    ];
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      for (let impact = 1; impact <= 5; impact++) {
        expect(classifyRisk({ likelihood, impact }, matrices.iso5x5).level, `${String(likelihood)}×${String(impact)}`).toBe(expected[likelihood - 1]![impact - 1]);
      }
    }
  });

  it('RISK-2: NIST SP 800-30 Rev. 1 Table I-2, cell by cell as the catalog states it', () => {
    // Catalog: likelihood rows VH/H/M/L/VL × impact columns VL..VH:
    //   VH and H rows → VL L M H VH; M → VL L M M H; L → VL L L L M; VL → VL VL VL L L.
    const VL = 'very_low';
    const L = 'low';
    const M = 'moderate';
    const H = 'high';
    const VH = 'very_high';
    const table: Record<string, string[]> = {
      very_high: [VL, L, M, H, VH],
      high: [VL, L, M, H, VH],
      moderate: [VL, L, M, M, H],
      low: [VL, L, L, L, M],
      very_low: [VL, VL, VL, L, L],
    };
    const impacts = [VL, L, M, H, VH];
    for (const [likelihood, row] of Object.entries(table)) {
      impacts.forEach((impact, column) => {
        expect(classifyRisk({ likelihood, impact }, matrices.nist).level, `${likelihood} × ${impact}`).toBe(row[column]);
      });
    }
    // and the JSDoc example of matrices: cells[2][4] is moderate likelihood × very high impact.
    expect(matrices.nist.cells[2]?.[4]).toBe('high');
  });

  it('RISK-2: the reason gives the matrix, both steps with their labels, the score and the level', () => {
    const decision = classifyRisk({ likelihood: { value: 0.3 }, impact: 'major' }, matrices.iso5x5);
    expect(decision.reasons[0]).toEqual({
      code: 'RISK_ASSESSED',
      clause: 'RISK-2',
      message: '按“5×5 likelihood × consequence (ISO 31000 / IEC 31010 style)”评估：可能性 possible（3/5），影响 major（4/5），得分 12，等级 high',
      params: {
        matrix: '5×5 likelihood × consequence (ISO 31000 / IEC 31010 style)',
        likelihood: 'possible',
        likelihoodStep: 3,
        likelihoodSteps: 5,
        impact: 'major',
        impactStep: 4,
        impactSteps: 5,
        score: 12,
        level: 'high',
      },
    });
  });

  it('RISK-2, RISK-4: reasons are zh-CN by default and en-US when the context asks', () => {
    const input = { likelihood: 'high', impact: 'low' } as const;
    const zh = classifyRisk(input);
    const en = classifyRisk(input, matrices.quadrant, { locale: 'en-US' });
    expect(zh.reasons.map((r) => r.message)).toEqual([
      '按“S0 response quadrant (RISK-4)”评估：可能性 high（2/2），影响 low（1/2），得分 2，等级 medium',
      '发生可能性较高但影响较小：风险降低（如市场竞争加剧、客户投诉增多）',
    ]);
    expect(en.reasons.map((r) => r.message)).toEqual([
      'Assessed on "S0 response quadrant (RISK-4)": likelihood high (2/2), impact low (1/2), score 2, level medium',
      'High likelihood, low impact: reduce the risk (e.g. more competition, more complaints)',
    ]);
    expect(en.reasons.map((r) => r.code)).toEqual(zh.reasons.map((r) => r.code));
    expect(classifyRisk(input, matrices.quadrant, { locale: 'zh-CN' })).toEqual(zh);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------------

describe('RISK-2: bad input gives PolicyInputError with the path', () => {
  const bad: [string, RiskInput, string, string][] = [
    ['step 0', { likelihood: 0, impact: 1 }, 'likelihood', 'invalid_step'],
    ['step 6 on a 5-step axis', { likelihood: 1, impact: 6 }, 'impact', 'invalid_step'],
    ['step 1.5', { likelihood: 1.5, impact: 1 }, 'likelihood', 'invalid_union'],
    ['an unknown label', { likelihood: 'rare', impact: 'huge' }, 'impact', 'invalid_label'],
    ['a label of the other axis', { likelihood: 'minor', impact: 'minor' }, 'likelihood', 'invalid_label'],
    ['{ value } on an axis without bands', { likelihood: 1, impact: { value: 0.5 } }, 'impact', 'no_bands'],
  ];

  it.each(bad)('RISK-2: %s on iso5x5', (_, input, path, code) => {
    expect(() => classifyRisk(input, matrices.iso5x5)).toThrow(PolicyInputError);
    expect(thrown(() => classifyRisk(input, matrices.iso5x5))).toMatchObject({ name: 'PolicyInputError', paths: [path], codes: [code] });
  });

  it('RISK-2: on the quadrant, step 3 and { value } (no bands at all) are refused', () => {
    expect(thrown(() => classifyRisk({ likelihood: 3, impact: 1 }))).toMatchObject({ paths: ['likelihood'], codes: ['invalid_step'] });
    expect(thrown(() => classifyRisk({ likelihood: { value: 0.5 }, impact: 1 }))).toMatchObject({ paths: ['likelihood'], codes: ['no_bands'] });
    expect(thrown(() => classifyRisk({ likelihood: 'very_high', impact: 1 }))).toMatchObject({ paths: ['likelihood'], codes: ['invalid_label'] });
  });

  it('RISK-2: a missing axis or an extra key is refused by the schema', () => {
    expect(thrown(() => classifyRisk({ likelihood: 1 } as unknown as RiskInput)).paths).toEqual(['impact']);
    expect(thrown(() => classifyRisk({ likelihood: 1, impact: 1, owner: 'x' } as unknown as RiskInput)).name).toBe('PolicyInputError');
  });

  it('RISK-2: each issue says what the axis accepts', () => {
    const messages = (input: RiskInput) => {
      const result = safeClassifyRisk(input, matrices.iso5x5);
      return result.ok ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.code, issue.message]);
    };
    expect(messages({ likelihood: 6, impact: 1 })).toEqual([['likelihood', 'invalid_step', 'Expected a step from 1 to 5']]);
    expect(messages({ likelihood: 1, impact: 'huge' })).toEqual([['impact', 'invalid_label', 'Expected one of insignificant, minor, moderate, major, catastrophic']]);
    expect(messages({ likelihood: 1, impact: { value: 3 } })).toEqual([['impact', 'no_bands', 'The consequence axis has no numeric bands']]);
    expect(messages({ likelihood: { value: 1.5 }, impact: 1 })).toEqual([['likelihood.value', 'out_of_bands', 'Expected a value from 0 to 1']]);
  });

  it('RISK-2: safeClassifyRisk returns the error instead of throwing', () => {
    const result = safeClassifyRisk({ likelihood: 9, impact: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(PolicyInputError);
    const ok = safeClassifyRisk({ likelihood: 1, impact: 1 });
    expect(ok.ok && ok.value.response).toBe('accept');
  });
});
