/** The codes of the errors zhidu throws. */
export type ZhiduErrorCode = 'POLICY_INPUT' | 'POLICY_CONFIG';

/** Options every zhidu error accepts. */
export interface ZhiduErrorOptions {
  /** The error that caused this one, kept for debugging. */
  readonly cause?: unknown;
}

/**
 * The base class of every error zhidu throws. Catch it with `instanceof` and switch on `code`.
 * A decision that says "no" is never an error: it is an outcome with reasons.
 *
 * @example
 * try {
 *   money('1.005', 'CNY');
 * } catch (error) {
 *   if (error instanceof ZhiduError) console.log(error.code);
 * }
 * //=> logs 'POLICY_INPUT'
 */
export class ZhiduError extends Error {
  override name = 'ZhiduError';
  /** What kind of error this is. */
  readonly code: ZhiduErrorCode;

  /**
   * @param code - what kind of error this is
   * @param message - a one-line description
   * @param options - the cause, if any
   */
  constructor(code: ZhiduErrorCode, message: string, options?: ZhiduErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
