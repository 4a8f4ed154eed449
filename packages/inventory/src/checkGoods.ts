import type { GoodsDifference } from './types.js';

interface Goods {
  readonly sku: string;
  readonly quantity: number;
  readonly name?: string;
  readonly spec?: string | undefined;
}

/**
 * The differences between what was expected and what came, by SKU: missing, unexpected, and
 * (where both sides state them) a different name, quantity or spec.
 *
 * @internal
 */
export function goodsDifferences(expected: readonly Goods[], actual: readonly Goods[], fields: readonly ('name' | 'spec')[]): GoodsDifference[] {
  const sum = (goods: readonly Goods[]) => {
    const bySku = new Map<string, { quantity: number; name?: string | undefined; spec?: string | undefined }>();
    for (const item of goods) {
      const seen = bySku.get(item.sku);
      bySku.set(item.sku, { quantity: (seen?.quantity ?? 0) + item.quantity, name: seen?.name ?? item.name, spec: seen?.spec ?? item.spec });
    }
    return bySku;
  };
  const want = sum(expected);
  const got = sum(actual);
  const out: GoodsDifference[] = [];
  for (const [sku, w] of want) {
    const g = got.get(sku);
    if (g === undefined) {
      out.push({ sku, field: 'missing', expected: w.quantity, actual: null });
      continue;
    }
    for (const field of fields) {
      const a = w[field]?.trim();
      const b = g[field]?.trim();
      if (a !== undefined && b !== undefined && a !== b) out.push({ sku, field, expected: a, actual: b });
    }
    if (w.quantity !== g.quantity) out.push({ sku, field: 'quantity', expected: w.quantity, actual: g.quantity });
  }
  for (const [sku, g] of got) if (!want.has(sku) && g.quantity > 0) out.push({ sku, field: 'unexpected', expected: null, actual: g.quantity });
  return out;
}

/** A difference as a short text for a message: `sku quantity 10 → 8`. */
export function describeDifference(difference: GoodsDifference): string {
  return `${difference.sku} ${difference.field} ${String(difference.expected ?? '—')} → ${String(difference.actual ?? '—')}`;
}
