/**
 * An error that ends a run with one clear line and an exit code: a missing file, a bad policy,
 * a bad option (exit code 2).
 */
export class CliError extends Error {
  override name = 'CliError';
  /** The process exit code. */
  readonly exitCode: number;
  /** Further lines (e.g. every issue of a bad policy), printed after the message. */
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = [], exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
    this.details = details;
  }
}
