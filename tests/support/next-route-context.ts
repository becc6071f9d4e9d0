// Lets tests call route handlers (app/api/**/route.ts) directly, as tests/integration/intake.test.ts
// does, also when they read through Next's data cache (`unstable_cache`): outside a Next server
// that needs the AsyncLocalStorage global Next's server installs first thing
// (next/dist/server/node-environment-baseline) and an incremental cache. The cache given here is
// Next's own IncrementalCache with no handler behind it, so every cached data function runs
// against PostgreSQL/Meilisearch each time: the route's real code path, nothing kept between calls.
// Import this module before any route module.
import 'next/dist/server/node-environment-baseline';
import { IncrementalCache } from 'next/dist/server/lib/incremental-cache';

const preview = { previewModeId: 'test', previewModeSigningKey: 'test', previewModeEncryptionKey: 'test' };

const globals = globalThis as { __incrementalCache?: unknown };
globals.__incrementalCache ??= new IncrementalCache({
  dev: false,
  minimalMode: false,
  requestHeaders: {},
  fetchCacheKeyPrefix: '',
  maxMemoryCacheSize: 0,
  allowedRevalidateHeaderKeys: [],
  previewProps: preview,
  prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview },
} as unknown as ConstructorParameters<typeof IncrementalCache>[0]);
