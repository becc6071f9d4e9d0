// `npm run demo`: the whole site on this machine with no server installed first.
// Starts embedded PostgreSQL and Meilisearch (unless DATABASE_URL / MEILI_URL are set), migrates,
// seeds a few thousand firms the first time, indexes them, builds and serves on port 3000, and
// runs the regeneration worker beside the site.
// Ctrl-C stops the site and the embedded services.
import { closeDb, getSql } from '../lib/db/client';
import { migrateDatabase } from '../lib/db/migrate';
import { ensureEntityIndex } from '../lib/search';
import { mustRun, runCommand, startChild, stopChild } from './lib/run';

const entities = Number(process.env.DEMO_ENTITIES ?? 5000);
const port = process.env.PORT ?? '3000';

await mustRun('node_modules/.bin/tsx', ['scripts/services/cli.ts', 'start']);
await migrateDatabase();
const [row] = await getSql()<{ n: number }[]>`select count(*)::int as n from entities`;
const n = row?.n ?? 0;
await closeDb();
if (n === 0) {
  console.log(`[demo] seeding ${entities} entities`);
  await mustRun('node_modules/.bin/tsx', ['scripts/db-seed.ts', '--entities', String(entities), '--seed', '1']);
}
const index = await ensureEntityIndex();
if (index.empty || n === 0) await mustRun('node_modules/.bin/tsx', ['scripts/search-reindex.ts']);

if (process.env.DEMO_SKIP_BUILD !== '1') await mustRun('node_modules/.bin/next', ['build'], { ...process.env, NODE_ENV: 'production' });
const server = startChild('node_modules/.bin/next', ['start', '-p', port], { ...process.env, NODE_ENV: 'production' });
const worker = startChild('node_modules/.bin/tsx', ['scripts/worker.ts'], { ...process.env, SITE_INTERNAL_URL: `http://127.0.0.1:${port}` });
console.log(`[demo] open http://localhost:${port}`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\n[demo] stopping');
  await Promise.all([stopChild(server), stopChild(worker)]);
  await runCommand('node_modules/.bin/tsx', ['scripts/services/cli.ts', 'stop']);
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
for (const [name, child] of [['site', server], ['worker', worker]] as const) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[demo] the ${name} exited with ${code}`);
      void shutdown();
    }
  });
}
