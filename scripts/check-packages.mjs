// Checks every publishable package the way npm and TypeScript users will meet it:
// publint --strict (package.json, exports, files) and attw --pack (types resolve in every
// module mode). Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .filter((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private !== true);

// publint packs with the workspace's package manager; put a `pnpm` on PATH when only npx has it.
const shimDir = join(root, '.tmp', 'bin');
const env = { ...process.env };
try {
  execFileSync('pnpm', ['--version'], { stdio: 'ignore' });
} catch {
  mkdirSync(shimDir, { recursive: true });
  const runner = process.env.npm_execpath?.includes('pnpm') ? `"${process.execPath}" "${process.env.npm_execpath}"` : 'npx -y pnpm@10.34.8';
  writeFileSync(join(shimDir, 'pnpm'), `#!/bin/sh\nexec ${runner} "$@"\n`);
  chmodSync(join(shimDir, 'pnpm'), 0o755);
  env.PATH = `${shimDir}:${env.PATH ?? ''}`;
}

let failed = 0;
for (const dir of packages) {
  const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--format', 'table-flipped']],
  ]) {
    try {
      const out = execFileSync(bin(tool), args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      process.stdout.write(`✓ ${tool} ${name}\n`);
      if (process.env.VERBOSE) process.stdout.write(out);
    } catch (error) {
      failed += 1;
      process.stdout.write(`✗ ${tool} ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}\n`);
    }
  }
}
// Smoke test: the built entry points load in plain Node, as ESM and as CJS (the package imports
// itself by name, as a dependent would), and export the same names.
for (const dir of packages) {
  const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const script = `
    const esm = await import(${JSON.stringify(name)});
    const { createRequire } = await import('node:module');
    const cjs = createRequire(import.meta.url)(${JSON.stringify(name)});
    const a = Object.keys(esm).filter((k) => k !== 'default').sort().join();
    const b = Object.keys(cjs).sort().join();
    if (a !== b) throw new Error('ESM and CJS export different names');
    if (a.length === 0) throw new Error('no exports');
    console.log(Object.keys(cjs).length + ' exports');`;
  try {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    process.stdout.write(`✓ node ESM + CJS load ${name} (${out.trim()})\n`);
  } catch (error) {
    failed += 1;
    process.stdout.write(`✗ node ESM + CJS load ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}\n`);
  }
}

if (failed > 0) {
  process.stdout.write(`${failed} package check(s) failed\n`);
  process.exit(1);
}
