// Request-level guards that scripts/serve.mjs runs before Next parses anything (plain JavaScript:
// serve.mjs runs under plain Node; types in request-guard.d.mts). Next accepts every server action
// body up to the evidence limit (next.config.mjs) and answers a bigger one, a cross-origin action or
// an undecodable path with a 500; here each is refused with its own status and a small page in the
// language of the path (or, under /api/, the API's JSON error), before a byte of the body is read:
// - 400 for a path whose percent-encoding is malformed (`/zh-CN/entities/%E0`);
// - 403 for a server action posted from another origin (the same comparison Next makes);
// - 413 for a body above its route's limit: Content-Length up front, and a count of the bytes as
//   they arrive for a chunked body. Only the objection and repair forms (evidence files), the
//   report check (one PDF) and the back office's template upload get larger limits; a form
//   without files gets a small one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';

const LOCALES = ['zh-CN', 'zh-TW', 'en'];
const DEFAULT_LOCALE = 'zh-CN';
const KB = 1024;
const MB = 1024 * 1024;

/** Body limits in bytes, by route family (README, "Security"). */
export const BODY_LIMITS = {
  /** Objection and repair forms: 5 evidence files of 10 MB, a repair's proof of role (10 MB), the text fields and multipart framing. */
  evidence: 62 * MB,
  /** The back office's template upload (50 MB file, lib/intake/upload-import.ts). */
  upload: 52 * MB,
  /** The intake API (lib/intake/read-intake-body.ts checks the same while it streams). */
  intake: 16 * MB,
  /** The worker's page expiry: up to 20,000 tags of 200 characters. */
  internal: 5 * MB,
  /** The credit report check (/{locale}/verify): one PDF of at most 2 MB (lib/reports/read-report-upload.ts), the fields and framing. */
  verify: 2 * MB + 64 * KB,
  /** Staff sign-in: a username and a password. */
  signIn: 16 * KB,
  /** Back-office forms without files (the longest is a policy's text). */
  staff: 1 * MB,
  /** Every other request: public forms without files (status lookup), anything unexpected. */
  other: 64 * KB,
};

const EVIDENCE_ROUTE = /^\/(?:zh-CN|zh-TW|en)\/entities\/[^/]+\/(?:objection|repair)\/?$/;
const VERIFY_ROUTE = /^\/(?:zh-CN|zh-TW|en)\/verify\/?$/;

/** The largest body a request to `pathname` may carry. @param {string} pathname @returns {number} */
export function bodyLimitFor(pathname) {
  if (EVIDENCE_ROUTE.test(pathname)) return BODY_LIMITS.evidence;
  if (VERIFY_ROUTE.test(pathname)) return BODY_LIMITS.verify;
  if (pathname === '/admin/intake' || pathname === '/admin/intake/') return BODY_LIMITS.upload;
  if (pathname.startsWith('/api/v1/intake/')) return BODY_LIMITS.intake;
  if (pathname.startsWith('/api/internal/')) return BODY_LIMITS.internal;
  if (pathname === '/admin/sign-in' || pathname === '/admin/sign-in/') return BODY_LIMITS.signIn;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return BODY_LIMITS.staff;
  return BODY_LIMITS.other;
}

/** The path of a request target, without its query. @param {string} url */
function pathOf(url) {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** Whether the path's percent-encoding cannot be decoded (Next would answer 500). @param {string} url */
export function hasMalformedPath(url) {
  try {
    decodeURIComponent(pathOf(url));
    return false;
  } catch {
    return true;
  }
}

/**
 * Whether a request is a server action from another origin: Next's own test (the Origin's host
 * against X-Forwarded-Host, else Host), which Next answers with a 500.
 * @param {{ method?: string, url?: string, headers: import('node:http').IncomingHttpHeaders }} req
 */
export function isCrossOriginAction(req) {
  if (req.method !== 'POST' || pathOf(req.url ?? '/').startsWith('/api/')) return false;
  const contentType = String(req.headers['content-type'] ?? '');
  const possibleAction =
    req.headers['next-action'] !== undefined || contentType.startsWith('multipart/form-data') || contentType === 'application/x-www-form-urlencoded';
  const origin = req.headers.origin;
  if (!possibleAction || typeof origin !== 'string') return false;
  let originHost;
  try {
    originHost = origin === 'null' ? 'null' : new URL(origin).host;
  } catch {
    return true;
  }
  const forwarded = req.headers['x-forwarded-host'];
  const forwardedHost = (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(',')[0])?.trim();
  return originHost !== forwardedHost && originHost !== req.headers.host;
}

// Messages from the same files as the site's (lib/i18n/messages/errors/<locale>.json).
/** @type {Record<string, { Errors: Record<string, string>, RequestRefused: Record<string, string> }>} */
const MESSAGES = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(fs.readFileSync(new URL(`../i18n/messages/errors/${locale}.json`, import.meta.url), 'utf8'))]),
);

/** The locale a path names (`/en/...`), else the default. @param {string} pathname */
export function localeOfPath(pathname) {
  const first = pathname.split('/')[1] ?? '';
  return LOCALES.includes(first) ? first : DEFAULT_LOCALE;
}

/** @param {string} message @param {Record<string, string>} values */
function format(message, values) {
  return message.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
}

/** @param {string} s */
function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const REFUSALS = {
  400: { code: 'bad_request', heading: 'badRequestHeading', lead: 'badRequestLead' },
  403: { code: 'cross_origin', heading: 'crossOriginHeading', lead: 'crossOriginLead' },
  413: { code: 'payload_too_large', heading: 'tooLargeHeading', lead: 'tooLargeLead' },
};

/**
 * The body of a refusal: the API's JSON error under /api/ (`{error: {code, message}}`, in the
 * language of Accept-Language as lib/api/respond.ts picks it), else a small page in the language
 * of the path.
 * @param {400 | 403 | 413} status @param {string} url @param {string | undefined} acceptLanguage @param {number} limit
 */
export function refusal(status, url, acceptLanguage, limit = 0) {
  const pathname = pathOf(url);
  const { code, heading, lead } = REFUSALS[status];
  const values = { max: limit >= MB ? `${Math.round(limit / MB)} MB` : `${Math.round(limit / KB)} KB` };
  if (pathname.startsWith('/api/')) {
    const locale = localeOfAcceptLanguage(acceptLanguage);
    const message = format(MESSAGES[locale].Errors[code], values);
    return { contentType: 'application/json; charset=utf-8', body: JSON.stringify({ error: { code, message } }) };
  }
  const locale = localeOfPath(pathname);
  const t = MESSAGES[locale].RequestRefused;
  const home = pathname.startsWith('/admin') ? '/admin' : `/${locale}`;
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t[heading])}</title><style>${REFUSAL_STYLE}</style></head><body><main><h1>${escapeHtml(t[heading])}</h1><p>${escapeHtml(format(t[lead], values))}</p><p><a href="${home}">${escapeHtml(t['home'] ?? '')}</a></p></main></body></html>`;
  return { contentType: 'text/html; charset=utf-8', body };
}

/** The refusal page's only style; its hash is the only thing the page's policy allows. */
const REFUSAL_STYLE = 'body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6}';
/**
 * The refusals' own security headers (they never reach Next nor lib/security/security-headers.mjs):
 * a policy that allows nothing but the page's one style, and the same nosniff and referrer rules.
 */
export const REFUSAL_SECURITY_HEADERS = {
  'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${createHash('sha256').update(REFUSAL_STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Accept-Language to a locale, as lib/api/respond.ts does. @param {string | undefined} header */
function localeOfAcceptLanguage(header) {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!tag) continue;
    if (tag.startsWith('en')) return 'en';
    if (/^zh-(tw|hk|mo|hant)/.test(tag)) return 'zh-TW';
    if (tag.startsWith('zh')) return 'zh-CN';
  }
  return DEFAULT_LOCALE;
}

/**
 * A body refused by its declared length is still read and thrown away up to this much past the
 * limit: a client (a browser, fetch) that is still sending when the 413 arrives reads it only if the
 * connection stays open until its upload ends; closing at once gives it a reset, not the answer.
 * Beyond it (or for a chunked body, which Next has begun to read) the connection is closed.
 */
const DRAIN_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Answers the refusal and, unless `drain`, closes the connection (nothing more of the body is
 * read); whatever Next still tries to write to this response afterwards is dropped.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {400 | 403 | 413} status @param {number} [limit] @param {boolean} [drain]
 */
function refuse(req, res, status, limit, drain = false) {
  const { contentType, body } = refusal(status, req.url ?? '/', req.headers['accept-language'], limit);
  if (!res.headersSent) {
    /** @type {Record<string, string | number>} */
    const headers = { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...REFUSAL_SECURITY_HEADERS };
    if (!drain) headers.Connection = 'close';
    res.writeHead(status, headers);
    res.end(body);
    // Read and discard the rest of the declared body; Node keeps the connection for the next request.
    if (drain) req.resume();
  } else res.destroy();
  const ignore = () => res;
  Object.assign(res, { writeHead: ignore, setHeader: ignore, appendHeader: ignore, flushHeaders: () => {}, write: () => true, end: ignore });
}

/**
 * Runs the guards. Returns true when the request was refused (the caller must not hand it to Next);
 * otherwise the body is counted as it arrives and refused with 413 once it passes its limit.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 */
export function guardRequest(req, res) {
  const url = req.url ?? '/';
  if (hasMalformedPath(url)) {
    refuse(req, res, 400);
    return true;
  }
  if (isCrossOriginAction(req)) {
    refuse(req, res, 403);
    return true;
  }
  const limit = bodyLimitFor(pathOf(url));
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    refuse(req, res, 413, limit, declared - limit <= DRAIN_MAX_BYTES);
    return true;
  }
  // A chunked body has no length up front: count what the HTTP parser pushes into the request.
  let received = 0;
  const push = req.push.bind(req);
  req.push = (chunk, encoding) => {
    // Past the limit nothing more reaches Next, not even the end: it sees an aborted request.
    if (received > limit) return false;
    if (chunk === null) return push(chunk, encoding);
    received += chunk.length;
    if (received > limit) {
      refuse(req, res, 413, limit);
      return false;
    }
    return push(chunk, encoding);
  };
  return false;
}
