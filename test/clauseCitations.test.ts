import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseIds, type ClauseFamily } from '@zhidu/core';

const root = join(import.meta.dirname, '..');
const catalogPath = join(root, '..', 'shared', 'policy-catalog.md');
const idPattern = /\b(?:ORD|RET|INV|PAY|RISK|LST|MET|SVC|SCR)-\d+\b/gu;

/** The package that implements each family; its clauses must all be cited once it exists. */
const familyPackage: Readonly<Record<ClauseFamily, string | null>> = {
  ORD: 'orders',
  RET: 'returns',
  INV: 'inventory',
  PAY: null, // two packages share PAY: penalties and commissions (checked together below)
  RISK: 'risk',
  LST: 'catalog',
  MET: 'metrics',
  SVC: null,
  SCR: null,
};

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") && !/\.test(-d)?\.ts$/u.test(name) ? [path] : [];
  });
}

function citedIn(packageName: string): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  const dir = join(root, 'packages', packageName, 'src');
  for (const file of sourceFiles(dir)) {
    // The registry's own data names every id; it is what citations are checked against.
    if (packageName === 'core' && /clause(Data|Ids)\.ts$/u.test(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(idPattern)) {
      const list = cited.get(match[0]) ?? [];
      list.push(relative(root, file));
      cited.set(match[0], list);
    }
  }
  return cited;
}

const packages = readdirSync(join(root, 'packages')).filter((name) => existsSync(join(root, 'packages', name, 'src')));

describe('clause citations', () => {
  it('every clause id cited in a package source is in the registry', () => {
    const known = new Set<string>(clauseIds);
    const unknown: string[] = [];
    for (const name of packages) {
      for (const [id, files] of citedIn(name)) if (!known.has(id)) unknown.push(`${id} in ${files.join(', ')}`);
    }
    expect(unknown).toEqual([]);
  });

  it('every clause of a family is cited by its package, once that package exists', () => {
    const missing: string[] = [];
    const check = (family: string, names: string[]): void => {
      const present = names.filter((name) => packages.includes(name));
      if (present.length !== names.length) return;
      const cited = new Set(present.flatMap((name) => [...citedIn(name).keys()]));
      for (const id of clauseIds) if (id.startsWith(`${family}-`) && !cited.has(id)) missing.push(`${id} (${names.join(' + ')})`);
    };
    for (const [family, name] of Object.entries(familyPackage)) if (name !== null) check(family, [name]);
    check('PAY', ['penalties', 'commissions']);
    expect(missing).toEqual([]);
  });
});

describe.runIf(existsSync(catalogPath))('the registry and policy-catalog.md', () => {
  it('hold the same clause ids in the same order', () => {
    const catalog = readFileSync(catalogPath, 'utf8');
    const ids = [...catalog.matchAll(/^\| ((?:ORD|RET|INV|PAY|RISK|LST|MET|SVC|SCR)-\d+) \|/gmu)].map((match) => match[1]);
    expect(ids).toEqual([...clauseIds]);
  });
});
