import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kpiTable } from './kpiTable.js';

const root = join(import.meta.dirname, '..');

describe('docs', () => {
  it('MET-1: the README and the guide hold the KPI table generated from kpis', () => {
    const table = kpiTable();
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(table);
    expect(readFileSync(join(root, '..', '..', 'docs', 'guide', 'metrics.md'), 'utf8')).toContain(table);
  });
});
