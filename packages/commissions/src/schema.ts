import { currencyMinorUnit, decimalSchema, nonNegativeDecimalSchema, readDecimal, storeSettingsSchema } from '@zhidu/core';
import * as z from 'zod/mini';

/**
 * A position (PAY-10, PAY-11, PAY-16): a staff member (网络推广员, promoter), customer service
 * (客服人员, paid like staff under PAY-11 C, with its own commission table under PAY-17) or the
 * department supervisor (部门主管).
 *
 * @example
 * z.safeParse(commissionRoleSchema, 'customer_service').success
 * //=> true
 */
export const commissionRoleSchema = z.enum(['staff', 'customer_service', 'supervisor'], { error: 'Expected a role: staff, customer_service or supervisor' });

/**
 * A month `YYYY-MM`.
 *
 * @example
 * z.safeParse(monthSchema, '2026-3').success
 * //=> false
 */
export const monthSchema = z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/u, { message: 'Expected a month YYYY-MM, e.g. "2026-03"' }));

const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));
const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** A decimal above zero (a plan, a sales target). */
const positiveDecimal = decimalSchema.check(z.refine((value) => readDecimal(value)?.greaterThan(0) !== false, { message: 'Expected more than zero' }));

/** A completion ratio as a host passes it: `0.25`, `'1.2'` (not a percentage). */
const ratio = nonNegativeDecimalSchema;

/**
 * An amount of the policy's currency as a call accepts it: a decimal string or a number, never
 * negative, with no more decimals than the currency has (more is an input error, not a rounding).
 */
function amount(currency: string, positive: boolean) {
  const scale = currencyMinorUnit(currency) ?? 2;
  return decimalSchema.check(
    z.superRefine((value, ctx) => {
      const read = readDecimal(value);
      if (read === undefined) return;
      if (read.isNegative() && !read.isZero()) ctx.issues.push({ code: 'custom', input: value, message: 'Expected zero or more' });
      else if (positive && read.isZero()) ctx.issues.push({ code: 'custom', input: value, message: 'Expected more than zero' });
      if (read.decimalPlaces() > scale) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `${read.toString()} has ${String(read.decimalPlaces())} decimal places; ${currency} allows ${String(scale)}`,
        });
      }
    }),
  );
}

function performanceFields(currency: string) {
  return {
    /** The month's plan (推广量、反馈量、招商加盟量 or sales: any measure), above zero. */
    plan: positiveDecimal,
    /** What was achieved, in the plan's measure. */
    actual: nonNegativeDecimalSchema,
    /** A supervisor's team: each member's completion as a ratio (`0.25`), PAY-13. */
    teamCompletions: z.optional(z.array(ratio).check(z.maxLength(10_000))),
    /** The plan was exceeded: the bonus the supervisor or the company proposes (PAY-12, PAY-13). */
    exceeded: z.optional(z.strictObject({ bonus: amount(currency, false) })),
    /** Full performance pay whatever the completion, granted at discretion with a recorded reason (PAY-14). */
    override: z.optional(z.strictObject({ by: text, reason: text })),
  };
}

function salesFields(currency: string) {
  const line = z.strictObject({ id: z.optional(id), amount: amount(currency, false) });
  return {
    /** The month's order amounts of all the stores (PAY-16). */
    orders: z.array(line).check(z.maxLength(1_000_000)),
    /** The amounts returned in the month, including returns of earlier months' orders. */
    returns: z.array(line).check(z.maxLength(1_000_000)),
    /** The month's sales target, above zero (PAY-16; for customer service set before the 30th of the month before, PAY-17). */
    target: amount(currency, true),
  };
}

/**
 * Builds the input schemas of `performancePay`, `commission` and `payStatement` for a currency
 * (uncached; {@link commissionInputSchemas} keeps one set per currency).
 *
 * @param currency - an ISO 4217 currency
 * @returns `{ performancePay, commission, payStatement }`
 * @example
 * Object.keys(buildCommissionInputSchemas('CNY'))
 * //=> ['performancePay', 'commission', 'payStatement']
 */
/* @__NO_SIDE_EFFECTS__ */
export function buildCommissionInputSchemas(currency: string) {
  return {
    /** The input of `performancePay`. */
    performancePay: z.strictObject({ role: commissionRoleSchema, ...performanceFields(currency) }),
    /** The input of `commission`. */
    commission: z.strictObject({ role: commissionRoleSchema, ...salesFields(currency) }),
    /** The input of `payStatement`. */
    payStatement: z.strictObject({
      employee: z.strictObject({ id, role: commissionRoleSchema, base: z.optional(amount(currency, false)) }),
      month: monthSchema,
      attendance: z.optional(
        z.strictObject({
          absenteeismDays: z.number().check(
            z.refine((value) => Number.isFinite(value) && value >= 0 && value <= 31, { message: 'Expected a number of days from 0 to 31' }),
          ),
          fullAttendance: z.boolean(),
        }),
      ),
      penalties: z.optional(z.array(z.strictObject({ amount: amount(currency, true), reason: z.optional(text) })).check(z.maxLength(1000))),
      performance: z.strictObject(performanceFields(currency)),
      sales: z.optional(z.strictObject(salesFields(currency))),
    }),
  };
}

/**
 * The input schemas of the three calls, for amounts in one currency.
 *
 * @example
 * const schemas: CommissionInputSchemas = commissionInputSchemas('USD');
 */
export type CommissionInputSchemas = ReturnType<typeof buildCommissionInputSchemas>;

const built = new Map<string, CommissionInputSchemas>();

/**
 * The zod schemas of the inputs of `performancePay`, `commission` and `payStatement`, for the
 * currency of a policy: amounts are checked against that currency's minor unit, so every bad field
 * (a negative plan, `NaN`, an amount with 3 decimals, an unknown role, a month not `YYYY-MM`) is
 * reported in one pass.
 *
 * @param currency - the policy's ISO 4217 currency
 * @returns `{ performancePay, commission, payStatement }`
 * @example
 * z.safeParse(commissionInputSchemas('CNY').commission, { role: 'staff', orders: [{ amount: '1.005' }], returns: [], target: 1 }).success
 * //=> false
 */
export function commissionInputSchemas(currency: string): CommissionInputSchemas {
  let schemas = built.get(currency);
  if (schemas === undefined) {
    schemas = buildCommissionInputSchemas(currency);
    built.set(currency, schemas);
  }
  return schemas;
}

const rate = nonNegativeDecimalSchema.check(z.refine((value) => readDecimal(value)?.lessThanOrEqualTo(1) !== false, { message: 'Expected a rate from 0 to 1' }));

/**
 * One step of a commission table: from this completion ratio (inclusive) on, this rate of net sales.
 *
 * @example
 * z.safeParse(commissionTierSchema, { from: '0.8', rate: '0.01' }).success
 * //=> true
 */
export const commissionTierSchema = z.strictObject({ from: nonNegativeDecimalSchema, rate });

/**
 * A commission table: tiers sorted by `from`, strictly ascending, the first from 0.
 *
 * @example
 * z.safeParse(commissionTiersSchema, [{ from: '0.5', rate: '0.01' }]).success
 * //=> false
 */
export const commissionTiersSchema = z.array(commissionTierSchema).check(
  z.minLength(1),
  z.maxLength(100),
  z.superRefine((tiers, ctx) => {
    let previous: ReturnType<typeof readDecimal>;
    tiers.forEach((tier, index) => {
      const from = readDecimal(tier.from);
      if (from === undefined) return;
      if (index === 0 && !from.isZero()) {
        ctx.issues.push({ code: 'custom', input: tier.from, path: [0, 'from'], message: 'The first tier must start at 0' });
      }
      if (previous !== undefined && !from.greaterThan(previous)) {
        ctx.issues.push({ code: 'custom', input: tier.from, path: [index, 'from'], message: 'Tiers must be sorted by `from`, strictly ascending' });
      }
      previous = from;
    });
  }),
);

/**
 * A bonus range, inclusive at both ends (PAY-12: 50–100; PAY-13: 100–150).
 *
 * @example
 * z.safeParse(bonusRangeSchema, { min: '100.00', max: '50.00' }).success
 * //=> false
 */
export const bonusRangeSchema = z.strictObject({ min: nonNegativeDecimalSchema, max: nonNegativeDecimalSchema }).check(
  z.refine((range) => {
    const min = readDecimal(range.min);
    const max = readDecimal(range.max);
    return min === undefined || max === undefined || min.lessThanOrEqualTo(max);
  }, {
    message: 'The bonus range must have min ≤ max',
    path: ['max'],
  }),
);

const byRole = <T extends z.ZodMiniType>(schema: T) => z.strictObject({ staff: schema, customer_service: schema, supervisor: schema });

/**
 * Example commission tables: the seeds set commission by target completion and position (PAY-16,
 * PAY-17) but state no numbers. Replace them with the company's own.
 */
const exampleTiers = {
  staff: [
    { from: '0', rate: '0' },
    { from: '0.5', rate: '0.005' },
    { from: '0.8', rate: '0.01' },
    { from: '1', rate: '0.015' },
    { from: '1.2', rate: '0.02' },
  ],
  customer_service: [
    { from: '0', rate: '0' },
    { from: '0.5', rate: '0.005' },
    { from: '0.8', rate: '0.01' },
    { from: '1', rate: '0.015' },
    { from: '1.2', rate: '0.02' },
  ],
  supervisor: [
    { from: '0', rate: '0' },
    { from: '0.8', rate: '0.005' },
    { from: '1', rate: '0.01' },
  ],
};

const basePay = { staff: '2000.00', customer_service: '2000.00', supervisor: '3500.00' };
const bonus = { staff: { min: '50.00', max: '100.00' }, supervisor: { min: '100.00', max: '150.00' } };
const performance = { full: '500.00', threshold: '0.3', teamThreshold: '0.3', teamDeduction: '50.00', bonus };

/** Where the policy's amounts sit, to check them against the currency's minor unit. */
const amountPaths = [
  ['base', 'staff'],
  ['base', 'customer_service'],
  ['base', 'supervisor'],
  ['performance', 'full'],
  ['performance', 'teamDeduction'],
  ['performance', 'bonus', 'staff', 'min'],
  ['performance', 'bonus', 'staff', 'max'],
  ['performance', 'bonus', 'supervisor', 'min'],
  ['performance', 'bonus', 'supervisor', 'max'],
  ['fullAttendanceBonus'],
  ['minimumWage'],
] as const;

/**
 * The pay policy: base pay, performance pay, commission tables and the legal limits of a pay statement.
 *
 * @example
 * z.parse(commissionPolicySchema, { store: storePresets.generic }).minimumWage
 * //=> '2740.00'
 */
export const commissionPolicySchema = z
  .strictObject({
    store: storeSettingsSchema,
    /** PAY-10: fixed base pay per month by position (supervisor 3,500, staff 2,000). */
    base: z._default(byRole(nonNegativeDecimalSchema), basePay),
    /** PAY-11..13: performance pay. */
    performance: z._default(
      z.strictObject({
        /** PAY-11: full performance pay per month, the same for everyone. */
        full: z._default(nonNegativeDecimalSchema, '500.00'),
        /** PAY-11, PAY-13: below this completion ratio (不到30%) no performance pay; at it and above (30%以上) prorated. */
        threshold: z._default(rate, '0.3'),
        /** PAY-13: a team member below this completion ratio costs the supervisor `teamDeduction`. */
        teamThreshold: z._default(rate, '0.3'),
        /** PAY-13: deducted from the supervisor's performance pay per team member below `teamThreshold`. */
        teamDeduction: z._default(nonNegativeDecimalSchema, '50.00'),
        /** PAY-12 (staff and customer service), PAY-13 (supervisor): the over-completion bonus range, inclusive. */
        bonus: z._default(z.strictObject({ staff: bonusRangeSchema, supervisor: bonusRangeSchema }), bonus),
      }),
      performance,
    ),
    /** PAY-16, PAY-17: commission on net sales. */
    commission: z._default(
      z.strictObject({
        /** The rate by target completion, per position. The presets carry example tables: replace them. */
        tiers: z._default(byRole(commissionTiersSchema), exampleTiers),
        /** A negative net (returns of earlier months) claws commission back; `false` floors it at zero. */
        clawback: z._default(z.boolean(), true),
        /** The claw-back rate; `null` for the lowest positive rate of the position's table. */
        clawbackRate: z._default(z.nullable(rate), null),
      }),
      { tiers: exampleTiers, clawback: true, clawbackRate: null },
    ),
    /** PAY-15: the full-attendance bonus (the seeds name it without an amount); 0 leaves the line out. */
    fullAttendanceBonus: z._default(nonNegativeDecimalSchema, '0.00'),
    /** PAY-8: daily wage = monthly wage ÷ 21.75 (劳社部发〔2008〕3号). */
    daysPerMonth: z._default(positiveDecimal, '21.75'),
    /** PAY-9: penalty and compensation deductions are capped at this share of the month's wage (工资支付暂行规定 art. 16); `null` for none. */
    deductionCapRate: z._default(z.nullable(rate), '0.2'),
    /** PAY-9: the local monthly minimum wage the net may not fall below through deductions; `null` for none. A city parameter. */
    minimumWage: z._default(z.nullable(nonNegativeDecimalSchema), '2740.00'),
    /** PAY-9: every statement with a penalty warns that disciplinary fines have had no legal basis in the PRC since 2008. */
    warnOnFines: z._default(z.boolean(), true),
  })
  .check(
    z.superRefine((policy, ctx) => {
      const scale = currencyMinorUnit(policy.store.currency);
      if (scale === undefined) return;
      for (const path of amountPaths) {
        let value: unknown = policy;
        // Stryker disable next-line OptionalChaining: zod skips this check when a value has the wrong type (e.g. `performance: null`), so every object on an amount path is there; only the last value may be null, and nothing is read from it
        for (const key of path) value = (value as Record<string, unknown> | null | undefined)?.[key];
        const read = readDecimal(value);
        if (read !== undefined && read.decimalPlaces() > scale) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            path: [...path],
            message: `${read.toString()} has ${String(read.decimalPlaces())} decimal places; ${policy.store.currency} allows ${String(scale)}`,
          });
        }
      }
    }),
  );
