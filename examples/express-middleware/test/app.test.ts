/**
 * The app over real HTTP: it listens on port 0 and node's fetch calls it — a return decision, an
 * audit, the locale from `?locale=`, and 400s with the issues for malformed bodies.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { PolicyIssue } from '@zhidu/core';
import type { OrderAudit } from '@zhidu/orders';
import type { ReturnDecision } from '@zhidu/returns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { orderWithoutPhone, teaReturn } from '../src/samples.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createApp().listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve).once('error', reject);
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => {
    server.close((error) => {
      if (error === undefined) resolve();
      else reject(error);
    });
  });
});

/** A reply: its status and its JSON, as the route documents it. */
interface Reply<T> {
  status: number;
  json: T;
}

const post = async (path: string, body: unknown): Promise<Reply<unknown>> => {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
};

interface InputErrorBody {
  error: string;
  issues: PolicyIssue[];
}

describe('POST /returns/evaluate', () => {
  it('answers the decision of evaluateReturn', async () => {
    const { status, json } = (await post('/returns/evaluate', teaReturn)) as Reply<ReturnDecision>;
    expect(status).toBe(200);
    expect(json).toMatchObject({
      outcome: 'approve',
      eligible: true,
      returnShippingPaidBy: 'buyer',
      refund: { amount: '55.00', currency: 'CNY' },
      deadline: '2026-03-10T15:59:59.999Z',
    });
    expect(json.reasons[0]).toMatchObject({ clause: 'RET-7', code: 'RETURN_WITHIN_NO_REASON_WINDOW' });
    expect(json.reasons[0]?.message).toMatch(/^在无理由退货期限内申请/);
  });

  it('renders the reasons in en-US with ?locale=en-US', async () => {
    const { status, json } = (await post('/returns/evaluate?locale=en-US', teaReturn)) as Reply<ReturnDecision>;
    expect(status).toBe(200);
    expect(json.reasons[0]?.message).toBe('Requested within the no-reason return window (counted from 2026-03-03 15:00:00, ending 2026-03-10 23:59:59)');
  });

  it('400 with the issues for a malformed body', async () => {
    const { status, json } = (await post('/returns/evaluate', {
      ...teaReturn,
      request: { ...teaReturn.request, lineId: 'L9', requestedAt: '2026-03-10 23:59' },
    })) as Reply<InputErrorBody>;
    expect(status).toBe(400);
    expect(json.error).toBe('POLICY_INPUT');
    expect(json.issues.map((issue) => issue.path.join('.'))).toContain('request.requestedAt');
    expect(json.issues.every((issue) => typeof issue.message === 'string' && typeof issue.code === 'string')).toBe(true);
  });

  it('400 for a locale zhidu does not speak', async () => {
    const { status, json } = (await post('/returns/evaluate?locale=fr-FR', teaReturn)) as Reply<InputErrorBody>;
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: 'POLICY_INPUT', issues: [{ path: ['context', 'locale'] }] });
  });
});

describe('POST /orders/audit', () => {
  it('answers the audit of auditOrder, in en-US with ?locale=en-US', async () => {
    const { status, json } = (await post('/orders/audit?locale=en-US', orderWithoutPhone)) as Reply<OrderAudit>;
    expect(status).toBe(200);
    expect(json).toMatchObject({ passed: false, hold: true });
    expect(json.reasons.map((reason) => reason.code)).toEqual(['ORDER_CUSTOMER_PHONE_INVALID', 'ORDER_HELD_CONTACT_CUSTOMER']);
    expect(json.reasons[0]?.message).toBe('The customer phone "" is missing or invalid');
  });

  it('passes a complete order', async () => {
    const { json } = (await post('/orders/audit', { ...orderWithoutPhone, customer: { ...orderWithoutPhone.customer, phone: '13800138000' } })) as Reply<OrderAudit>;
    expect(json).toMatchObject({ passed: true, hold: false, reasons: [{ code: 'ORDER_AUDIT_PASSED', clause: 'ORD-2' }] });
  });

  it('400 with the issues for a malformed order (an amount with 3 decimals)', async () => {
    const { status, json } = (await post('/orders/audit', { ...orderWithoutPhone, total: '118.005' })) as Reply<InputErrorBody>;
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: 'POLICY_INPUT', issues: [{ path: ['order', 'total'] }] });
  });
});
