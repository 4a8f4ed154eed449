import { Decimal as DecimalJs } from 'decimal.js';

/**
 * How an amount is rounded to a currency's minor unit.
 * - `half-up`: ties away from zero (1.005 → 1.01, −1.005 → −1.01); the default
 * - `half-even`: ties to the even digit (banker's rounding)
 * - `half-down`: ties toward zero
 * - `up` / `down`: away from / toward zero
 * - `ceil` / `floor`: toward +∞ / −∞
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/** Every rounding mode, for schemas and docs. */
export const roundingModes = ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'] as const satisfies readonly RoundingMode[];

const modes: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  'half-down': DecimalJs.ROUND_HALF_DOWN,
  up: DecimalJs.ROUND_UP,
  down: DecimalJs.ROUND_DOWN,
  ceil: DecimalJs.ROUND_CEIL,
  floor: DecimalJs.ROUND_FLOOR,
};

/**
 * The decimal.js rounding constant of a mode.
 *
 * @param mode - a rounding mode
 * @returns decimal.js's constant, or `undefined` for an unknown mode
 * @example
 * decimalRounding('half-even')
 * //=> 6
 */
export function decimalRounding(mode: unknown): DecimalJs.Rounding | undefined {
  return typeof mode === 'string' && Object.hasOwn(modes, mode) ? modes[mode as RoundingMode] : undefined;
}
