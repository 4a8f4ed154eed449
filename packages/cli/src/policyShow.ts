import { parse as parseYaml } from 'yaml';
import { CliError } from './CliError.js';
import { resolvePolicy } from './loadPolicyFile.js';
import { familyOf } from './policyFamilies.js';
import { policyDocs } from './policyDocs.js';

/** One parameter of a policy: its dotted path, its value as JSON, the clause it applies and its description. */
export interface PolicyParameter {
  readonly parameter: string;
  readonly value: string;
  readonly clause: string;
  readonly description: string;
}

const clausePattern = /\b(?:ORD|RET|INV|PAY|RISK|LST|MET|SVC|SCR)-\d+(?:\.\.\d+)?(?:, (?:ORD|RET|INV|PAY|RISK|LST|MET|SVC|SCR)-\d+)*/gu;

/** The clause ids a comment names (`RET-7 (CN) / RET-9 (US)` → `RET-7, RET-9`). */
function clausesIn(comment: string | undefined): string {
  if (comment === undefined) return '';
  return [...new Set(comment.match(clausePattern)?.flatMap((match) => match.split(', ')) ?? [])].join(', ');
}

/** Every leaf of a policy (objects are opened, arrays and scalars are values), with its dotted path. */
function leaves(value: unknown, path: string[], out: [string, unknown][]): [string, unknown][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) {
    for (const [key, item] of Object.entries(value)) leaves(item, [...path, key], out);
  } else out.push([path.join('.'), value]);
  return out;
}

/**
 * Turns `--set a.b=value` options into overrides; the value is read as YAML (`15`, `null`,
 * `true`, `[a, b]`, `{ length: 15 }`), so numbers stay numbers.
 * @throws {@link CliError} (exit code 2) on an option without `=`
 */
export function overridesOf(sets: readonly string[]): Record<string, unknown> | undefined {
  if (sets.length === 0) return undefined;
  const root: Record<string, unknown> = {};
  for (const set of sets) {
    const at = set.indexOf('=');
    if (at <= 0) throw new CliError(`Bad --set "${set}": expected key=value, e.g. noReason.window.length=15`);
    const keys = set.slice(0, at).trim().split('.');
    let value: unknown;
    try {
      value = parseYaml(set.slice(at + 1)) as unknown;
    } catch {
      value = set.slice(at + 1);
    }
    let node = root;
    keys.forEach((key, index) => {
      if (index === keys.length - 1) node[key] = value;
      else {
        const next = node[key];
        node = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : (node[key] = {});
      }
    });
  }
  return root;
}

/**
 * The effective policy of a family, every parameter with its value, the clause it applies (from
 * the schema's documentation; a parameter without one inherits its parent's) and its description.
 * @throws {@link CliError} (exit code 2) on an unknown family, a bad policy file or a bad `--set`
 */
export function policyParameters(name: string, options: { policy?: string | undefined; preset?: string | undefined; set?: readonly string[] | undefined }): PolicyParameter[] {
  const family = familyOf(name);
  const policy = resolvePolicy(family, name, options, overridesOf(options.set ?? []));
  const docs = policyDocs[name] ?? {};
  return leaves(policy, [], []).map(([parameter, value]) => {
    const parts = parameter.split('.');
    let clause = '';
    for (let length = parts.length; length > 0 && clause === ''; length -= 1) clause = clausesIn(docs[parts.slice(0, length).join('.')]);
    return { parameter, value: JSON.stringify(value), clause, description: docs[parameter] ?? '' };
  });
}
