/**
 * The HTTP service: Fastify routes over the orders repository and the stateless decisions of
 * @zhidu/returns, @zhidu/inventory and @zhidu/risk, with the OpenAPI document at `GET /docs/json`.
 *
 * Errors have one shape, `{ error: CODE, … }`:
 * - 400 `{ error: 'POLICY_INPUT', issues }` — a `PolicyInputError` from a package (malformed body);
 * - 404 `{ error: 'ORDER_NOT_FOUND' }`;
 * - 409 `{ error: reason.code, reason }` — a transition the policy refused;
 * - 409 `{ error: 'VERSION_CONFLICT' }` — not at the expected version (or kept moving under retries);
 * - 409 `{ error: 'ORDER_EXISTS' }`.
 */
import fastifySwagger from '@fastify/swagger';
import { explain, PolicyInputError, type Context, type Locale } from '@zhidu/core';
import { createStockClassifier, presets as inventoryPresets, type InventoryPolicy, type StockItem } from '@zhidu/inventory';
import { createOrderLifecycle, presets as orderPresets, type OrderEvent, type OrderInput, type OrderPolicy } from '@zhidu/orders';
import { createReturnEvaluator, presets as returnPresets, type ReturnInput, type ReturnPolicy } from '@zhidu/returns';
import { classifyRisk, matrices, type RiskInput } from '@zhidu/risk';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { openDatabase, type Database, type DatabaseOptions } from './db.js';
import { routeSchemas } from './openapi.js';
import { createOrderRepository, OrderExistsError, OrderNotFoundError, VersionConflictError, type OrderRepository } from './orderRepository.js';

/** The store's policies; the generic presets by default. */
export interface Policies {
  readonly orders?: OrderPolicy;
  readonly returns?: ReturnPolicy;
  readonly inventory?: InventoryPolicy;
}

/** Options of {@link buildApp}. */
export interface AppOptions {
  /** The database (migrated: see `openDatabase`). The app does not close it. */
  readonly db: Database;
  readonly policies?: Policies;
  /** Fastify's logger (off by default). */
  readonly logger?: boolean;
  /** How many times an event that lost a race is retried (see the repository). */
  readonly maxAttempts?: number;
}

interface LocaleQuery {
  locale?: string;
}
interface DecisionQuery extends LocaleQuery {
  now?: string;
}
interface RiskQuery extends LocaleQuery {
  matrix?: string;
}
interface OrderParams {
  id: string;
}

const locales: readonly string[] = ['zh-CN', 'en-US'];

/** Re-renders a response's reasons in the requested locale (`?locale=en-US`), or leaves it as it is. */
function localize<T>(body: T, locale: string | undefined): T {
  if (locale === undefined) return body;
  if (!locales.includes(locale)) {
    throw new PolicyInputError([{ path: ['locale'], message: `Expected one of ${locales.join(', ')}`, code: 'invalid_locale' }]);
  }
  return explain(body, locale as Locale);
}

function context(query: DecisionQuery): Context {
  return query.now === undefined ? {} : { now: query.now };
}

/** Reads the optional `Expected-Version` header or `expectedVersion` body field, and the event without it. */
function readEventRequest(body: unknown, header: string | string[] | undefined): { event: OrderEvent; expectedVersion: number | undefined } {
  let raw: unknown = header;
  let event = body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body) && 'expectedVersion' in body) {
    const { expectedVersion, ...rest } = body as Record<string, unknown>;
    raw ??= expectedVersion;
    event = rest;
  }
  if (raw === undefined) return { event: event as OrderEvent, expectedVersion: undefined };
  const expectedVersion = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof expectedVersion !== 'number' || !Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
    throw new PolicyInputError([{ path: ['expectedVersion'], message: 'Expected a version: an integer from 0', code: 'invalid_type' }]);
  }
  return { event: event as OrderEvent, expectedVersion };
}

/**
 * Builds the service on a database. Call `app.ready()` (or `listen`) before use; `app.close()`
 * leaves the database open.
 */
export async function buildApp(options: AppOptions): Promise<{ app: FastifyInstance; orders: OrderRepository }> {
  const { db, policies = {} } = options;
  const orders = createOrderRepository(
    db,
    createOrderLifecycle(policies.orders ?? orderPresets.generic),
    options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts },
  );
  const returns = createReturnEvaluator(policies.returns ?? returnPresets.generic);
  const stock = createStockClassifier(policies.inventory ?? inventoryPresets.generic);

  const app = Fastify({ logger: options.logger ?? false });

  // The route schemas document the API; the packages validate what they are given (one validator,
  // one error format), and responses are plain JSON.stringify.
  app.setValidatorCompiler(() => (value: unknown) => ({ value }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof PolicyInputError) return reply.code(400).send({ error: 'POLICY_INPUT', issues: error.issues });
    if (error instanceof OrderNotFoundError) return reply.code(404).send({ error: 'ORDER_NOT_FOUND', message: error.message });
    if (error instanceof OrderExistsError) return reply.code(409).send({ error: 'ORDER_EXISTS', message: error.message });
    if (error instanceof VersionConflictError) {
      return reply.code(409).send({
        error: 'VERSION_CONFLICT',
        message: error.message,
        ...(error.expected === undefined ? {} : { expectedVersion: error.expected, version: error.found }),
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    return reply.code(status).send({ error: status >= 500 ? 'INTERNAL' : (error.code || 'BAD_REQUEST'), message: error.message });
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'zhidu http-service',
        version: '0.0.0',
        description: 'Orders, returns, inventory and risk decisions from the zhidu packages, with order state in PostgreSQL.',
      },
      tags: [{ name: 'orders' }, { name: 'returns' }, { name: 'inventory' }, { name: 'risk' }],
    },
  });

  app.get('/docs/json', { schema: { hide: true } }, () => app.swagger());

  app.post<{ Body: unknown; Querystring: LocaleQuery }>('/orders', { schema: routeSchemas.createOrder }, async (request, reply) => {
    const state = await orders.create(request.body as OrderInput);
    return reply.code(201).send(localize(state, request.query.locale));
  });

  app.post<{ Body: unknown; Params: OrderParams; Querystring: LocaleQuery }>(
    '/orders/:id/events',
    { schema: routeSchemas.postEvent },
    async (request, reply) => {
      const { event, expectedVersion } = readEventRequest(request.body, request.headers['expected-version']);
      const outcome = await orders.apply(request.params.id, event, expectedVersion);
      if (!outcome.ok) {
        const { error } = localize({ error: outcome.error }, request.query.locale);
        return reply.code(409).send({ error: error.code, reason: error, version: outcome.state.version });
      }
      const { replay, state, reasons, commands, attempts } = outcome;
      return reply.send(localize({ replay, state, reasons, commands, attempts }, request.query.locale));
    },
  );

  app.get<{ Params: OrderParams; Querystring: LocaleQuery }>('/orders/:id', { schema: routeSchemas.getOrder }, async (request) => {
    const state = await orders.get(request.params.id);
    if (state === undefined) throw new OrderNotFoundError(request.params.id);
    return localize(state, request.query.locale);
  });

  app.get<{ Params: OrderParams; Querystring: LocaleQuery }>('/orders/:id/history', { schema: routeSchemas.getHistory }, async (request) => {
    const state = await orders.get(request.params.id);
    if (state === undefined) throw new OrderNotFoundError(request.params.id);
    const events = await orders.history(request.params.id);
    return localize({ orderId: request.params.id, value: state.value, version: state.version, events }, request.query.locale);
  });

  app.post<{ Body: unknown; Querystring: DecisionQuery }>('/returns/evaluate', { schema: routeSchemas.evaluateReturn }, (request) =>
    localize(returns.evaluate(request.body as ReturnInput, context(request.query)), request.query.locale),
  );

  app.post<{ Body: unknown; Querystring: DecisionQuery }>('/inventory/classify', { schema: routeSchemas.classifyStock }, (request) =>
    localize(stock.classify(request.body as StockItem, context(request.query)), request.query.locale),
  );

  app.post<{ Body: unknown; Querystring: RiskQuery }>('/risk/classify', { schema: routeSchemas.classifyRisk }, (request) => {
    const name = request.query.matrix ?? 'quadrant';
    if (!Object.hasOwn(matrices, name)) {
      throw new PolicyInputError([{ path: ['matrix'], message: `Expected one of ${Object.keys(matrices).join(', ')}`, code: 'invalid_value' }]);
    }
    const matrix = matrices[name as keyof typeof matrices];
    return localize(classifyRisk(request.body as RiskInput, matrix), request.query.locale);
  });

  return { app, orders };
}

/** Options of {@link createService}: where the database is, and the app's options. */
export type ServiceOptions = DatabaseOptions & Omit<AppOptions, 'db'>;

/**
 * Opens the database (PGlite unless `url` is given), runs the migrations and builds the app; closing
 * the app closes the database.
 */
export async function createService(options: ServiceOptions = {}): Promise<{ app: FastifyInstance; orders: OrderRepository; db: Database }> {
  const db = await openDatabase(options);
  const { app, orders } = await buildApp({ ...options, db });
  app.addHook('onClose', async () => {
    await db.close();
  });
  return { app, orders, db };
}
