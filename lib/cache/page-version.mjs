// The response header naming a stored page's version. Our cache handler (cache-handler.mjs) adds it
// to every page entry, Next sends an entry's headers with each cache hit, and the serving layer
// remembers per version what it would otherwise recompute from the page's bytes
// (lib/security/security-headers.mjs: the CSP hashes of its inline scripts).
export const PAGE_VERSION_HEADER = 'x-page-version';
