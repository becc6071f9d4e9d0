import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

/**
 * robots.txt: everything public is crawlable; internal endpoints are not, nor credit reports: each
 * download issues and stores a new signed report, which a crawler of a million profiles must not do.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/internal/', '/*/report.pdf$', '/*/verify'] }],
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  };
}
