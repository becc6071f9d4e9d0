// Pure assembly of a firm's related-firm network from the links the queries found: which firms
// are shown (at most MAX_RELATED_FIRMS, depth 1 before depth 2, in relation order), which links
// still hold, the edges between shown firms and how many firms were left out.
import type { NetworkFirm, NetworkLink, RelationCounts, RelationReason } from '../db/queries/related-entities';

/** The most related firms a network shows (the firm itself not counted). */
export const MAX_RELATED_FIRMS = 50;

export const RELATION_ORDER: readonly RelationReason[] = ['head_office', 'branch', 'same_address', 'same_representative'];

/** A shown firm, with why it is shown: each reason names the firm it links to. */
export interface RelatedFirm {
  uscc: string;
  name: string;
  level: NetworkFirm['level'];
  status: NetworkFirm['status'];
  districtCode: string;
  depth: 1 | 2;
  reasons: { reason: RelationReason; via: string }[];
}

/** A link between two shown firms (the origin included), `from` → `to` as found. */
export interface RelatedEdge {
  from: string;
  to: string;
  reason: RelationReason;
}

export interface AssembledNetwork {
  firms: RelatedFirm[];
  edges: RelatedEdge[];
  /** Related firms not shown (at depth 2 a lower bound: only the links fetched are counted). */
  omitted: number;
}

/** Whether a link found earlier still holds for the firms as they are now. */
export function linkHolds(from: NetworkFirm, to: NetworkFirm, reason: RelationReason): boolean {
  if (from.id === to.id) return false;
  switch (reason) {
    case 'head_office':
      return from.headOfficeId === to.id;
    case 'branch':
      return to.headOfficeId === from.id;
    case 'same_address':
      return from.addressKey === to.addressKey;
    case 'same_representative':
      return from.representativeKey === to.representativeKey;
  }
}

const byRelation = (a: NetworkLink, b: NetworkLink) => RELATION_ORDER.indexOf(a.reason) - RELATION_ORDER.indexOf(b.reason) || a.firm.id - b.firm.id;

/**
 * Chooses the shown firms and edges. `current` has every firm's columns as they are now (links
 * are re-checked against them, so a firm that moved away drops out even if the links were cached);
 * `counts` are the origin's relation counts (depth 1 beyond the fetched links is counted from them).
 */
export function assembleNetwork(
  origin: NetworkFirm,
  depth1: readonly NetworkLink[],
  depth2: readonly NetworkLink[],
  counts: RelationCounts,
  current: ReadonlyMap<number, NetworkFirm>,
  maxFirms: number = MAX_RELATED_FIRMS,
): AssembledNetwork {
  const now = (firm: NetworkFirm) => current.get(firm.id) ?? firm;
  const shown = new Map<number, RelatedFirm>();
  const usccOf = new Map<number, string>([[origin.id, origin.uscc]]);
  const seenNotShown = new Set<number>();
  const edges = new Map<string, RelatedEdge>();
  const fetched: Record<RelationReason, number> = { head_office: 0, branch: 0, same_address: 0, same_representative: 0 };

  const place = (links: readonly NetworkLink[], depth: 1 | 2) => {
    for (const link of [...links].sort(byRelation)) {
      const from = link.fromId === origin.id ? origin : current.get(link.fromId);
      if (!from || (link.fromId !== origin.id && !shown.has(link.fromId))) continue;
      if (depth === 1) fetched[link.reason] += 1;
      const firm = now(link.firm);
      if (firm.id === origin.id || !linkHolds(from, firm, link.reason)) continue;
      let node = shown.get(firm.id);
      // A link between two firms already shown closer in (say two neighbours of one address) adds
      // nothing the graph does not already say through the firm itself: no edge, no extra reason.
      if (node && depth === 2 && node.depth === 1) continue;
      if (!node) {
        if (shown.size >= maxFirms) {
          seenNotShown.add(firm.id);
          continue;
        }
        node = { uscc: firm.uscc, name: firm.name, level: firm.level, status: firm.status, districtCode: firm.districtCode, depth, reasons: [] };
        shown.set(firm.id, node);
        usccOf.set(firm.id, firm.uscc);
      }
      if (!node.reasons.some((r) => r.reason === link.reason && r.via === from.uscc)) node.reasons.push({ reason: link.reason, via: from.uscc });
      // One edge per pair and relation, whichever side found it (a branch found from its head office is the same link).
      const [a, b, reason] = link.reason === 'head_office' ? [firm.uscc, from.uscc, 'branch' as const] : [from.uscc, firm.uscc, link.reason];
      const key = link.reason === 'head_office' || link.reason === 'branch' ? `${a}>${b}` : `${[a, b].sort().join('=')}:${reason}`;
      if (!edges.has(key)) edges.set(key, { from: a, to: b, reason });
    }
  };
  place(depth1, 1);
  place(depth2, 2);
  for (const id of shown.keys()) seenNotShown.delete(id);
  const beyondFetched = RELATION_ORDER.reduce((n, r) => n + Math.max(0, counts[r] - fetched[r]), 0);
  return { firms: [...shown.values()], edges: [...edges.values()], omitted: seenNotShown.size + beyondFetched };
}
