import { writeFileSync } from 'node:fs';
import { buildRegister, matrices, renderHeatmap, type RegisterRisk, type RiskMatrix } from '@zhidu/risk';
import { type BatchCommand } from './batchCommand.js';
import { CliError } from './CliError.js';
import { num, text, type CsvRecord } from './csvFields.js';

/** A risk from a CSV row. Columns: id, title, category, likelihood, impact (a step or a label), owner. */
export function riskFromCsv(record: CsvRecord): unknown {
  return {
    id: text(record, 'id'),
    title: text(record, 'title'),
    category: text(record, 'category'),
    likelihood: num(record, 'likelihood'),
    impact: num(record, 'impact'),
    owner: text(record, 'owner'),
  };
}

/** The matrix of `--matrix`: the seed's 2×2 quadrant by default. */
function matrixOf(name: string | undefined): RiskMatrix {
  const all = matrices as Readonly<Record<string, RiskMatrix>>;
  const matrix = all[name ?? 'quadrant'];
  if (matrix === undefined) throw new CliError(`Unknown risk matrix "${name ?? ''}": expected ${Object.keys(all).join(', ')}`);
  return matrix;
}

/**
 * `zhidu risk register <risks> [--heatmap out.svg]`: the register sorted by severity, each risk with
 * its level and response (RISK-3..5). Each risk is checked as it is read; the register is sorted
 * at the end, so it holds the good risks in memory (a register has hundreds, not millions).
 */
export const riskRegister: BatchCommand = {
  group: 'risk',
  verb: 'register',
  description: 'build the risk register (one risk a row), sorted by severity; --heatmap writes an SVG heat map',
  noun: 'risks',
  columns: [
    { key: 'rank', width: 4 },
    { key: 'line', width: 6 },
    { key: 'id', width: 8 },
    { key: 'title', width: 24 },
    { key: 'category', width: 11 },
    { key: 'owner', width: 10 },
    { key: 'likelihood', width: 10 },
    { key: 'impact', width: 10 },
    { key: 'level', width: 10 },
    { key: 'score', width: 5 },
    { key: 'response', width: 8 },
  ],
  fromCsv: riskFromCsv,
  prepare(options, context) {
    const matrix = matrixOf(options.matrix);
    const risks: RegisterRisk[] = [];
    const lines = new Map<string, number>();
    return {
      evaluate(value, line) {
        const risk = value as RegisterRisk;
        buildRegister([risk], matrix, context);
        const seen = lines.get(risk.id);
        if (seen !== undefined) throw new Error(`id: the risk ${JSON.stringify(risk.id)} is already on line ${String(seen)}`);
        lines.set(risk.id, line);
        risks.push(risk);
        return undefined;
      },
      finish() {
        const register = buildRegister(risks, matrix, context);
        if (options.heatmap !== undefined) {
          try {
            writeFileSync(options.heatmap, renderHeatmap(matrix, register.entries));
          } catch (error) {
            throw new CliError(`Cannot write the heat map ${options.heatmap}: ${(error as Error).message}`);
          }
        }
        return register.entries.map((entry) => ({
          cells: {
            rank: entry.rank,
            line: lines.get(entry.id) ?? null,
            id: entry.id,
            title: entry.title,
            category: entry.category,
            owner: entry.owner,
            likelihood: entry.likelihood.label,
            impact: entry.impact.label,
            level: entry.level,
            score: entry.score,
            response: entry.response,
          },
          decision: entry,
        }));
      },
      summary: () => (options.heatmap === undefined ? undefined : `Heat map written to ${options.heatmap}\n`),
    };
  },
};
