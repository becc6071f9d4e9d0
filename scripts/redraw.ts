// `npx tsx scripts/redraw.ts <planId> [--url https://site]`: re-runs a plan's published draw and
// compares it with what was published. With --url it uses only the public API (the plan's JSON
// and its snapshot download), as anyone can; without, the database of DATA_DIR / DATABASE_URL.
// Exit 0 when the snapshot hash and the drawn firms match, 1 when they do not.
import { parseArgs } from 'node:util';
import { redraw, type RedrawInput } from '../lib/inspections/redraw';

const USAGE = 'usage: tsx scripts/redraw.ts <planId> [--url https://site]';

interface Published extends RedrawInput {
  snapshotSha256: string | null;
  snapshot: string[];
  drawn: string[];
}

async function fromApi(base: string, id: number): Promise<Published> {
  const res = await fetch(`${base}/api/v1/inspections/${id}`);
  if (!res.ok) throw new Error(`plan ${id}: HTTP ${res.status}`);
  const body = (await res.json()) as {
    plan: { firmCount: number | null; sharePercent: number | null; draw: { seed: string; snapshotSha256: string | null; inspectorPoolSize: number | null } };
    targets: { uscc: string; reason: string; drawPosition: number | null }[];
    targetsTruncated: boolean;
  };
  if (body.targetsTruncated) console.warn('[redraw] the plan has more firms than its JSON lists: only the first ones are compared');
  const snap = await fetch(`${base}/api/v1/inspections/${id}/snapshot`);
  if (!snap.ok) throw new Error(`snapshot ${id}: HTTP ${snap.status}`);
  const snapshot = (await snap.text()).split('\n').filter(Boolean);
  const { plan } = body;
  return {
    seed: plan.draw.seed,
    firmCount: plan.firmCount,
    sharePercent: plan.sharePercent,
    inspectorPoolSize: plan.draw.inspectorPoolSize,
    snapshotSha256: plan.draw.snapshotSha256,
    snapshot,
    drawn: body.targets.filter((t) => t.reason === 'drawn').map((t) => t.uscc),
  };
}

async function fromDatabase(id: number): Promise<Published> {
  const { getPlanDrawFacts, listDrawnUsccs, streamPlanSnapshot } = await import('../lib/db/queries/inspections');
  const facts = await getPlanDrawFacts(id);
  if (!facts) throw new Error(`no plan ${id}`);
  if (facts.status === 'draft') throw new Error(`plan ${id} has not been drawn`);
  const snapshot: string[] = [];
  for await (const batch of streamPlanSnapshot(id)) for (const r of batch) snapshot.push(r.uscc);
  return { ...facts, snapshot, drawn: await listDrawnUsccs(id) };
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' } } });
  const id = Number(positionals[0]);
  if (!Number.isSafeInteger(id) || id < 1) {
    console.error(USAGE);
    return 2;
  }
  const published = values.url ? await fromApi(values.url.replace(/\/$/, ''), id) : await fromDatabase(id);
  const again = redraw(published, published.snapshot);
  const hashOk = again.sha256 === published.snapshotSha256;
  const compared = again.drawn.slice(0, published.drawn.length);
  const drawOk = compared.length === published.drawn.length && compared.every((u, i) => u === published.drawn[i]);
  console.log(
    JSON.stringify({ plan: id, snapshotSize: again.size, snapshotSha256: again.sha256, hashMatches: hashOk, drawn: again.drawn.length, drawMatches: drawOk }),
  );
  return hashOk && drawOk ? 0 : 1;
}

main()
  .then(async (code) => {
    const { closeDb } = await import('../lib/db/client');
    await closeDb();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(`[redraw] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
