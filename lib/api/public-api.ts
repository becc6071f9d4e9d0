import 'server-only';
import crypto from 'node:crypto';
import { AppError } from '../errors';
import { getCachedDataAsOf } from '../entities/data-as-of';
import { requestClientAddress } from '../security/request-address';
import { takeRateLimit } from '../security/rate-limits';
import { jsonError } from './respond';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Accept-Language',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset',
  'Access-Control-Max-Age': '86400',
};

/** The answer to a CORS preflight of the read-only API. */
export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS });
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a public read-only API handler: per-address rate limit (lib/security/rate-limits.ts; 429
 * with Retry-After and a message in the caller's language), read-only CORS, and for JSON a strong
 * ETag (304 on If-None-Match) and Last-Modified (the time the published data last changed).
 */
export function withPublicApi<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const token = await takeRateLimit('api', requestClientAddress(request.headers));
    const rateHeaders = {
      'RateLimit-Limit': String(token.limit),
      'RateLimit-Remaining': String(token.remaining),
      'RateLimit-Reset': String(token.resetSeconds),
    };
    if (!token.ok) {
      const res = jsonError(new AppError('rate_limited', { seconds: String(token.resetSeconds) }), request);
      res.headers.set('Retry-After', String(token.resetSeconds));
      for (const [k, v] of Object.entries({ ...rateHeaders, ...CORS })) res.headers.set(k, v);
      return res;
    }
    const response = await handler(request, context);
    const headers = new Headers(response.headers);
    for (const [k, v] of Object.entries({ ...rateHeaders, ...CORS })) headers.set(k, v);
    if (response.status !== 200 || !headers.get('content-type')?.includes('application/json')) {
      return new Response(response.body, { status: response.status, headers });
    }
    const body = await response.text();
    const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    headers.set('ETag', etag);
    const asOf = await getCachedDataAsOf().catch(() => null);
    if (asOf) headers.set('Last-Modified', new Date(asOf).toUTCString());
    const inm = request.headers.get('if-none-match');
    if (
      inm &&
      inm
        .split(',')
        .map((t) => t.trim().replace(/^W\//, ''))
        .includes(etag)
    ) {
      return new Response(null, { status: 304, headers });
    }
    return new Response(body, { status: 200, headers });
  };
}
