import { describe, expect, it } from 'vitest';
import { clauseIds, clauses, getClause, isClauseId, listClauses } from '../src/index.js';

describe('clauses', () => {
  it('has one entry per catalog id, in catalog order, keyed by its own id', () => {
    expect(listClauses().map((clause) => clause.id)).toEqual([...clauseIds]);
    for (const id of clauseIds) expect(clauses[id].id).toBe(id);
  });

  it('gives every clause a title and a text in zh-CN and en-US, and a source', () => {
    for (const clause of listClauses()) {
      expect(clause.title['zh-CN'].trim(), clause.id).not.toBe('');
      expect(clause.title['en-US'].trim(), clause.id).not.toBe('');
      expect(clause.text['zh-CN'].trim(), clause.id).not.toBe('');
      expect(clause.text['en-US'].trim(), clause.id).not.toBe('');
      expect(clause.source.trim(), clause.id).not.toBe('');
      expect(clause.id.startsWith(`${clause.family}-`), clause.id).toBe(true);
      expect(/[\u4e00-\u9fff]/u.test(clause.text['zh-CN']), `${clause.id} zh-CN text is Chinese`).toBe(true);
    }
  });

  it('names the seeds its source cites, and an authority for rules from law or practice', () => {
    for (const clause of listClauses()) {
      const cited = [...new Set(clause.source.match(/S[0-3]/gu) ?? [])].sort();
      expect([...clause.seeds].sort(), clause.id).toEqual(cited);
      if (clause.origin !== 'seed') expect(clause.authority, clause.id).toBeTruthy();
    }
  });

  it('keeps the numbers of the threshold rules (PAY-4: over 15 minutes; PAY-2: 26 days)', () => {
    expect(clauses['PAY-4'].text['zh-CN']).toContain('15');
    expect(clauses['PAY-4'].text['en-US']).toContain('15');
    expect(clauses['PAY-2'].text['en-US']).toContain('26');
    expect(clauses['RET-7'].text['en-US']).toContain('7');
  });

  it('looks ids up', () => {
    expect(isClauseId('RET-7')).toBe(true);
    expect(isClauseId('RET-99')).toBe(false);
    expect(isClauseId('toString')).toBe(false);
    expect(getClause('ORD-11')?.id).toBe('ORD-11');
    expect(getClause('nope')).toBeUndefined();
  });
});
