// Migrations without downtime: the checks CI runs over drizzle/migrations (scripts/check-migrations.ts).
import { describe, expect, it } from 'vitest';
import { checkMigrationSql, checkSnapshotChange, type Snapshot } from '../../scripts/lib/migration-rules';

describe('checkMigrationSql', () => {
  it.each([
    ['ALTER TABLE "entities" DROP COLUMN "reg_no";', 'drops a column'],
    ['ALTER TABLE "entities" RENAME COLUMN "name" TO "full_name";', 'renames a column'],
    ['ALTER TABLE "entities" RENAME TO "firms";', 'renames a table'],
    ['DROP TABLE "outbox";', 'drops a table'],
    ['ALTER TABLE "records" ALTER COLUMN "title" SET DATA TYPE varchar(80);', "changes a column's type"],
    ['ALTER TABLE "records" ALTER COLUMN "doc_no" SET NOT NULL;', 'makes a column NOT NULL'],
    ['ALTER TABLE "records" ADD COLUMN "list_name" text NOT NULL;', 'adds NOT NULL column "list_name" without a default'],
  ])('refuses %s', (sql, problem) => {
    const found = checkMigrationSql('9999_x.sql', sql);
    expect(found).toHaveLength(1);
    expect(found[0]!.problem).toContain(problem);
  });
  it.each([
    'CREATE TABLE "backup_runs" ("id" bigserial PRIMARY KEY NOT NULL, "folder" text NOT NULL);',
    'ALTER TABLE "records" ADD COLUMN "list_name" text;',
    'ALTER TABLE "records" ADD COLUMN "late" boolean DEFAULT false NOT NULL;',
    'CREATE INDEX "entities_updated_at_idx" ON "entities" USING btree ("updated_at");',
    'DROP INDEX "entities_updated_at_idx";',
  ])('allows %s', (sql) => {
    expect(checkMigrationSql('9999_x.sql', sql)).toEqual([]);
  });
  it('allows a contract step that says why it is safe', () => {
    expect(checkMigrationSql('9999_x.sql', '-- contract: release 41 stopped reading reg_no\nALTER TABLE "entities" DROP COLUMN "reg_no";')).toEqual([]);
  });
  it('ignores commented-out SQL', () => {
    expect(checkMigrationSql('9999_x.sql', '-- we do not DROP TABLE "outbox" here\nCREATE INDEX "a" ON "b" ("c");')).toEqual([]);
  });
});

describe('checkSnapshotChange', () => {
  const before: Snapshot = {
    tables: {
      'public.records': {
        columns: { id: { type: 'bigserial', notNull: true }, title: { type: 'text', notNull: true }, doc_no: { type: 'text', notNull: false } },
      },
    },
  };
  it('accepts a new nullable column and a new table', () => {
    const after: Snapshot = {
      tables: {
        'public.records': { columns: { ...before.tables['public.records']!.columns, list_name: { type: 'text', notNull: false } } },
        'public.measures': { columns: { id: { type: 'serial', notNull: true } } },
      },
    };
    expect(checkSnapshotChange('x.sql', before, after)).toEqual([]);
  });
  it('names a column gone, a type changed, a column made NOT NULL and a new NOT NULL column without a default', () => {
    const after: Snapshot = {
      tables: {
        'public.records': {
          columns: {
            id: { type: 'bigint', notNull: true },
            doc_no: { type: 'text', notNull: true },
            late: { type: 'boolean', notNull: true },
            kept: { type: 'boolean', notNull: true, default: false },
          },
        },
      },
    };
    expect(checkSnapshotChange('x.sql', before, after).map((p) => p.problem)).toEqual([
      'column public.records.id changed type bigserial → bigint',
      'column public.records.title is gone',
      'column public.records.doc_no became NOT NULL',
      'new column public.records.late is NOT NULL without a default',
    ]);
  });
});
