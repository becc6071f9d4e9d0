// `npm run worker`: the regeneration worker (see lib/worker/run-worker.ts). SIGINT/SIGTERM stop it
// after the batch in hand; SIGKILL at any point loses nothing (leased rows come back).
import { closeDb } from '../lib/db/client';
import { runWorker } from '../lib/worker/run-worker';

const controller = new AbortController();
process.on('SIGINT', () => controller.abort());
process.on('SIGTERM', () => controller.abort());
await runWorker({ signal: controller.signal });
await closeDb();
