import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
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

describe('renderHeatmap: the layout (RISK-2, RISK-3)', () => {
  const num = (element: Element, name: string): number => Number(element.getAttribute(name));
  /** The drawing's size, the rectangle of each cell by "likelihood,impact", and the grid's bounds. */
  function layout(doc: Document, matrix: RiskMatrix) {
    const root = doc.documentElement!;
    const width = num(root, 'width');
    const height = num(root, 'height');
    const rects = new Map<string, { x: number; y: number; w: number; h: number }>();
    for (let l = 1; l <= matrix.likelihood.labels.length; l++) {
      for (let i = 1; i <= matrix.impact.labels.length; i++) {
        const rect = cellAt(doc, l, i)!.getElementsByTagName('rect')[0]!;
        rects.set(`${String(l)},${String(i)}`, { x: num(rect, 'x'), y: num(rect, 'y'), w: num(rect, 'width'), h: num(rect, 'height') });
      }
    }
    const all = [...rects.values()];
    const grid = {
      left: Math.min(...all.map((r) => r.x)),
      right: Math.max(...all.map((r) => r.x + r.w)),
      top: Math.min(...all.map((r) => r.y)),
      bottom: Math.max(...all.map((r) => r.y + r.h)),
    };
    return { width, height, rects, grid, at: (l: number, i: number) => rects.get(`${String(l)},${String(i)}`)! };
  }
  const texts = (doc: Document, className: string | null) => elements(doc, 'text').filter((t) => t.getAttribute('class') === className);
  const inside = (point: { x: number; y: number }, box: { x: number; y: number; w: number; h: number }) =>
    point.x > box.x && point.x < box.x + box.w && point.y > box.y && point.y <= box.y + box.h;

  it.each(shipped)('RISK-2: %s: the cells tile a grid of equal rectangles, the highest likelihood on top, all inside the drawing', (_, matrix) => {
    const doc = parse(renderHeatmap(matrix));
    const { width, height, at, grid } = layout(doc, matrix);
    expect(doc.documentElement!.getAttribute('viewBox')).toBe(`0 0 ${String(width)} ${String(height)}`);
    const rows = matrix.likelihood.labels.length;
    const columns = matrix.impact.labels.length;
    const { w, h } = at(1, 1);
    expect(w).toBeGreaterThan(0);
    expect(h).toBeGreaterThan(0);
    for (let l = 1; l <= rows; l++) {
      for (let i = 1; i <= columns; i++) {
        const cell = at(l, i);
        expect([cell.w, cell.h]).toEqual([w, h]);
        expect(cell.x).toBe(grid.left + (i - 1) * w); // impact grows to the right, no gap, no overlap
        expect(cell.y).toBe(grid.top + (rows - l) * h); // likelihood grows upwards
      }
    }
    expect([grid.right - grid.left, grid.bottom - grid.top]).toEqual([columns * w, rows * h]);
    expect(grid.left).toBeGreaterThan(0);
    expect(grid.top).toBeGreaterThan(0);
    expect(grid.right).toBeLessThanOrEqual(width);
    expect(grid.bottom).toBeLessThanOrEqual(height);
    for (const text of elements(doc, 'text')) {
      expect(num(text, 'x')).toBeGreaterThanOrEqual(0);
      expect(num(text, 'x')).toBeLessThanOrEqual(width);
      expect(num(text, 'y')).toBeGreaterThan(0);
      expect(num(text, 'y')).toBeLessThanOrEqual(height);
    }
  });

  it.each(shipped)('RISK-2: %s: the matrix name heads the drawing; the axis labels sit beside and below the grid, one per step', (_, matrix) => {
    const doc = parse(renderHeatmap(matrix));
    const { grid, at } = layout(doc, matrix);
    const rows = matrix.likelihood.labels.length;
    const columns = matrix.impact.labels.length;
    const heading = texts(doc, null).filter((t) => t.textContent === matrix.name);
    expect(heading).toHaveLength(1);
    expect(num(heading[0]!, 'y')).toBeLessThan(grid.top);
    const likelihoodLabels = texts(doc, 'likelihood');
    expect(likelihoodLabels.map((t) => t.textContent)).toEqual([...matrix.likelihood.labels].reverse()); // top row first
    likelihoodLabels.forEach((label, index) => {
      const row = at(rows - index, 1);
      expect(label.getAttribute('text-anchor')).toBe('end');
      expect(num(label, 'x')).toBeLessThan(grid.left);
      expect(num(label, 'y')).toBeGreaterThan(row.y);
      expect(num(label, 'y')).toBeLessThan(row.y + row.h);
    });
    const impactLabels = texts(doc, 'impact');
    expect(impactLabels.map((t) => t.textContent)).toEqual([...matrix.impact.labels]);
    impactLabels.forEach((label, index) => {
      const column = at(1, index + 1);
      expect(label.getAttribute('text-anchor')).toBe('middle');
      expect(num(label, 'x')).toBe(column.x + column.w / 2);
      expect(num(label, 'y')).toBeGreaterThan(grid.bottom);
    });
    const impactAxis = texts(doc, null).filter((t) => t.textContent === `${matrix.impact.name} →`);
    expect(impactAxis).toHaveLength(1);
    expect(impactAxis[0]!.getAttribute('text-anchor')).toBe('middle');
    expect(num(impactAxis[0]!, 'x')).toBe((grid.left + grid.right) / 2);
    expect(num(impactAxis[0]!, 'y')).toBeGreaterThan(Math.max(...impactLabels.map((t) => num(t, 'y'))));
    const likelihoodAxis = texts(doc, null).filter((t) => t.textContent === `${matrix.likelihood.name} ↑`);
    expect(likelihoodAxis).toHaveLength(1);
    expect(num(likelihoodAxis[0]!, 'y')).toBe((grid.top + grid.bottom) / 2);
    expect(num(likelihoodAxis[0]!, 'x')).toBeLessThan(grid.left);
    expect(columns).toBe(impactLabels.length);
  });

  it('RISK-3: each cell shows its level, and the ids placed in it below the level, one line each, in order, inside the cell', () => {
    const risks = [
      { id: 'R1', likelihood: 5, impact: 5 },
      { id: 'R2', likelihood: 5, impact: 5 },
      { id: 'R3', likelihood: 5, impact: 5 },
      { id: 'R4', likelihood: 1, impact: 1 },
    ];
    const doc = parse(renderHeatmap(matrices.iso5x5, risks));
    const { at } = layout(doc, matrices.iso5x5);
    for (let l = 1; l <= 5; l++) {
      for (let i = 1; i <= 5; i++) {
        const cell = cellAt(doc, l, i)!;
        const [level] = Array.from(cell.getElementsByTagName('text')).filter((t) => t.getAttribute('class') === null);
        expect(level?.textContent).toBe(classifyRisk({ likelihood: l, impact: i }, matrices.iso5x5).level);
        expect(inside({ x: num(level!, 'x'), y: num(level!, 'y') }, at(l, i)), `${String(l)}×${String(i)}`).toBe(true);
      }
    }
    const top = cellAt(doc, 5, 5)!;
    const lines = Array.from(top.getElementsByTagName('text'));
    expect(lines.map((t) => t.textContent)).toEqual(['critical', 'R1', 'R2', 'R3']);
    const ys = lines.map((t) => num(t, 'y'));
    for (let n = 1; n < ys.length; n++) expect(ys[n]! - ys[n - 1]!).toBeGreaterThanOrEqual(12); // font-size 12: no overlap
    for (const line of lines) expect(inside({ x: num(line, 'x'), y: num(line, 'y') }, at(5, 5))).toBe(true);
    expect(risksIn(cellAt(doc, 1, 1))).toEqual(['R4']);
  });

  it.each(shipped)('RISK-2: %s: colours run from green for the lowest level to red for the most severe, the hue falling level by level', (_, matrix) => {
    const doc = parse(renderHeatmap(matrix));
    const hueOf = new Map<string, number>();
    for (const cell of cells(doc)) {
      const fill = cell.getElementsByTagName('rect')[0]!.getAttribute('fill') ?? '';
      const match = /^hsl\((-?[\d.]+), (-?[\d.]+)%, (-?[\d.]+)%\)$/u.exec(fill);
      expect(match, fill).not.toBeNull();
      const [hue, saturation, lightness] = match!.slice(1).map(Number) as [number, number, number];
      for (const value of [saturation, lightness]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }
      hueOf.set(cell.getAttribute('data-level')!, hue);
    }
    const used = matrix.levels.filter((level) => hueOf.has(level));
    expect(hueOf.get(matrix.levels[0]!)).toBe(120);
    expect(hueOf.get(matrix.levels.at(-1)!)).toBe(0);
    for (let n = 1; n < used.length; n++) expect(hueOf.get(used[n]!)!).toBeLessThan(hueOf.get(used[n - 1]!)!);
  });

  it('RISK-2: the document holds elements and their text only, no stray text between elements', () => {
    const doc = parse(renderHeatmap(matrices.quadrant, [{ id: 'R1', likelihood: 2, impact: 2 }]));
    const stray: string[] = [];
    const walk = (node: Node) => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === child.TEXT_NODE) {
          const parent = (child.parentNode as Element | null)?.tagName;
          if (parent !== 'text' && parent !== 'title' && (child.nodeValue ?? '').trim() !== '') stray.push(child.nodeValue ?? '');
        } else walk(child);
      }
    };
    walk(doc.documentElement!);
    expect(stray).toEqual([]);
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
