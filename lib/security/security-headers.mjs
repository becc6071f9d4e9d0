// Security headers of every response, decided in the serving layer (plain JavaScript: scripts/serve.mjs
// runs it under plain Node before Next sees the request; types in security-headers.d.mts).
//
// Content-Security-Policy comes in two kinds, because a nonce must be new for every response and so
// forces a page to be rendered per request, while the public pages are rendered once and served from
// the page cache (README, "Caching"):
// - Pages rendered per request anyway (staff back office, the objection and repair forms with their
//   anti-forgery token, the objection status page, entity search, policy text search) get a nonce
//   policy: a fresh nonce goes into the request's Content-Security-Policy header, where Next reads
//   it and puts it on every script it writes, and `'strict-dynamic'` lets those scripts load the
//   chunks they need. No `'unsafe-inline'`.
// - Every other page is served from the cache, the same bytes for everyone. Its policy lists the
//   SHA-256 of each inline script of those bytes (Next's inlined RSC payload and bootstrap, React's
//   runtime), computed here from the body before it is sent and remembered per page version (path +
//   ETag, or the version header our cache handler stores with the page: lib/cache/page-version.mjs),
//   so a cache hit costs one map look-up. External scripts are same-origin files ('self').
//   Whatever sits between us and the browser must not rewrite HTML (a CDN's "minify"): the hashes
//   are of these exact bytes.
//   The hashes are taken from the response itself, so they stop what gets into the page in the
//   browser (event-handler attributes, `javascript:` URLs, scripts added by a DOM injection), not
//   markup the server itself were tricked into writing: React's escaping is the defence there.
//   Next's `experimental.sri` was considered: it puts `integrity` on the external chunks only, not on
//   the inline payload scripts (vercel/next.js#95354), so on its own it cannot avoid 'unsafe-inline'.
// - A page on a cached route whose body is not known before its first byte (a render streamed on a
//   cache miss or an error, a HEAD request not seen as a GET before, more inline scripts than fit a
//   header) gets the same policy with `'unsafe-inline'` for scripts instead of hashes: weaker, but it
//   can never stop a page from working.
import { createHash, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { PAGE_VERSION_HEADER } from '../cache/page-version.mjs';

export const CSP_HEADER = 'Content-Security-Policy';

/**
 * Routes rendered per request (`export const dynamic = 'force-dynamic'`), as request paths after
 * scripts/serve.mjs's filtered-view rewrite. Exact shapes only: a path that Next serves from the
 * cache (a 404 under /admin, say) must never get a nonce policy, or its scripts would not run.
 * tests/unit/security-headers.test.ts checks this list against every page under app/.
 */
const PER_REQUEST_ROUTES = [
  /^\/admin(?:\/(?:sign-in|objections(?:\/[^/]+)?|repairs(?:\/[^/]+)?|policies(?:\/[^/]+)?|measures(?:\/[^/]+)?|rule-sets|catalogue|commitments(?:\/[^/]+)?|inspections(?:\/[^/]+)?|intake(?:\/unmatched(?:\/[^/]+)?)?))?$/,
  /^\/[^/]+\/entities\/[^/]+\/(?:objection|repair)$/,
  /^\/[^/]+\/objections\/[^/]+$/,
  /^\/[^/]+\/verify$/,
  /^\/[^/]+\/search$/,
  /^\/[^/]+\/policies\/find\/[^/]+$/,
];

/** Whether a request path (no query) is a page rendered per request, which gets a nonce policy. */
/** @param {string} pathname @returns {boolean} */
export function isPerRequestPath(pathname) {
  return PER_REQUEST_ROUTES.some((route) => route.test(pathname));
}

const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;
const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;
/** Above this many inline scripts (≈ 7 KB of hashes) a page gets the 'unsafe-inline' policy:
 *  response headers must stay well inside nginx's 16 KB proxy_buffer_size and CDN limits. */
export const MAX_SCRIPT_HASHES = 128;

/**
 * The Content-Security-Policy of an HTML page.
 * `scripts`: `{ nonce }` for a page rendered per request, `{ hashes }` (from inlineScriptHashes) for a
 * cached page, `{ unsafeInline: true }` when a cached page's scripts are not known.
 * @param {{ scripts: { nonce: string } | { hashes: readonly string[] } | { unsafeInline: true }, https?: boolean, dev?: boolean }} options
 * @returns {string}
 */
export function buildContentSecurityPolicy({ scripts, https = false, dev = false }) {
  const script = ["'self'"];
  const style = ["'self'"];
  if ('nonce' in scripts) {
    if (!NONCE.test(scripts.nonce)) throw new Error(`A CSP nonce must be at least 16 base64 characters, not "${scripts.nonce}".`);
    script.push(`'nonce-${scripts.nonce}'`, "'strict-dynamic'");
    // Next puts the nonce on inline styles it writes itself, if any (none in production today).
    if (!dev) style.push(`'nonce-${scripts.nonce}'`);
  } else if ('hashes' in scripts) {
    for (const hash of scripts.hashes) {
      if (!HASH_SOURCE.test(hash)) throw new Error(`Not a CSP sha256 source: ${hash}`);
      script.push(hash);
    }
  } else {
    script.push("'unsafe-inline'");
  }
  // React's development build evaluates code to rebuild server error stacks (Next's CSP guide).
  if (dev) script.push("'unsafe-eval'");
  // No 'unsafe-inline' for styles in production: our components have no style attributes and no
  // <style> elements (Tailwind compiles to a stylesheet Next links from /_next/static); what React
  // and Next's client do to styles (Suspense hiding, the route announcer) goes through the CSSOM
  // (element.style), which CSP does not restrict. Only Next's built-in error pages style themselves
  // inline, and the app replaces them (app/not-found.tsx, error.tsx, global-error.tsx); if one ever
  // showed, it would be unstyled, not broken. Next's development overlay injects <style> elements,
  // so development allows them (a nonce in style-src would make browsers ignore 'unsafe-inline').
  if (dev) style.push("'unsafe-inline'");
  const directives = [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    `style-src ${style.join(' ')}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

const HSTS = 'max-age=31536000';

/**
 * Headers for every response (pages, API, files). HSTS only over HTTPS, and without
 * includeSubDomains: the city's other sites under the same domain are not this site's to decide.
 * @param {{ https: boolean }} options
 * @returns {[string, string][]}
 */
export function baseSecurityHeaders({ https }) {
  /** @type {[string, string][]} */
  const headers = [
    ['X-Content-Type-Options', 'nosniff'],
    // Other sites learn only the origin, never a profile or objection path.
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // Long-standing feature names only: Chromium logs an error for a name it does not know.
    ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'],
    // frame-ancestors does this for browsers with CSP; this is for those without (IE-mode shells).
    ['X-Frame-Options', 'DENY'],
  ];
  if (https) headers.push(['Strict-Transport-Security', HSTS]);
  return headers;
}

/**
 * The CSP sources (`'sha256-…'`) of the inline scripts of an HTML document, in order, without
 * duplicates; scripts with a `src` are skipped ('self' covers them). Null when there are more than
 * MAX_SCRIPT_HASHES. The text is hashed as the browser sees it: line breaks normalised to LF.
 * @param {string} html
 * @returns {string[] | null}
 */
export function inlineScriptHashes(html) {
  /** @type {Set<string>} */
  const hashes = new Set();
  let at = 0;
  for (;;) {
    const start = html.indexOf('<script', at);
    if (start < 0) break;
    const next = html.charCodeAt(start + 7);
    // `<script>` or `<script attr…>`, not a longer tag name.
    if (next !== 62 && next !== 32 && next !== 9 && next !== 10 && next !== 12 && next !== 13 && next !== 47) {
      at = start + 7;
      continue;
    }
    const open = html.indexOf('>', start + 7);
    if (open < 0) break;
    const close = html.indexOf('</script', open + 1);
    if (close < 0) break;
    const attributes = html.slice(start + 7, open);
    if (!/(?:^|\s)src\s*=/i.test(attributes)) {
      let text = html.slice(open + 1, close);
      if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
      if (text.includes('\0')) text = text.replace(/\0/g, '\uFFFD');
      hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
      if (hashes.size > MAX_SCRIPT_HASHES) return null;
    }
    at = close + 8;
  }
  return [...hashes];
}

/**
 * Whether a request reached us over HTTPS: the public origin is https, the socket is TLS, or a
 * trusted proxy (TRUSTED_PROXY_HOPS > 0) says so in X-Forwarded-Proto (its left-most entry, the
 * outermost proxy's). Browsers ignore HSTS received over plain HTTP, so a wrong "yes" costs nothing.
 * @param {import('node:http').IncomingMessage} req
 * @param {{ siteHttps: boolean, trustForwardedProto: boolean }} options
 * @returns {boolean}
 */
export function isHttpsRequest(req, { siteHttps, trustForwardedProto }) {
  if (siteHttps) return true;
  if (/** @type {{ encrypted?: boolean } | undefined} */ (req.socket)?.encrypted) return true;
  if (!trustForwardedProto) return false;
  const header = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}

/**
 * Options of createSecurityHeaders from the environment (SITE_URL, TRUSTED_PROXY_HOPS).
 * @param {Record<string, string | undefined>} env
 * @param {{ dev?: boolean }} [extra]
 * @returns {{ siteHttps: boolean, trustForwardedProto: boolean, dev: boolean }}
 */
export function securityOptionsFromEnv(env, { dev = false } = {}) {
  const hops = (env.TRUSTED_PROXY_HOPS ?? '').trim();
  return {
    siteHttps: /^https:\/\//i.test((env.SITE_URL ?? '').trim()),
    trustForwardedProto: /^\d+$/.test(hops) && Number(hops) > 0,
    dev,
  };
}

/** @param {unknown} value */
function isHtml(value) {
  return typeof value === 'string' && value.toLowerCase().startsWith('text/html');
}

/**
 * The serving layer's hook: `apply(req, res)` before Next handles the request. Sets the headers
 * every response carries, decides the page's CSP kind, and for cached pages computes the policy from
 * the body (see the top of this file). Keep it cheap: it runs on every cache hit.
 * @param {{ siteHttps?: boolean, trustForwardedProto?: boolean, dev?: boolean, memoChars?: number }} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createSecurityHeaders({ siteHttps = false, trustForwardedProto = false, dev = false, memoChars = 4_000_000 } = {}) {
  const base = { http: baseSecurityHeaders({ https: false }), https: baseSecurityHeaders({ https: true }) };
  const fallback = {
    http: buildContentSecurityPolicy({ scripts: { unsafeInline: true }, https: false, dev }),
    https: buildContentSecurityPolicy({ scripts: { unsafeInline: true }, https: true, dev }),
  };
  // The hash policy around its hash list, built once: a page's policy is then one concatenation.
  const MARK = `'sha256-${'A'.repeat(43)}='`;
  const around = {
    http: buildContentSecurityPolicy({ scripts: { hashes: [MARK] }, https: false, dev }).split(` ${MARK}`),
    https: buildContentSecurityPolicy({ scripts: { hashes: [MARK] }, https: true, dev }).split(` ${MARK}`),
  };
  // Page version (path + ETag) → its script sources (' '-joined hashes; null: too many), so a cache
  // hit neither hashes nor builds. Bounded by size: a few MB whatever the number of pages.
  /** @type {LRUCache<string, { sources: string | null }>} */
  const seen = new LRUCache({ maxSize: memoChars, sizeCalculation: (value, key) => key.length + (value.sources?.length ?? 0) + 64 });

  /** @param {{ sources: string | null }} known @param {boolean} https @returns {string} */
  const policyOf = ({ sources }, https) => {
    if (sources === null) return https ? fallback.https : fallback.http;
    const [head, tail] = https ? around.https : around.http;
    return sources === '' ? `${head}${tail}` : `${head} ${sources}${tail}`;
  };

  return function applySecurityHeaders(req, res) {
    const https = isHttpsRequest(req, { siteHttps, trustForwardedProto });
    for (const [name, value] of https ? base.https : base.http) res.setHeader(name, value);
    // Next takes the nonce from this request header: a client never chooses it, and a cached page
    // is never rendered with one.
    if ('content-security-policy' in req.headers) delete req.headers['content-security-policy'];
    if ('content-security-policy-report-only' in req.headers) delete req.headers['content-security-policy-report-only'];

    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q < 0 ? url : url.slice(0, q);
    if (isPerRequestPath(pathname)) {
      const policy = buildContentSecurityPolicy({ scripts: { nonce: randomBytes(16).toString('base64') }, https, dev });
      req.headers['content-security-policy'] = policy;
      res.setHeader(CSP_HEADER, policy);
      return;
    }

    /** A page version: its ETag, or the version our cache handler stores with it (lib/cache/cache-handler.mjs). */
    const keyOf = () => {
      const version = res.getHeader('etag') ?? res.getHeader(PAGE_VERSION_HEADER);
      return typeof version === 'string' ? `${pathname}\n${version}` : null;
    };

    // A cached page is sent whole: Next sets Content-Type, then Content-Length, then calls
    // res.end(html). Next's compression middleware wraps res.end after this hook was installed, so the
    // hook that needs the page's own bytes goes on top of it once the body is announced, and takes
    // itself off on the first call.
    let armed = false;
    const arm = () => {
      armed = true;
      const end = res.end;
      /** @type {typeof res.end} */
      const endWithPolicy = function (/** @type {any[]} */ ...args) {
        res.end = end;
        const body = args[0];
        if (!res.headersSent && !res.hasHeader(CSP_HEADER) && !res.hasHeader('content-encoding') && (typeof body === 'string' || Buffer.isBuffer(body))) {
          const key = keyOf();
          let known = key ? seen.get(key) : undefined;
          if (!known) {
            const hashes = inlineScriptHashes(typeof body === 'string' ? body : body.toString('utf8'));
            known = { sources: hashes ? hashes.join(' ') : null };
            if (key) seen.set(key, known);
          }
          res.setHeader(CSP_HEADER, policyOf(known, https));
        }
        return end.apply(res, /** @type {any} */ (args));
      };
      res.end = endWithPolicy;
    };

    const setHeader = res.setHeader;
    res.setHeader = function (name, value) {
      const result = setHeader.call(res, name, value);
      if (!armed) {
        const lower = name.toLowerCase();
        if ((lower === 'content-type' || lower === 'content-length') && isHtml(res.getHeader('content-type'))) arm();
      }
      return result;
    };

    const writeHead = res.writeHead;
    res.writeHead = /** @type {typeof res.writeHead} */ (
      function (/** @type {any[]} */ ...args) {
        // Headers about to go without a policy: a streamed HTML page, or a HEAD request.
        if (!res.hasHeader(CSP_HEADER) && isHtml(res.getHeader('content-type') ?? contentTypeIn(args))) {
          const key = keyOf();
          const known = key ? seen.get(key) : undefined;
          res.setHeader(CSP_HEADER, known ? policyOf(known, https) : https ? fallback.https : fallback.http);
        }
        return writeHead.apply(res, /** @type {any} */ (args));
      }
    );
  };
}

/** The Content-Type passed to writeHead(status, [message], headers), if any. */
/** @param {unknown[]} args @returns {unknown} */
function contentTypeIn(args) {
  for (const arg of args) {
    if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
      for (const [name, value] of Object.entries(arg)) if (name.toLowerCase() === 'content-type') return value;
    }
  }
  return undefined;
}
