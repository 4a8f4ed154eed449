import { explain, getClause } from '@zhidu/core';
import { evaluateReturn } from '@zhidu/returns';

const order = {
  id: 'SO-1',
  currency: 'CNY',
  placedAt: '2026-03-01T10:00:00+08:00',
  deliveredAt: '2026-03-03T15:00:00+08:00',
  lines: [{ id: 'L1', sku: 'TEA-250', quantity: 2, unitPrice: '59.00', paid: '110.00' }],
};
const request = { lineId: 'L1', quantity: 1, requestedAt: '2026-03-12T10:00:00+08:00', reason: 'no_reason', resolution: 'return_refund', condition: 'intact' } as const;

// The reasons come in the policy's locale; the context can ask for another one.
const zh = evaluateReturn({ order, request });
const en = evaluateReturn({ order, request }, undefined, { locale: 'en-US' });
console.log(zh.reasons[0]?.message);
console.log(en.reasons[0]?.message);

// A decision stored in Chinese can be shown in English later: the code and params are kept.
const stored = JSON.parse(JSON.stringify(zh)) as typeof zh;
console.log(explain(stored, 'en-US').reasons[0]?.message);

// Every reason cites a clause of the catalog, with its text in both languages.
const clause = getClause(zh.reasons[0]?.clause ?? 'RET-7');
console.log(clause?.id, clause?.title['zh-CN'], '/', clause?.title['en-US']);
