import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { catalogPolicy, defineCatalogPolicy } from '@zhidu/catalog';
import { checkPolicyFile, policyFamilies, readPolicyFile, runCli, type CliOutput } from '@zhidu/cli';
import { commissionPolicy, defineCommissionPolicy } from '@zhidu/commissions';
import { PolicyConfigError, deepMerge, formatPath, presetNames, toJsonSchema, type PresetName } from '@zhidu/core';
import { defineInventoryPolicy, inventoryPolicy } from '@zhidu/inventory';
import { defineMetricsPolicy, metricsPolicy } from '@zhidu/metrics';
import { defineOrderPolicy, orderPolicy } from '@zhidu/orders';
import { definePenaltyPolicy, penaltyPolicy } from '@zhidu/penalties';
import { defineReturnPolicy, returnPolicy } from '@zhidu/returns';
import { defineMatrix, matrices, type RiskMatrixInput } from '@zhidu/risk';
import { describe, expect, it } from 'vitest';
import { codeSnippets, fencedBlocks, filesUnder, markdownFiles, policyCalls, referenceTables, root, type Snippet } from './docsPolicies.js';

// Issue 12 (reliability): every preset and every policy in the docs validates; a policy with an unknown
// key, a wrong type or an inconsistent value is refused with every issue listed. How the docs' policies
// are found is described in ./docsPolicies.ts.

/** What these tests use of a policy family (`definePolicyFamily` in @zhidu/core), whatever its schema. */
interface Family {
  readonly name: string;
  readonly schema: Parameters<typeof toJsonSchema>[0];
  readonly presets: Readonly<Record<PresetName, object>>;
  define(overrides?: unknown, base?: unknown): object;
  parse(policy: unknown): object;
  check(policy: unknown): object;
  version(policy: never): string;
}

interface FamilyEntry {
  readonly family: Family;
  /** The package's `define…Policy`, and its name. */
  readonly define: (overrides?: unknown, base?: unknown) => object;
  readonly defineName: string;
}

const entry = (family: unknown, define: unknown, defineName: string): FamilyEntry => ({
  family: family as Family,
  define: define as FamilyEntry['define'],
  defineName,
});

/** Every policy family, by the name the CLI and policy files use. */
const families: Readonly<Record<string, FamilyEntry>> = {
  returns: entry(returnPolicy, defineReturnPolicy, 'defineReturnPolicy'),
  orders: entry(orderPolicy, defineOrderPolicy, 'defineOrderPolicy'),
  inventory: entry(inventoryPolicy, defineInventoryPolicy, 'defineInventoryPolicy'),
  penalties: entry(penaltyPolicy, definePenaltyPolicy, 'definePenaltyPolicy'),
  commissions: entry(commissionPolicy, defineCommissionPolicy, 'defineCommissionPolicy'),
  catalog: entry(catalogPolicy, defineCatalogPolicy, 'defineCatalogPolicy'),
  metrics: entry(metricsPolicy, defineMetricsPolicy, 'defineMetricsPolicy'),
};
const familyNames = Object.keys(families);
const byDefineName = new Map(Object.values(families).map((f) => [f.defineName, f]));

/** The dotted paths of the issues a PolicyConfigError lists, sorted; fails when the call does not throw one. */
function refusedPaths(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof PolicyConfigError)) throw error;
    for (const issue of error.issues) expect(issue.message.length, `a message for ${issue.path.join('.')}`).toBeGreaterThan(0);
    return error.issues.map((issue) => issue.path.join('.')).sort();
  }
  return expect.fail('expected a PolicyConfigError');
}

describe('every preset of every policy family', () => {
  it('covers every family the CLI knows', () => {
    expect([...familyNames].sort()).toEqual(Object.keys(policyFamilies).sort());
  });

  for (const [name, { family, define }] of Object.entries(families)) {
    for (const preset of presetNames) {
      it(`${name}.${preset}: validates through its define…Policy and family.check, also read back from JSON`, () => {
        const policy = family.presets[preset];
        expect(Object.isFrozen(policy)).toBe(true);
        expect(define(undefined, preset)).toEqual(policy);
        expect(family.check(policy)).toBe(policy);
        // A preset stored as JSON (in a database, a policy file) is still a valid policy, and the same one.
        const stored: unknown = JSON.parse(JSON.stringify(policy));
        expect(family.check(stored)).toEqual(policy);
        expect(family.parse(stored)).toEqual(policy);
        expect(family.version(family.parse(stored) as never)).toBe(family.version(policy as never));
        expect(define(stored, preset)).toEqual(policy);
      });
    }
  }

  it.each(Object.entries(matrices))('the risk matrix %s validates through defineMatrix, also read back from JSON', (_name, matrix) => {
    expect(defineMatrix(JSON.parse(JSON.stringify(matrix)) as RiskMatrixInput)).toEqual(matrix);
  });
});

describe('policies in the docs: define…Policy calls', () => {
  const calls = codeSnippets().flatMap((snippet) => policyCalls(snippet, [...byDefineName.keys()]));

  it('finds the calls of the guides, the snippets, the READMEs and the API reference', () => {
    const where = (test: (file: string) => boolean) => calls.filter((call) => test(call.file)).length;
    expect(where((file) => file.startsWith('docs/en/') || file.startsWith('docs/zh/'))).toBeGreaterThan(0);
    expect(where((file) => file.startsWith('docs/snippets/'))).toBeGreaterThan(0);
    expect(where((file) => file.endsWith('README.md'))).toBeGreaterThanOrEqual(10);
    expect(where((file) => /^packages\/[^/]+\/src\//u.test(file))).toBeGreaterThanOrEqual(familyNames.length);
  });

  it.each(calls.map((call) => [`${call.file}:${String(call.line)} ${call.fn}(…)`, call] as const))('%s', (_where, call) => {
    const { define, family } = byDefineName.get(call.fn)!;
    let args: unknown[];
    try {
      // A fresh realm with nothing in scope: the arguments must be literals. Cloned back into this realm,
      // so the objects are plain objects here.
      args = structuredClone(runInNewContext(`[${call.args}\n]`, Object.create(null) as object, { timeout: 1000 }) as unknown[]);
    } catch (error) {
      return expect.fail(`the arguments of ${call.fn} at ${call.file}:${String(call.line)} are not literals (${String(error)}): write them out in the docs`);
    }
    if (call.refused !== undefined) {
      expect(refusedPaths(() => define(...args))).toEqual([...call.refused].sort());
      return;
    }
    const policy = define(...args);
    expect(family.check(policy)).toBe(policy);
  });
});

describe('policies in the docs: the generated policy reference', () => {
  const pages = ['en', 'zh'].flatMap((language) => filesUnder(`docs/${language}/policy`, (name) => name.endsWith('.md')));
  const tables = pages.flatMap(referenceTables);

  it.each(['en', 'zh'])('docs/%s/policy has the table of every family', (language) => {
    expect(tables.filter((table) => table.file.startsWith(`docs/${language}/`)).map((table) => table.family).sort()).toEqual([...familyNames].sort());
  });

  /** The policy a column of a table shows (`—`: not set); a `required` cell (the store) takes the value of column `fill`. */
  function columnPolicy(rows: (typeof tables)[number]['rows'], column: number, fill?: number): Record<string, unknown> {
    const policy: Record<string, unknown> = {};
    for (const row of rows) {
      let cell = row.values[column] ?? '';
      if (/^(?:required|必填)$/u.test(cell) && fill !== undefined) cell = row.values[fill] ?? '';
      if (cell === '—') continue; // not set (an optional parameter)
      const keys = row.path.split('.');
      let at = policy;
      for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
      at[keys.at(-1)!] = JSON.parse(cell) as unknown;
    }
    return policy;
  }

  it.each(tables.map((table) => [`${table.file} ${table.family}`, table] as const))('%s: each preset column is that preset, the default column the schema defaults', (_where, table) => {
    const { family } = families[table.family]!;
    const columns = table.columns.map((column) => column.replace(/`/gu, ''));
    expect(columns.slice(1)).toEqual([...presetNames]);
    presetNames.forEach((preset, index) => {
      expect(family.parse(columnPolicy(table.rows, index + 1)), `the ${preset} column`).toEqual(family.presets[preset]);
    });
    const defaults = columnPolicy(table.rows, 0, 1);
    expect(family.parse(defaults), 'the default column').toEqual(family.parse({ store: defaults.store }));
  });
});

describe('policies in the docs: policy files', () => {
  const yaml = createRequire(join(root, 'packages', 'cli', 'package.json'))('yaml') as { parse(text: string): unknown };
  const topLevelKeys = new Map(
    Object.entries(families).map(([name, { family }]) => [name, new Set(Object.keys((toJsonSchema(family.schema) as { properties?: object }).properties ?? {}))]),
  );
  const fileSections = new Set(['preset', ...familyNames]);

  interface Document extends Snippet {
    readonly data: unknown;
  }
  const fixtures = filesUnder('packages/cli/test/fixtures', (name) => /\.(?:ya?ml|json)$/u.test(name));
  const documents: Document[] = [
    ...markdownFiles()
      .flatMap(fencedBlocks)
      .filter((block) => /^(?:ya?ml|json)$/u.test(block.lang)),
    ...fixtures.map((file) => ({ file, line: 1, text: readFileSync(join(root, file), 'utf8'), lang: file.slice(file.lastIndexOf('.') + 1) })),
  ].map((snippet) => ({ ...snippet, data: snippet.lang === 'json' ? (JSON.parse(snippet.text) as unknown) : yaml.parse(snippet.text) }));

  type Kind = { kind: 'file' } | { kind: 'matrix' } | { kind: 'family'; family: string } | { kind: 'none' };

  function kindOf(document: Document): Kind {
    const { data, marker } = document;
    if (marker !== undefined) return marker === 'file' || marker === 'matrix' || marker === 'none' ? { kind: marker } : { kind: 'family', family: marker };
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'none' };
    const keys = Object.keys(data);
    if (keys.some((key) => fileSections.has(key))) return { kind: 'file' };
    if (keys.includes('likelihood') && keys.includes('cells')) return { kind: 'matrix' };
    if (!keys.some((key) => [...topLevelKeys.values()].some((known) => known.has(key)))) return { kind: 'none' };
    const candidates = [...topLevelKeys].filter(([, known]) => keys.every((key) => known.has(key))).map(([name]) => name);
    if (candidates.length !== 1) {
      return expect.fail(`${document.file}:${String(document.line)} looks like a policy of ${candidates.join(' or ') || 'no family'}: mark it <!-- policy: <family> -->`);
    }
    return { kind: 'family', family: candidates[0]! };
  }

  it('recognises the policy files and the matrix of the CLI README, and its fixtures', () => {
    const recognised = documents.filter((document) => kindOf(document).kind !== 'none').map((document) => basename(document.file));
    expect(recognised.filter((file) => file === 'README.md').length).toBeGreaterThanOrEqual(3);
    expect(recognised.filter((file) => file !== 'README.md').sort()).toEqual(fixtures.map((file) => basename(file)).sort());
  });

  it.each(documents.map((document) => [`${document.file}:${String(document.line)}`, document] as const))('%s', (_where, document) => {
    const bad = basename(document.file).startsWith('bad-');
    const kind = kindOf(document);
    if (kind.kind === 'none') return;
    if (kind.kind === 'file') {
      // Through the CLI's own reader: the same YAML/JSON parser, section and preset checks as `zhidu policy check`.
      const path = document.file.includes('/fixtures/') ? join(root, document.file) : join(mkdtempSync(join(tmpdir(), 'zhidu-docs-')), `policy.${document.lang}`);
      if (!document.file.includes('/fixtures/')) writeFileSync(path, document.text);
      const issues = checkPolicyFile(readPolicyFile(path));
      if (bad) expect(issues.length).toBeGreaterThan(0);
      else expect(issues).toEqual([]);
    } else if (kind.kind === 'matrix') {
      if (bad) expect(() => defineMatrix(document.data as RiskMatrixInput)).toThrow(PolicyConfigError);
      else expect(() => defineMatrix(document.data as RiskMatrixInput)).not.toThrow();
    } else {
      const { define } = families[kind.family]!;
      if (bad) expect(() => define(document.data)).toThrow(PolicyConfigError);
      else expect(() => define(document.data)).not.toThrow();
    }
  });
});

/**
 * For each family, one policy with several faults at once — an unknown key, a wrong type and an
 * inconsistent value (a minimum above its maximum where the schema has such a pair, a negative
 * window, tiers out of order…) — and the path of every issue it must be refused with.
 */
const faults: Readonly<Record<string, { readonly overrides: object; readonly paths: readonly string[] }>> = {
  returns: {
    overrides: { noReason: { windw: { length: 15 } }, refundWithinDays: 'soon', priceProtection: { window: { length: -7 } } },
    paths: ['noReason.windw', 'refundWithinDays', 'priceProtection.window.length'],
  },
  orders: {
    overrides: { audit: { holdOnNote: 'yes', holdOnNotes: true }, payment: { window: { length: -30 } }, afterSales: { window: { length: 1.5, unit: 'calendar_days' } } },
    paths: ['audit.holdOnNote', 'audit.holdOnNotes', 'payment.window.length', 'afterSales.window.length'],
  },
  inventory: {
    overrides: { slowMoving: { noSaleDay: 30 }, reorder: { multiple: 'six' }, levels: { defaults: { min: 50, max: 10 }, byCategory: { tea: { min: 60, max: 50 } } } },
    paths: ['slowMoving.noSaleDay', 'reorder.multiple', 'levels.defaults.max', 'levels.byCategory.tea.max'],
  },
  penalties: {
    overrides: {
      lateHalfDayOverMinute: 10,
      signOutWindowMinutes: 'ten',
      administrative: { min: '300', max: '200' },
      schedule: { start: '18:00', end: '09:00', lunch: null },
      seller: { rules: { late_shipment: { kind: 'tiers', tiers: [{ upTo: null, charge: { kind: 'percent', rate: '0.05', min: '30', max: '5' } }] } } },
    },
    paths: ['lateHalfDayOverMinute', 'signOutWindowMinutes', 'administrative.max', 'schedule.end', 'seller.rules.late_shipment.tiers.0.charge.max'],
  },
  commissions: {
    overrides: {
      performance: { fulll: '500.00', bonus: { staff: { min: '100.00', max: '50.00' } } },
      warnOnFines: 'yes',
      commission: { tiers: { staff: [{ from: '0', rate: '0.01' }, { from: '0', rate: '0.02' }] } },
    },
    paths: ['performance.fulll', 'warnOnFines', 'performance.bonus.staff.max', 'commission.tiers.staff.1.from'],
  },
  catalog: {
    overrides: { listing: { requireWatermarks: false, priceBand: { min: '300', max: '50' } }, priceChange: { refuseBelowCost: 'yes' }, listingWindow: { length: -3 } },
    paths: ['listing.requireWatermarks', 'listing.priceBand.max', 'priceChange.refuseBelowCost', 'listingWindow.length'],
  },
  metrics: {
    overrides: { precison: 2, store: { currency: 156 }, precision: -1 },
    paths: ['precison', 'store.currency', 'precision'],
  },
};

describe('a bad policy is refused with every issue listed', () => {
  it('has a bad policy for every family', () => {
    expect(Object.keys(faults).sort()).toEqual([...familyNames].sort());
  });

  for (const [name, { overrides, paths }] of Object.entries(faults)) {
    it(`${name}: an unknown key, a wrong type and an inconsistent value are all named, by define…Policy and by family.parse`, () => {
      const { define, family } = families[name]!;
      const expected = [...paths].sort();
      expect(refusedPaths(() => define(overrides))).toEqual(expected);
      for (const preset of presetNames) expect(refusedPaths(() => define(overrides, preset)), preset).toEqual(expected);
      // The same faults in a complete policy, as a policy file or a database would hold it.
      expect(refusedPaths(() => family.parse(deepMerge(JSON.parse(JSON.stringify(family.presets.generic)), overrides)))).toEqual(expected);
    });
  }
});

describe('zhidu policy check (the CLI) lists every issue of a bad file', () => {
  /** An output that keeps what is written. */
  const output = (): CliOutput & { text: () => string } => {
    const chunks: string[] = [];
    return { isTTY: false, columns: 200, write: (chunk: string) => chunks.push(chunk) > 0, text: () => chunks.join('') };
  };
  const dir = mkdtempSync(join(tmpdir(), 'zhidu-policy-check-'));
  const check = async (file: string) => {
    const stdout = output();
    const stderr = output();
    const code = await runCli(['policy', 'check', file], { cwd: dir, stdout, stderr });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  };

  it('names every fault of every family of a file, and exits with 2', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(Object.fromEntries(Object.entries(faults).map(([name, { overrides }]) => [name, overrides])), null, 2));
    // As the CLI writes paths: `tiers[0].charge.max`.
    const cliPath = (path: string) => formatPath(path.split('.').map((key) => (/^\d+$/u.test(key) ? Number(key) : key)));
    const expected = Object.entries(faults).flatMap(([name, { paths }]) => paths.map((path) => `${name}.${cliPath(path)}`));
    expect(checkPolicyFile(readPolicyFile(join(dir, 'bad.json'))).map((issue) => issue.path).sort()).toEqual([...expected].sort());
    const { code, stdout, stderr } = await check('bad.json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`zhidu: Bad policy file bad.json: ${String(expected.length)} issues`);
    const listed = stderr.split('\n').slice(1).filter((line) => line.trim() !== '').map((line) => line.trim().split(': ')[0]);
    expect(listed.sort()).toEqual([...expected].sort());
  });

  it('accepts a YAML file with a section for every family over a preset', async () => {
    writeFileSync(join(dir, 'good.yaml'), ['preset: usStore', ...familyNames.map((name) => `${name}: {}`)].join('\n'));
    const { code, stdout, stderr } = await check('good.yaml');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const name of familyNames) expect(stdout).toContain(name);
  });
});
