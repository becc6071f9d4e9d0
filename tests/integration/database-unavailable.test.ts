// PostgreSQL stopped or frozen, for real: the pool of this test process reaches the real server
// through a TCP fault proxy (tests/support/fault-proxy.ts). Checks that the failures are
// recognised, that the process-wide health marker follows them, that a query gives up within a
// few seconds instead of hanging, that the API and the credit report answer 503 with Retry-After, and that an
// objection filed meanwhile is refused with "try again later" and leaves no row and no file.
import '../support/next-route-context';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, throughProxy, type FaultProxy } from '../support/fault-proxy';

// The real server's URL, then this process's pool pointed at the proxy: set before lib/env loads.
const dataDirectory = process.env.DATA_DIR ?? '.data/test';
const realUrl =
  process.env.DATABASE_URL ?? (JSON.parse(fs.readFileSync(path.join(dataDirectory, 'services.json'), 'utf8')) as { databaseUrl: string }).databaseUrl;
const target = new URL(realUrl);
const proxy: FaultProxy = await startFaultProxy({ host: target.hostname, port: Number(target.port || 5432) });
process.env.DATABASE_URL = throughProxy(realUrl, proxy);

const { closeDb, getDb, getSql } = await import('../../lib/db/client');
const { isDatabaseUnavailable } = await import('../../lib/db/is-unavailable');
const { databaseUnavailableSince } = await import('../../lib/db/health-marker');
const { jsonError } = await import('../../lib/api/respond');
const { entities } = await import('../../lib/db/schema');
const { appSecret } = await import('../../lib/env');
const { issueChallenge, solveChallenge } = await import('../../lib/objections/proof-of-work');
const { publicCsrfToken } = await import('../../lib/security/csrf');
const { receiveApplication } = await import('../../lib/objections/submit-application');
const { createEntity, daysAgo } = await import('../factories/entities');
const { evidenceFilesOnDisk, pdfBytes, storedCounts } = await import('../factories/applications');

/** The rejection of `promise`, and how long it took to come. */
async function failure(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error('expected the query to fail');
}

/** After the server comes back the pool probes at most once a second: wait for the first success. */
async function untilUp(): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await getSql()`select 1`;
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

let firm: Awaited<ReturnType<typeof createEntity>>;

beforeAll(async () => {
  firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(40), severity: 'general' }] });
});

afterAll(async () => {
  proxy.setMode('up');
  await closeDb();
  await proxy.close();
  delete process.env.DATABASE_URL;
});

describe('PostgreSQL unavailable', () => {
  it('answers normally through the proxy while the server is up', async () => {
    await getSql()`select 1`;
    expect(databaseUnavailableSince()).toBeNull();
  });

  it('stopped: queries fail at once, are recognised (through Drizzle too), and the marker notes when', async () => {
    proxy.setMode('down');
    const before = Date.now();
    const raw = await failure(getSql()`select 1`);
    expect(isDatabaseUnavailable(raw.error)).toBe(true);
    expect(raw.ms).toBeLessThan(3_000);
    const since = databaseUnavailableSince();
    expect(since).not.toBeNull();
    expect(since!).toBeGreaterThanOrEqual(before);

    const viaDrizzle = await failure(getDb().select({ id: entities.id }).from(entities).limit(1));
    expect(isDatabaseUnavailable(viaDrizzle.error)).toBe(true);
    // The outage keeps its first moment.
    expect(databaseUnavailableSince()).toBe(since);
  });

  it('stopped: the API error mapper answers 503 with Retry-After and a translated message', async () => {
    const { error } = await failure(getSql()`select 1`);
    const response = jsonError(error, new Request('http://localhost/api/v1/entities/x', { headers: { 'Accept-Language': 'en' } }));
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('service_unavailable');
    expect(body.error.message).toMatch(/temporarily unavailable/);
    const zh = jsonError(error, new Request('http://localhost/api/v1/entities/x', { headers: { 'Accept-Language': 'zh-CN' } }));
    expect(((await zh.json()) as { error: { message: string } }).error.message).toMatch(/暂时不可用/);
    // Anything else stays a 500.
    expect(jsonError(new Error('bug'), new Request('http://localhost/api/v1/x')).status).toBe(500);
  });

  it('stopped: an objection with evidence is refused with "try again later"; no row, no file', async () => {
    proxy.setMode('up');
    await untilUp();
    const before = await storedCounts();
    const filesBefore = evidenceFilesOnDisk();
    proxy.setMode('down');
    const form = new FormData();
    const challenge = issueChallenge(appSecret());
    const fields = {
      csrf: publicCsrfToken(),
      challenge,
      pow: solveChallenge(challenge),
      record: String(firm.recordIds[0]),
      applicantType: 'company',
      applicantName: '济南测试申请有限公司',
      applicantUscc: '91370102MA3C5PRX3E',
      phone: '13812345678',
      email: '',
      reason: 'wrong',
      description: '数据库停止时提交的异议。',
      declaration: 'yes',
    };
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('evidence', new File([new Uint8Array(pdfBytes('down'))], '证明.pdf', { type: 'application/pdf' }));
    const outcome = await receiveApplication('objection', firm.uscc, form, '10.77.0.1', null);
    expect(outcome).toEqual({ ok: false, errors: [{ field: 'form', code: 'serviceUnavailable' }] });
    expect(evidenceFilesOnDisk()).toEqual(filesBefore);
    proxy.setMode('up');
    await untilUp();
    expect(await storedCounts()).toEqual(before);
  });

  it('stopped: a credit report answers 503 with Retry-After and a translated text; the report check says try again later', async () => {
    const { reportPdfResponse } = await import('../../lib/reports/report-pdf-response');
    const { answerVerification } = await import('../../lib/reports/answer-verification');
    proxy.setMode('down');
    const response = await reportPdfResponse(
      new Request(`http://localhost/en/entities/${firm.uscc}/report.pdf`, { headers: { 'x-credit-client-address': '10.77.0.2' } }),
      'en',
      firm.uscc,
    );
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    expect(await response.text()).toMatch(/temporarily unavailable/);
    const form = new FormData();
    form.set('csrf', publicCsrfToken());
    form.set('reportNo', '20260101-0000000000000000');
    form.set('code', 'ABCDEF');
    const state = await answerVerification({ prev: { version: 0 }, form }, '10.77.0.2', '2026-01-01');
    expect(state.errors).toEqual([{ field: null, code: 'serviceUnavailable' }]);
    proxy.setMode('up');
    await untilUp();
  });

  it('frozen: a query gives up within a few seconds rather than hanging', async () => {
    proxy.setMode('hang');
    // Let the pool notice that its open connection was cut (a query in flight at that moment
    // fails with CONNECTION_CLOSED); the next one must open a connection that never answers.
    await new Promise((r) => setTimeout(r, 200));
    const { error, ms } = await failure(getSql()`select 1`);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect((error as { code?: string }).code).toBe('CONNECT_TIMEOUT');
    expect(ms).toBeLessThan(6_000);
    expect(databaseUnavailableSince()).not.toBeNull();
    // Meanwhile the others do not wait the connect timeout each: they fail at once.
    const next = await failure(getDb().select({ id: entities.id }).from(entities).limit(1));
    expect(isDatabaseUnavailable(next.error)).toBe(true);
    expect(next.ms).toBeLessThan(200);
  });

  it('back up: a query succeeds within a second or two and clears the marker', async () => {
    proxy.setMode('up');
    const started = Date.now();
    await untilUp();
    expect(Date.now() - started).toBeLessThan(2_500);
    const [row] = await getSql()<{ one: number }[]>`select 1 as one`;
    expect(row!.one).toBe(1);
    expect(databaseUnavailableSince()).toBeNull();
  });
});
