import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk } from '@/lib/api/respond';
import { publicKeyJson } from '@/lib/reports/report-json';

export const dynamic = 'force-dynamic';

/** GET /api/v1/reports/public-key: the Ed25519 key that checks credit report signatures. */
export const GET = withPublicApi(async (request: Request) => {
  try {
    return jsonOk(publicKeyJson(), { maxAge: 3600 });
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;
