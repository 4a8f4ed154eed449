import { kpis } from '../src/index.js';

/**
 * The KPI table of the README and of docs/guide/metrics.md, generated from `kpis`: a docs test
 * checks both hold it exactly, so the docs cannot drift from the code (MET-1).
 */
export function kpiTable(): string {
  const rows = kpis.map(
    (kpi) => `| ${kpi.title['en-US']} · ${kpi.title['zh-CN']} | \`${kpi.name}\` | ${kpi.formula['en-US']} | ${kpi.formula['zh-CN']} | ${kpi.unit} | ${kpi.clause} |`,
  );
  return ['| KPI | function | formula | 统计口径 | value | clause |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
