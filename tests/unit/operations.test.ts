// Pure parts of operations: the order tables are restored in, and when /api/health warns about backups.
import { describe, expect, it } from 'vitest';
import { orderByDependencies } from '../../lib/db/bulk/backup-tables';
import { backupWarning } from '../../lib/health/check-services';

describe('orderByDependencies', () => {
  it('puts referenced tables first, alphabetically among equals', () => {
    const order = orderByDependencies([
      { name: 'application_files', dependsOn: ['applications'] },
      { name: 'applications', dependsOn: ['entities', 'departments'] },
      { name: 'entities', dependsOn: ['departments'] },
      { name: 'departments', dependsOn: [] },
      { name: 'audit_log', dependsOn: [] },
    ]);
    expect(order).toEqual(['audit_log', 'departments', 'entities', 'applications', 'application_files']);
  });
  it('ignores references to tables outside the backup', () => {
    expect(orderByDependencies([{ name: 'a', dependsOn: ['staff_sessions'] }])).toEqual(['a']);
  });
  it('names the tables of a foreign-key cycle', () => {
    expect(() => orderByDependencies([{ name: 'a', dependsOn: ['b'] }, { name: 'b', dependsOn: ['a'] }, { name: 'c', dependsOn: [] }])).toThrow('Foreign keys form a cycle among: a, b');
  });
});

describe('backupWarning', () => {
  const now = new Date('2026-12-03T12:00:00Z');
  it('warns when no backup was ever recorded', () => expect(backupWarning(null, now)).toBe('no_backup'));
  it('is quiet for a backup less than a day old', () => expect(backupWarning(new Date('2026-12-02T12:00:01Z'), now)).toBeNull());
  it('warns for a backup more than a day old', () => expect(backupWarning(new Date('2026-12-02T11:59:59Z'), now)).toBe('backup_older_than_a_day'));
  it('says nothing when the database did not answer in time', () => expect(backupWarning(undefined, now)).toBeNull());
});
