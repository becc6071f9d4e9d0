// `npm run db:backup [-- --out DIR]`: a consistent backup of PostgreSQL (one snapshot), the objection
// evidence and the generated secrets, in one dated folder with a manifest (lib/ops/backup.ts).
// DIR defaults to BACKUP_DIR, else DATA_DIR/backups. Copy the folder off this machine afterwards.
import path from 'node:path';
import { closeDb } from '../lib/db/client';
import { dataDir } from '../lib/env';
import { createBackup } from '../lib/ops/backup';

const i = process.argv.indexOf('--out');
const outDir = i > 0 ? process.argv[i + 1] : (process.env.BACKUP_DIR ?? path.join(dataDir(), 'backups'));
if (!outDir) {
  console.error('--out needs a directory');
  process.exit(2);
}
try {
  const { folder, manifest, seconds } = await createBackup(outDir);
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  const bytes = manifest.tables.reduce((n, t) => n + t.bytes, 0) + manifest.evidence.reduce((n, f) => n + f.bytes, 0);
  console.log(`[db:backup] ${folder}`);
  console.log(
    `[db:backup] ${manifest.tables.length} tables, ${rows.toLocaleString('en')} rows, ${manifest.evidence.length} evidence files, ${manifest.secrets.length} secrets, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s`,
  );
} catch (error) {
  console.error('[db:backup] failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
