/** A stream the CLI writes to: `process.stdout`, `process.stderr`, or a fake in tests. */
export interface CliOutput {
  write(chunk: string): boolean;
  /** Whether the stream is a terminal: tables and the progress bar only go to a terminal. */
  readonly isTTY?: boolean | undefined;
  /** The terminal's width in columns. */
  readonly columns?: number | undefined;
  once?(event: 'drain', listener: () => void): unknown;
}

/** What {@link runCli} reads and writes: everything a run touches outside its arguments. */
export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** The directory relative paths are read from; `process.cwd()` by default. */
  readonly cwd?: string | undefined;
  /** Aborted on Ctrl-C: the run stops after the current row and reports what was done. */
  readonly signal?: AbortSignal | undefined;
  /** Force the progress bar on or off; by default it shows when stdout and stderr are terminals. */
  readonly progress?: boolean | undefined;
}

/** Writes to an output and waits for it to drain when it asks to (so a fast reader never outruns a slow pipe). */
export async function writeOut(out: CliOutput, chunk: string): Promise<void> {
  if (out.write(chunk) || out.once === undefined) return;
  const once = out.once.bind(out);
  await new Promise<void>((resolve) => {
    once('drain', resolve);
  });
}
