// Which related-firm caches a change of some firms expires (the worker): the firms at their
// address, with their representative's name in their district, and their head office's branches.
// A firm that moved away is covered by its own entity tag, which every network showing it carries.
import { tags } from '../cache/tags';
import { getNetworkKeysOf } from '../db/queries/network-keys';

/** The related-network tags to expire for these changed entity ids. */
export async function networkTagsOf(entityIds: readonly number[]): Promise<string[]> {
  const keys = await getNetworkKeysOf(entityIds);
  const out = new Set<string>();
  for (const k of keys) {
    out.add(tags.relatedAddress(k.addressKey));
    out.add(tags.relatedRepresentative(k.representativeKey));
    if (k.headOfficeId !== null) out.add(tags.branches(k.headOfficeId));
  }
  return [...out];
}
