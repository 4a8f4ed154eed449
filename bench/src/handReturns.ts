/**
 * The hand-written returns decision the benchmarks compare against: the generic preset's rules
 * (RET-7, RET-8, RET-10) in plain code for Asia/Shanghai (UTC+8, no DST) and CNY — outcome, payer,
 * refund (exact decimal string), deadline, reason codes, clauses and zh-CN messages. Used in
 * process by `returns.ts` and, over a streamed file, by the `cli` comparison's baseline child.
 */
export const TAGS = ['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'final_sale', 'hygiene'] as const;
export const REASONS = ['quality_issue', 'wrong_item', 'damaged_in_transit', 'not_as_described'] as const;
export const RESOLUTIONS = ['refund', 'return_refund', 'exchange'] as const;
export const CONDITIONS = ['opened', 'used', 'damaged'] as const;
export const HOUR = 3_600_000;

/** A request as the store sends it (instants and amounts as strings): assignable to `ReturnInput`. */
export interface WireLine {
  id: string;
  sku: string;
  quantity: number;
  unitPrice: string;
  paid: string;
  tags?: (typeof TAGS)[number][];
}
export interface WireInput {
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

// ---------------------------------------------------------------------------------------------
// The hand-written baseline: the generic preset's rules (RET-7, RET-8, RET-10) in plain code, for
// Asia/Shanghai (UTC+8, no DST) and CNY. No validation, no abstraction, no Decimal.

export interface HandReason {
  readonly code: string;
  readonly clause: string;
  readonly message: string;
}
export interface HandDecision {
  readonly eligible: boolean;
  readonly outcome: 'approve' | 'review' | 'reject';
  readonly returnShippingPaidBy: 'buyer' | 'seller' | 'none';
  readonly refund: string;
  readonly restockingFee: string;
  readonly deadline: string | null;
  readonly reasons: HandReason[];
}

export const DAY = 86_400_000;
export const OFFSET = 8 * HOUR;
export const EXCLUDED: readonly string[] = ['custom', 'perishable', 'digital', 'sealed_media', 'periodical', 'hygiene', 'final_sale'];
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

