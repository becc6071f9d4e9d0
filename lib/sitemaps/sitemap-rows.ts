// What the sitemaps list: entity pages in chunks of SITEMAP_CHUNK, and the published policies.
export { countSitemapChunks, getSitemapChunk } from '../db/queries/sitemap-rows';
export { listPublishedPolicyIds } from '../db/queries/policies';
