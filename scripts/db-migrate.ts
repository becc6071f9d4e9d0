// `npm run db:migrate`: apply migrations to DATABASE_URL or the embedded server.
import { closeDb } from '../lib/db/client';
import { migrateDatabase } from '../lib/db/migrate';

await migrateDatabase();
await closeDb();
console.log('[db] migrations applied');
