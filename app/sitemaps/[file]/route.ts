import { env } from '@/lib/env';
import { LIST_SLUGS } from '@/lib/domain/vocabulary';
import { DUAL_SLUGS } from '@/lib/domain/dual-publicity';
import { countSitemapChunks, getSitemapChunk, listPublishedPolicyIds } from '@/lib/sitemaps/sitemap-rows';
import { localizedUrls, urlset, xmlResponse } from '@/lib/sitemaps/render-sitemap';

export const dynamic = 'force-dynamic';

const STATIC_PATHS = [
  '',
  '/search',
  '/lists',
  ...LIST_SLUGS.map((s) => `/lists/${s}`),
  '/lists/recent-changes',
  ...DUAL_SLUGS.map((s) => `/${s}`),
  '/stats',
  '/map',
  '/developers',
  '/policies',
  '/policies/guide',
  '/policies/figures',
  '/small-businesses',
];

/** GET /sitemaps/pages.xml and /sitemaps/entities-{n}.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const origin = env.SITE_URL;
  if (file === 'pages.xml') {
    // Published support policies are a few hundred pages: listed here with the static pages.
    const policies = await listPublishedPolicyIds();
    return xmlResponse(
      urlset(
        [...STATIC_PATHS.map((p) => localizedUrls(origin, p)), ...policies.map((p) => localizedUrls(origin, `/policies/${p.id}`, p.updatedOn))].join('\n'),
      ),
    );
  }
  const match = /^entities-(\d{1,6})\.xml$/.exec(file);
  const chunk = match ? Number(match[1]) : -1;
  if (chunk < 0 || chunk >= (await countSitemapChunks())) return new Response('Not found', { status: 404 });
  const rows = await getSitemapChunk(chunk);
  return xmlResponse(urlset(rows.map((r) => localizedUrls(origin, `/entities/${r.uscc}`, new Date(r.updatedAt).toISOString().slice(0, 10))).join('\n')));
}
