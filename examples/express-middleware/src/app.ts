/**
 * The smallest embedding of zhidu: an Express 5 app with two routes and one error middleware.
 *
 * - `POST /returns/evaluate` — the body is a `ReturnInput`; answers the `evaluateReturn` decision;
 * - `POST /orders/audit` — the body is an `OrderInput`; answers the `auditOrder` result;
 * - both take `?locale=zh-CN|en-US`, passed to the package in the context (the policy's locale by default);
 * - a `PolicyInputError` (a malformed body, an unknown locale) becomes 400 `{ error: 'POLICY_INPUT', issues }`.
 *
 * The packages validate what they are given, so the routes cast the body and let them check it.
 */
import { PolicyInputError, type Context, type Locale } from '@zhidu/core';
import { auditOrder, type OrderInput } from '@zhidu/orders';
import { evaluateReturn, type ReturnInput } from '@zhidu/returns';
import express, { type ErrorRequestHandler, type Express, type Request } from 'express';

/** The context of a decision: `?locale=` if the request has one (the package checks its value). */
function context(request: Request): Context {
  const { locale } = request.query;
  return locale === undefined ? {} : { locale: locale as Locale };
}

/** A `PolicyInputError` → 400 with its issues; anything else goes on to Express's own handler. */
const policyInputErrors: ErrorRequestHandler = (error, _request, response, next) => {
  if (error instanceof PolicyInputError) {
    response.status(400).json({ error: 'POLICY_INPUT', issues: error.issues });
    return;
  }
  next(error);
};

/** Builds the app (generic presets of both packages). Listen on it, or hand it to a server. */
export function createApp(): Express {
  const app = express();
  app.use(express.json());

  app.post('/returns/evaluate', (request, response) => {
    response.json(evaluateReturn(request.body as ReturnInput, undefined, context(request)));
  });

  app.post('/orders/audit', (request, response) => {
    response.json(auditOrder(request.body as OrderInput, undefined, context(request)));
  });

  app.use(policyInputErrors);
  return app;
}
