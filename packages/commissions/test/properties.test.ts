import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { commission, defineCommissionPolicy, payStatement, performancePay, presets, type CommissionRole, type PayStatementInput } from '../src/index.js';
import { fromCents, toCents } from './fixtures.js';

// Oracles worked out in integer cents (bigint), independently of the decimal code.

const roles: CommissionRole[] = ['staff', 'customer_service', 'supervisor'];
const amount = (max: number) => fc.integer({ min: 0, max }).map((cents) => fromCents(cents));
const policies = {
  generic: presets.generic,
  usStore: presets.usStore,
  douyinShop: presets.douyinShop,
  withFullAttendance: defineCommissionPolicy({ fullAttendanceBonus: '100.00', minimumWage: '2520.00', deductionCapRate: '0.25' }),
} as const;

const performanceArb = fc.record({
  role: fc.constantFrom(...roles),
  plan: fc.integer({ min: 1, max: 100_000 }),
  actual: fc.integer({ min: 0, max: 300_000 }),
  team: fc.array(fc.integer({ min: 0, max: 20_000 }).map((n) => n / 10_000), { maxLength: 15 }),
  bonus: fc.option(amount(30_000), { nil: undefined }),
  override: fc.boolean(),
});

const statementArb = fc.record({
  performance: performanceArb,
  base: fc.option(amount(3_000_000), { nil: undefined }),
  halfDays: fc.integer({ min: 0, max: 62 }),
  fullAttendance: fc.boolean(),
  penalties: fc.array(fc.integer({ min: 1, max: 500_000 }).map((cents) => fromCents(cents)), { maxLength: 6 }),
  sales: fc.option(
    fc.record({ orders: fc.array(amount(10_000_000), { maxLength: 5 }), returns: fc.array(amount(10_000_000), { maxLength: 3 }), target: fc.integer({ min: 1, max: 20_000_000 }).map((c) => fromCents(c)) }),
    { nil: undefined },
  ),
  policy: fc.constantFrom(...(Object.keys(policies) as (keyof typeof policies)[])),
  locale: fc.constantFrom('zh-CN' as const, 'en-US' as const),
});

type StatementCase = typeof statementArb extends fc.Arbitrary<infer T> ? T : never;

function statementInput(s: StatementCase): PayStatementInput {
  const p = s.performance;
  const days = s.halfDays / 2;
  return {
    employee: { id: 'E-P', role: p.role, ...(s.base === undefined ? {} : { base: s.base }) },
    month: '2026-05',
    attendance: { absenteeismDays: days, fullAttendance: s.fullAttendance && days === 0 },
    penalties: s.penalties.map((penalty) => ({ amount: penalty })),
    performance: {
      plan: p.plan,
      actual: p.actual,
      ...(p.role === 'supervisor' ? { teamCompletions: p.team } : {}),
      ...(p.bonus === undefined ? {} : { exceeded: { bonus: p.bonus } }),
      ...(p.override ? { override: { by: 'Ops', reason: 'launch' } } : {}),
    },
    ...(s.sales === undefined
      ? {}
      : { sales: { orders: s.sales.orders.map((a) => ({ amount: a })), returns: s.sales.returns.map((a) => ({ amount: a })), target: s.sales.target } }),
  };
}

describe('payStatement properties (PAY-9, PAY-10)', () => {
  test.prop([statementArb])('PAY-10: the lines sum exactly to gross and to deductions, and net = gross − deductions', (s) => {
    const statement = payStatement(statementInput(s), policies[s.policy], { locale: s.locale });
    const sum = (side: 'earning' | 'deduction') => statement.lines.filter((line) => line.side === side).reduce((total, line) => total + toCents(line.amount.amount), 0n);
    expect(sum('earning')).toBe(toCents(statement.gross.amount));
    expect(sum('deduction')).toBe(toCents(statement.deductions.amount));
    expect(toCents(statement.gross.amount) - toCents(statement.deductions.amount)).toBe(toCents(statement.net.amount));
    const currency = policies[s.policy].store.currency;
    for (const line of [...statement.lines.map((l) => l.amount), statement.gross, statement.deductions, statement.net]) {
      expect(line.currency).toBe(currency);
      expect(line.amount).toMatch(/^-?\d+\.\d{2}$/u);
    }
    for (const line of statement.lines) expect(line.clause).toMatch(/^PAY-(?:8|9|1[0-7])$/u);
    expect(JSON.parse(JSON.stringify(statement))).toEqual(statement);
  });

  test.prop([statementArb])('PAY-9: penalties taken stay within the cap, and never take the wage below the minimum wage', (s) => {
    const policy = policies[s.policy];
    const statement = payStatement(statementInput(s), policy);
    const total = (kinds: string[]) => statement.lines.filter((line) => kinds.includes(line.kind)).reduce((acc, line) => acc + toCents(line.amount.amount), 0n);
    const taken = total(['penalty', 'deduction_cap', 'minimum_wage_floor']);
    const wage = toCents(statement.gross.amount) - total(['absenteeism']);
    expect(taken >= 0n).toBe(true);
    expect(taken <= total(['penalty'])).toBe(true);
    if (policy.deductionCapRate !== null) {
      // rate × wage, floored to the cent: rate is '0.2' or '0.25' here.
      const [num, den] = String(policy.deductionCapRate) === '0.2' ? [1n, 5n] : [1n, 4n];
      const limit = wage > 0n ? (wage * num) / den : 0n;
      expect(taken <= limit).toBe(true);
    }
    if (policy.minimumWage !== null) {
      const minimum = toCents(String(policy.minimumWage));
      if (wage >= minimum) expect(toCents(statement.net.amount) >= minimum).toBe(true);
      else expect(taken).toBe(0n);
    } else if (policy.deductionCapRate === null) {
      expect(taken).toBe(total(['penalty']));
    }
  });
});

describe('commission properties (PAY-16)', () => {
  // The staff / customer-service example table in tenths: from 0, 0.5, 0.8, 1, 1.2; rates in thousandths.
  const froms10 = { staff: [0, 5, 8, 10, 12], customer_service: [0, 5, 8, 10, 12], supervisor: [0, 8, 10] } as const;
  const rates1000 = { staff: [0, 5, 10, 15, 20], customer_service: [0, 5, 10, 15, 20], supervisor: [0, 5, 10] } as const;
  const roundHalfUp = (numerator: bigint, denominator: bigint) => {
    const negative = numerator < 0n;
    const abs = negative ? -numerator : numerator;
    const q = (2n * abs + denominator) / (2n * denominator);
    return negative ? -q : q;
  };

  const tierArb = fc
    .record({ role: fc.constantFrom(...roles), target: fc.integer({ min: 100, max: 100_000_000 }) })
    .chain(({ role, target }) => {
      const froms = froms10[role];
      return fc.integer({ min: 0, max: froms.length - 1 }).chain((index) => {
        // Net sales (cents) with completion in [from_i, from_{i+1}): from × target ≤ net < next × target.
        const low = Math.ceil(((froms[index] ?? 0) * target) / 10);
        const next = froms[index + 1];
        const high = next === undefined ? low + 10_000_000 : Math.ceil((next * target) / 10) - 1;
        return fc.tuple(fc.constant({ role, target, index }), fc.integer({ min: low, max: Math.max(low, high) }), fc.integer({ min: low, max: Math.max(low, high) }));
      });
    });

  test.prop([tierArb])('PAY-16: within a tier the rate is fixed and the commission is monotone in net sales', ([{ role, target, index }, a, b]) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const run = (net: number) => commission({ role, orders: [{ amount: fromCents(net) }], returns: [], target: fromCents(target) });
    const one = run(low);
    const two = run(high);
    expect(one.rate).toBe(two.rate);
    expect(Number(one.rate) * 1000).toBeCloseTo(rates1000[role][index] ?? -1, 9);
    expect(toCents(one.amount.amount) <= toCents(two.amount.amount)).toBe(true);
    // amount = net × rate, rounded half-up to the cent.
    expect(toCents(two.amount.amount)).toBe(roundHalfUp(BigInt(high) * BigInt(rates1000[role][index] ?? 0), 1000n));
  });

  test.prop([fc.constantFrom(...roles), fc.array(amount(5_000_000), { maxLength: 6 }), fc.array(amount(5_000_000), { maxLength: 6 }), fc.integer({ min: 1, max: 10_000_000 })])(
    'PAY-16: net sales are orders − returns exactly; a negative net never earns, and the completion is truncated',
    (role, orders, returns, target) => {
      const decision = commission({ role, orders: orders.map((a) => ({ amount: a })), returns: returns.map((a) => ({ amount: a })), target: fromCents(target) });
      const net = orders.reduce((t, a) => t + toCents(a), 0n) - returns.reduce((t, a) => t + toCents(a), 0n);
      expect(toCents(decision.netSales.amount)).toBe(net);
      if (net < 0n) expect(toCents(decision.amount.amount) <= 0n).toBe(true);
      else expect(toCents(decision.amount.amount) >= 0n).toBe(true);
      // completion = net ÷ target truncated toward zero to 4 places.
      const scaled = (net * 10_000n) / BigInt(target);
      const abs = scaled < 0n ? -scaled : scaled;
      const expected = `${net < 0n && abs > 0n ? '-' : ''}${String(abs / 10_000n)}.${String(abs % 10_000n).padStart(4, '0')}`;
      expect(decision.completion).toBe(expected);
    },
  );
});

describe('performancePay properties (PAY-11..14)', () => {
  test.prop([performanceArb])('PAY-11..14: never negative, never above full + the maximum bonus; amount = pay − deductions + bonus', (p) => {
    const decision = performancePay({
      role: p.role,
      plan: p.plan,
      actual: p.actual,
      ...(p.role === 'supervisor' ? { teamCompletions: p.team } : {}),
      ...(p.bonus === undefined ? {} : { exceeded: { bonus: p.bonus } }),
      ...(p.override ? { override: { by: 'Ops', reason: 'launch' } } : {}),
    });
    const [amount, pay, deductions, bonus] = [decision.amount, decision.pay, decision.deductions, decision.bonus].map((m) => toCents(m.amount));
    const maxBonus = p.role === 'supervisor' ? 15_000n : 10_000n;
    expect(amount! >= 0n && amount! <= 50_000n + maxBonus).toBe(true);
    expect(amount).toBe(pay! - deductions! + bonus!);
    expect(deductions! >= 0n && deductions! <= pay!).toBe(true);
    expect(pay! <= 50_000n).toBe(true);
    // completion = actual ÷ plan truncated to 4 places; the gate and the bonus follow the exact ratio.
    const scaled = (BigInt(p.actual) * 10_000n) / BigInt(p.plan);
    expect(decision.completion).toBe(`${String(scaled / 10_000n)}.${String(scaled % 10_000n).padStart(4, '0')}`);
    if (!p.override && p.actual * 10 < p.plan * 3) expect(pay).toBe(0n);
    if (!p.override && p.actual * 10 >= p.plan * 3) expect(pay).toBe(roundHalfUpRatio(p.actual, p.plan));
    if (p.actual <= p.plan) expect(bonus).toBe(0n);
  });

  /** min(actual / plan, 1) × 500.00 in cents, rounded half-up. */
  function roundHalfUpRatio(actual: number, plan: number): bigint {
    if (actual >= plan) return 50_000n;
    const numerator = BigInt(actual) * 50_000n;
    return (2n * numerator + BigInt(plan)) / (2n * BigInt(plan));
  }
});
