// Credit reports end to end against the real PostgreSQL, through the route handler and the verify
// form's action (issue 16): the PDF's text (read back with pdftotext) names the firm, its code, its
// level in words and the report number in each language; the row is stored with a signature that
// verifies; an edited signature, a made-up number or a wrong code is "not genuine"; a report issued
// before a level change says, when checked after it, that the level has changed.
import '../support/next-route-context';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Before lib/env loads: a limit this file can reach quickly from an address of its own.
process.env.REPORTS_PER_MINUTE = '12';

const { GET: getReportPdf } = await import('../../app/[locale]/entities/[uscc]/report.pdf/route');
const { GET: getReportApi } = await import('../../app/api/v1/reports/[reportNo]/route');
const { GET: getPublicKey } = await import('../../app/api/v1/reports/public-key/route');
const { answerVerification } = await import('../../lib/reports/answer-verification');
const { getReportVerification } = await import('../../lib/reports/verify-report');
const { publicCsrfToken } = await import('../../lib/security/csrf');
const { canonicalJson } = await import('../../lib/audit/chain');
const { closeDb, getSql } = await import('../../lib/db/client');
const { refreshEntities } = await import('../../lib/entities/refresh-entities');
const { ratingDate } = await import('../../lib/env');
const { createEntity, daysAgo } = await import('../factories/entities');
const { translator } = await import('../support/messages');
const { LOCALES } = await import('../../lib/domain/vocabulary');

afterAll(async () => {
  await closeDb();
});

type Locale = (typeof LOCALES)[number];

/** A client address of this run's own, so the shared Redis counters of earlier runs do not count. */
const randomAddress = () => `198.51.${crypto.randomInt(0, 256)}.${crypto.randomInt(1, 255)}`;
const address = randomAddress();

function requestReport(locale: string, uscc: string, from = randomAddress()) {
  return getReportPdf(new Request(`http://localhost/${locale}/entities/${uscc}/report.pdf`, { headers: { 'x-credit-client-address': from } }), {
    params: Promise.resolve({ locale, uscc }),
  });
}

function api(reportNo: string) {
  return getReportApi(new Request('http://localhost/api/v1/reports/x', { headers: { 'accept-language': 'en', 'x-credit-client-address': address } }), {
    params: Promise.resolve({ reportNo }),
  });
}

function pdfText(pdf: Buffer): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 20 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr.toString()}`);
  return result.stdout.toString('utf8');
}

async function issue(locale: Locale, uscc: string): Promise<{ pdf: Buffer; reportNo: string }> {
  const res = await requestReport(locale, uscc);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  expect(res.headers.get('cache-control')).toBe('private, no-store');
  const reportNo = res.headers.get('x-report-no')!;
  expect(reportNo).toMatch(/^\d{8}-[0-9A-HJKMNP-TV-Z]{16}$/);
  return { pdf: Buffer.from(await res.arrayBuffer()), reportNo };
}

function verifyForm(fields: { reportNo?: string; code?: string; file?: Buffer; csrf?: string | null }) {
  const form = new FormData();
  if (fields.csrf !== null) form.set('csrf', fields.csrf ?? publicCsrfToken());
  form.set('reportNo', fields.reportNo ?? '');
  form.set('code', fields.code ?? '');
  if (fields.file) form.set('file', new File([new Uint8Array(fields.file)], 'report.pdf', { type: 'application/pdf' }));
  return answerVerification({ prev: { version: 0 }, form }, randomAddress(), ratingDate());
}

/** The same file with one character of its embedded signature changed (same length: offsets stay valid). */
function tamperSignature(pdf: Buffer, signature: string): Buffer {
  const changed = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
  const text = pdf.toString('latin1');
  expect(text.includes(signature)).toBe(true);
  return Buffer.from(text.split(signature).join(changed), 'latin1');
}

const inPublicity = { publicityEnd: daysAgo(-365) };

type Firm = Awaited<ReturnType<typeof createEntity>>;

describe('GET /{locale}/entities/{uscc}/report.pdf', () => {
  const firms = {} as Record<'black' | 'red' | 'green', Firm>;
  beforeAll(async () => {
    firms.black = await createEntity({ records: [{ kind: 'tax_violation', decisionDate: daysAgo(40), grounds: '逃避缴纳税款' }] });
    firms.red = await createEntity({ records: [{ kind: 'abnormal_listing', decisionDate: daysAgo(30) }] });
    firms.green = await createEntity({ records: [{ kind: 'honour', decisionDate: daysAgo(100) }] });
  });

  it.each(LOCALES.flatMap((locale) => (['black', 'red', 'green'] as const).map((level) => [locale, level] as const)))(
    '%s, a %s firm: the PDF text holds the name, the code, the level in words and the report number; the row is stored and signed',
    async (locale, level) => {
      const firm = firms[level];
      expect(firm.level).toBe(level);
      const { pdf, reportNo } = await issue(locale, firm.uscc);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.byteLength).toBeLessThan(300 * 1024);
      const text = pdfText(pdf);
      expect(text).toContain(firm.name);
      expect(text).toContain(firm.uscc);
      expect(text).toContain(reportNo);
      expect(text).toContain(translator(locale, 'Levels')(level));
      // Header and footer on every page: the report number once per page at least.
      const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', ['-'], { input: pdf }).stdout.toString())?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(text.split(reportNo).length - 1).toBeGreaterThanOrEqual(pages);

      const [row] = await getSql()<
        {
          uscc: string;
          locale: string;
          level: string;
          snapshot: { entity: { uscc: string }; rating: { level: string } };
          signature: string;
          verification_code: string;
        }[]
      >`
        select uscc, locale, level, snapshot, signature, verification_code from credit_reports where report_no = ${reportNo}`;
      expect(row).toMatchObject({ uscc: firm.uscc, locale, level });
      expect(row!.snapshot.entity.uscc).toBe(firm.uscc);
      expect(text).toContain(row!.verification_code);
      // The snapshot survives the jsonb round trip: the stored signature verifies over it.
      const report = await getReportVerification(reportNo, ratingDate());
      expect(report).toMatchObject({ reportNo, uscc: firm.uscc, level, signatureValid: true, levelChanged: false, currentLevel: level });
    },
  );

  it('embeds a subset of the CJK font, and prints no applicant data: objections as counts only', async () => {
    const { pdf } = await issue('zh-TW', firms.red.uscc);
    const fonts = spawnSync('pdffonts', ['-'], { input: pdf }).stdout.toString();
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(fonts).not.toMatch(/\bno\s+(yes|no)\s+(yes|no)\s+\d+/);
    expect(pdfText(pdf)).toContain(translator('zh-TW', 'Report')('applicationsHeading'));
  });

  it('answers 404 for an unknown or malformed code, like the profile', async () => {
    const unknown = await requestReport('en', '91370102MA3C5PRX3E');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe('No market entity has this code.');
    expect((await requestReport('zh-CN', 'not-a-code')).status).toBe(404);
  });

  it('is rate-limited per client address: 429 with Retry-After and a translated message', async () => {
    const from = randomAddress();
    for (let i = 0; i < 12; i++) expect((await requestReport('en', '91370102MA3C5PRX3E', from)).status).toBe(404);
    const refused = await requestReport('en', '91370102MA3C5PRX3E', from);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/^Too many credit reports were requested from your address/);
  });
});

describe('verification', () => {
  let firm: Firm;
  let pdf: Buffer;
  let reportNo: string;
  let signature: string;
  let code: string;
  beforeAll(async () => {
    firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(20), ...inPublicity }] });
    ({ pdf, reportNo } = await issue('en', firm.uscc));
    const [row] = await getSql()<{ signature: string; code: string }[]>`
      select signature, verification_code as code from credit_reports where report_no = ${reportNo}`;
    ({ signature, code } = row!);
  });

  it('confirms the genuine file, and the number with its code', async () => {
    const byFile = await verifyForm({ file: pdf });
    expect(byFile.errors).toEqual([]);
    expect(byFile.outcome).toEqual({ genuine: true, reason: 'genuineFile' });
    expect(byFile.report).toMatchObject({ reportNo, name: firm.name, level: 'yellow', recordCount: 1, signatureValid: true });
    const byCode = await verifyForm({ reportNo: reportNo.toLowerCase(), code: ` ${code.toLowerCase()} ` });
    expect(byCode.outcome).toEqual({ genuine: true, reason: 'genuineCode' });
  });

  it('reports a file with one character of its signature changed as not genuine', async () => {
    const tampered = await verifyForm({ file: tamperSignature(pdf, signature) });
    expect(tampered.outcome).toEqual({ genuine: false, reason: 'signatureMismatch', reportNo });
    expect(translator('en', 'ReportVerify')('outcomes.signatureMismatch', { reportNo })).toMatch(/has been altered/);
  });

  it('reports a made-up number, a wrong code, a file without a seal and a non-PDF as such, never as an error', async () => {
    expect((await verifyForm({ reportNo: '20260101-0000000000000000', code: 'ABCDEF' })).outcome).toEqual({ genuine: false, reason: 'unknownNumber' });
    const wrong = code === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
    expect((await verifyForm({ reportNo, code: wrong })).outcome).toEqual({ genuine: false, reason: 'wrongCode' });
    const plain = Buffer.from(pdf.toString('latin1').replaceAll('/CreditReportSignature', '/CreditReportSignaturX'), 'latin1');
    expect((await verifyForm({ file: plain })).outcome).toEqual({ genuine: false, reason: 'noSignature' });
    expect((await verifyForm({ file: Buffer.from('%PDF-1.3\ngarbage') })).outcome).toEqual({ genuine: false, reason: 'noSignature' });
    expect((await verifyForm({ file: Buffer.from('hello') })).errors).toEqual([{ field: 'file', code: 'notPdf' }]);
    expect((await verifyForm({ reportNo: 'nonsense', code: '12' })).errors).toEqual([
      { field: 'reportNo', code: 'reportNoInvalid' },
      { field: 'code', code: 'codeInvalid' },
    ]);
    expect((await verifyForm({})).errors).toEqual([{ field: 'reportNo', code: 'missing' }]);
    expect((await verifyForm({ reportNo, code, csrf: null })).errors).toEqual([{ field: null, code: 'csrf' }]);
  });

  it('GET /api/v1/reports/{reportNo}: the same as JSON, with the snapshot the published key verifies; 404 in the API shape for a made-up number', async () => {
    const res = await api(reportNo);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      reportNo,
      uscc: firm.uscc,
      level: 'yellow',
      levelChanged: false,
      signature: { algorithm: 'Ed25519', value: signature, valid: true },
    });
    expect(body.snapshot).not.toHaveProperty('verificationCode');
    const key = await (
      await getPublicKey(new Request('http://localhost/api/v1/reports/public-key', { headers: { 'x-credit-client-address': address } }), undefined)
    ).json();
    const publicKey = crypto.createPublicKey(key.publicKeyPem);
    expect(crypto.verify(null, Buffer.from(canonicalJson(body.snapshot), 'utf8'), publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
    const missing = await api('20260101-0000000000000000');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: 'No credit report has this number.' } });
  });

  it('hostile path segments get a 404, never a 500', async () => {
    for (const raw of ['%E0%A4%A', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(5000), '20260101-0000000000000000\u0000', '\u202e20260101', '']) {
      expect((await api(raw)).status, raw.slice(0, 40)).toBe(404);
      expect((await requestReport('en', raw)).status, raw.slice(0, 40)).toBe(404);
    }
  });

  it('a report issued before a level change, checked after it, says the level has changed', async () => {
    const changing = await createEntity({ records: [{ kind: 'honour', decisionDate: daysAgo(50) }] });
    const before = await issue('zh-CN', changing.uscc);
    const sql = getSql();
    const [department] = await sql<{ id: number }[]>`select department_id as id from records where entity_id = ${changing.id} limit 1`;
    const departmentId = department!.id;
    for (const i of [1, 2, 3]) {
      await sql`
        insert into records (entity_id, department_id, source_ref, category, kind, title, doc_no, decision_date, collected_on, severity, publicity_end, status)
        values (${changing.id}, ${departmentId}, ${`report-test-${changing.uscc}-${i}`}, 'warning', 'penalty', ${`测试处罚${i}`}, ${`测试罚〔2026〕${i}号`},
                ${daysAgo(10 * i)}, ${daysAgo(10 * i)}, 'general', ${daysAgo(-365)}, 'published')`;
    }
    await refreshEntities([changing.id], ratingDate());
    const report = await getReportVerification(before.reportNo, ratingDate());
    expect(report).toMatchObject({ level: 'green', currentLevel: 'red', levelChanged: true, signatureValid: true });
    const checked = await verifyForm({ file: before.pdf });
    expect(checked.outcome?.genuine).toBe(true);
    expect(checked.report).toMatchObject({ level: 'green', currentLevel: 'red', levelChanged: true });
  });
});
