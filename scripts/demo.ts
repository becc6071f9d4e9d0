// `npm run demo`: the whole site on this machine with no server installed first.
// Starts embedded PostgreSQL and Meilisearch (unless DATABASE_URL / MEILI_URL are set), migrates,
// seeds a few thousand firms the first time, indexes them, builds and serves on port 3000, and
// runs the regeneration worker beside the site.
// Ctrl-C stops the site and the embedded services.
import fs from 'node:fs';
import path from 'node:path';
import { closeDb, getSql } from '../lib/db/client';
import { dataDir } from '../lib/env';
import { createStaffUser } from '../lib/staff/users';
import { migrateDatabase } from '../lib/db/migrate';
import { ensureEntityIndex } from '../lib/search';
import { mustRun, runCommand, siteCommand, startChild, stopChild } from './lib/run';

const entities = Number(process.env.DEMO_ENTITIES ?? 5000);
// The demo serves a production build on http://localhost with the generated APP_SECRET: a local run,
// which production checks refuse without this (lib/security/production-config.mjs).
process.env.ALLOW_INSECURE_LOCAL ??= '1';
const port = process.env.PORT ?? '3000';

await mustRun('node_modules/.bin/tsx', ['scripts/services/cli.ts', 'start']);
await migrateDatabase();
const [row] = await getSql()<{ n: number }[]>`select count(*)::int as n from entities`;
const n = row?.n ?? 0;
if (n === 0) {
  console.log(`[demo] seeding ${entities} entities`);
  await mustRun('node_modules/.bin/tsx', ['scripts/db-seed.ts', '--entities', String(entities), '--seed', '1']);
}
// Back-office accounts for trying the staff side: created once, their generated passwords kept in
// the (git-ignored) data directory, readable by this user only, and printed at every start.
const accountsFile = path.join(dataDir(), 'demo-accounts.txt');
const [staff] = await getSql()<{ n: number }[]>`select count(*)::int as n from staff_users`;
if ((staff?.n ?? 0) === 0) {
  const admin = await createStaffUser({ departmentCode: 'jnamr', role: 'admin', username: 'demo-admin', displayName: '演示管理员', createdBy: 'demo' });
  const reviewer = await createStaffUser({
    departmentCode: 'jnamr',
    role: 'reviewer',
    username: 'demo-reviewer',
    displayName: '演示审核员（市场监管局）',
    createdBy: 'demo',
  });
  fs.writeFileSync(accountsFile, `${admin.username} ${admin.password} (admin)\n${reviewer.username} ${reviewer.password} (reviewer, jnamr)\n`, { mode: 0o600 });
}
await closeDb();
const index = await ensureEntityIndex();
if (index.empty || n === 0) await mustRun('node_modules/.bin/tsx', ['scripts/search-reindex.ts']);

if (process.env.DEMO_SKIP_BUILD !== '1') await mustRun('node_modules/.bin/next', ['build'], { ...process.env, NODE_ENV: 'production' });
const server = startChild(...siteCommand(Number(port), '0.0.0.0'), { ...process.env, NODE_ENV: 'production' });
const worker = startChild('node_modules/.bin/tsx', ['scripts/worker.ts'], { ...process.env, SITE_INTERNAL_URL: `http://127.0.0.1:${port}` });
console.log(`[demo] open http://localhost:${port}`);
if (fs.existsSync(accountsFile)) {
  console.log(`[demo] back office http://localhost:${port}/admin, demo accounts (username password):`);
  console.log(fs.readFileSync(accountsFile, 'utf8').trimEnd().replace(/^/gm, '         '));
}

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
for (const [name, child] of [
  ['site', server],
  ['worker', worker],
] as const) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[demo] the ${name} exited with ${code}`);
      void shutdown();
    }
  });
}
