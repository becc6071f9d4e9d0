// CI: every migration can run while the previous release still serves (scripts/lib/migration-rules.ts).
import fs from 'node:fs';
import path from 'node:path';
import { checkMigrationSql, checkSnapshotChange, type MigrationProblem, type Snapshot } from './lib/migration-rules';

const dir = path.resolve('drizzle/migrations');
const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
const problems: MigrationProblem[] = [];
let previous: Snapshot | null = null;
for (const { idx, tag } of journal.entries) {
  const file = `${tag}.sql`;
  problems.push(...checkMigrationSql(file, fs.readFileSync(path.join(dir, file), 'utf8')));
  const snapshot = JSON.parse(fs.readFileSync(path.join(dir, 'meta', `${String(idx).padStart(4, '0')}_snapshot.json`), 'utf8')) as Snapshot;
  const sql = fs.readFileSync(path.join(dir, file), 'utf8');
  if (previous && !/^--\s*contract:\s*\S/m.test(sql)) problems.push(...checkSnapshotChange(file, previous, snapshot));
  previous = snapshot;
}
if (problems.length > 0) {
  console.error(`[migrations] ${problems.length} change(s) would break the release still serving while it migrates:`);
  for (const p of problems) console.error(`  ${p.file}: ${p.problem}`);
  console.error('Split the change: expand now, contract in a later release (README, Operations), or explain with `-- contract: <reason>`.');
  process.exit(1);
}
console.log(`[migrations] ${journal.entries.length} migrations: each can run while the previous release serves`);
