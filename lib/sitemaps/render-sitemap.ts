// Sitemap XML (sitemaps.org 0.9) with hreflang alternates for every locale of each page.
import { LOCALES } from '../domain/vocabulary';
import { xmlEscape } from '../feeds/atom';

/** One <url> per locale of a locale-less path (e.g. '/entities/X'), each listing all alternates. */
export function localizedUrls(origin: string, path: string, lastmod?: string): string {
  const alternates = LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${xmlEscape(`${origin}/${l}${path}`)}"/>`).join('');
  const def = `<xhtml:link rel="alternate" hreflang="x-default" href="${xmlEscape(`${origin}/zh-CN${path}`)}"/>`;
  return LOCALES.map(
    (l) => `<url><loc>${xmlEscape(`${origin}/${l}${path}`)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates}${def}</url>`,
  ).join('\n');
}

/** A urlset document. */
export function urlset(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}

/** A sitemap index document. */
export function sitemapIndex(locations: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locations.map((l) => `<sitemap><loc>${xmlEscape(l)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`;
}

/** An XML response cached for an hour. */
export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
}
