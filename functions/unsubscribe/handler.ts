// Lambda entry behind a function URL (HTTPS): the unsubscribe links of the briefing emails. POST with a valid
// token (RFC 8058 one-click, `List-Unsubscribe=One-Click`, or the confirmation page's button) removes that
// recipient's subscription to that pair; GET shows the confirmation page and changes nothing (mail scanners
// follow links). A forged, altered or expired token changes nothing and says so.
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { z } from 'zod';
import { DynamoSubscriptionRepository } from '../../shared/adapters/dynamodb/dynamo-trade-repository.js';
import { unsubscribePage } from '../../shared/adapters/render/unsubscribe-page.js';
import { checkUnsubscribeToken, unsubscribeWithToken } from '../../shared/use-cases/unsubscribe.js';
import { createDocumentClient } from '../common/aws-clients.js';
import { loadConfig, UnsubscribeConfigSchema } from '../common/config.js';
import { logger } from '../common/powertools.js';
import { unsubscribeSigner } from '../common/signer.js';

const config = loadConfig(UnsubscribeConfigSchema);
const signer = unsubscribeSigner(config);
if (!signer) throw new Error('no key to check unsubscribe links'); // the schema requires one
const deps = {
  signer,
  subscriptions: new DynamoSubscriptionRepository(
    createDocumentClient(config.DYNAMODB_ENDPOINT),
    config.TABLE_NAME,
  ),
  logger,
};
const check = checkUnsubscribeToken(deps);
const unsubscribe = unsubscribeWithToken(deps);

/** The parts of a function URL event (payload 2.0) the endpoint reads. */
const FunctionUrlEventSchema = z.object({
  requestContext: z.object({ http: z.object({ method: z.string() }) }),
  queryStringParameters: z.record(z.string(), z.string().optional()).nullish(),
  body: z.string().nullish(),
  isBase64Encoded: z.boolean().optional(),
});

export interface FunctionUrlResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const page = (statusCode: number, body: string): FunctionUrlResult => ({
  statusCode,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  },
  body,
});

export const handler = middy(async (event: unknown): Promise<FunctionUrlResult> => {
  const parsed = FunctionUrlEventSchema.safeParse(event);
  if (!parsed.success) return page(400, unsubscribePage({ kind: 'invalid' }));
  const method = parsed.data.requestContext.http.method.toUpperCase();
  // the token comes in the address (the List-Unsubscribe URI); a form may post it in its body too
  const body = parsed.data.body
    ? parsed.data.isBase64Encoded
      ? Buffer.from(parsed.data.body, 'base64').toString('utf8')
      : parsed.data.body
    : '';
  const token = parsed.data.queryStringParameters?.token ?? new URLSearchParams(body).get('token') ?? '';
  if (method === 'GET' || method === 'HEAD') {
    const result = await check(token);
    if (!result.valid)
      return page(
        result.reason === 'expired' ? 410 : 400,
        unsubscribePage({ kind: result.reason === 'expired' ? 'expired' : 'invalid' }, result.claim?.l),
      );
    return page(
      200,
      unsubscribePage(
        { kind: 'confirm', email: result.claim.e, pair: result.claim.p, token },
        result.claim.l,
      ),
    );
  }
  if (method !== 'POST')
    return { ...page(405, unsubscribePage({ kind: 'invalid' })), headers: { allow: 'GET, POST' } };
  const outcome = await unsubscribe(token);
  if (outcome.outcome === 'refused')
    return page(
      outcome.reason === 'expired' ? 410 : 400,
      unsubscribePage({ kind: outcome.reason === 'expired' ? 'expired' : 'invalid' }, outcome.claim?.l),
    );
  return page(
    200,
    unsubscribePage(
      {
        kind: outcome.outcome === 'unsubscribed' ? 'done' : 'already',
        email: outcome.claim.e,
        pair: outcome.claim.p,
      },
      outcome.claim.l,
    ),
  );
}).use(injectLambdaContext(logger));
