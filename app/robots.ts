import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

/** robots.txt: everything public is crawlable; internal endpoints are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/internal/'] }],
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  };
}
