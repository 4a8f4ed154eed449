/**
 * The schemas of the service's routes, for the OpenAPI document. The request bodies are the
 * packages' own zod schemas turned into JSON Schema by `toJsonSchema` from @zhidu/core; the
 * responses are sketched by hand. They document the routes only: the packages validate the bodies
 * themselves (and throw `PolicyInputError`, which the service turns into a 400), so there is one
 * validator and one error format.
 */
import { toJsonSchema, type JsonSchema } from '@zhidu/core';
import { stockItemSchema } from '@zhidu/inventory';
import { orderEventSchema, orderInputSchema, orderStates } from '@zhidu/orders';
import { returnInputSchema } from '@zhidu/returns';
import { riskInputSchema } from '@zhidu/risk';

/** A package schema as an OpenAPI 3.1 schema object (JSON Schema 2020-12, without its `$schema`). */
const fromZod = (schema: Parameters<typeof toJsonSchema>[0], description: string): JsonSchema => {
  const json: JsonSchema = { ...toJsonSchema(schema), description };
  delete json.$schema;
  return json;
};

const money = {
  type: 'object',
  required: ['amount', 'currency'],
  properties: { amount: { type: 'string', examples: ['12.30'] }, currency: { type: 'string', examples: ['CNY'] } },
};

const reason = {
  type: 'object',
  required: ['code', 'clause', 'message'],
  properties: {
    code: { type: 'string', description: 'Stable SCREAMING_SNAKE_CASE code' },
    clause: { type: 'string', description: 'The policy clause, e.g. ORD-8' },
    message: { type: 'string', description: "In the order's or the requested locale" },
    params: { type: 'object', additionalProperties: true },
  },
};

const reasons = { type: 'array', items: reason };

const command = {
  type: 'object',
  required: ['type', 'orderId'],
  description: 'What the host must do (stored in the outbox with the event)',
  properties: {
    type: { type: 'string', enum: ['REQUEST_PAYMENT', 'NOTIFY_CUSTOMER', 'CONTACT_CUSTOMER', 'BOOK_CARRIER', 'CONTACT_CARRIER', 'ISSUE_REFUND', 'REPLENISH'] },
    orderId: { type: 'string' },
  },
  additionalProperties: true,
};

const orderState = {
  type: 'object',
  description: "The order's state as @zhidu/orders keeps it (plain JSON)",
  required: ['value', 'version', 'policyVersion', 'order', 'deadlines', 'history'],
  properties: {
    value: { type: 'string', enum: [...orderStates] },
    version: { type: 'integer', minimum: 0, description: 'Goes up by one per transition (optimistic locking)' },
    policyVersion: { type: 'string' },
    order: { type: 'object', additionalProperties: true },
    deadlines: {
      type: 'object',
      properties: {
        paymentDueAt: { type: ['string', 'null'] },
        shipBy: { type: ['string', 'null'] },
        afterSalesUntil: { type: ['string', 'null'] },
      },
    },
    paid: { anyOf: [money, { type: 'null' }] },
    refunded: money,
    history: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
  additionalProperties: true,
};

const error = (description: string, extra: Record<string, unknown> = {}) => ({
  description,
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'string' }, message: { type: 'string' }, ...extra },
});

const inputError = error('Malformed input (PolicyInputError)', {
  issues: {
    type: 'array',
    items: {
      type: 'object',
      required: ['path', 'message', 'code'],
      properties: { path: { type: 'array', items: { type: ['string', 'integer'] } }, message: { type: 'string' }, code: { type: 'string' } },
    },
  },
});
const notFound = error('No such order');
const conflict = error('The transition was refused (`error` is the reason code, with `reason`), the version did not match (VERSION_CONFLICT) or the order exists (ORDER_EXISTS)', {
  reason,
  expectedVersion: { type: 'integer' },
  version: { type: 'integer' },
});

const localeQuery = {
  type: 'object',
  properties: {
    locale: { type: 'string', enum: ['zh-CN', 'en-US'], description: "Render the reasons in this locale (default: the policy's)" },
  },
};

const decisionQuery = {
  type: 'object',
  properties: {
    ...localeQuery.properties,
    now: { type: 'string', format: 'date-time', description: 'Decide as of this instant (default: now)' },
  },
};

const orderParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', description: 'The order id' } } };

export const routeSchemas = {
  createOrder: {
    summary: 'Start an order (ORD-1)',
    tags: ['orders'],
    querystring: localeQuery,
    body: fromZod(orderInputSchema, 'The order, as @zhidu/orders startOrder takes it'),
    response: { 201: orderState, 400: inputError, 409: conflict },
  },
  postEvent: {
    summary: 'Apply an event to an order',
    description:
      'Runs transition() on the stored state in one transaction with optimistic locking. An event whose id was applied before is a replay: 200 with `replay: true`, nothing written. Optional `Expected-Version` header (or `expectedVersion` in the body): apply only to that version.',
    tags: ['orders'],
    params: orderParams,
    querystring: localeQuery,
    headers: { type: 'object', properties: { 'expected-version': { type: 'integer', minimum: 0 } } },
    body: fromZod(orderEventSchema, 'The event (plus an optional expectedVersion)'),
    response: {
      200: {
        type: 'object',
        required: ['replay', 'state', 'reasons', 'commands'],
        properties: { replay: { type: 'boolean' }, state: orderState, reasons, commands: { type: 'array', items: command }, attempts: { type: 'integer' } },
      },
      400: inputError,
      404: notFound,
      409: conflict,
    },
  },
  getOrder: {
    summary: "An order's state",
    tags: ['orders'],
    params: orderParams,
    querystring: localeQuery,
    response: { 200: orderState, 404: notFound },
  },
  getHistory: {
    summary: "An order's history: every applied event with its reasons and commands",
    tags: ['orders'],
    params: orderParams,
    querystring: localeQuery,
    response: {
      200: {
        type: 'object',
        properties: {
          orderId: { type: 'string' },
          value: { type: 'string' },
          version: { type: 'integer' },
          events: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                version: { type: 'integer' },
                eventId: { type: ['string', 'null'] },
                type: { type: 'string' },
                event: { type: 'object', additionalProperties: true },
                from: { type: ['string', 'null'] },
                to: { type: ['string', 'null'] },
                reasons,
                commands: { type: 'array', items: command },
                at: { type: 'string', format: 'date-time' },
              },
            },
          },
        },
      },
      404: notFound,
    },
  },
  evaluateReturn: {
    summary: 'Decide a return, exchange or refund request (RET-1..10)',
    tags: ['returns'],
    querystring: decisionQuery,
    body: fromZod(returnInputSchema, 'The order line and the request, as @zhidu/returns evaluateReturn takes them'),
    response: {
      200: {
        type: 'object',
        properties: {
          eligible: { type: 'boolean' },
          outcome: { type: 'string', enum: ['approve', 'reject', 'review'] },
          resolution: { type: 'string' },
          returnShippingPaidBy: { type: 'string', enum: ['buyer', 'seller', 'none'] },
          refund: money,
          restockingFee: money,
          deadline: { type: ['string', 'null'] },
          reasons,
        },
        additionalProperties: true,
      },
      400: inputError,
    },
  },
  classifyStock: {
    summary: 'Classify a SKU’s stock level and reorder need (INV-1..11)',
    tags: ['inventory'],
    querystring: decisionQuery,
    body: fromZod(stockItemSchema, 'The stock item, as @zhidu/inventory classifyStock takes it'),
    response: {
      200: {
        type: 'object',
        properties: {
          level: { type: 'string', enum: ['out_of_stock', 'below_min', 'near_min', 'ok', 'near_max', 'above_max'] },
          available: { type: 'integer' },
          daysOfCover: { type: ['number', 'null'] },
          reorder: { type: 'object', properties: { needed: { type: 'boolean' }, quantity: { type: 'integer' } } },
          slowMoving: { type: 'boolean' },
          reasons,
        },
        additionalProperties: true,
      },
      400: inputError,
    },
  },
  classifyRisk: {
    summary: 'Classify a risk on a matrix (RISK-1..7)',
    tags: ['risk'],
    querystring: {
      type: 'object',
      properties: { ...localeQuery.properties, matrix: { type: 'string', enum: ['quadrant', 'iso5x5', 'nist'], description: 'Default: quadrant (RISK-4)' } },
    },
    body: fromZod(riskInputSchema, 'Likelihood and impact, as @zhidu/risk classifyRisk takes them'),
    response: {
      200: {
        type: 'object',
        properties: {
          level: { type: 'string' },
          score: { type: 'number' },
          response: { type: 'string', enum: ['avoid', 'reduce', 'transfer', 'accept'] },
          reasons,
        },
        additionalProperties: true,
      },
      400: inputError,
    },
  },
} as const;
