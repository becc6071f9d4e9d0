// `npm run db:restore -- <backup folder>`: restores a backup made by `npm run db:backup` into this
// DATA_DIR's empty database (embedded services are started as by `npm run demo`, unless
// DATABASE_URL / MEILI_URL are set), then rebuilds the search index from PostgreSQL.
// Refuses, changing nothing, a damaged backup, one made by a newer release, or a database with data.
import { closeDb } from '../lib/db/client';
import { env } from '../lib/env';
import { RestoreRefusedError, restoreBackup, verifyBackup } from '../lib/ops/backup';
import { mustRun } from './lib/run';

const folder = process.argv[2];
if (!folder || folder.startsWith('--')) {
  console.error('Usage: npm run db:restore -- <backup folder>   (into an empty DATA_DIR, e.g. DATA_DIR=.data/restored)');
  process.exit(2);
}
try {
  // Checked before anything starts: a damaged backup changes nothing, not even the data directory.
  const manifest = await verifyBackup(folder);
  if (!env.DATABASE_URL || !env.MEILI_URL) await mustRun('node_modules/.bin/tsx', ['scripts/services/cli.ts', 'start']);
  const result = await restoreBackup(folder, manifest);
  const rows = Object.values(result.tables).reduce((n, r) => n + r, 0);
  console.log(
    `[db:restore] ${Object.keys(result.tables).length} tables, ${rows.toLocaleString('en')} rows, ${result.evidence} evidence files, ${result.secrets} secrets in ${result.seconds.toFixed(1)} s`,
  );
  await closeDb();
  await mustRun('node_modules/.bin/tsx', ['scripts/search-reindex.ts']);
  console.log('[db:restore] done: the search index was rebuilt from PostgreSQL');
} catch (error) {
  console.error(`[db:restore] ${error instanceof RestoreRefusedError ? 'refused' : 'failed'}:`, error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
