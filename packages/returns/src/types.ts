import type { Decision, DeepReadonly, Money } from '@zhidu/core';
import type * as z from 'zod/mini';
import type { conditionSchema, priceProtectionInputSchema, resolutionSchema, returnInputSchema, returnPolicySchema, returnReasonSchema, returnTagSchema } from './schema.js';

/** A line tag that matters to returns. */
export type ReturnTag = z.output<typeof returnTagSchema>;
/** Why the customer wants to return. */
export type ReturnReason = z.output<typeof returnReasonSchema>;
/** What the customer asks for. */
export type Resolution = z.output<typeof resolutionSchema>;
/** The state of the goods. */
export type Condition = z.output<typeof conditionSchema>;

/** The input of {@link evaluateReturn}. */
export type ReturnInput = DeepReadonly<z.input<typeof returnInputSchema>>;
/** The input of {@link evaluatePriceProtection}. */
export type PriceProtectionInput = DeepReadonly<z.input<typeof priceProtectionInputSchema>>;

declare const parsedReturnInput: unique symbol;
declare const parsedPriceProtectionInput: unique symbol;

/**
 * A return request as {@link parseReturnInput} gives it back: the schema's output (ids trimmed),
 * checked against everything the evaluator checks (the line exists, amounts fit the currency, what
 * was paid is not above price × quantity, no instant before the order was placed). The brand
 * exists only in the type: it keeps an unchecked object from reaching
 * {@link ReturnEvaluator.evaluateParsed} by accident. Input that was checked and stored by the
 * host can be asserted back with `as ParsedReturnInput`.
 */
export type ParsedReturnInput = DeepReadonly<z.output<typeof returnInputSchema>> & { readonly [parsedReturnInput]: true };

/**
 * A price-protection claim as {@link parsePriceProtectionInput} gives it back: the schema's output,
 * checked against everything the evaluator checks. The brand exists only in the type (see
 * {@link ParsedReturnInput}).
 */
export type ParsedPriceProtectionInput = DeepReadonly<z.output<typeof priceProtectionInputSchema>> & { readonly [parsedPriceProtectionInput]: true };

/** The returns policy as overrides are written against it. */
export type ReturnPolicyInput = z.input<typeof returnPolicySchema>;
/** A complete, validated returns policy. */
export type ReturnPolicy = DeepReadonly<z.output<typeof returnPolicySchema>>;

/** The decision on a return request. */
export type ReturnDecision = Decision<{
  /** The request meets the policy (approved, or waiting for a person to decide). */
  readonly eligible: boolean;
  /** `approve`, `reject`, or `review` where a person must decide (RET-4). */
  readonly outcome: 'approve' | 'reject' | 'review';
  /** The resolution asked for. */
  readonly resolution: Resolution;
  /** Who pays to send the goods back. */
  readonly returnShippingPaidBy: 'buyer' | 'seller' | 'none';
  /** What is refunded (zero on a rejection or an exchange): the share paid for the units, less the fee. */
  readonly refund: Money;
  /** The restocking fee kept (RET-9). */
  readonly restockingFee: Money;
  /** The end of the window that applied (UTC ISO), or `null` when it has no limit. */
  readonly deadline: string | null;
}>;

/** The decision on a price-protection claim (RET-6). */
export type PriceProtectionDecision = Decision<{
  readonly eligible: boolean;
  readonly refund: Money;
  readonly deadline: string | null;
}>;
