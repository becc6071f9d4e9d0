// Filtered views as cacheable pages (plain JavaScript: scripts/serve.mjs runs under plain Node;
// types in query-view.d.mts). A page that reads its query string is rendered per request,
// so the list, policy and directory pages never read it: the serving layer (scripts/serve.mjs)
// rewrites `/{locale}/lists/{slug}?status=removed&page=2` to the internal path
// `/{locale}/lists/{slug}/q/{view}`, where `view` is the canonical query (sorted, empty values
// dropped) in base64url. Each distinct view is then generated once and cached like any page; the
// cache's LRU bounds how many are kept. Visitors only ever see the public URL with its query.
const ROUTES = [
  /^\/(zh-CN|zh-TW|en)\/lists\/[a-z-]+$/,
  /^\/(zh-CN|zh-TW|en)\/policies$/,
  /^\/(zh-CN|zh-TW|en)\/policies\/guide$/,
  /^\/(zh-CN|zh-TW|en)\/policies\/\d+$/,
  /^\/(zh-CN|zh-TW|en)\/small-businesses$/,
  /^\/(zh-CN|zh-TW|en)\/map$/,
  /^\/(zh-CN|zh-TW|en)\/(licences|penalties)$/,
  /^\/(zh-CN|zh-TW|en)\/inspections$/,
  /^\/(zh-CN|zh-TW|en)\/commitments$/,
];
/** A profile has one view besides its own: ?depth=2 (second-degree related firms). Any other query
 * is served the profile as it is, so random queries cannot fill the cache with copies of it. */
const PROFILE = /^\/(zh-CN|zh-TW|en)\/entities\/[0-9A-Za-z%]{1,64}$/;
/** Next's own cache-busting parameter of client navigations: not part of the view. */
const IGNORED = new Set(['_rsc']);
const MAX_VIEW_LENGTH = 1024;

/** The canonical view segment of a query, or null when the query holds nothing (the default view). */
/** @param {URLSearchParams} params @returns {string | null} */
export function encodeQueryView(params) {
  const pairs = [...params.entries()].filter(([k, v]) => v !== '' && !IGNORED.has(k));
  if (pairs.length === 0) return null;
  pairs.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  return Buffer.from(new URLSearchParams(pairs).toString(), 'utf8').toString('base64url');
}

/** The query of a view segment, as Next passes searchParams (repeated keys become arrays). */
/** @param {string} view @returns {Record<string, string | string[]>} */
export function decodeQueryView(view) {
  if (view.length > MAX_VIEW_LENGTH) return {};
  /** @type {Record<string, string | string[]>} */
  const out = {};
  for (const [key, value] of new URLSearchParams(Buffer.from(view, 'base64url').toString('utf8'))) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** Policy search with a text query: per request, like entity search (see rewriteToQueryView). */
const POLICY_SEARCH = /^\/(zh-CN|zh-TW|en)\/policies$/;

/** The internal URL a request URL (path + query) is served from, or null to serve it as it is. */
/** @param {string} url @returns {string | null} */
export function rewriteToQueryView(url) {
  const q = url.indexOf('?');
  if (q < 0) return null;
  const pathname = url.slice(0, q);
  if (PROFILE.test(pathname)) {
    return new URLSearchParams(url.slice(q + 1)).get('depth') === '2'
      ? `${pathname}/q/${encodeQueryView(new URLSearchParams({ depth: '2' }))}${url.slice(q)}`
      : null;
  }
  if (!ROUTES.some((r) => r.test(pathname))) return null;
  const search = new URLSearchParams(url.slice(q + 1));
  const view = encodeQueryView(search);
  if (!view) return null;
  if (view.length > MAX_VIEW_LENGTH) return null;
  // A text search is answered per request, never cached: its results come from Meilisearch, or
  // from PostgreSQL with a "limited results" banner while Meilisearch is down, which must not
  // outlive the outage; and one-off queries would only crowd the cache.
  if (POLICY_SEARCH.test(pathname) && search.get('q')?.trim()) return `${pathname}/find/${view}${url.slice(q)}`;
  return `${pathname}/q/${view}${url.slice(q)}`;
}
