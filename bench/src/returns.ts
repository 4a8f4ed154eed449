/**
 * Returns: `createReturnEvaluator(presets.generic).evaluate` (the public call, input validated)
 * against a hand-written TypeScript function giving the same outcome, payer, refund (exact decimal
 * string), deadline, reason codes, clauses and messages — and against json-logic-js,
 * json-rules-engine and GoRules zen-engine encoding the eligibility rule (outcome and payer).
 * The same 1,000 seeded inputs for everyone; results checked equal before timing.
 */
import { parseInput } from '@zhidu/core';
import { createReturnEvaluator, presets, returnInputSchema, type ReturnDecision } from '@zhidu/returns';
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import { Engine, type RuleProperties } from 'json-rules-engine';
import { CONDITIONS, DAY, EXCLUDED, handEvaluate, HOUR, OFFSET, REASONS, RESOLUTIONS, TAGS, type HandDecision, type WireInput, type WireLine } from './handReturns.js';
import { assertSame, int, measure, pick, prng, report, row, writeResults, type Contender, type Target } from './harness.js';

const COUNT = 1000;
const random = prng(20260301);
const BASE = Date.parse('2026-01-01T00:00:00+08:00');

const cents = (value: number): string => `${String(Math.floor(value / 100))}.${String(value % 100).padStart(2, '0')}`;
/** An instant written as the store would send it: local Shanghai time with its offset. */
const shanghai = (ms: number): string => `${new Date(ms + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;

function makeInput(index: number): WireInput {
  const placed = BASE + int(random, 0, 300 * 24) * HOUR + int(random, 0, 3599) * 1000;
  const delivered = random() < 0.85 ? placed + int(random, 12, 120) * HOUR + int(random, 0, 3599) * 1000 : null;
  const lines = Array.from({ length: int(random, 1, 3) }, (_, n) => {
    const quantity = int(random, 1, 5);
    const unit = random() < 0.1 ? int(random, 100_000, 2_000_000) : int(random, 100, 99_999);
    const paid = unit * quantity - int(random, 0, Math.floor((unit * quantity) / 5));
    const line: WireLine = { id: `L${String(n + 1)}`, sku: `SKU-${String(index)}-${String(n)}`, quantity, unitPrice: cents(unit), paid: cents(paid) };
    if (random() < 0.15) line.tags = [pick(random, TAGS)];
    return line;
  });
  const line = pick(random, lines);
  const start = delivered ?? placed;
  const request: WireInput['request'] = {
    lineId: line.id,
    quantity: random() < 0.05 ? line.quantity + 1 : int(random, 1, line.quantity),
    requestedAt: shanghai(start + int(random, 0, (random() < 0.75 ? 8 : 20) * 24) * HOUR + int(random, 0, 3599) * 1000),
    reason: random() < 0.6 ? 'no_reason' : pick(random, REASONS),
    resolution: random() < 0.6 ? 'return_refund' : pick(random, RESOLUTIONS),
    condition: random() < 0.7 ? 'intact' : pick(random, CONDITIONS),
  };
  if (random() < 0.3) request.alreadyReturned = int(random, 0, line.quantity - 1);
  const order: WireInput['order'] = { id: `SO-${String(index)}`, currency: 'CNY', placedAt: shanghai(placed), lines };
  if (delivered !== null) order.deliveredAt = shanghai(delivered);
  else if (random() < 0.5) order.deliveredAt = null;
  return { order, request };
}

const inputs: readonly WireInput[] = Array.from({ length: COUNT }, (_, index) => makeInput(index));

/** The evaluator's decision in the baseline's terms (the reasons' params are left out). */
function project(decision: ReturnDecision): HandDecision {
  return {
    eligible: decision.eligible,
    outcome: decision.outcome,
    returnShippingPaidBy: decision.returnShippingPaidBy,
    refund: decision.refund.amount,
    restockingFee: decision.restockingFee.amount,
    deadline: decision.deadline,
    reasons: decision.reasons.map((r) => ({ code: r.code, clause: r.clause, message: r.message })),
  };
}

// ---------------------------------------------------------------------------------------------
// The engines: the eligibility rule (outcome and who pays the return shipping) over facts the host
// derives from the request (days since the window started, counted on local dates; whether a tag
// excludes it …). Deriving the facts is part of every engine's timed loop.

interface Facts {
  sellerFault: boolean;
  days: number;
  exceeds: boolean;
  excluded: boolean;
  condition: string;
  resolution: string;
}
function facts(input: WireInput): Facts {
  const { order, request } = input;
  const line = order.lines.find((candidate) => candidate.id === request.lineId) ?? order.lines[0];
  const startDay = Math.floor((Date.parse(order.deliveredAt ?? order.placedAt) + OFFSET) / DAY);
  const atDay = Math.floor((Date.parse(request.requestedAt) + OFFSET) / DAY);
  const quantity = line?.quantity ?? 0;
  return {
    sellerFault: request.reason !== 'no_reason',
    days: atDay - startDay,
    exceeds: request.quantity > Math.max(quantity - (request.alreadyReturned ?? 0), 0),
    excluded: (line?.tags ?? []).some((tag) => EXCLUDED.includes(tag) && (tag !== 'sealed_media' || request.condition !== 'intact')),
    condition: request.condition,
    resolution: request.resolution,
  };
}
interface Eligibility {
  outcome: 'approve' | 'review' | 'reject';
  payer: 'buyer' | 'seller' | 'none';
}

const v = (name: keyof Facts): RulesLogic => ({ var: name });
const rejectLogic: RulesLogic = {
  or: [
    v('exceeds'),
    {
      and: [
        { '!': v('sellerFault') },
        { or: [{ '>': [v('days'), 7] }, v('excluded'), { in: [v('condition'), ['used', 'damaged']] }, { '==': [v('resolution'), 'refund'] }] },
      ],
    },
    { and: [v('sellerFault'), { '>': [v('days'), 7] }, { or: [{ '>': [v('days'), 15] }, { '!=': [v('resolution'), 'exchange'] }] }] },
  ],
};
const eligibilityLogic: RulesLogic = [
  { if: [rejectLogic, 'reject', { and: [v('sellerFault'), { or: [{ '==': [v('condition'), 'used'] }, { '==': [v('resolution'), 'refund'] }] }] }, 'review', 'approve'] },
  { if: [rejectLogic, 'none', { '==': [v('resolution'), 'refund'] }, 'none', v('sellerFault'), 'seller', 'buyer'] },
] as unknown as RulesLogic;

function jsonLogicEvaluate(input: WireInput): Eligibility {
  const [outcome, payer] = jsonLogic.apply(eligibilityLogic, facts(input)) as [Eligibility['outcome'], Eligibility['payer']];
  return { outcome, payer };
}

const fact = (name: keyof Facts, operator: string, value: unknown) => ({ fact: name, operator, value });
const rules: RuleProperties[] = [
  {
    name: 'reject',
    conditions: {
      any: [
        fact('exceeds', 'equal', true),
        {
          all: [
            fact('sellerFault', 'equal', false),
            { any: [fact('days', 'greaterThan', 7), fact('excluded', 'equal', true), fact('condition', 'in', ['used', 'damaged']), fact('resolution', 'equal', 'refund')] },
          ],
        },
        {
          all: [
            fact('sellerFault', 'equal', true),
            fact('days', 'greaterThan', 7),
            { any: [fact('days', 'greaterThan', 15), fact('resolution', 'notEqual', 'exchange')] },
          ],
        },
      ],
    },
    event: { type: 'reject' },
  },
  {
    name: 'review',
    conditions: { all: [fact('sellerFault', 'equal', true), { any: [fact('condition', 'equal', 'used'), fact('resolution', 'equal', 'refund')] }] },
    event: { type: 'review' },
  },
  { name: 'no-shipping', conditions: { all: [fact('resolution', 'equal', 'refund')] }, event: { type: 'payer-none' } },
  { name: 'seller-pays', conditions: { all: [fact('sellerFault', 'equal', true)] }, event: { type: 'payer-seller' } },
];
const engine = new Engine(rules);

async function rulesEngineEvaluate(input: WireInput): Promise<Eligibility> {
  const { events } = await engine.run(facts(input));
  const types = new Set(events.map((event) => event.type));
  const outcome = types.has('reject') ? 'reject' : types.has('review') ? 'review' : 'approve';
  const payer = outcome === 'reject' || types.has('payer-none') ? 'none' : types.has('payer-seller') ? 'seller' : 'buyer';
  return { outcome, payer };
}

// GoRules zen-engine: a first-hit decision table over the same facts.
const zenTable = {
  nodes: [
    { id: 'request', type: 'inputNode', name: 'Request', position: { x: 0, y: 0 } },
    {
      id: 'table',
      type: 'decisionTableNode',
      name: 'Eligibility',
      position: { x: 200, y: 0 },
      content: {
        hitPolicy: 'first',
        inputs: [
          { id: 'exceeds', name: 'Exceeds', field: 'exceeds' },
          { id: 'sellerFault', name: 'Seller fault', field: 'sellerFault' },
          { id: 'days', name: 'Days', field: 'days' },
          { id: 'excluded', name: 'Excluded', field: 'excluded' },
          { id: 'condition', name: 'Condition', field: 'condition' },
          { id: 'resolution', name: 'Resolution', field: 'resolution' },
        ],
        outputs: [
          { id: 'outcome', name: 'Outcome', field: 'outcome' },
          { id: 'payer', name: 'Payer', field: 'payer' },
        ],
        rules: [
          ['true', '', '', '', '', '', 'reject', 'none'],
          ['', 'false', '> 7', '', '', '', 'reject', 'none'],
          ['', 'false', '', 'true', '', '', 'reject', 'none'],
          ['', 'false', '', '', '"used", "damaged"', '', 'reject', 'none'],
          ['', 'false', '', '', '', '"refund"', 'reject', 'none'],
          ['', 'false', '', '', '', '', 'approve', 'buyer'],
          ['', 'true', '> 15', '', '', '', 'reject', 'none'],
          ['', 'true', '> 7', '', '', '$ != "exchange"', 'reject', 'none'],
          ['', 'true', '', '', '', '"refund"', 'review', 'none'],
          ['', 'true', '', '', '"used"', '', 'review', 'seller'],
          ['', 'true', '', '', '', '', 'approve', 'seller'],
        ].map((cells, index) => {
          const ids = ['exceeds', 'sellerFault', 'days', 'excluded', 'condition', 'resolution', 'outcome', 'payer'];
          const cell = (text: string, column: number) => (column >= 6 ? JSON.stringify(text) : text);
          return Object.fromEntries<string>([['_id', `r${String(index)}`], ...cells.map((text, column): [string, string] => [ids[column] ?? '', cell(text, column)])]);
        }),
      },
    },
    { id: 'response', type: 'outputNode', name: 'Response', position: { x: 400, y: 0 } },
  ],
  edges: [
    { id: 'e1', sourceId: 'request', targetId: 'table', type: 'edge' },
    { id: 'e2', sourceId: 'table', targetId: 'response', type: 'edge' },
  ],
};

interface ZenDecision {
  evaluate(context: unknown): Promise<{ result: unknown }>;
}
async function loadZen(): Promise<{ decision: ZenDecision; dispose: () => void; version: string } | { error: string }> {
  try {
    const zen = (await import('@gorules/zen-engine')) as unknown as { ZenEngine: new () => { createDecision(content: unknown): ZenDecision; dispose?: () => void } };
    const { createRequire } = await import('node:module');
    const version = (createRequire(import.meta.url)('@gorules/zen-engine/package.json') as { version: string }).version;
    const engineInstance = new zen.ZenEngine();
    const decision = engineInstance.createDecision(zenTable);
    for (const input of inputs.slice(0, 1)) await decision.evaluate(facts(input));
    return { decision, dispose: () => engineInstance.dispose?.(), version };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

// ---------------------------------------------------------------------------------------------

const returns = createReturnEvaluator(presets.generic);
const notes: string[] = [
  'Inputs: 1,000 seeded random requests (generic preset: CNY, Asia/Shanghai, zh-CN), 60% without a reason, 5% over the returnable quantity, 15% of lines tagged.',
  'The hand-written baseline returns outcome, eligible, payer, refund and restocking fee (exact decimal strings), deadline, and each reason’s code, clause and message; the evaluator additionally returns each reason’s params (not compared).',
  'The engines decide outcome and payer only (no refund, no deadline, no messages) from facts the host derives per request; their ratios therefore understate the work they would need for the full decision.',
  '@zhidu/returns exposes no way to evaluate pre-validated input (createReturnEvaluator(policy).evaluate always parses its input with zod), so the evaluator without validation cannot be measured directly; "zod validation only" times the parse the evaluator starts with, and "evaluate − validation" is an estimate.',
  'json-rules-engine and zen-engine are async: each request is awaited in turn, as a caller would.',
];

// Same answers before timing.
for (const [index, input] of inputs.entries()) {
  const ours = project(returns.evaluate(input));
  const hand = handEvaluate(input);
  assertSame('evaluate vs hand-written', index, ours, hand);
  const eligibility = { outcome: hand.outcome, payer: hand.returnShippingPaidBy };
  assertSame('json-logic-js', index, eligibility, jsonLogicEvaluate(input));
  assertSame('json-rules-engine', index, eligibility, await rulesEngineEvaluate(input));
}
const zen = await loadZen();
if ('decision' in zen) {
  for (const [index, input] of inputs.entries()) {
    const { result } = await zen.decision.evaluate(facts(input));
    assertSame('zen-engine', index, { outcome: handEvaluate(input).outcome, payer: handEvaluate(input).returnShippingPaidBy }, result);
  }
} else notes.push(`GoRules zen-engine skipped: ${zen.error}`);
const outcomes = inputs.map((input) => handEvaluate(input).outcome);
notes.push(`Outcome mix: ${(['approve', 'review', 'reject'] as const).map((o) => `${o} ${String(outcomes.filter((x) => x === o).length)}`).join(', ')}.`);

let sink: unknown;
const contenders: Contender[] = [
  { name: 'hand-written', opsPerCall: COUNT, run: () => { for (const input of inputs) sink = handEvaluate(input); } },
  { name: 'zhidu evaluate (validated)', opsPerCall: COUNT, run: () => { for (const input of inputs) sink = returns.evaluate(input); } },
  { name: 'zod validation only', opsPerCall: COUNT, run: () => { for (const input of inputs) sink = parseInput(returnInputSchema, input); } },
  { name: 'json-logic-js', opsPerCall: COUNT, run: () => { for (const input of inputs) sink = jsonLogicEvaluate(input); } },
  { name: 'json-rules-engine (async)', opsPerCall: COUNT, run: async () => { for (const input of inputs) sink = await rulesEngineEvaluate(input); } },
];
if ('decision' in zen) {
  const decision = zen.decision;
  contenders.push({ name: `zen-engine ${zen.version} (async)`, opsPerCall: COUNT, run: async () => { for (const input of inputs) sink = await decision.evaluate(facts(input)); } });
}
const rows = await measure(contenders, { time: 800 });
if ('dispose' in zen) zen.dispose();
if (sink === 'never') console.log(sink);

const hand = row(rows, 'hand-written');
const ours = row(rows, 'zhidu evaluate (validated)');
const validation = row(rows, 'zod validation only');
const rulesEngine = row(rows, 'json-rules-engine (async)');
const withoutValidation = (ours.nsPerOp - validation.nsPerOp) / hand.nsPerOp;
const x = (n: number) => `${n.toFixed(2)}×`;
const targets: Target[] = [
  {
    name: 'evaluator without validation vs hand-written (estimated: evaluate − validation; not exposed)',
    target: '≤ 2× the baseline time',
    measured: x(withoutValidation),
    pass: withoutValidation <= 2,
  },
  { name: 'evaluator with validation vs hand-written', target: '≤ 6× the baseline time', measured: x(ours.nsPerOp / hand.nsPerOp), pass: ours.nsPerOp / hand.nsPerOp <= 6 },
  {
    name: 'evaluator with validation vs json-rules-engine',
    target: '≥ 50× faster',
    measured: `${(rulesEngine.nsPerOp / ours.nsPerOp).toFixed(1)}× faster`,
    pass: rulesEngine.nsPerOp / ours.nsPerOp >= 50,
  },
];
report('returns: createReturnEvaluator(presets.generic).evaluate', rows, targets, notes);
writeResults('returns', {
  inputs: COUNT,
  baseline: 'hand-written',
  rows,
  derived: { evaluateWithoutValidationTimesBaseline: Number(withoutValidation.toFixed(2)), validationShareOfEvaluate: Number((validation.nsPerOp / ours.nsPerOp).toFixed(3)) },
  targets,
  notes,
});
