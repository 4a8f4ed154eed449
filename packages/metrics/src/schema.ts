import { currencyMinorUnit, nonNegativeDecimalSchema, readDecimal, storeSettingsSchema } from '@zhidu/core';
import * as z from 'zod/mini';

const countMessage = 'Expected a count: a whole number, zero or more';

/**
 * A count: a non-negative safe integer (orders, visitors, customers …). Written as a refinement
 * rather than `z.int()`, whose issue stops the object's cross-field checks, so one call still
 * lists every bad field.
 */
const count = z.pipe(
  z.number({ error: countMessage }).check(z.refine((value) => Number.isSafeInteger(value) && value >= 0, { message: countMessage })),
  // -0 is a count of zero: written back as 0, so a decision survives JSON.
  z.transform((value: number) => value + 0),
);

/** A strict object: each unknown key is an issue at its own path (core's fromZodIssues). */
function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape);
}

/**
 * Adds to an object schema the check that its amounts have no more decimals than the input's
 * currency allows (amounts are read exactly, never rounded silently). The check runs even when
 * other fields are bad, so one call lists every bad field.
 */
function withMinorUnits<S extends z.ZodMiniObject>(schema: S, fields: readonly string[]): S {
  return schema.check(
    z.superRefine((value: unknown, ctx) => {
      if (typeof value !== 'object' || value === null) return;
      const record = value as Readonly<Record<string, unknown>>;
      const code = record.currency;
      const scale = typeof code === 'string' ? currencyMinorUnit(code) : undefined;
      if (scale === undefined) return;
      for (const field of fields) {
        const amount = readDecimal(record[field]);
        if (amount !== undefined && amount.decimalPlaces() > scale) {
          ctx.issues.push({
            code: 'custom',
            input: record[field],
            path: [field],
            message: `${amount.toString()} has ${String(amount.decimalPlaces())} decimal places; ${String(code)} allows ${String(scale)}`,
          });
        }
      }
    }, { when: (payload) => typeof payload.value === 'object' && payload.value !== null }),
  );
}

/**
 * Adds to an object schema the checks that a part does not exceed its whole (repeat customers
 * are some of the customers, correct replies some of the replies checked …). They run beside the
 * field checks, on the fields that are valid counts, so one call lists every bad field.
 */
function withParts<S extends z.ZodMiniObject>(schema: S, parts: readonly (readonly [part: string, whole: string])[]): S {
  return schema.check(
    z.superRefine((value: unknown, ctx) => {
      const record = value as Readonly<Record<string, unknown>>;
      for (const [part, whole] of parts) {
        const a = record[part];
        const b = record[whole];
        if (isCount(a) && isCount(b) && a > b) {
          ctx.issues.push({ code: 'custom', input: a, path: [part], message: `${part} (${String(a)}) cannot exceed ${whole} (${String(b)}): it counts some of them` });
        }
      }
    }, { when: (payload) => typeof payload.value === 'object' && payload.value !== null }),
  );
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** An ISO 4217 currency code (its minor unit sets the scale of money KPIs). */
const currency = z.string({ error: 'Expected an ISO 4217 currency code such as "CNY" or "USD"' }).check(
  z.refine((value) => currencyMinorUnit(value) !== undefined, { message: 'Expected an ISO 4217 currency code such as "CNY" or "USD"' }),
);

/** How ROI is defined (MET-2): sales ÷ cost (电商投产比) or (sales − cost) ÷ cost. */
export const roiDefinitionSchema = z.enum(['sales_over_cost', 'profit_over_cost']);

/** The input of {@link conversionRate}: orders and unique visitors (UV) of the same period. */
export const conversionRateInputSchema = strict({ orders: count, visitors: count });

/** The input of {@link clickThroughRate}. */
export const clickThroughRateInputSchema = strict({ clicks: count, impressions: count });

/** The input of {@link averageOrderValue}: sales as a decimal amount, the number of orders, the currency. */
export const averageOrderValueInputSchema = withMinorUnits(
  strict({ sales: nonNegativeDecimalSchema, orders: count, currency }),
  ['sales'],
);

/** The input of {@link repurchaseRate}: customers who bought again, of the customers who bought. */
export const repurchaseRateInputSchema = withParts(strict({ repeatCustomers: count, customers: count }), [['repeatCustomers', 'customers']]);

/** The input of {@link afterSalesRate}. */
export const afterSalesRateInputSchema = strict({ afterSalesOrders: count, orders: count });

/** The input of {@link complaintRate}. */
export const complaintRateInputSchema = strict({ complaints: count, orders: count });

/** The input of {@link customerAcquisitionCost}: the marketing cost as a decimal amount, the new customers, the currency. */
export const customerAcquisitionCostInputSchema = withMinorUnits(
  strict({ marketingCost: nonNegativeDecimalSchema, newCustomers: count, currency }),
  ['marketingCost'],
);

/** The input of {@link retentionRate}: customers at the start and the end of the period, and the new customers within it. */
export const retentionRateInputSchema = withParts(
  strict({ customersAtStart: count, customersAtEnd: count, newCustomers: count }),
  [['newCustomers', 'customersAtEnd']],
).check(
  z.superRefine((value: unknown, ctx) => {
    const { customersAtStart: start, customersAtEnd: end, newCustomers: added } = value as Readonly<Record<string, unknown>>;
    if (isCount(start) && isCount(end) && isCount(added) && end - added > start) {
      ctx.issues.push({
        code: 'custom',
        input: end,
        path: ['customersAtEnd'],
        message: `customersAtEnd − newCustomers (${String(end - added)}) cannot exceed customersAtStart (${String(start)}): the customers kept are some of those at the start`,
      });
    }
  }, { when: (payload) => typeof payload.value === 'object' && payload.value !== null }),
);

/** The input of {@link roi}: sales and cost as decimal amounts; with a currency, their decimals are checked against it. */
export const roiInputSchema = withMinorUnits(
  strict({ sales: nonNegativeDecimalSchema, cost: nonNegativeDecimalSchema, currency: z.optional(currency) }),
  ['sales', 'cost'],
);

/** The input of {@link firstResponseTime}: the first-response time of each conversation, in seconds. */
export const firstResponseTimeInputSchema = strict({
  responseSeconds: z.array(nonNegativeDecimalSchema).check(z.maxLength(10_000_000)),
});

/** The input of {@link replyAccuracy}: correct replies of the replies checked. */
export const replyAccuracyInputSchema = withParts(strict({ correct: count, total: count }), [['correct', 'total']]);

/** The input of {@link resolutionRate}: issues resolved of the issues received. */
export const resolutionRateInputSchema = withParts(strict({ resolved: count, total: count }), [['resolved', 'total']]);

/** The input of {@link satisfactionRate}: satisfied ratings of the ratings given. */
export const satisfactionRateInputSchema = withParts(strict({ satisfied: count, rated: count }), [['satisfied', 'rated']]);

/** The metrics policy. */
export const metricsPolicySchema = z.strictObject({
  store: storeSettingsSchema,
  /** Decimal places of rates and ratios (rounded half-up); money KPIs use the currency's minor unit. */
  precision: z._default(z.int().check(z.minimum(0), z.maximum(20)), 4),
  /** MET-2: ROI as sales ÷ cost (电商投产比) or as (sales − cost) ÷ cost. */
  roiDefinition: z._default(roiDefinitionSchema, 'sales_over_cost'),
});
