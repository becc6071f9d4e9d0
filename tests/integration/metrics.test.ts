// GET /metrics through its route handler against the real PostgreSQL: refused without the token
// (and absent without METRICS_TOKEN configured), the PostgreSQL-backed gauges filled at scrape
// time, and the intake counters moving with an intake call.
import '../support/next-route-context';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postRecords } from '../../app/api/v1/intake/records/route';
import { GET as getMetrics } from '../../app/metrics/route';
import { closeDb } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { CLIENT_ADDRESS_HEADER } from '../../lib/security/client-address.mjs';
import { createEntity, daysAgo } from '../factories/entities';

const TOKEN = 'integration-metrics-token-0123456789';
const run = crypto.randomBytes(3).toString('hex');
let intakeToken = '';

beforeAll(async () => {
  const t = generateDepartmentToken();
  await insertDepartmentToken({ code: `mt${run}`, nameZhCn: '指标测试' }, { name: 'metrics', prefix: t.prefix, hash: t.hash });
  intakeToken = t.token;
});

afterAll(async () => {
  delete process.env.METRICS_TOKEN;
  await closeDb();
});

const scrape = (authorization?: string) => getMetrics(new Request('http://localhost/metrics', { headers: authorization ? { authorization } : {} }));

function value(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('GET /metrics', () => {
  it('does not exist without METRICS_TOKEN configured', async () => {
    delete process.env.METRICS_TOKEN;
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
  });

  it('is refused without the token or with another', async () => {
    process.env.METRICS_TOKEN = TOKEN;
    for (const auth of [undefined, 'Bearer nope', TOKEN]) {
      const res = await scrape(auth);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await res.text()).not.toContain('credit_');
    }
  });

  it('fills the PostgreSQL gauges and counts intake items per department', async () => {
    process.env.METRICS_TOKEN = TOKEN;
    const firm = await createEntity({});
    const before = await (await scrape(`Bearer ${TOKEN}`)).text();
    const department = `mt${run}`;
    const item = (sourceRef: string, extra: Record<string, unknown> = {}) => ({
      sourceRef,
      uscc: firm.uscc,
      kind: 'penalty',
      title: '指标测试处罚',
      decisionDate: daysAgo(3),
      severity: 'general',
      ...extra,
    });
    const res = await postRecords(
      new Request('http://localhost/api/v1/intake/records', {
        method: 'POST',
        headers: { authorization: `Bearer ${intakeToken}`, 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: '10.9.6.1' },
        body: JSON.stringify({ records: [item(`m-${run}-1`), item(`m-${run}-2`), item(`m-${run}-3`, { decisionDate: 'not a date' })] }),
      }),
    );
    expect(res.status).toBe(200);
    const after = await scrape(`Bearer ${TOKEN}`);
    expect(after.status).toBe(200);
    expect(after.headers.get('cache-control')).toBe('no-store');
    const text = await after.text();
    expect(
      value(text, 'credit_intake_items_total', { department, outcome: 'accepted' }) -
        value(before, 'credit_intake_items_total', { department, outcome: 'accepted' }),
    ).toBe(2);
    expect(
      value(text, 'credit_intake_items_total', { department, outcome: 'rejected' }) -
        value(before, 'credit_intake_items_total', { department, outcome: 'rejected' }),
    ).toBe(1);
    // The accepted records are waiting in the outbox for the worker (none runs in this test).
    expect(value(text, 'credit_outbox_backlog', {})).toBeGreaterThan(0);
    expect(text).toMatch(/^credit_database_connections\{[^}]*pool="credit-write"[^}]*\} [1-9]/m);
    expect(text).toMatch(/^credit_backup_age_seconds\{[^}]*\} -?\d/m);
    expect(text).toMatch(/^credit_process_resident_memory_bytes/m);
    // Every collector answered in time.
    expect(value(text, 'credit_metrics_collector_errors_total', {})).toBe(0);
  });
});
