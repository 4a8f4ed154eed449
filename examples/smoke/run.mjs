// Packaging smoke test: meets the packages the way a user installing from npm does.
//
// Expects `pnpm build` to have run. Packs every publishable package under packages/ with `pnpm pack`
// (so `workspace:^` becomes a real version range), installs all the tarballs at once into fresh
// throwaway projects under .tmp/smoke/ with npm, and in each one calls one function of every package:
// Node ESM, Node CJS, an esbuild browser bundle run in Node, and tsc with `node16` and `bundler`
// resolution. Prints one line per check and exits 1 on any failure.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checks } from './checks.mjs';

const started = performance.now();
const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.tmp', 'smoke');
const tarballs = join(work, 'tarballs');
const npmCache = join(root, '.tmp', 'npm-cache');
const rootRequire = createRequire(join(root, 'package.json'));

let failures = 0;
const pass = (line) => process.stdout.write(`✓ ${line}\n`);
const fail = (line, detail = '') => {
  failures += 1;
  process.stdout.write(`✗ ${line}\n${detail ? indent(detail) + '\n' : ''}`);
};
const indent = (text) => String(text).trim().split('\n').map((l) => `    ${l}`).join('\n');
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)}s`;

/** Runs a command; resolves with { ok, stdout, stderr } and never rejects. */
function run(file, args, options = {}) {
  return new Promise((done) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      done({ ok: !error, stdout: String(stdout), stderr: String(stderr), error });
    });
  });
}
const output = (result) => `${result.stdout}${result.stderr}` || String(result.error?.message ?? '');

// ---------------------------------------------------------------------------------------------
// 1. Which packages: every non-private package under packages/ whose built files exist and whose
//    @zhidu/* dependencies are covered too (a package whose build is missing is skipped, not packed).
// ---------------------------------------------------------------------------------------------
const manifests = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => manifest.private !== true);

/** Every file the `exports` map points to, minus the workspace-only source condition. */
function exportedFiles(exportsField) {
  const files = [];
  const walk = (node, key) => {
    if (key === '@zhidu/source') return;
    if (typeof node === 'string') files.push(node);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(exportsField, '');
  return files.filter((file) => !file.includes('*'));
}

const covered = new Map();
const skipped = new Map();
for (const { dir, manifest } of manifests) {
  const missing = exportedFiles(manifest.exports ?? {}).filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) skipped.set(manifest.name, `not built (missing ${missing.join(', ')}): run pnpm build`);
  else covered.set(manifest.name, { dir, manifest });
}
for (let changed = true; changed; ) {
  changed = false;
  for (const [name, { manifest }] of covered) {
    const deps = Object.entries(manifest.dependencies ?? {}).filter(([, range]) => range.startsWith('workspace:'));
    const absent = deps.map(([dep]) => dep).filter((dep) => !covered.has(dep));
    if (absent.length > 0) {
      covered.delete(name);
      skipped.set(name, `depends on ${absent.join(', ')}, which is not covered`);
      changed = true;
    }
  }
}
for (const [name, why] of skipped) process.stdout.write(`- skipped ${name}: ${why}\n`);
if (covered.size === 0) {
  fail('no package to test: run `npx -y pnpm@10.34.8 build` first');
  process.exit(1);
}
// A Node-only command-line package is checked through its installed binary, not imported into the
// ESM, CJS, browser and TypeScript programs.
const activeChecks = checks.filter((check) => covered.has(check.pkg) && check.bin === undefined);
const binChecks = checks.filter((check) => covered.has(check.pkg) && check.bin !== undefined);
for (const name of covered.keys()) {
  if (!checks.some((check) => check.pkg === name)) fail(`${name} has no check in examples/smoke/checks.mjs`);
}

// ---------------------------------------------------------------------------------------------
// 2. Pack with pnpm (workspace:^ → ^<version>), all packages at once.
// ---------------------------------------------------------------------------------------------
rmSync(work, { recursive: true, force: true });
mkdirSync(tarballs, { recursive: true });
const pnpm = process.env.npm_execpath?.includes('pnpm')
  ? [process.execPath, [process.env.npm_execpath]]
  : ['npx', ['-y', 'pnpm@10.34.8']];

let phase = performance.now();
const filters = [...covered.keys()].flatMap((name) => ['--filter', name]);
const packResult = await run(pnpm[0], [...pnpm[1], '-r', ...filters, 'pack', '--pack-destination', tarballs], { cwd: root });
const files = readdirSync(tarballs).filter((file) => file.endsWith('.tgz')).map((file) => join(tarballs, file)).sort();
const packedManifests = files.map((file) => ({ file, text: readTarballManifest(file) }));
// The packed manifests must not keep a workspace: range (npm cannot install one).
const leftover = packedManifests.filter(({ text }) => text === undefined || text.includes('workspace:')).map(({ file }) => relative(tarballs, file));
if (packResult.ok && files.length === covered.size && leftover.length === 0) {
  pass(`pnpm pack: ${files.length} tarballs, workspace:^ ranges rewritten (${seconds(phase)})`);
} else {
  const why = leftover.length ? `workspace: range left in (or unreadable) ${leftover.join(', ')}` : output(packResult);
  fail(`pnpm pack: ${files.length} tarballs for ${covered.size} packages`, why);
}

/** The package.json inside a .tgz, read with tar; undefined when it cannot be read. */
function readTarballManifest(file) {
  const dest = join(work, 'unpacked', relative(tarballs, file));
  mkdirSync(dest, { recursive: true });
  try {
    execFileSync('tar', ['-xzf', file, '-C', dest, 'package/package.json'], { stdio: 'ignore' });
    return readFileSync(join(dest, 'package', 'package.json'), 'utf8');
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Generate the throwaway projects from checks.mjs.
// ---------------------------------------------------------------------------------------------
const esmHeader = activeChecks
  .map((c) => (c.namespace ? `import * as ${c.namespace} from '${c.pkg}';` : `import { ${c.imports.join(', ')} } from '${c.pkg}';`))
  .join('\n');
const cjsHeader = activeChecks
  .map((c) => (c.namespace ? `const ${c.namespace} = require('${c.pkg}');` : `const { ${c.imports.join(', ')} } = require('${c.pkg}');`))
  .join('\n');

const jsHelpers = `
function eq(actual, expected, what) {
  const a = JSON.stringify(actual), b = JSON.stringify(expected);
  if (a !== b) throw new Error(what + ': expected ' + b + ', got ' + a);
}
function check(pkg, fn) {
  try {
    console.log(JSON.stringify({ pkg, ok: true, detail: fn() }));
  } catch (error) {
    console.log(JSON.stringify({ pkg, ok: false, detail: String((error && error.stack) || error) }));
  }
}`;
const tsHelpers = `
function eq(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual), b = JSON.stringify(expected);
  if (a !== b) throw new Error(what + ': expected ' + b + ', got ' + a);
}
function check(pkg: string, fn: () => string): void {
  try {
    console.log(JSON.stringify({ pkg, ok: true, detail: fn() }));
  } catch (error) {
    console.log(JSON.stringify({ pkg, ok: false, detail: String(error instanceof Error ? error.stack : error) }));
  }
}`;
const calls = activeChecks.map((c) => `check(${JSON.stringify(c.pkg)}, () => {${c.body}\n});`).join('\n\n');
const typeErrors = activeChecks
  .flatMap((c) => c.typeErrors.map((expr) => `// @ts-expect-error — ${c.pkg}: a wrong call must not type-check\n${expr};`))
  .join('\n');
const banner = '// Generated by examples/smoke/run.mjs from checks.mjs.\n';
const esmSource = `${banner}${esmHeader}\n${jsHelpers}\n\n${calls}\n`;
const cjsSource = `${banner}'use strict';\n${cjsHeader}\n${jsHelpers}\n\n${calls}\n`;
const tsSource = (header) => `${banner}${header}\n${tsHelpers}\n\n${calls}\n\nexport function wrongCalls(): void {\n${typeErrors}\n}\n`;

const packedNames = packedManifests.flatMap(({ text }) => (text ? [JSON.parse(text).name] : []));

// Two projects, as two kinds of user would start them: an ESM app (`"type": "module"`) that also
// holds the esbuild entry and the TypeScript files, and a CommonJS app (no `type`, plain require).
const projects = {
  esm: {
    type: 'module',
    files: {
      'main.js': esmSource,
      'main.mts': tsSource(esmHeader),
      // A .cts file is CommonJS to tsc: it resolves the packages with the `require` condition (index.d.cts).
      'main.cts': tsSource(esmHeader),
      'main.ts': tsSource(esmHeader),
      'tsconfig.node16.json': tsconfig({ module: 'node16', moduleResolution: 'node16' }, ['main.mts', 'main.cts']),
      'tsconfig.bundler.json': tsconfig({ module: 'preserve', moduleResolution: 'bundler' }, ['main.ts']),
    },
  },
  cjs: { files: { 'main.js': cjsSource } },
};
function tsconfig(resolution, include) {
  const compilerOptions = {
    ...resolution,
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    types: [],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    // tsc's default: the packages' .d.ts files are checked too, not only the calls.
    skipLibCheck: false,
  };
  return `${JSON.stringify({ compilerOptions, include }, null, 2)}\n`;
}
for (const [name, project] of Object.entries(projects)) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const manifest = { name: `smoke-${name}`, private: true, ...(project.type ? { type: project.type } : {}) };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [file, text] of Object.entries(project.files)) writeFileSync(join(dir, file), text);
}

// ---------------------------------------------------------------------------------------------
// 4. Install all the tarballs at once into each project, so the @zhidu/* packages resolve to each
//    other from the tarballs; third-party dependencies come from the registry, through a shared cache.
// ---------------------------------------------------------------------------------------------
// pnpm passes its own npm_config_* settings to scripts; npm should see only the user's own config.
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')));
const [esmReady, cjsReady] = await Promise.all(
  Object.keys(projects).map(async (name) => {
    const t = performance.now();
    const dir = join(work, name);
    const result = await run(
      'npm',
      ['install', ...files, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--cache', npmCache],
      { cwd: dir, env: npmEnv },
    );
    const missing = packedNames.filter((pkg) => !existsSync(join(dir, 'node_modules', pkg, 'package.json')));
    const ok = result.ok && missing.length === 0;
    if (ok) pass(`npm install ${files.length} tarballs into a fresh ${name} project (${seconds(t)})`);
    else fail(`npm install into ${name}${missing.length ? ` (missing ${missing.join(', ')})` : ''}`, output(result));
    return ok;
  }),
);

// ---------------------------------------------------------------------------------------------
// 5. Run the checks (in parallel; printed in a fixed order).
// ---------------------------------------------------------------------------------------------
phase = performance.now();
/** Reads the JSON lines a generated program prints, one per package. */
function report(label, result) {
  const seen = new Set();
  for (const line of result.stdout.split('\n').filter((l) => l.startsWith('{'))) {
    const { pkg, ok, detail } = JSON.parse(line);
    seen.add(pkg);
    if (ok) pass(`${label.padEnd(14)} ${pkg.padEnd(18)} ${detail}`);
    else fail(`${label.padEnd(14)} ${pkg.padEnd(18)}`, detail);
  }
  const unseen = activeChecks.filter((c) => !seen.has(c.pkg)).map((c) => c.pkg);
  if (!result.ok || unseen.length > 0) fail(`${label} did not finish${unseen.length ? ` (no result for ${unseen.join(', ')})` : ''}`, output(result));
}

const tasks = [];
if (esmReady) tasks.push(run(process.execPath, ['main.js'], { cwd: join(work, 'esm') }).then((result) => () => report('node ESM', result)));
if (cjsReady) tasks.push(run(process.execPath, ['main.js'], { cwd: join(work, 'cjs') }).then((result) => () => report('node CJS', result)));
if (esmReady) tasks.push(bundle(join(work, 'esm')));
for (const check of binChecks) {
  for (const [label, ready, project] of [['bin (ESM app)', esmReady, 'esm'], ['bin (CJS app)', cjsReady, 'cjs']]) {
    if (!ready) continue;
    const dir = join(work, project);
    const bin = join(dir, 'node_modules', '.bin', check.bin.name);
    tasks.push(
      run(bin, check.bin.args, { cwd: dir }).then((result) => () => {
        const missing = check.bin.expect.filter((text) => !result.stdout.includes(text));
        if (result.ok && missing.length === 0) pass(`${label.padEnd(14)} ${check.pkg.padEnd(18)} ${check.bin.name} ${check.bin.args.join(' ')}: ${check.bin.expect.join(', ')}`);
        else fail(`${label.padEnd(14)} ${check.pkg.padEnd(18)} ${check.bin.name} ${check.bin.args.join(' ')}${missing.length ? ` (missing ${missing.join(', ')})` : ''}`, output(result));
      }),
    );
  }
}
if (esmReady) {
  const tsc = rootRequire.resolve('typescript/bin/tsc');
  const expectErrors = typeErrors.match(/@ts-expect-error/g)?.length ?? 0;
  for (const [label, config, files] of [
    ['tsc node16', 'tsconfig.node16.json', 'main.mts + main.cts'],
    ['tsc bundler', 'tsconfig.bundler.json', 'main.ts'],
  ]) {
    const t = performance.now();
    tasks.push(
      run(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: join(work, 'esm') }).then((result) => () => {
        const what = `${label.padEnd(14)} ${files}: ${activeChecks.length} packages type-check, ${expectErrors} wrong calls rejected`;
        const { ours, thirdParty } = diagnostics(result.stdout);
        if (ours.length === 0 && (result.ok || thirdParty.length > 0)) pass(`${what} (${seconds(t)})`);
        else fail(`${what} (${seconds(t)})`, ours.length > 0 ? ours.join('\n') : output(result));
        if (thirdParty.length > 0) {
          const where = [...new Set(thirdParty.map((d) => d.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1]))].join(', ');
          process.stdout.write(`  (not counted: ${thirdParty.length} error(s) inside third-party declarations: ${where})\n`);
        }
      }),
    );
  }
}

/**
 * Splits tsc's diagnostics into ours (the checked files and the zhidu packages' declarations) and
 * third-party ones (errors inside another library's .d.ts, which no zhidu change can fix).
 */
function diagnostics(text) {
  const entries = [];
  for (const line of text.split('\n')) {
    if (/^\S.*\(\d+,\d+\): error TS\d+/.test(line) || /^error TS\d+/.test(line)) entries.push(line);
    else if (line.trim() && entries.length > 0) entries[entries.length - 1] += `\n${line}`;
  }
  const isThirdParty = (entry) => /node_modules\//.test(entry.split('(')[0]) && !/node_modules\/(?:@zhidu\/|zhidu\/)/.test(entry.split('(')[0]);
  return { ours: entries.filter((e) => !isThirdParty(e)), thirdParty: entries.filter(isThirdParty) };
}

/** Bundles the ESM entry for the browser with esbuild, checks what went in, and runs the bundle in Node. */
async function bundle(dir) {
  const esbuild = await import(rootRequire.resolve('esbuild'));
  let built;
  try {
    built = await esbuild.build({
      absWorkingDir: dir,
      entryPoints: ['main.js'],
      outfile: join(dir, 'out', 'bundle.mjs'),
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      metafile: true,
      logLevel: 'silent',
    });
  } catch (error) {
    return () => fail('esbuild browser bundle', (error.errors ?? [error]).map((e) => e.text ?? String(e)).join('\n'));
  }
  const code = readFileSync(join(dir, 'out', 'bundle.mjs'), 'utf8');
  // A browser bundle must not keep a require() of anything (a Node builtin least of all).
  const builtinRequires = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
  // Every module in the bundle must come from the installed tarballs, not from the workspace.
  const outside = Object.keys(built.metafile.inputs).filter((input) => !resolve(dir, input).startsWith(`${dir}/`));
  const result = await run(process.execPath, [join(dir, 'out', 'bundle.mjs')], { cwd: dir });
  return () => {
    const size = `${(code.length / 1024).toFixed(0)} KB`;
    const problems = [
      ...built.warnings.map((w) => `warning: ${w.text}`),
      ...builtinRequires.map((m) => `require("${m}") in the bundle`),
      ...outside.map((input) => `bundled from outside the installed project: ${input}`),
    ];
    if (problems.length === 0) pass(`esbuild browser bundle: ${size}, no warnings, no require(), every input from the installed tarballs`);
    else fail(`esbuild browser bundle (${size})`, problems.join('\n'));
    report('esbuild bundle', result);
  };
}

for (const print of await Promise.all(tasks)) print();
process.stdout.write(`  checks ran in parallel in ${seconds(phase)}\n`);

const names = [...covered.keys()];
process.stdout.write(`\ncovered ${names.length} packages: ${names.join(', ')}\n`);
if (skipped.size > 0) process.stdout.write(`skipped ${skipped.size}: ${[...skipped.keys()].join(', ')}\n`);
process.stdout.write(`${failures === 0 ? 'smoke: all checks passed' : `smoke: ${failures} check(s) failed`} in ${seconds(started)}\n`);
process.exit(failures === 0 ? 0 : 1);
