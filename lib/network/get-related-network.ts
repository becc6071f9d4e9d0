import 'server-only';
import { createHash } from 'node:crypto';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { countRelations, findLinkedFirms, getNetworkFirms, getNetworkOrigin, type NetworkFirm, type RelationCounts } from '../db/queries/related-entities';
import { AppError } from '../errors';
import { isWellFormedUscc, normalizeCode } from '../uscc';
import { assembleNetwork, type RelatedEdge, type RelatedFirm } from './assemble-network';

export type { RelatedEdge, RelatedFirm };

/** A firm's related firms (网图) as the profile and GET /api/v1/entities/{uscc}/related show them. */
export interface RelatedNetwork {
  origin: { uscc: string; name: string; level: NetworkFirm['level']; districtCode: string };
  formerNames: string[];
  depth: 1 | 2;
  firms: RelatedFirm[];
  edges: RelatedEdge[];
  /** Related firms not shown (beyond MAX_RELATED_FIRMS; at depth 2 a lower bound). */
  omitted: number;
  /** The firm's own relation counts (each capped at 10,000). */
  counts: RelationCounts;
}

// Next allows 128 tags per cache entry; past that a depth-2 network relies on its hourly revalidation.
const MAX_TAGS = 120;
const HOUR = 3600;

/** The cache tags under which a firm's links of every relation are found (its keys, README "Related firms"). */
function keyTags(firm: NetworkFirm): string[] {
  return [tags.relatedAddress(firm.addressKey), tags.relatedRepresentative(firm.representativeKey), tags.branches(firm.id)];
}

const digest = (parts: readonly (string | number)[]) => createHash('sha256').update(parts.join(',')).digest('hex').slice(0, 32);

class NoSuchFirm extends Error {}

/**
 * The related firms of the firm `rawCode` to `depth` (1 or 2), at most 50. Cached in steps, each
 * tagged by what it read, so a change anywhere expires it (README, "Related firms"):
 * the firm's own row (entity:{uscc}); the links of depth 1 (the firm's address, name and branch
 * keys); the links of depth 2 (the keys of the firms of depth 1); and the shown firms' current
 * rows (entity:{uscc} of each), against which every cached link is checked again.
 * Throws AppError invalid_uscc / not_found.
 */
export async function getRelatedNetwork(rawCode: string, depth: 1 | 2): Promise<RelatedNetwork> {
  const uscc = normalizeCode(rawCode);
  if (!isWellFormedUscc(uscc)) throw new AppError('invalid_uscc', { code: rawCode });
  let origin: NetworkFirm & { formerNames: string[] };
  try {
    origin = await unstable_cache(
      async () => {
        const firm = await getNetworkOrigin(uscc);
        // Throwing keeps unknown codes out of the cache.
        if (!firm) throw new NoSuchFirm(uscc);
        return firm;
      },
      ['network-origin', uscc],
      { tags: [tags.entity(uscc)], revalidate: HOUR },
    )();
  } catch (error) {
    if (error instanceof NoSuchFirm) throw new AppError('not_found', { code: uscc });
    throw error;
  }

  const first = await unstable_cache(
    async () => ({ links: await findLinkedFirms([origin.id]), counts: await countRelations(origin.id) }),
    ['network-depth-1', uscc, origin.addressKey, origin.representativeKey, String(origin.headOfficeId)],
    { tags: [tags.entity(uscc), ...keyTags(origin)], revalidate: HOUR },
  )();
  const firstFirms = new Map<number, NetworkFirm>();
  for (const link of first.links) if (link.firm.id !== origin.id) firstFirms.set(link.firm.id, link.firm);
  // Depth 2 expands only the firms depth 1 can show.
  const shownFirst = assembleNetwork(origin, first.links, [], first.counts, new Map());
  const frontier = [...firstFirms.values()].filter((f) => shownFirst.firms.some((s) => s.uscc === f.uscc));
  const second =
    depth === 2 && frontier.length > 0
      ? await unstable_cache(
          () => findLinkedFirms(frontier.map((f) => f.id)),
          ['network-depth-2', uscc, digest(frontier.flatMap((f) => [f.id, f.addressKey, f.representativeKey]))],
          { tags: frontier.flatMap(keyTags).slice(0, MAX_TAGS), revalidate: HOUR },
        )()
      : [];

  // The firms the cached links would show (at most 50): their rows now, tagged by each firm.
  const usccs = assembleNetwork(origin, first.links, second, first.counts, new Map())
    .firms.map((f) => f.uscc)
    .sort();
  const currentRows =
    usccs.length === 0
      ? []
      : await unstable_cache(() => getNetworkFirms(usccs), ['network-firms', digest(usccs)], {
          tags: usccs.slice(0, MAX_TAGS).map(tags.entity),
          revalidate: HOUR,
        })();
  const current = new Map(currentRows.map((f) => [f.id, f]));
  const assembled = assembleNetwork(origin, first.links, second, first.counts, current);
  return {
    origin: { uscc: origin.uscc, name: origin.name, level: origin.level, districtCode: origin.districtCode },
    formerNames: origin.formerNames,
    depth,
    ...assembled,
    counts: first.counts,
  };
}
