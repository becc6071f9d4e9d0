import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk, localeFromRequest } from '@/lib/api/respond';
import { AppError } from '@/lib/errors';
import { translator } from '@/lib/i18n/messages';
import { getRelatedNetwork } from '@/lib/network/get-related-network';
import { decodePathSegment } from '@/lib/path-segment';

export const dynamic = 'force-dynamic';

/** GET /api/v1/entities/{uscc}/related?depth=1|2: the firm's related firms, as its profile shows them. */
export const GET = withPublicApi(async (request: Request, { params }: { params: Promise<{ uscc: string }> }) => {
  try {
    const { uscc } = await params;
    const code = decodePathSegment(uscc);
    if (code === null) throw new AppError('invalid_uscc');
    const rawDepth = new URL(request.url).searchParams.get('depth');
    if (rawDepth !== null && rawDepth !== '1' && rawDepth !== '2') throw new AppError('bad_parameter', { parameter: 'depth' });
    const network = await getRelatedNetwork(code, rawDepth === '2' ? 2 : 1);
    const t = translator(localeFromRequest(request), 'RelationReasons');
    return jsonOk({
      uscc: network.origin.uscc,
      name: network.origin.name,
      depth: network.depth,
      formerNames: network.formerNames,
      firms: network.firms.map((f) => ({
        uscc: f.uscc,
        name: f.name,
        creditLevel: f.level,
        status: f.status,
        districtCode: f.districtCode,
        depth: f.depth,
        reasons: f.reasons.map((r) => ({ reason: r.reason, via: r.via, text: t(r.reason) })),
      })),
      edges: network.edges,
      omitted: network.omitted,
      counts: network.counts,
    });
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;
