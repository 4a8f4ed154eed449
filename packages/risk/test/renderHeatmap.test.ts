import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { PolicyInputError } from '@zhidu/core';
import { describe, expect, it } from 'vitest';
import { buildRegister, classifyRisk, defineMatrix, matrices, renderHeatmap, type RegisterRisk, type RiskMatrix } from '../src/index.js';
import { thrown } from './fixtures.js';

/** Parses the SVG as XML, failing on any warning or error of the parser. */
function parse(svg: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(svg, 'image/svg+xml');
}

const elements = (doc: Document, tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const cells = (doc: Document): Element[] => elements(doc, 'g').filter((g) => g.getAttribute('class') === 'cell');
const cellAt = (doc: Document, likelihood: number, impact: number): Element | undefined =>
  cells(doc).find((g) => g.getAttribute('data-likelihood') === String(likelihood) && g.getAttribute('data-impact') === String(impact));
/** The ids of the risks drawn in a cell. */
const risksIn = (cell: Element | undefined): string[] =>
  cell === undefined ? [] : Array.from(cell.getElementsByTagName('text')).filter((t) => t.getAttribute('class') === 'risk').map((t) => t.textContent ?? '');

const shipped = Object.entries<RiskMatrix>(matrices);

describe('renderHeatmap: the SVG of a matrix (RISK-2, RISK-3)', () => {
  it('RISK-2: (the harness) the strict parser refuses malformed XML and an unescaped ampersand', () => {
    expect(() => parse('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toThrow();
    expect(() => parse('<svg xmlns="http://www.w3.org/2000/svg"><text>R&D</text></svg>')).toThrow();
  });

  it.each(shipped)('RISK-2: %s parses as XML with exactly one g.cell per matrix cell, each with its level', (_, matrix) => {
    const doc = parse(renderHeatmap(matrix));
    const root = doc.documentElement!;
    expect(root.tagName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const rows = matrix.likelihood.labels.length;
    const columns = matrix.impact.labels.length;
    expect(cells(doc)).toHaveLength(rows * columns);
    for (let likelihood = 1; likelihood <= rows; likelihood++) {
      for (let impact = 1; impact <= columns; impact++) {
        const matching = cells(doc).filter((g) => g.getAttribute('data-likelihood') === String(likelihood) && g.getAttribute('data-impact') === String(impact));
        expect(matching, `${String(likelihood)}×${String(impact)}`).toHaveLength(1);
        expect(matching[0]!.getAttribute('data-level')).toBe(classifyRisk({ likelihood, impact }, matrix).level);
        expect(matching[0]!.getElementsByTagName('rect')).toHaveLength(1);
      }
    }
    expect(elements(doc, 'title')[0]?.textContent).toBe(matrix.name);
    // every axis label is drawn
    const labels = elements(doc, 'text').map((t) => [t.getAttribute('class'), t.textContent]);
    for (const label of matrix.likelihood.labels) expect(labels).toContainEqual(['likelihood', label]);
    for (const label of matrix.impact.labels) expect(labels).toContainEqual(['impact', label]);
    expect(risksIn(root)).toEqual([]);
  });

  it('RISK-2: the highest likelihood is the top row, the highest impact the right column', () => {
    const doc = parse(renderHeatmap(matrices.iso5x5));
    const rectOf = (l: number, i: number) => cellAt(doc, l, i)!.getElementsByTagName('rect')[0]!;
    expect(Number(rectOf(5, 1).getAttribute('y'))).toBeLessThan(Number(rectOf(1, 1).getAttribute('y')));
    expect(Number(rectOf(1, 5).getAttribute('x'))).toBeGreaterThan(Number(rectOf(1, 1).getAttribute('x')));
    // cells of the same level share a colour; the lowest and the highest levels differ
    expect(rectOf(1, 1).getAttribute('fill')).toBe(rectOf(2, 2).getAttribute('fill')); // both low
    expect(rectOf(1, 1).getAttribute('fill')).not.toBe(rectOf(5, 5).getAttribute('fill'));
  });

  it('RISK-3: the risks of a register appear in their cells, by id', () => {
    const risks: RegisterRisk[] = [
      { id: 'R1', title: '平台政策调整', category: 'legal', likelihood: 'high', impact: 'high', owner: '运营部' },
      { id: 'R2', title: '客户投诉增多', category: 'operational', likelihood: 'high', impact: 'low', owner: '客服部' },
      { id: 'R3', title: '网络安全事故', category: 'technical', likelihood: 'low', impact: 'high', owner: 'IT' },
      { id: 'R4', title: '法律法规重大变化', category: 'legal', likelihood: 2, impact: 2, owner: '法务部' },
    ];
    // register entries ({ step, label } axes) are accepted as they are
    const doc = parse(renderHeatmap(matrices.quadrant, buildRegister(risks).entries));
    expect(risksIn(cellAt(doc, 2, 2))).toEqual(['R1', 'R4']);
    expect(risksIn(cellAt(doc, 2, 1))).toEqual(['R2']);
    expect(risksIn(cellAt(doc, 1, 2))).toEqual(['R3']);
    expect(risksIn(cellAt(doc, 1, 1))).toEqual([]);
  });

  it('RISK-2: risks given as steps, labels or banded values land in the same cell', () => {
    const doc = parse(
      renderHeatmap(matrices.iso5x5, [
        { id: 'by-step', likelihood: 3, impact: 4 },
        { id: 'by-label', likelihood: 'possible', impact: 'major' },
        { id: 'by-value', likelihood: { value: 0.5 }, impact: { step: 4 } },
        { id: 'elsewhere', likelihood: { value: 0.0500001 }, impact: 'catastrophic' },
      ]),
    );
    expect(risksIn(cellAt(doc, 3, 4))).toEqual(['by-step', 'by-label', 'by-value']);
    expect(risksIn(cellAt(doc, 2, 5))).toEqual(['elsewhere']);
  });

  it('RISK-3: ids, levels, labels and names with < & " are escaped and come back intact', () => {
    const odd = '<R&D "A">';
    const matrix = defineMatrix({
      id: 'odd',
      name: 'Matrix <&"> 风险',
      likelihood: { name: 'p<&"', labels: ['lo<w', 'hi&gh'] },
      impact: { name: 'i"mpact', labels: ['"small"', 'big>'] },
      levels: ['a&b', 'c<d"'],
      cells: [
        ['a&b', 'a&b'],
        ['a&b', 'c<d"'],
      ],
      responses: [
        ['accept', 'transfer'],
        ['reduce', 'avoid'],
      ],
    });
    const svg = renderHeatmap(matrix, [{ id: odd, likelihood: 'hi&gh', impact: 'big>' }]);
    expect(svg).not.toContain(odd);
    const doc = parse(svg);
    expect(risksIn(cellAt(doc, 2, 2))).toEqual([odd]);
    expect(cellAt(doc, 2, 2)!.getAttribute('data-level')).toBe('c<d"');
    expect(doc.documentElement!.getAttribute('aria-label')).toBe('Matrix <&"> 风险');
    expect(elements(doc, 'title')[0]?.textContent).toBe('Matrix <&"> 风险');
    const texts = elements(doc, 'text').map((t) => t.textContent);
    for (const text of ['lo<w', 'hi&gh', '"small"', 'big>', 'i"mpact →', 'p<&" ↑']) expect(texts).toContain(text);
  });
});

describe('renderHeatmap: risks off the matrix (PolicyInputError)', () => {
  it('RISK-2: a step, a label or a value off the matrix is refused with its path', () => {
    expect(() => renderHeatmap(matrices.quadrant, [{ id: 'R1', likelihood: 3, impact: 1 }])).toThrow(PolicyInputError);
    expect(thrown(() => renderHeatmap(matrices.quadrant, [{ id: 'R1', likelihood: 3, impact: 1 }]))).toMatchObject({ paths: ['risks.0.likelihood'], codes: ['invalid_step'] });
    expect(thrown(() => renderHeatmap(matrices.nist, [{ id: 'R1', likelihood: 'moderate', impact: { step: 6 } }])).paths).toEqual(['risks.0.impact']);
    expect(thrown(() => renderHeatmap(matrices.iso5x5, [{ id: 'R1', likelihood: { value: 2 }, impact: 1 }])).paths).toEqual(['risks.0.likelihood.value']);
  });

  it('RISK-2: every bad risk is listed at once', () => {
    const error = thrown(() =>
      renderHeatmap(matrices.quadrant, [
        { id: 'ok', likelihood: 1, impact: 1 },
        { id: 'R1', likelihood: 0, impact: 'huge' },
        { id: 'R2', likelihood: 'high', impact: { value: 1 } },
      ]),
    );
    expect(error).toEqual({ name: 'PolicyInputError', paths: ['risks.1.likelihood', 'risks.1.impact', 'risks.2.impact'], codes: ['invalid_step', 'invalid_label', 'no_bands'] });
  });

  it('RISK-2: a risk without an id is refused', () => {
    expect(thrown(() => renderHeatmap(matrices.quadrant, [{ id: '', likelihood: 1, impact: 1 }])).paths).toEqual(['risks.0.id']);
  });
});

describe('renderHeatmap (control characters)', () => {
  it('RISK-3: drops characters XML cannot carry, so the document always parses', () => {
    const svg = renderHeatmap(matrices.quadrant, [{ id: 'R\u0001x', likelihood: 'high', impact: 'high' }]);
    expect(Array.from({ length: svg.length }, (_, index) => svg.charCodeAt(index)).some((code) => code < 9)).toBe(false);
    expect(svg).toContain('>Rx<');
  });
});
