// Migrations without downtime: a schema change reaches a running site as expand → migrate →
// contract, over separate releases (README, Operations). While a new release migrates, the previous
// one still serves, so a migration must not break the previous release's queries. Two checks, run
// in CI by scripts/check-migrations.ts:
// 1. its SQL: no statement that breaks an older reader or writer (drop or rename a column or table,
//    change a column's type, make a column NOT NULL, add a NOT NULL column without a default, drop
//    an enum value), unless the file says why it is safe on a line `-- contract: <reason>` (the
//    release before stopped using what it removes);
// 2. its schema (drizzle's snapshot, before and after): every table and column the previous schema
//    had is still there with the same type, and is not newly NOT NULL; a new column of an existing
//    table is nullable or has a default (an older release inserts rows without it).

export interface MigrationProblem {
  file: string;
  problem: string;
}

const BREAKING: [RegExp, string][] = [
  [/\bDROP\s+COLUMN\b/i, 'drops a column'],
  [/\bRENAME\s+COLUMN\b/i, 'renames a column'],
  [/\bALTER\s+TABLE\s+\S+\s+RENAME\s+TO\b/i, 'renames a table'],
  [/\bDROP\s+TABLE\b/i, 'drops a table'],
  [/\bALTER\s+COLUMN\s+\S+\s+(SET\s+DATA\s+)?TYPE\b/i, "changes a column's type"],
  [/\bALTER\s+COLUMN\s+\S+\s+SET\s+NOT\s+NULL\b/i, 'makes a column NOT NULL'],
  [/\bALTER\s+TYPE\s+\S+\s+(RENAME\s+VALUE|DROP\s+VALUE)\b/i, 'renames or drops an enum value'],
  [/\bDROP\s+TYPE\b/i, 'drops a type'],
];

/** Problems of one migration's SQL text (statements split on drizzle's breakpoints and semicolons). */
export function checkMigrationSql(file: string, sql: string): MigrationProblem[] {
  if (/^--\s*contract:\s*\S/m.test(sql)) return [];
  const statements = sql
    .split(/--> statement-breakpoint|;/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('--'))
        .join(' ')
        .trim(),
    )
    .filter(Boolean);
  const problems: MigrationProblem[] = [];
  for (const statement of statements) {
    for (const [pattern, what] of BREAKING) if (pattern.test(statement)) problems.push({ file, problem: `${what}: ${statement.slice(0, 120)}` });
    const addNotNull = /\bADD\s+COLUMN\s+"?(\w+)"?[^,]*\bNOT\s+NULL\b/i.exec(statement);
    if (addNotNull && !/\bDEFAULT\b/i.test(statement))
      problems.push({ file, problem: `adds NOT NULL column "${addNotNull[1]}" without a default: an older release's inserts would fail` });
  }
  return problems;
}

interface SnapshotColumn {
  type: string;
  notNull: boolean;
  default?: unknown;
}
export interface Snapshot {
  tables: Record<string, { columns: Record<string, SnapshotColumn> }>;
}

/** Problems of the schema change from `before` to `after` (drizzle snapshots of consecutive migrations). */
export function checkSnapshotChange(file: string, before: Snapshot, after: Snapshot): MigrationProblem[] {
  const problems: MigrationProblem[] = [];
  for (const [table, { columns }] of Object.entries(before.tables)) {
    const next = after.tables[table];
    if (!next) {
      problems.push({ file, problem: `table ${table} is gone` });
      continue;
    }
    for (const [name, column] of Object.entries(columns)) {
      const now = next.columns[name];
      if (!now) problems.push({ file, problem: `column ${table}.${name} is gone` });
      else if (now.type !== column.type) problems.push({ file, problem: `column ${table}.${name} changed type ${column.type} → ${now.type}` });
      else if (now.notNull && !column.notNull) problems.push({ file, problem: `column ${table}.${name} became NOT NULL` });
    }
    for (const [name, column] of Object.entries(next.columns)) {
      if (!columns[name] && column.notNull && column.default === undefined && !/serial/.test(column.type)) {
        problems.push({ file, problem: `new column ${table}.${name} is NOT NULL without a default` });
      }
    }
  }
  return problems;
}
