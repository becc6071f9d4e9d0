// `npm run services:start|stop`: start or stop the embedded PostgreSQL and Meilisearch.
import { dataDir, env } from '../../lib/env';
import { startServices, stopServices } from './embedded-services';

const command = process.argv[2] ?? 'start';
if (command === 'start') {
  const m = await startServices({
    dataDir: dataDir(),
    databaseUrl: env.DATABASE_URL,
    meiliUrl: env.MEILI_URL,
    meiliKey: env.MEILI_MASTER_KEY,
  });
  console.log(`[services] database ${m.databaseUrl.replace(/:[^:@/]+@/, ':***@')}`);
  console.log(`[services] search   ${m.meiliUrl}`);
} else if (command === 'stop') {
  await stopServices(dataDir());
} else {
  console.error(`Unknown command "${command}". Use start or stop.`);
  process.exit(2);
}
