import { readFileSync } from 'node:fs';
import { formatPath, PolicyConfigError, type PresetName } from '@zhidu/core';
import { parseDocument } from 'yaml';
import { CliError } from './CliError.js';
import { familyNames, policyFamilies, presetOf } from './policyFamilies.js';

/**
 * A store's policy file (JSON or YAML): an optional `preset` every family starts from, and one
 * section of overrides per family:
 *
 * ```yaml
 * preset: douyinShop
 * returns:
 *   noReason:
 *     window: { length: 15 }
 * inventory:
 *   reorder: { multiple: 6 }
 * ```
 */
export interface PolicyFile {
  readonly path: string;
  readonly preset: PresetName | undefined;
  readonly sections: Readonly<Record<string, unknown>>;
}

/** One issue of a policy file: where, and what is wrong. */
export interface PolicyFileIssue {
  readonly path: string;
  readonly message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a policy file and checks its layout (not yet the families' rules: see {@link checkPolicyFile}).
 * @throws {@link CliError} (exit code 2) when the file is missing, is not JSON or YAML, or has an unknown section
 */
export function readPolicyFile(path: string): PolicyFile {
  let textContent: string;
  try {
    textContent = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read the policy file ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  // YAML 1.2 is a superset of JSON: one parser reads both, and reports the line of a syntax error.
  const document = parseDocument(textContent, { prettyErrors: false });
  if (document.errors.length > 0) {
    const details = document.errors.map((error) => `${path}:${String(error.linePos?.[0].line ?? '?')}: ${error.message.split('\n')[0] ?? ''}`);
    throw new CliError(`Bad policy file ${path}: not valid JSON or YAML`, details);
  }
  const data = document.toJS() as unknown;
  if (!isObject(data)) throw new CliError(`Bad policy file ${path}: expected an object with a section per policy family (${familyNames.join(', ')})`);
  const unknown = Object.keys(data).filter((key) => key !== 'preset' && !(key in policyFamilies));
  if (unknown.length > 0) {
    throw new CliError(
      `Bad policy file ${path}: unknown section${unknown.length > 1 ? 's' : ''} ${unknown.map((key) => `"${key}"`).join(', ')}`,
      [`the sections are preset, ${familyNames.join(', ')}`],
    );
  }
  const { preset: rawPreset } = data;
  const preset = rawPreset === undefined ? undefined : typeof rawPreset === 'string' ? rawPreset : JSON.stringify(rawPreset);
  let checkedPreset: PresetName | undefined;
  try {
    checkedPreset = presetOf(preset);
  } catch (error) {
    throw new CliError(`Bad policy file ${path}: ${(error as Error).message}`);
  }
  const sections = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'preset'));
  return { path, preset: checkedPreset, sections };
}

/** Every issue of every family section of a policy file, on top of the preset (an empty list: the file is good). */
export function checkPolicyFile(file: PolicyFile, preset?: PresetName): PolicyFileIssue[] {
  const issues: PolicyFileIssue[] = [];
  for (const [name, section] of Object.entries(file.sections)) {
    const family = policyFamilies[name];
    if (family === undefined) continue;
    try {
      family.define(section ?? {}, preset ?? file.preset ?? 'generic');
    } catch (error) {
      if (!(error instanceof PolicyConfigError)) throw error;
      for (const issue of error.issues) issues.push({ path: issue.path.length === 0 ? name : `${name}.${formatPath(issue.path)}`, message: issue.message });
    }
  }
  return issues;
}

/**
 * The effective policy of a family: the policy file's section (if any) over the preset
 * (`--preset`, else the file's `preset`, else `generic`).
 * @throws {@link CliError} (exit code 2) listing every issue when the result is not a valid policy
 */
export function resolvePolicy<P>(
  family: { define(overrides?: never, base?: PresetName): P },
  name: string,
  options: { readonly policy?: string | undefined; readonly preset?: string | undefined },
  extra?: unknown,
): P {
  const file = options.policy === undefined ? undefined : readPolicyFile(options.policy);
  const preset = presetOf(options.preset) ?? file?.preset ?? 'generic';
  const define = family.define.bind(family) as (overrides?: unknown, base?: unknown) => P;
  try {
    const section = file?.sections[name];
    if (extra === undefined) return define(section ?? {}, preset);
    const base = define(section ?? {}, preset);
    return define(extra, base);
  } catch (error) {
    if (!(error instanceof PolicyConfigError)) throw error;
    throw new CliError(
      `Bad ${name} policy${file === undefined ? '' : ` in ${file.path}`}: ${String(error.issues.length)} issue${error.issues.length === 1 ? '' : 's'}`,
      error.issues.map((issue) => `${name}.${formatPath(issue.path)}: ${issue.message}`),
    );
  }
}
