// Types of query-view.mjs (plain JavaScript so that scripts/serve.mjs runs under plain Node).
/** The canonical view segment of a query, or null when the query holds nothing (the default view). */
export function encodeQueryView(params: URLSearchParams): string | null;
/** The query of a view segment, as Next passes searchParams (repeated keys become arrays). */
export function decodeQueryView(view: string): Record<string, string | string[]>;
/** The internal URL a request URL (path + query) is served from, or null to serve it as it is. */
export function rewriteToQueryView(url: string): string | null;
