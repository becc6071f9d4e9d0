// `npm run dump`: write today's full dump now (the worker also does it nightly at 02:30).
import { closeDb } from '../lib/db/client';
import { writeEntityDump } from '../lib/dumps/write-entity-dump';

const started = performance.now();
const result = await writeEntityDump();
await closeDb();
console.log(`[dump] ${result.entities} entities, ${(result.bytes / 2 ** 20).toFixed(1)} MiB → ${result.file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
