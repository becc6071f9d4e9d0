// `npm run dump`: write today's full dump now (the worker also does it nightly at 02:30).
import { closeDb } from '../lib/db/client';
import { writeEntityDump } from '../lib/dumps/write-entity-dump';
import { tags } from '../lib/cache/tags';
import { expirePages } from '../lib/worker/expire-pages';

const started = performance.now();
const result = await writeEntityDump();
// The developers page names the newest dump (a no-op without SITE_INTERNAL_URL).
await expirePages([tags.dumps]).catch((error: unknown) => console.warn(`[dump] could not expire the developers page: ${String(error)}`));
await closeDb();
console.log(
  `[dump] ${result.entities} entities, ${(result.bytes / 2 ** 20).toFixed(1)} MiB → ${result.file} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
