import { env } from '@/lib/env';
import { countSitemapChunks } from '@/lib/sitemaps/sitemap-rows';
import { sitemapIndex, xmlResponse } from '@/lib/sitemaps/render-sitemap';

export const dynamic = 'force-dynamic';

/** GET /sitemap.xml: the index of the pages sitemap and one sitemap per 10,000 entities. */
export async function GET() {
  const chunks = await countSitemapChunks();
  const origin = env.SITE_URL;
  return xmlResponse(sitemapIndex([`${origin}/sitemaps/pages.xml`, ...Array.from({ length: chunks }, (_, n) => `${origin}/sitemaps/entities-${n}.xml`)]));
}
