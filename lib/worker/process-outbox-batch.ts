// One unit of the worker's work: lease a batch of outbox rows, re-rate and re-index their
// entities (one Meilisearch task for the batch), expire their pages, then delete the rows.
// Every step recomputes from PostgreSQL, so running a batch twice gives the same result.
import { tags } from '../cache/tags';
import { completeOutbox, failOutbox, leaseOutbox } from '../db/mutations/outbox-lease';
import { refreshEntities } from '../entities/refresh-entities';
import { ratingDate } from '../env';
import { networkTagsOf } from '../network/network-tags';
import { expirePages } from './expire-pages';
import { refreshEdges } from './refresh-edge';
import { policyIdsOfPayloads, refreshPolicies } from '../policies/refresh-policies';
import { PAGES_EXPIRE_TOPIC, tagsOfPayloads } from '../db/mutations/pages-outbox';
import { forgetCreditRuleSets } from '../rule-sets/get-credit-rule-sets';
import { inspectionTagsOfPayloads } from '../inspections/inspection-outbox';

export interface BatchResult {
  events: number;
  entities: number;
  ms: number;
  oldestEventAgeMs: number;
}

/** Processes one batch; returns null when the outbox had nothing available. */
export async function processOutboxBatch(limit: number, opts: { today?: string } = {}): Promise<BatchResult | null> {
  const started = performance.now();
  const leased = await leaseOutbox(limit);
  if (leased.length === 0) return null;
  const ids = leased.map((l) => l.id);
  try {
    // rule_set.added: a version was stored (by any process); rate with it from now on. No page
    // changes: a version takes effect on a later day, when the scheduled review re-rates the city.
    if (leased.some((l) => l.topic === 'rule_set.added')) forgetCreditRuleSets();
    const entityIds = [...new Set(leased.map((l) => l.entityId).filter((id): id is number => id !== null))];
    const { usccs } = await refreshEntities(entityIds, opts.today ?? ratingDate());
    // policy.changed (policies area): re-index those policies, expire their pages and the lists.
    const policyEvents = leased.filter((l) => l.topic === 'policy.changed');
    const policyTags = policyEvents.length > 0 ? await refreshPolicies(policyIdsOfPayloads(policyEvents.map((l) => l.payload))) : [];
    // pages.expire (e.g. the measures catalogue): the tags it names.
    const pageTags = tagsOfPayloads(leased.filter((l) => l.topic === PAGES_EXPIRE_TOPIC).map((l) => l.payload));
    // Credit commitments are records: any batch may change the commitments list and its feed.
    // inspection.changed (inspections area): the plans' pages, the list, the feed.
    const inspectionTags = inspectionTagsOfPayloads(leased.filter((l) => l.topic === 'inspection.changed').map((l) => l.payload));
    // Related firms (网图): the networks these firms join or leave (lib/network/network-tags.ts).
    const networkTags = await networkTagsOf(entityIds);
    const expired = await expirePages([
      ...usccs.map(tags.entity),
      ...networkTags,
      tags.levelCounts,
      tags.lists,
      tags.dualPublicity,
      tags.timeliness,
      tags.commitments,
      ...policyTags,
      ...pageTags,
      ...inspectionTags,
    ]);
    // The front server's micro-cache may hold the old profile for up to 2 s more: refresh it.
    if (expired) refreshEdges(usccs);
    await completeOutbox(ids);
    const oldest = Math.min(...leased.map((l) => new Date(l.createdAt).getTime()));
    return { events: leased.length, entities: entityIds.length, ms: Math.round(performance.now() - started), oldestEventAgeMs: Date.now() - oldest };
  } catch (error) {
    await failOutbox(ids, error instanceof Error ? error.message : String(error));
    throw error;
  }
}
