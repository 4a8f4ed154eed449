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
import { assertSame, int, measure, pick, prng, report, row, writeResults, type Contender, type Target } from './harness.js';

const COUNT = 1000;
const random = prng(20260301);
const TAGS = ['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'final_sale', 'hygiene'] as const;
const REASONS = ['quality_issue', 'wrong_item', 'damaged_in_transit', 'not_as_described'] as const;
const RESOLUTIONS = ['refund', 'return_refund', 'exchange'] as const;
const CONDITIONS = ['opened', 'used', 'damaged'] as const;
const HOUR = 3_600_000;
const BASE = Date.parse('2026-01-01T00:00:00+08:00');

const cents = (value: number): string => `${String(Math.floor(value / 100))}.${String(value % 100).padStart(2, '0')}`;
/** An instant written as the store would send it: local Shanghai time with its offset. */
const shanghai = (ms: number): string => `${new Date(ms + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;

/** A request as the store sends it (instants and amounts as strings): assignable to `ReturnInput`. */
interface WireLine {
  id: string;
  sku: string;
  quantity: number;
  unitPrice: string;
  paid: string;
  tags?: (typeof TAGS)[number][];
}
interface WireInput {
  order: { id: string; currency: string; placedAt: string; deliveredAt?: string | null; lines: WireLine[] };
  request: {
    lineId: string;
    quantity: number;
    requestedAt: string;
    reason: 'no_reason' | (typeof REASONS)[number];
    resolution: (typeof RESOLUTIONS)[number];
    condition: 'intact' | (typeof CONDITIONS)[number];
    alreadyReturned?: number;
  };
}

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

// ---------------------------------------------------------------------------------------------
// The hand-written baseline: the generic preset's rules (RET-7, RET-8, RET-10) in plain code, for
// Asia/Shanghai (UTC+8, no DST) and CNY. No validation, no abstraction, no Decimal.

interface HandReason {
  readonly code: string;
  readonly clause: string;
  readonly message: string;
}
interface HandDecision {
  readonly eligible: boolean;
  readonly outcome: 'approve' | 'review' | 'reject';
  readonly returnShippingPaidBy: 'buyer' | 'seller' | 'none';
  readonly refund: string;
  readonly restockingFee: string;
  readonly deadline: string | null;
  readonly reasons: HandReason[];
}

const DAY = 86_400_000;
const OFFSET = 8 * HOUR;
const EXCLUDED: readonly string[] = ['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'hygiene', 'final_sale'];
const two = (n: number): string => (n < 10 ? `0${String(n)}` : String(n));
function localText(ms: number): string {
  const d = new Date(ms + OFFSET);
  return `${String(d.getUTCFullYear())}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
/** The last millisecond of the `days`-th local day after the start's local day. */
function windowEnd(startMs: number, days: number): number {
  const localDay = Math.floor((startMs + OFFSET) / DAY);
  return (localDay + days + 1) * DAY - OFFSET - 1;
}
function toCents(text: string): number {
  const dot = text.indexOf('.');
  if (dot < 0) return Number(text) * 100;
  return Number(text.slice(0, dot)) * 100 + Number((text.slice(dot + 1) + '00').slice(0, 2));
}
function centsText(value: number): string {
  const whole = Math.floor(value / 100);
  const fraction = value % 100;
  return `${String(whole)}.${fraction < 10 ? '0' : ''}${String(fraction)}`;
}
function group(n: number): string {
  const s = String(n);
  const head = s.length % 3 || 3;
  let out = s.slice(0, head);
  for (let i = head; i < s.length; i += 3) out += `,${s.slice(i, i + 3)}`;
  return out;
}
function yuan(value: number): string {
  return `¥${group(Math.floor(value / 100))}.${two(value % 100)}`;
}

export function handEvaluate(input: WireInput): HandDecision {
  const { order, request } = input;
  const lines = order.lines;
  let line = lines[0];
  for (const candidate of lines) if (candidate.id === request.lineId) line = candidate;
  if (line === undefined) throw new Error('no line');
  const reasons: HandReason[] = [];
  let reject = false;
  let review = false;
  const startMs = Date.parse(order.deliveredAt ?? order.placedAt);
  const at = Date.parse(request.requestedAt);
  const sellerFault = request.reason !== 'no_reason';
  let deadline: string | null;

  const already = request.alreadyReturned ?? 0;
  const returnable = Math.max(line.quantity - already, 0);
  if (request.quantity > returnable) {
    reasons.push({
      code: 'RETURN_QUANTITY_EXCEEDS',
      clause: 'RET-10',
      message: `申请退货 ${String(request.quantity)} 件，超过可退数量 ${String(returnable)} 件（购买 ${String(line.quantity)} 件，已退 ${String(already)} 件）`,
    });
    reject = true;
  }
  if (!sellerFault) {
    const end = windowEnd(startMs, 7);
    deadline = new Date(end).toISOString();
    if (at <= end) {
      reasons.push({ code: 'RETURN_WITHIN_NO_REASON_WINDOW', clause: 'RET-7', message: `在无理由退货期限内申请（${localText(startMs)} 起算，至 ${localText(end)} 止）` });
    } else {
      reasons.push({ code: 'RETURN_WINDOW_CLOSED', clause: 'RET-7', message: `无理由退货期限已于 ${localText(end)} 届满` });
      reject = true;
    }
    const tags = line.tags;
    if (tags !== undefined && tags.length > 0) {
      let excluded = '';
      for (const tag of tags) {
        if (EXCLUDED.includes(tag) && (tag !== 'sealed_media' || request.condition !== 'intact')) excluded = excluded === '' ? tag : `${excluded}、${tag}`;
      }
      if (excluded !== '') {
        reasons.push({ code: 'RETURN_EXCLUDED_TAG', clause: 'RET-7', message: `该商品（${excluded}）不适用无理由退货；质量问题、发错货或运输损坏仍可申请` });
        reject = true;
      }
    }
    const condition = request.condition;
    if (condition === 'intact' || condition === 'opened') {
      reasons.push({ code: 'RETURN_GOODS_INTACT', clause: 'RET-7', message: '商品完好（为检查而拆封、合理试用不影响完好）' });
    } else if (condition === 'used') {
      reasons.push({ code: 'RETURN_USED_REJECTED', clause: 'RET-7', message: '商品已使用（超出检查和合理试用），不符合无理由退货“商品完好”的条件' });
      reject = true;
    } else {
      reasons.push({ code: 'RETURN_DAMAGED_REJECTED', clause: 'RET-7', message: '商品已损坏，不符合无理由退货“商品完好”的条件' });
      reject = true;
    }
    if (request.resolution === 'refund') {
      reasons.push({ code: 'RETURN_REFUND_WITHOUT_RETURN_REJECTED', clause: 'RET-4', message: '该情形不支持仅退款，须退回商品' });
      reject = true;
    }
  } else {
    const returnEnd = windowEnd(startMs, 7);
    const exchangeEnd = windowEnd(startMs, 15);
    const wantsExchange = request.resolution === 'exchange';
    if (at <= returnEnd) {
      const end = wantsExchange ? exchangeEnd : returnEnd;
      deadline = new Date(end).toISOString();
      reasons.push({ code: 'RETURN_WITHIN_QUALITY_WINDOW', clause: 'RET-8', message: `在质量问题退货期限内（至 ${localText(end)} 止），可退货、换货或维修` });
    } else if (at <= exchangeEnd) {
      deadline = new Date(exchangeEnd).toISOString();
      reasons.push({
        code: 'RETURN_EXCHANGE_ONLY',
        clause: 'RET-8',
        message: `已过质量问题退货期限（${localText(returnEnd)}），在换货期限内（至 ${localText(exchangeEnd)} 止）只可换货或维修`,
      });
      if (!wantsExchange) reject = true;
    } else {
      deadline = new Date(exchangeEnd).toISOString();
      reasons.push({ code: 'RETURN_QUALITY_WINDOW_CLOSED', clause: 'RET-8', message: `退换货期限已于 ${localText(exchangeEnd)} 届满，只可在保修期内维修` });
      reject = true;
    }
    if (request.condition === 'used') {
      reasons.push({ code: 'RETURN_USED_DEFECT_REVIEW', clause: 'RET-4', message: '已使用的商品申报质量问题，由运营人员检验后决定' });
      review = true;
    }
    if (request.resolution === 'refund') {
      reasons.push({ code: 'RETURN_REFUND_WITHOUT_RETURN_REVIEW', clause: 'RET-4', message: '申请仅退款（不退货），由运营人员决定' });
      review = true;
    }
  }

  if (reject) return { eligible: false, outcome: 'reject', returnShippingPaidBy: 'none', refund: '0.00', restockingFee: '0.00', deadline, reasons };
  const resolution = request.resolution;
  const sendsBack = resolution !== 'refund';
  const payer = !sendsBack ? 'none' : sellerFault ? 'seller' : 'buyer';
  if (sendsBack) {
    if (sellerFault) reasons.push({ code: 'RETURN_SELLER_PAYS_SHIPPING', clause: 'RET-2', message: '因商品问题退换，退回运费由商家承担' });
    else reasons.push({ code: 'RETURN_BUYER_PAYS_SHIPPING', clause: 'RET-7', message: '无理由退货的退回运费由买家承担' });
    reasons.push({ code: 'RETURN_INSPECT_ON_RECEIPT', clause: 'RET-3', message: '退回商品须验收；质量问题反馈供应商' });
  }
  if (request.reason === 'quality_issue' || request.reason === 'not_as_described') {
    reasons.push({ code: 'RETURN_QUALITY_FOLLOW_UP', clause: 'RET-5', message: '质量问题商品应评估下架或召回' });
  }
  let refund = '0.00';
  if (resolution === 'exchange') reasons.push({ code: 'RETURN_EXCHANGE_NO_REFUND', clause: 'RET-8', message: '换货，不退款' });
  else {
    // RET-10: the paid amount split into unit shares by largest remainder.
    const paid = toCents(line.paid);
    const base = Math.floor(paid / line.quantity);
    const remainder = paid - base * line.quantity;
    const extra = Math.max(0, Math.min(already + request.quantity, remainder) - Math.min(already, remainder));
    const share = base * request.quantity + extra;
    refund = centsText(share);
    reasons.push({ code: 'RETURN_REFUND_PAID_SHARE', clause: 'RET-10', message: `退款 ${yuan(share)}：${String(request.quantity)} 件商品的实付分摊（该行实付 ${yuan(paid)}）` });
    if (sendsBack) reasons.push({ code: 'RETURN_REFUND_WITHIN', clause: 'RET-7', message: '收到退回商品后 7 日内退款' });
  }
  reasons.push({ code: 'RETURN_RECORDED', clause: 'RET-2', message: '申请已登记并跟踪处理' });
  return { eligible: true, outcome: review ? 'review' : 'approve', returnShippingPaidBy: payer, refund, restockingFee: '0.00', deadline, reasons };
}

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
