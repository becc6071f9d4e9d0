// Re-running a published draw (scripts/redraw.ts, the integration test): from a plan's seed, its
// sample rule and its directory snapshot (the USCCs in position order), the firms the draw must
// have chosen, and the snapshot's hash to compare with the published one. Pure.
import { drawPlan, sampleSize, snapshotHasher } from '../domain/inspections';

export interface RedrawInput {
  seed: string;
  firmCount: number | null;
  sharePercent: number | null;
  inspectorPoolSize: number | null;
}

/** The snapshot's size and SHA-256, and the drawn USCCs in draw order with their inspectors' roster positions. */
export function redraw(plan: RedrawInput, snapshot: readonly string[]) {
  const hasher = snapshotHasher();
  for (const uscc of snapshot) hasher.add(uscc);
  const { size, sha256 } = hasher.finish();
  const outcome = drawPlan(plan.seed, size, sampleSize(size, plan), plan.inspectorPoolSize ?? 0);
  return { size, sha256, drawn: outcome.firmPositions.map((p) => snapshot[p]!), inspectorPositions: outcome.inspectorPositions };
}
