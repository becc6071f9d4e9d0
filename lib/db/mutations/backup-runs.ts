// Records a finished backup (lib/ops/backup.ts).
import { getSql } from '../client';

export async function insertBackupRun(run: { finishedAt: Date; folder: string; bytes: number }): Promise<void> {
  await getSql()`insert into backup_runs (finished_at, folder, bytes) values (${run.finishedAt}, ${run.folder}, ${run.bytes})`;
}
