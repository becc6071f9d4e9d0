// One error type for expected failures; one mapper to HTTP status (lib/api/respond.ts).

/** Error codes, each documented where it is defined. */
export const APP_ERROR_STATUS = {
  /** A path or query parameter is not a well-formed USCC. */
  invalid_uscc: 400,
  /** A query parameter has a bad value (detail says which and why). */
  bad_parameter: 400,
  /** Nothing published at that path; `params.subject` says what (policy, list, dump, template; else a market entity). */
  not_found: 404,
  /** No credentials, or credentials that are wrong, expired or revoked. */
  unauthorized: 401,
  /** Signed in, but this belongs to another department or needs another role. */
  forbidden: 403,
  /** A state-changing request without a valid anti-forgery token (form too old, or forged). */
  csrf_failed: 403,
  /** The request cannot be understood (a path whose percent-encoding is malformed). */
  bad_request: 400,
  /** A server action posted from another site (scripts/serve.mjs refuses it before Next). */
  cross_origin: 403,
  /** The body is above its route's limit (params.max says the limit, e.g. "16 MB"). */
  payload_too_large: 413,
  /** The body's Content-Type is not one the route accepts (params.expected names it). */
  unsupported_media_type: 415,
  /** Too many requests from one address; Retry-After says when to come back. */
  rate_limited: 429,
  /** Every list-export slot is taken (globally or for this address); Retry-After says when to come back. */
  too_many_exports: 429,
  /** Meilisearch cannot be reached or refused the query. */
  search_unavailable: 503,
  /** PostgreSQL cannot be reached (lib/db/is-unavailable.ts decides); Retry-After says when to come back. */
  service_unavailable: 503,
  /** Anything unexpected; details go to the log, never to the client. */
  internal: 500,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly params: Record<string, string> = {},
    message?: string,
    options?: ErrorOptions,
  ) {
    super(message ?? code, options);
    this.name = 'AppError';
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}
