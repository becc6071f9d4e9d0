// Column builders the tables repeat: foreign keys and row timestamps. Each call returns a new
// builder, so one helper serves every table; the SQL drizzle-kit generates is the same as written out.
import { bigint, integer, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** A required bigint (number mode) foreign key, e.g. `entity_id → entities.id`. */
export function bigRef(name: string, target: () => AnyPgColumn) {
  return bigint(name, { mode: 'number' }).notNull().references(target);
}

/** A required integer foreign key, e.g. `department_id → departments.id`. */
export function intRef(name: string, target: () => AnyPgColumn) {
  return integer(name).notNull().references(target);
}

/** A timestamptz column that is set when the row is written: `created_at`, `updated_at`. */
export function stampedAt(name: string) {
  return timestamp(name, { withTimezone: true }).notNull().defaultNow();
}

/** `created_at` and `updated_at`, both set on insert (writers move updated_at on change). */
export function rowTimestamps() {
  return { createdAt: stampedAt('created_at'), updatedAt: stampedAt('updated_at') };
}
