import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIo, type CliOutput } from '../src/index.js';

export const fixtures = join(import.meta.dirname, 'fixtures');

/** A stdout or stderr that keeps what was written. */
export interface FakeOutput extends CliOutput {
  readonly chunks: string[];
  text(): string;
}

export function fakeOutput(onWrite?: (chunk: string) => void, isTTY = false): FakeOutput {
  const chunks: string[] = [];
  return {
    chunks,
    isTTY,
    columns: 200,
    write(chunk: string) {
      chunks.push(chunk);
      onWrite?.(chunk);
      return true;
    },
    text: () => chunks.join(''),
  };
}

/** Runs the CLI in-process with fake outputs, from the fixtures directory. */
export async function run(argv: string[], io: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string; jsonl: Record<string, unknown>[] }> {
  const stdout = (io.stdout as FakeOutput | undefined) ?? fakeOutput();
  const stderr = (io.stderr as FakeOutput | undefined) ?? fakeOutput();
  const code = await runCli(argv, { cwd: fixtures, ...io, stdout, stderr });
  const out = stdout.text();
  const jsonl = out
    .split('\n')
    .filter((line) => line.startsWith('{') && line.endsWith('}'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code, stdout: out, stderr: stderr.text(), jsonl };
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'zhidu-cli-'));
