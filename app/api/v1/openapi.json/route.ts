import { buildOpenApiDocument } from '@/lib/api/openapi';
import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of the open data API. */
export const GET = withPublicApi(async () => Response.json(buildOpenApiDocument(env.SITE_URL), { headers: { 'Cache-Control': 'public, max-age=3600' } }));

export const OPTIONS = corsPreflight;
