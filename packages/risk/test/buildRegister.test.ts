import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { buildRegister, matrices, safeBuildRegister, type RegisterRisk } from '../src/index.js';
import { clauses, thrown } from './fixtures.js';

/** A shop's risks on the seed's quadrant, in no particular order (S0 七(一)–(二)). */
const shopRisks: RegisterRisk[] = [
  { id: 'R5', title: '日常运营中的小失误', category: 'operational', likelihood: 'low', impact: 'low', owner: '客服部' },
  { id: 'R1', title: '客户投诉增多', category: 'operational', likelihood: 'high', impact: 'low', owner: '客服部' },
  { id: 'R4', title: '市场竞争加剧', category: 'market', likelihood: 'high', impact: 'low', owner: '市场部' },
  { id: 'R3', title: '平台政策调整', category: 'legal', likelihood: 'high', impact: 'high', owner: '运营部' },
  { id: 'R2', title: '重大自然灾害', category: 'operational', likelihood: 'low', impact: 'high', owner: '仓储部' },
];

const risk = (id: string, likelihood: RegisterRisk['likelihood'], impact: RegisterRisk['impact'], extra: Partial<RegisterRisk> = {}): RegisterRisk => ({
  id,
  title: `risk ${id}`,
  category: 'technical',
  likelihood,
  impact,
  owner: 'IT',
  ...extra,
});

describe('RISK-3: the risk register', () => {
  it('RISK-3: lists each risk with its content, level, response and department, most severe first', () => {
    const register = buildRegister(shopRisks);
    expect(register.matrix).toBe('quadrant');
    // high (R3), then the three medium risks of score 2 by id (R1, R2, R4), then low (R5)
    expect(register.entries.map((e) => [e.rank, e.id, e.level, e.score, e.response])).toEqual([
      [1, 'R3', 'high', 4, 'avoid'],
      [2, 'R1', 'medium', 2, 'reduce'],
      [3, 'R2', 'medium', 2, 'transfer'],
      [4, 'R4', 'medium', 2, 'reduce'],
      [5, 'R5', 'low', 1, 'accept'],
    ]);
    expect(register.entries[0]).toEqual({
      id: 'R3',
      title: '平台政策调整',
      category: 'legal',
      owner: '运营部',
      level: 'high',
      score: 4,
      response: 'avoid',
      likelihood: { step: 2, label: 'high' },
      impact: { step: 2, label: 'high' },
      rank: 1,
    });
  });

  it('RISK-3: sorted by level first, then score, then id (NIST, where the level is not a function of the score)', () => {
    const register = buildRegister(
      [
        risk('A', 5, 1), // very_low, score 5
        risk('E', 1, 4), // low, score 4
        risk('C', 3, 4), // moderate, score 12
        risk('B', 2, 2), // low, score 4
        risk('D', 5, 3), // moderate, score 15
      ],
      matrices.nist,
    );
    expect(register.entries.map((e) => [e.rank, e.id, e.level, e.score])).toEqual([
      [1, 'D', 'moderate', 15],
      [2, 'C', 'moderate', 12],
      [3, 'B', 'low', 4],
      [4, 'E', 'low', 4],
      [5, 'A', 'very_low', 5], // a higher score than B and E, but a lower level
    ]);
  });

  it('RISK-3: risks of the same level and score are ordered by id, whatever the input order', () => {
    const ids = ['E', 'D', 'C', 'B', 'A'];
    for (const order of [ids, [...ids].reverse(), ['C', 'A', 'E', 'B', 'D'], ['B', 'E', 'A', 'D', 'C']]) {
      const register = buildRegister(order.map((id) => risk(id, 'high', 'low')));
      expect(register.entries.map((e) => e.id), order.join('')).toEqual(['A', 'B', 'C', 'D', 'E']);
    }
  });

  it('RISK-3: ranks run 1..n whatever the input order', () => {
    const reversed = buildRegister([...shopRisks].reverse());
    expect(reversed.entries).toEqual(buildRegister(shopRisks).entries);
    expect(reversed.entries.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('RISK-3: on iso5x5 risks may be given by probability, by label or by step', () => {
    const register = buildRegister(
      [
        risk('T1', { value: 0.9 }, 'major'), // almost_certain × major = 20, critical
        risk('T2', 'rare', 5), // 1 × 5 = 5, medium
        risk('T3', 3, 'moderate'), // 9, medium
      ],
      matrices.iso5x5,
    );
    expect(register.matrix).toBe('iso5x5');
    expect(register.entries.map((e) => [e.id, e.level, e.score, e.response])).toEqual([
      ['T1', 'critical', 20, 'avoid'],
      ['T3', 'medium', 9, 'accept'],
      ['T2', 'medium', 5, 'transfer'],
    ]);
  });

  it('RISK-3, RISK-1, RISK-5: the reasons count the register, its categories and its departments', () => {
    const register = buildRegister(shopRisks);
    expect(clauses(register)).toEqual([
      ['RISK_REGISTER', 'RISK-3'],
      ['RISK_CATEGORIES', 'RISK-1'],
      ['RISK_OWNERS', 'RISK-5'],
    ]);
    expect(register.reasons[0]?.params).toEqual({ count: 5, top: 'high' });
    expect(register.reasons[1]?.params).toEqual({ market: 1, legal: 1, credit: 0, technical: 0, operational: 3 });
    expect(register.reasons[1]?.message).toBe('按类别：市场 1，法律 1，信用 0，技术 0，运营 3');
    expect(register.reasons[2]?.params).toEqual({ owners: ['运营部', '客服部', '仓储部', '市场部'] });
    expect(buildRegister(shopRisks, matrices.quadrant, { locale: 'en-US' }).reasons[0]?.message).toBe('A register of 5 risks sorted by severity; the highest level is high');
  });
});

describe('RISK-1, RISK-5: views by category and by owner', () => {
  it('RISK-1: byCategory lists the ids of each category present, most severe first', () => {
    expect(buildRegister(shopRisks).byCategory).toEqual({ legal: ['R3'], operational: ['R1', 'R2', 'R5'], market: ['R4'] });
  });

  it('RISK-5: a department named like an Object member (constructor, toString, __proto__) is listed like any other', () => {
    const register = buildRegister([
      risk('A', 2, 2, { owner: 'constructor' }),
      risk('B', 1, 2, { owner: '__proto__' }),
      risk('C', 1, 1, { owner: 'toString' }),
      risk('D', 1, 1, { owner: 'constructor' }),
    ]);
    expect(Object.entries(register.byOwner)).toEqual([
      ['constructor', ['A', 'D']],
      ['__proto__', ['B']],
      ['toString', ['C']],
    ]);
    expect(Object.getPrototypeOf(register.byOwner)).toBe(Object.prototype);
    expect(register.reasons[2]?.params).toEqual({ owners: ['constructor', '__proto__', 'toString'] });
  });

  it('RISK-1: all five categories of the seed are accepted', () => {
    const categories = ['market', 'legal', 'credit', 'technical', 'operational'] as const;
    const register = buildRegister(categories.map((category, n) => risk(`C${String(n)}`, 1, 1, { category })));
    expect(Object.keys(register.byCategory).sort()).toEqual([...categories].sort());
  });

  it('RISK-5: byOwner lists the ids each department is responsible for, most severe first', () => {
    expect(buildRegister(shopRisks).byOwner).toEqual({ 运营部: ['R3'], 客服部: ['R1', 'R5'], 仓储部: ['R2'], 市场部: ['R4'] });
  });
});

describe('RISK-3: bad registers give PolicyInputError listing each bad risk', () => {
  it('RISK-3: every duplicate id, at the later risk', () => {
    const risks = [risk('A', 1, 1), risk('B', 1, 1), risk('A', 2, 2), risk('B', 2, 2), risk('C', 1, 1)];
    expect(() => buildRegister(risks)).toThrow(PolicyInputError);
    expect(thrown(() => buildRegister(risks))).toEqual({ name: 'PolicyInputError', paths: ['risks.2.id', 'risks.3.id'], codes: ['duplicate_id', 'duplicate_id'] });
  });

  it('RISK-1: every unknown category', () => {
    const risks = [risk('A', 1, 1, { category: 'weather' as 'market' }), risk('B', 1, 1), risk('C', 1, 1, { category: 'Legal' as 'legal' })];
    expect(thrown(() => buildRegister(risks))).toMatchObject({ name: 'PolicyInputError', paths: ['risks.0.category', 'risks.2.category'] });
  });

  it('RISK-2: every step or label off the matrix, with a duplicate id beside them', () => {
    const risks = [risk('A', 3, 1), risk('B', 1, 'huge'), risk('A', 1, 1)];
    expect(thrown(() => buildRegister(risks))).toEqual({
      name: 'PolicyInputError',
      paths: ['risks.0.likelihood', 'risks.1.impact', 'risks.2.id'],
      codes: ['invalid_step', 'invalid_label', 'duplicate_id'],
    });
  });

  it('RISK-3: an unknown category and a duplicate id in the same register are both listed', () => {
    // buildRegister's JSDoc: "@throws PolicyInputError listing every bad risk (unknown category, step out of
    // range, duplicate id)"; PolicyInputError "lists every issue at once".
    const risks = [risk('A', 1, 1, { category: 'weather' as 'market' }), risk('B', 1, 1), risk('B', 1, 1)];
    expect(thrown(() => buildRegister(risks)).paths).toEqual(['risks.0.category', 'risks.2.id']);
  });

  it('RISK-5: a risk without a responsible department is refused', () => {
    expect(thrown(() => buildRegister([risk('A', 1, 1, { owner: '  ' })])).paths).toEqual(['risks.0.owner']);
    const withoutOwner: Record<string, unknown> = { ...risk('A', 1, 1) };
    delete withoutOwner.owner;
    expect(thrown(() => buildRegister([withoutOwner as RegisterRisk])).paths).toEqual(['risks.0.owner']);
  });

  it('RISK-3: a register that is not a list is refused at risks', () => {
    expect(thrown(() => buildRegister({ id: 'R1' } as unknown as RegisterRisk[]))).toMatchObject({ name: 'PolicyInputError', paths: ['risks'] });
  });

  it('RISK-3: a duplicate id names the id', () => {
    const result = safeBuildRegister([risk('R7', 1, 1), risk('R7', 2, 2)]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((issue) => issue.message)).toEqual(['Duplicate id R7']);
  });

  it('RISK-3: safeBuildRegister returns the error instead of throwing', () => {
    const result = safeBuildRegister([{ id: 'R1', title: 'x', category: 'weather' as 'market', likelihood: 1, impact: 1, owner: 'ops' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(PolicyInputError);
  });
});

describe('RISK-3: an empty register', () => {
  it('RISK-3: has no entries, empty views, and says so', () => {
    const register = buildRegister([]);
    expect(register).toMatchObject({ matrix: 'quadrant', entries: [], byCategory: {}, byOwner: {} });
    expect(register.reasons[0]).toMatchObject({ code: 'RISK_REGISTER', clause: 'RISK-3', params: { count: 0, top: null } });
    expect(register.reasons[1]?.params).toEqual({ market: 0, legal: 0, credit: 0, technical: 0, operational: 0 });
    expect(register.reasons[2]?.params).toEqual({ owners: [] });
  });
});
