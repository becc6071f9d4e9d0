import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Core tables in schema.ts; each feature area's tables in lib/db/tables/<area>.ts.
  schema: ['./lib/db/schema.ts', './lib/db/tables/*.ts'],
  out: './drizzle/migrations',
});
