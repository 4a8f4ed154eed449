import { collectIssues, currencyMinorUnit, parseInput, parseInstant, PolicyInputError, readMoney, type Decimal, type PolicyIssue } from '@zhidu/core';
import type * as z from 'zod/mini';
import { matchReturnInput } from './matchReturnInput.js';
import { toMinorUnits, writtenMinorUnits } from './paidShare.js';
import { returnInputSchema } from './schema.js';
import type { ParsedReturnInput } from './types.js';

type Line = ParsedReturnInput['order']['lines'][number];

/** Where the instants sit in the input, for errors (made once: a path literal is an allocation per call). @internal */
export const instantPaths = {
  placedAt: ['order', 'placedAt'],
  deliveredAt: ['order', 'deliveredAt'],
  requestedAt: ['request', 'requestedAt'],
} as const;

/**
 * What the rules read off a checked request: its line, the currency's minor unit, and the instants
 * as epoch milliseconds (read once, here).
 *
 * @internal
 */
export interface CheckedReturn {
  readonly input: ParsedReturnInput;
  readonly line: Line;
  /** The currency's decimal places. */
  readonly scale: number;
  /** What was paid for the line in minor units, when the check already read it. */
  readonly paidMinor: Decimal | undefined;
  /** When the windows open: delivery, or placement when never delivered. */
  readonly startTime: number;
  readonly requestedTime: number;
}

/**
 * Checks what the schema cannot: the requested line exists, its amounts are money in the order's
 * currency (no more decimals than it has), what was paid is not above price × quantity, and no
 * instant comes before the order was placed. Lists every issue at once.
 *
 * @internal
 */
export function checkReturnInput(parsed: z.output<typeof returnInputSchema>): CheckedReturn {
  const { order, request } = parsed;
  const issues: PolicyIssue[] = [];
  const lineIndex = order.lines.findIndex((line) => line.id === request.lineId);
  if (lineIndex < 0) issues.push({ path: ['request', 'lineId'], message: `No line ${JSON.stringify(request.lineId)} in the order`, code: 'unknown_line' });
  const line = order.lines[lineIndex];
  let scale: number | undefined;
  let paidMinor: Decimal | undefined;
  if (line !== undefined) {
    // Amounts written as Money writes them (the common case) are compared in minor units; any
    // other amount is read strictly, with its issues.
    const unitMinor = writtenMinorUnits(line.unitPrice, order.currency);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: which way the amounts are read is a shortcut; both read the same minor units and report the same issues
    paidMinor = unitMinor === undefined ? undefined : writtenMinorUnits(line.paid, order.currency);
    let tooBig: boolean;
    if (unitMinor !== undefined && paidMinor !== undefined) {
      scale = currencyMinorUnit(order.currency);
      tooBig = paidMinor.greaterThan(unitMinor.times(line.quantity));
    } else {
      const unit = collectIssues(issues, () => readMoney(['order', 'lines', lineIndex, 'unitPrice'], line.unitPrice, order.currency));
      const paid = collectIssues(issues, () => readMoney(['order', 'lines', lineIndex, 'paid'], line.paid, order.currency));
      scale = paid?.scale;
      paidMinor = paid === undefined ? undefined : toMinorUnits(paid.value, paid.scale);
      tooBig = unit !== undefined && paid?.value.greaterThan(unit.value.times(line.quantity)) === true;
    }
    if (tooBig) {
      issues.push({ path: ['order', 'lines', lineIndex, 'paid'], message: 'What was paid for a line cannot exceed its price × quantity', code: 'too_big' });
    }
  }
  const placedTime = parseInstant(order.placedAt, instantPaths.placedAt).getTime();
  const deliveredTime = order.deliveredAt == null ? null : parseInstant(order.deliveredAt, instantPaths.deliveredAt).getTime();
  const requestedTime = parseInstant(request.requestedAt, instantPaths.requestedAt).getTime();
  if (deliveredTime !== null && deliveredTime < placedTime) issues.push({ path: ['order', 'deliveredAt'], message: 'Delivered before the order was placed', code: 'invalid_date' });
  if (requestedTime < placedTime) issues.push({ path: ['request', 'requestedAt'], message: 'Requested before the order was placed', code: 'invalid_date' });
  if (issues.length > 0 || line === undefined || scale === undefined || paidMinor === undefined) throw new PolicyInputError(issues);
  return { input: parsed as unknown as ParsedReturnInput, line, scale, paidMinor, startTime: deliveredTime ?? placedTime, requestedTime };
}

/**
 * Validates a return request once, at the boundary, for {@link ReturnEvaluator.evaluateParsed}:
 * the schema ({@link returnInputSchema}) and every check `evaluate` makes, with the same
 * {@link @zhidu/core!PolicyInputError} issues. A host that validates where a request comes in and
 * decides it later (or under several policies) pays for validation once.
 *
 * @param input - the order (with what was paid per line) and the request, untrusted
 * @returns the request, checked (a new object; ids trimmed)
 * @throws {@link @zhidu/core!PolicyInputError} with the path of every bad field
 * @example
 * const parsed = parseReturnInput({ order, request });
 * createReturnEvaluator(presets.generic).evaluateParsed(parsed).outcome
 * //=> 'approve'
 * parseReturnInput({ order, request: { ...request, lineId: 'nope' } })
 * //=> throws PolicyInputError: Invalid input, 1 issue: request.lineId: No line "nope" in the order
 */
export function parseReturnInput(input: unknown): ParsedReturnInput {
  return checkReturnInput(readReturnInput(input)).input;
}

/**
 * The input through `returnInputSchema`: checked by hand when it is plain JSON in the common shape
 * (see `matchReturnInput`), by zod otherwise — zod's issues when it is bad.
 *
 * @internal
 */
export function readReturnInput(input: unknown): z.output<typeof returnInputSchema> {
  return matchReturnInput(input) ?? parseInput(returnInputSchema, input);
}
