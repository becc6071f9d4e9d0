import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError } from '@/lib/api/respond';
import { AppError } from '@/lib/errors';
import { latestDump } from '@/lib/dumps/write-entity-dump';

export const dynamic = 'force-dynamic';

/** GET /api/v1/dumps/latest → {date, url, bytes} of the newest nightly dump. */
export const GET = withPublicApi(async (request: Request) => {
  const dump = latestDump();
  if (!dump) return jsonError(new AppError('not_found', { subject: 'dump' }), request);
  return Response.json({ date: dump.date, url: `/api/v1/dumps/${dump.file}`, bytes: dump.bytes, format: 'application/gzip; JSON Lines, one entity per line' });
});

export const OPTIONS = corsPreflight;
