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
    expect(() =>
      orderByDependencies([
        { name: 'a', dependsOn: ['b'] },
        { name: 'b', dependsOn: ['a'] },
        { name: 'c', dependsOn: [] },
      ]),
    ).toThrow('Foreign keys form a cycle among: a, b');
  });
});

describe('backupWarning', () => {
  const now = new Date('2026-12-03T12:00:00Z');
  it('warns when no backup was ever recorded', () => expect(backupWarning(null, now)).toBe('no_backup'));
  it('is quiet for a backup less than a day old', () => expect(backupWarning(new Date('2026-12-02T12:00:01Z'), now)).toBeNull());
  it('warns for a backup more than a day old', () => expect(backupWarning(new Date('2026-12-02T11:59:59Z'), now)).toBe('backup_older_than_a_day'));
  it('says nothing when the database did not answer in time', () => expect(backupWarning(undefined, now)).toBeNull());
});

describe('metrics', () => {
  it.each([
    ['/zh-CN/entities/91370102MA3C5PRX3E', '/[locale]/entities/[uscc]'],
    ['/en/entities/91370102MA3C5PRX3E/objection?record=1', '/[locale]/entities/[uscc]/objection'],
    ['/api/v1/entities/x%E0', '/api/v1/entities/[uscc]'],
    ['/_next/static/chunks/a.js', '/_next/static'],
    ['/zh-TW', '/[locale]'],
    ['/wp-login.php', 'other'],
    ['/../../etc/passwd', 'other'],
  ])('labels %s as route %s: a bounded set whatever the URL', async (url, route) => {
    const { routeOf } = await import('../../lib/metrics/metrics.mjs');
    expect(routeOf(url)).toBe(route);
  });
  it('reads only with the configured token; without one nobody may', async () => {
    const { metricsAuthorized } = await import('../../lib/metrics/metrics.mjs');
    expect(metricsAuthorized('Bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(metricsAuthorized('Bearer s3cret-tokeN', 's3cret-token')).toBe(false);
    expect(metricsAuthorized('Bearer s3cret', 's3cret-token')).toBe(false);
    expect(metricsAuthorized('s3cret-token', 's3cret-token')).toBe(false);
    expect(metricsAuthorized(undefined, 's3cret-token')).toBe(false);
    expect(metricsAuthorized('Bearer anything', '')).toBe(false);
  });
});

describe('deploy/: alerts and dashboard', () => {
  it('every alert and dashboard query names only metrics the code defines', async () => {
    const fs = await import('node:fs');
    const yaml = (await import('js-yaml')).default;
    const { metrics } = await import('../../lib/metrics/metrics.mjs');
    const defined = new Set((await metrics().registry.getMetricsAsJSON()).map((m) => m.name));
    const rules = (
      yaml.load(fs.readFileSync('deploy/prometheus/alerts.yml', 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] }
    ).groups.flatMap((g) => g.rules);
    expect(rules.map((r) => r.alert)).toEqual(['RegenerationBehind', 'ObjectionsPastDeadline', 'ServerErrors', 'SearchFallbackInUse', 'BackupTooOld']);
    const dashboard = JSON.parse(fs.readFileSync('deploy/grafana/credit-dashboard.json', 'utf8')) as { panels: { targets: { expr: string }[] }[] };
    const exprs = [...rules.map((r) => r.expr), ...dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr))];
    for (const expr of exprs) {
      for (const name of expr.match(/credit_[a-z_]+/g) ?? []) {
        expect(defined.has(name.replace(/_(bucket|count|sum)$/, '')), `${name} in ${expr}`).toBe(true);
      }
    }
  });
});
