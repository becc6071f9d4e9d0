// `npm run db:seed -- --entities N --seed S [--reset] [--today YYYY-MM-DD]`: loads a deterministic
// synthetic Jinan (entities, records, complaint months, rated on --today) with PostgreSQL COPY.
import { parseArgs } from 'node:util';
import { isIsoDate } from '../lib/credit';
import { CREDIT_LEVELS, RECORD_KINDS } from '../lib/domain/vocabulary';
import { SeedRefusedError, seedDatabase } from '../lib/seed/seed-database';
import { closeDb, getSql } from '../lib/db/client';
import { ratingDate } from '../lib/env';
import { MAX_SEED_ENTITIES } from '../lib/seed/identity-codes';

const USAGE = 'usage: tsx scripts/db-seed.ts [--entities N] [--seed S] [--reset] [--today YYYY-MM-DD]';

function fail(message: string): never {
  console.error(`[seed] ${message}\n${USAGE}`);
  process.exit(2);
}

function parseInteger(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw.replace(/_/g, ''))) fail(`--${name} must be a whole number, got "${raw}"`);
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    fail(`--${name} must be between ${min} and ${max}, got ${raw}`);
  }
  return value;
}

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    options: {
      entities: { type: 'string', default: '3000' },
      seed: { type: 'string', default: '1' },
      reset: { type: 'boolean', default: false },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}

// The organisation-code and registration-number spaces stay collision-free up to this many entities.
const entities = parseInteger('entities', parsed.values.entities, 1, Math.min(MAX_SEED_ENTITIES, 10_000_000));
const seed = parseInteger('seed', parsed.values.seed, 0, 4_294_967_295);
const today = parsed.values.today ?? ratingDate();
if (!isIsoDate(today)) fail(`--today must be a real date as YYYY-MM-DD, got "${today}"`);

console.error(`[seed] ${entities} entities, seed ${seed}, rated on ${today}${parsed.values.reset ? ', reset first' : ''}`);
const sql = getSql();
try {
  const summary = await seedDatabase(sql, { entities, seed, today, reset: parsed.values.reset });
  const pct = (n: number) => `${((100 * n) / summary.entities).toFixed(2)}%`;
  console.log(`[seed] loaded ${summary.entities} entities, ${summary.records} records, ${summary.complaintMonths} complaint months`);
  console.log(`[seed] levels: ${CREDIT_LEVELS.map((l) => `${l} ${summary.levels[l]} (${pct(summary.levels[l])})`).join(', ')}`);
  console.log(`[seed] records by kind: ${RECORD_KINDS.map((k) => `${k} ${summary.recordsByKind[k]}`).join(', ')}`);
  console.log(`[seed] ${summary.elapsedSeconds.toFixed(1)} s, ${Math.round(summary.rowsPerSecond)} rows/s`);
} catch (error) {
  if (error instanceof SeedRefusedError) {
    console.error(`[seed] ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await closeDb();
}
