// `npm run search:reindex`: rebuilds the entity (and the policy) search index from PostgreSQL with no downtime
// (fills <index>_next, swaps it in, drops the old one). Safe to run while the site serves.
import { closeDb } from '../lib/db/client';
import { reindexAllEntities, reindexAllPolicies } from '../lib/search';

const arg = process.argv.indexOf('--batch-size');
const batchSize = arg > 0 ? Number(process.argv[arg + 1]) : undefined;
if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
  console.error('--batch-size must be a positive integer');
  process.exit(2);
}

const tty = process.stdout.isTTY;
let lastLine = 0;
try {
  const result = await reindexAllEntities({
    batchSize,
    onProgress: ({ phase, documents, seconds }) => {
      const now = Date.now();
      // One rewritten line on a terminal; a line every 5 s (and at each phase) in logs.
      if (!tty && phase === 'indexing' && now - lastLine < 5000) return;
      lastLine = now;
      const rate = seconds > 0 ? Math.round(documents / seconds) : 0;
      const line = `[search:reindex] ${phase.padEnd(11)} ${documents.toLocaleString('en')} documents  ${seconds.toFixed(1)} s  ${rate.toLocaleString('en')} docs/s`;
      if (tty) process.stdout.write(`\r${line}\x1b[K`);
      else console.log(line);
    },
  });
  if (tty) process.stdout.write('\n');
  console.log(`[search:reindex] indexed ${result.documents} documents in ${result.seconds.toFixed(1)} s`);
  const policies = await reindexAllPolicies();
  console.log(`[search:reindex] indexed ${policies.documents} policies in ${policies.seconds.toFixed(1)} s`);
} catch (error) {
  if (tty) process.stdout.write('\n');
  console.error('[search:reindex] failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
