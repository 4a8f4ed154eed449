import { Presets, SingleBar } from 'cli-progress';
import type { CliIo } from './cliIo.js';

/** The progress of a run: updated per row; draws nothing unless the run is interactive. */
export interface Progress {
  update(rows: number, bytes: number): void;
  /** Clears the bar's line before other output is written to the terminal. */
  clear(): void;
  stop(): void;
}

const silent: Progress = { update: () => undefined, clear: () => undefined, stop: () => undefined };

/**
 * A progress bar (cli-progress) on stderr — bytes read of the file's size, rows, rows/s and ETA —
 * shown only when both stdout and stderr are terminals (or `io.progress` forces it); silent when
 * output is piped or redirected.
 */
export function createProgress(io: CliIo, totalBytes: number): Progress {
  const enabled = io.progress ?? (io.stdout.isTTY === true && io.stderr.isTTY === true);
  if (!enabled || totalBytes === 0) return silent;
  const started = Date.now();
  const bar = new SingleBar(
    {
      stream: io.stderr as unknown as NodeJS.WritableStream,
      format: '{bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
      hideCursor: false,
      clearOnComplete: true,
      etaBuffer: 100,
      fps: 5,
      noTTYOutput: io.stderr.isTTY !== true,
    },
    Presets.shades_classic,
  );
  bar.start(totalBytes, 0, { rows: 0, rate: 0 });
  return {
    update(rows, bytes) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(Math.min(bytes, totalBytes), { rows: rows.toLocaleString('en-US'), rate: seconds > 0 ? Math.round(rows / seconds).toLocaleString('en-US') : 0 });
    },
    clear() {
      if (io.stderr.isTTY === true) io.stderr.write('\r\x1b[K');
    },
    stop() {
      bar.stop();
    },
  };
}
