// Objections and credit repair against real PostgreSQL and Meilisearch: what is stored (and what
// is not, for every bad input), the record's status, outbox and audit in the same transaction,
// the department scope of decisions, the applicant's status view, and privacy (index and logs).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { closeDb, getSql } from '../../lib/db/client';
import { decideApplication, REPAIR_REMOVAL_REASON } from '../../lib/db/mutations/decide-application';
import { getApplicationForStaff, getEvidenceFileForStaff, listApplicationQueue } from '../../lib/db/queries/applications';
import { getEntityProfileRows } from '../../lib/db/queries/get-entity-profile';
import { addWorkingDays } from '../../lib/calendar/working-days';
import { appSecret, dataDir, ratingDate } from '../../lib/env';
import { refreshEntities } from '../../lib/entities/refresh-entities';
import { logger } from '../../lib/log';
import { answerStatusLookup, lookupApplication } from '../../lib/objections/lookup-application';
import { receiveDecision } from '../../lib/objections/decide-application';
import { answerApplicationForm, receiveApplication } from '../../lib/objections/submit-application';
import { isValidTrackingNo } from '../../lib/objections/tracking';
import { getSearchClient, indexName } from '../../lib/search';
import { issueChallenge, solveChallenge } from '../../lib/objections/proof-of-work';
import { publicCsrfToken, staffCsrfToken } from '../../lib/security/csrf';
import { evidenceFilesOnDisk, exeBytes, pdfBytes, pngBytes, storedCounts } from '../factories/applications';
import { createEntity, daysAgo } from '../factories/entities';
import { createStaff } from '../factories/staff';
import type { StaffUser } from '../../lib/staff/types';

// The staff forms' checks read the session (lib/forms/staff-action.ts): here it is whoever `signedIn.user` is.
const signedIn = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock('../../lib/staff/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/staff/session')>()),
  getCurrentStaff: async () => signedIn.user,
}));

const sql = getSql();
let addressCounter = 0;
const address = () => `10.5.${process.pid % 250}.${(addressCounter += 1)}`;
/** The submitting browser's id (the form cookie): the same browser throughout. */
const BROWSER = 'objections-test-browser-0123456789';

afterAll(async () => {
  await closeDb();
});

interface FormOptions {
  csrf?: string;
  pow?: boolean;
  record?: string | number | null;
  files?: { name: string; bytes: Buffer; type?: string }[];
  fields?: Record<string, string | undefined>;
  /** Repair: leave out the document showing the applicant may act for the firm (sent by default). */
  noAuthorisation?: boolean;
}

/** A filled-in objection (or, with `commitment`, repair) form as the browser would post it. */
function applicationForm(options: FormOptions = {}): FormData {
  const form = new FormData();
  const challenge = issueChallenge(appSecret());
  const fields: Record<string, string | undefined> = {
    csrf: options.csrf ?? publicCsrfToken(),
    challenge,
    pow: options.pow === false ? '' : solveChallenge(challenge),
    record: options.record === null || options.record === undefined ? undefined : String(options.record),
    applicantType: 'company',
    applicantName: '济南测试申请有限公司',
    applicantUscc: '91370102MA3C5PRX3E',
    phone: '13812345678',
    email: 'applicant@example.com',
    reason: 'wrong',
    description: '处罚决定书文号与原件不一致。',
    declaration: 'yes',
    commitment: 'yes',
    actingRole: 'legal_representative',
    routes: 'correction',
    ...options.fields,
  };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.append(k, v);
  // Evidence is required: one PDF unless the test names its files (an empty list sends none).
  for (const f of options.files ?? [{ name: '证明.pdf', bytes: pdfBytes('grounds') }])
    form.append('evidence', new File([new Uint8Array(f.bytes)], f.name, { type: f.type ?? 'application/pdf' }));
  if (!options.noAuthorisation)
    form.append('authorisation', new File([new Uint8Array(pdfBytes('authorisation'))], '授权委托书.pdf', { type: 'application/pdf' }));
  return form;
}

async function recordStatus(id: string | number): Promise<string> {
  const [r] = await sql<{ status: string }[]>`select status from records where id = ${id}`;
  return r!.status;
}

async function departmentOf(recordId: string): Promise<number> {
  const [r] = await sql<{ id: number }[]>`select department_id as id from records where id = ${recordId}`;
  return r!.id;
}

async function expectNothingStored(before: Awaited<ReturnType<typeof storedCounts>>) {
  expect(await storedCounts()).toEqual(before);
}

describe('filing an objection', () => {
  it('stores the application, its evidence and its first event; marks the record under objection with outbox and audit', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(30), severity: 'general' }] });
    const recordId = firm.recordIds[0]!;
    const [outboxBefore] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where entity_id = ${firm.id}`;
    const before = await storedCounts();
    const pdf = pdfBytes('first');
    const outcome = await receiveApplication(
      'objection',
      firm.uscc,
      applicationForm({
        record: recordId,
        files: [
          { name: '决定书.pdf', bytes: pdf },
          { name: 'photo.png', bytes: pngBytes(), type: 'image/png' },
        ],
      }),
      address(),
      BROWSER,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { trackingNo, accessCode, deadline } = outcome.receipt;
    expect(isValidTrackingNo(trackingNo)).toBe(true);
    expect(trackingNo.startsWith(`YY${ratingDate().replaceAll('-', '')}`)).toBe(true);
    expect(accessCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(deadline).toBe(addWorkingDays(ratingDate(), 20));

    const after = await storedCounts();
    expect(after.applications).toBe(before.applications + 1);
    expect(after.files).toBe(before.files + 2);
    expect(after.evidenceFiles).toBe(before.evidenceFiles + 2);
    expect(after.audit).toBe(before.audit + 1);
    expect(evidenceFilesOnDisk().some((f) => f.endsWith('.part'))).toBe(false);

    const [app] = await sql<{ id: number; accessCodeHash: string; departmentId: number; status: string }[]>`
      select id::int as id, access_code_hash as "accessCodeHash", department_id as "departmentId", status from applications where tracking_no = ${trackingNo}`;
    expect(app!.accessCodeHash.startsWith('$argon2id$')).toBe(true);
    expect(app!.accessCodeHash).not.toContain(accessCode);
    expect(app!.departmentId).toBe(await departmentOf(recordId));
    const files = await sql<{ storedName: string; sha256: string; mimeType: string; sizeBytes: number; originalName: string }[]>`
      select stored_name as "storedName", sha256, mime_type as "mimeType", size_bytes as "sizeBytes", original_name as "originalName"
      from application_files where application_id = ${app!.id} order by id`;
    expect(files.map((f) => f.mimeType)).toEqual(['application/pdf', 'image/png']);
    expect(files[0]!.originalName).toBe('决定书.pdf');
    expect(files[0]!.storedName).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.pdf$/);
    const onDisk = fs.readFileSync(path.join(dataDir(), 'evidence', files[0]!.storedName));
    expect(createHash('sha256').update(onDisk).digest('hex')).toBe(files[0]!.sha256);
    expect(files[0]!.sizeBytes).toBe(pdf.length);
    // Stored outside public/, under a generated name.
    expect(path.resolve(dataDir(), 'evidence')).not.toContain(`${path.sep}public${path.sep}`);

    expect(await recordStatus(recordId)).toBe('under_objection');
    const [outboxAfter] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where entity_id = ${firm.id}`;
    expect(outboxAfter!.n).toBeGreaterThan(outboxBefore!.n);
    const [audit] = await sql<{ action: string; details: string }[]>`
      select action, details::text as details from audit_log where actor_id = ${trackingNo}`;
    expect(audit!.action).toBe('objection.submit');
    expect(audit!.details).not.toContain('13812345678');
  });

  it('never creates two objections from one form: a retry and a double click both get the first receipt', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(40) }] });
    const csrf = publicCsrfToken();
    const before = await storedCounts();
    const form = () => applicationForm({ csrf, record: firm.recordIds[0], files: [{ name: 'a.pdf', bytes: pdfBytes() }] });
    const [a, b] = await Promise.all([
      receiveApplication('objection', firm.uscc, form(), address(), BROWSER),
      receiveApplication('objection', firm.uscc, form(), address(), BROWSER),
    ]);
    const c = await receiveApplication('objection', firm.uscc, form(), address(), BROWSER);
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(new Set([a.receipt.trackingNo, b.receipt.trackingNo, c.receipt.trackingNo]).size).toBe(1);
    expect(a.receipt.accessCode).toBe(c.receipt.accessCode);
    expect([a.receipt.duplicate, b.receipt.duplicate].filter(Boolean)).toHaveLength(1);
    expect(c.receipt.duplicate).toBe(true);
    const after = await storedCounts();
    expect(after.applications).toBe(before.applications + 1);
    expect(after.evidenceFiles).toBe(before.evidenceFiles + 1);
  });

  it('accepts an objection about the entity as a whole, answered by its registrar', async () => {
    const firm = await createEntity();
    const outcome = await receiveApplication(
      'objection',
      firm.uscc,
      applicationForm({ fields: { applicantType: 'person', applicantUscc: '' } }),
      address(),
      BROWSER,
    );
    expect(outcome.ok).toBe(true);
  });
});

describe('bad input: a clear message and nothing stored', () => {
  const cases: [string, () => Parameters<typeof applicationForm>[0], string, string][] = [
    [
      'an oversize file',
      () => ({ files: [{ name: 'big.pdf', bytes: Buffer.concat([pdfBytes(), Buffer.alloc(10 * 1024 * 1024 + 1 - pdfBytes().length)]) }] }),
      'evidence',
      'fileTooLarge',
    ],
    ['a renamed executable posing as a PDF', () => ({ files: [{ name: 'invoice.pdf', bytes: exeBytes() }] }), 'evidence', 'fileType'],
    ['six files', () => ({ files: Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.pdf`, bytes: pdfBytes(String(i)) })) }), 'evidence', 'tooManyFiles'],
    ['a 2,001-character description', () => ({ fields: { description: '错'.repeat(2001) } }), 'description', 'descriptionTooLong'],
    ['a missing declaration', () => ({ fields: { declaration: undefined } }), 'declaration', 'declarationRequired'],
    ['a forged anti-forgery token', () => ({ csrf: `${Date.now()}.AAAAAAAAAAAA.forged-signature` }), 'form', 'csrf'],
    ['no contact at all', () => ({ fields: { phone: '', email: '' } }), 'phone', 'contactRequired'],
    ['a malformed company USCC', () => ({ fields: { applicantUscc: '91370102MA3C5PRX3' } }), 'applicantUscc', 'usccInvalid'],
    ['a bad email', () => ({ fields: { email: 'not-an-email' } }), 'email', 'emailInvalid'],
  ];
  for (const [name, options, field, code] of cases) {
    it(`refuses ${name}`, async () => {
      const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(20) }] });
      const before = await storedCounts();
      const outcome = await receiveApplication(
        'objection',
        firm.uscc,
        applicationForm({ record: firm.recordIds[0], files: [{ name: 'ok.pdf', bytes: pdfBytes() }], ...options() }),
        address(),
        BROWSER,
      );
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.errors).toContainEqual(expect.objectContaining({ field, code }));
      await expectNothingStored(before);
      expect(await recordStatus(firm.recordIds[0]!)).toBe('published');
    }, 60_000);
  }

  it('accepts exactly 2,000 characters and five files', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(20) }] });
    const outcome = await receiveApplication(
      'objection',
      firm.uscc,
      applicationForm({
        record: firm.recordIds[0],
        fields: { description: '对'.repeat(2000) },
        files: Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.pdf`, bytes: pdfBytes(String(i)) })),
      }),
      address(),
      BROWSER,
    );
    expect(outcome.ok).toBe(true);
  });

  it("leaves no file behind when the record is not this entity's (refused after the files were checked)", async () => {
    const firm = await createEntity();
    const other = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(20) }] });
    const before = await storedCounts();
    const outcome = await receiveApplication(
      'objection',
      firm.uscc,
      applicationForm({ record: other.recordIds[0], files: [{ name: 'a.pdf', bytes: pdfBytes() }] }),
      address(),
      BROWSER,
    );
    expect(outcome).toEqual({ ok: false, errors: [{ field: 'form', code: 'recordNotFound' }] });
    await expectNothingStored(before);
  });

  it('rate-limits per address; without a proof of work, one submission a minute', async () => {
    const firm = await createEntity();
    const from = address();
    const first = await receiveApplication('objection', firm.uscc, applicationForm({ pow: false }), from, BROWSER);
    expect(first.ok).toBe(true);
    const before = await storedCounts();
    const second = await receiveApplication('objection', firm.uscc, applicationForm({ pow: false }), from, BROWSER);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.errors[0]).toMatchObject({ field: 'form', code: 'rateLimited' });
    await expectNothingStored(before);
    // Another address, or the same one with a solved challenge, still gets through.
    expect((await receiveApplication('objection', firm.uscc, applicationForm({ pow: false }), address(), BROWSER)).ok).toBe(true);
    expect((await receiveApplication('objection', firm.uscc, applicationForm(), from, BROWSER)).ok).toBe(true);
  });
});

/** An evidence file that records whether anything read its bytes. */
class WatchedFile extends File {
  read = false;
  override arrayBuffer() {
    this.read = true;
    return super.arrayBuffer();
  }
  override stream() {
    this.read = true;
    return super.stream();
  }
  override text() {
    this.read = true;
    return super.text();
  }
  override slice(...args: Parameters<File['slice']>) {
    this.read = true;
    return super.slice(...args);
  }
}

describe('cheap checks before the evidence is read', () => {
  const watched = () => new WatchedFile([new Uint8Array(exeBytes())], 'invoice.pdf', { type: 'application/pdf' });

  it('refuses a rate-limited submission without reading or sniffing its files', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(20) }] });
    const from = address();
    expect((await receiveApplication('objection', firm.uscc, applicationForm({ pow: false, record: firm.recordIds[0] }), from, BROWSER)).ok).toBe(true);
    const form = applicationForm({ pow: false, record: firm.recordIds[0] });
    const file = watched();
    form.append('evidence', file);
    const outcome = await receiveApplication('objection', firm.uscc, form, from, BROWSER);
    // The limit answers, not the file type: the executable was never looked at.
    expect(outcome).toMatchObject({ ok: false, errors: [{ field: 'form', code: 'rateLimited' }] });
    expect(file.read).toBe(false);
  });

  it('refuses a forged token, a wrong proof of work and an invalid form without reading the files', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(20) }] });
    for (const options of [{ csrf: 'forged' }, { fields: { declaration: undefined } }, { fields: { pow: '1' } }] as FormOptions[]) {
      const from = address();
      // With a wrong solution the submission falls to the no-proof bucket: spend its one token first.
      if (options.fields?.pow) await receiveApplication('objection', firm.uscc, applicationForm({ pow: false }), from, BROWSER);
      const form = applicationForm({ record: firm.recordIds[0], ...options });
      const file = watched();
      form.append('evidence', file);
      const outcome = await receiveApplication('objection', firm.uscc, form, from, BROWSER);
      expect(outcome.ok).toBe(false);
      expect(file.read).toBe(false);
    }
  });

  it('still sniffs the files of a submission that passed those checks', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(20) }] });
    const form = applicationForm({ record: firm.recordIds[0] });
    const file = watched();
    form.append('evidence', file);
    const outcome = await receiveApplication('objection', firm.uscc, form, address(), BROWSER);
    expect(outcome).toMatchObject({ ok: false, errors: [{ field: 'evidence', code: 'fileType' }] });
    expect(file.read).toBe(true);
  });
});

describe("the forms' Server Action arguments are input like any other", () => {
  const state = { version: 0, values: {}, errors: [] };

  it('answers an edited bound kind, code or state with one clear error, storing nothing', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(20) }] });
    const before = await storedCounts();
    const cases = [
      { kind: 'evil', uscc: firm.uscc, prev: state, form: applicationForm({ record: firm.recordIds[0] }) },
      { kind: 'objection', uscc: { toString: 1 }, prev: state, form: applicationForm({ record: firm.recordIds[0] }) },
      { kind: 'objection', uscc: firm.uscc, prev: null, form: applicationForm({ record: firm.recordIds[0] }) },
      { kind: 'objection', uscc: firm.uscc, prev: { version: 'x' }, form: applicationForm({ record: firm.recordIds[0] }) },
      { kind: 'objection', uscc: firm.uscc, prev: state, form: 'not a form' },
    ];
    for (const input of cases) {
      expect(await answerApplicationForm(input, address(), BROWSER)).toEqual({ version: 1, values: {}, errors: [{ field: 'form', code: 'invalidForm' }] });
    }
    await expectNothingStored(before);
  });

  it("answers the real arguments as before, keeping the applicant's answers on an error", async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(20) }] });
    const ok = await answerApplicationForm(
      { kind: 'objection', uscc: firm.uscc, prev: state, form: applicationForm({ record: firm.recordIds[0] }) },
      address(),
      BROWSER,
    );
    expect(ok).toMatchObject({ version: 1, errors: [] });
    expect(ok.receipt?.trackingNo).toBeTruthy();
    const bad = await answerApplicationForm(
      {
        kind: 'objection',
        uscc: firm.uscc,
        prev: { version: 4, values: {}, errors: [] },
        form: applicationForm({ record: firm.recordIds[0], fields: { phone: 'x' } }),
      },
      address(),
      BROWSER,
    );
    expect(bad).toMatchObject({
      version: 5,
      values: { phone: 'x', applicantName: '济南测试申请有限公司' },
      errors: [{ field: 'phone', code: 'phoneInvalid' }],
    });
  });

  it('answers an edited tracking number or state on the status page like a wrong code', async () => {
    const form = new FormData();
    form.set('accessCode', 'AAAAA-AAAAA');
    const wrongCode = (version: number) => ({ version, values: {}, errors: [{ field: 'accessCode', code: 'wrongCode' }] });
    expect(await answerStatusLookup({ trackingNo: { evil: true }, prev: { version: 0 }, form }, address())).toEqual(wrongCode(1));
    expect(await answerStatusLookup({ trackingNo: 'YY20260101000001', prev: null, form }, address())).toEqual(wrongCode(1));
    expect(await answerStatusLookup({ trackingNo: 'YY20260101000001', prev: { version: 2 }, form: 'x' }, address())).toEqual(wrongCode(1));
    expect(await answerStatusLookup({ trackingNo: 'YY20260101000001', prev: { version: 2 }, form }, address())).toEqual(wrongCode(3));
  });
});

describe('credit repair', () => {
  it('refuses before the minimum publicity period, with the date it opens, and stores nothing', async () => {
    const firm = await createEntity({
      records: [
        { kind: 'penalty', decisionDate: daysAgo(60), severity: 'minor' },
        { kind: 'penalty', decisionDate: daysAgo(200), severity: 'serious' },
      ],
    });
    for (const recordId of firm.recordIds) {
      const before = await storedCounts();
      const outcome = await receiveApplication(
        'repair',
        firm.uscc,
        applicationForm({ record: recordId, files: [{ name: 'receipt.pdf', bytes: pdfBytes() }] }),
        address(),
        BROWSER,
      );
      expect(outcome.ok).toBe(false);
      if (!outcome.ok)
        expect(outcome.errors[0]).toMatchObject({ field: 'form', code: 'notYetEligible', params: { date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
      await expectNothingStored(before);
    }
  });

  it('accepts an eligible penalty with evidence and the commitment; a second request waits for the first', async () => {
    const firm = await createEntity({
      records: [
        { kind: 'penalty', decisionDate: daysAgo(120), severity: 'general' },
        { kind: 'honour', decisionDate: daysAgo(400) },
      ],
    });
    const noEvidence = await receiveApplication('repair', firm.uscc, applicationForm({ record: firm.recordIds[0], files: [] }), address(), BROWSER);
    expect(noEvidence.ok).toBe(false);
    if (!noEvidence.ok) expect(noEvidence.errors).toContainEqual(expect.objectContaining({ field: 'evidence', code: 'evidenceRequired' }));
    const noCommitment = await receiveApplication(
      'repair',
      firm.uscc,
      applicationForm({ record: firm.recordIds[0], files: [{ name: 'r.pdf', bytes: pdfBytes() }], fields: { commitment: undefined } }),
      address(),
      BROWSER,
    );
    expect(!noCommitment.ok && noCommitment.errors.some((e) => e.code === 'commitmentRequired')).toBe(true);

    const outcome = await receiveApplication(
      'repair',
      firm.uscc,
      applicationForm({ record: firm.recordIds[0], files: [{ name: 'r.pdf', bytes: pdfBytes() }] }),
      address(),
      BROWSER,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.receipt.trackingNo.startsWith('XF')).toBe(true);
    expect(outcome.receipt.deadline).toBe(addWorkingDays(ratingDate(), 10));
    expect(await recordStatus(firm.recordIds[0]!)).toBe('published');
    const again = await receiveApplication(
      'repair',
      firm.uscc,
      applicationForm({ record: firm.recordIds[0], files: [{ name: 'r.pdf', bytes: pdfBytes() }] }),
      address(),
      BROWSER,
    );
    expect(!again.ok && again.errors[0]?.code).toBe('repairPending');
    const honour = await receiveApplication(
      'repair',
      firm.uscc,
      applicationForm({ record: firm.recordIds[1], files: [{ name: 'r.pdf', bytes: pdfBytes() }] }),
      address(),
      BROWSER,
    );
    expect(!honour.ok && honour.errors[0]?.code).toBe('notRepairable');
  });

  it('approval stops publication and re-rates; refusal keeps it, each with its reply', async () => {
    const firm = await createEntity({
      records: [
        // General: a simple-procedure (minor) penalty would not count toward the level (issue 17 part 2).
        { kind: 'penalty', decisionDate: daysAgo(100), severity: 'general' },
        { kind: 'penalty', decisionDate: daysAgo(110), severity: 'general' },
      ],
    });
    expect(firm.level).toBe('yellow');
    const reviewer = await createStaff('test-amr', 'reviewer');
    const staff = { id: reviewer.id, role: 'reviewer' as const, departmentId: await departmentOf(firm.recordIds[0]!) };
    const ids: number[] = [];
    for (const recordId of firm.recordIds) {
      const outcome = await receiveApplication(
        'repair',
        firm.uscc,
        applicationForm({ record: recordId, files: [{ name: 'r.pdf', bytes: pdfBytes() }] }),
        address(),
        BROWSER,
      );
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      const [row] = await sql<{ id: number }[]>`select id::int as id from applications where tracking_no = ${outcome.receipt.trackingNo}`;
      ids.push(row!.id);
    }
    expect(await decideApplication({ applicationId: ids[0]!, staff, action: 'approve', note: '已履行处罚，准予修复。' })).toEqual({ ok: true });
    expect(await decideApplication({ applicationId: ids[1]!, staff, action: 'refuse', note: '未提交罚款缴纳凭证。' })).toEqual({ ok: true });
    expect(await decideApplication({ applicationId: ids[1]!, staff, action: 'approve', note: 'x' })).toEqual({ ok: false, reason: 'wrong_state' });
    expect(await recordStatus(firm.recordIds[0]!)).toBe('repaired');
    expect(await recordStatus(firm.recordIds[1]!)).toBe('published');
    await refreshEntities([firm.id], ratingDate());
    const rows = await getEntityProfileRows(firm.uscc, ratingDate(), daysAgo(800));
    expect(rows!.records.filter((r) => r.kind === 'penalty').map((r) => r.id)).toEqual([firm.recordIds[1]]);
    // The granted request's commitment is published once; the refused one's is not.
    const commitments = rows!.records.filter((r) => r.kind === 'credit_commitment');
    expect(commitments.map((r) => [r.category, r.commitment?.status, r.commitment?.procedureCode])).toEqual([['good', 'pending', 'credit-repair']]);
  });
});

describe('credit repair of a listing, by the firm', () => {
  it('an abnormal-operations listing: the firm proves its role, the reviewer grants, the firm leaves the list, is re-rated and its commitment is published', async () => {
    const firm = await createEntity({ records: [{ kind: 'abnormal_listing', decisionDate: daysAgo(40), grounds: '未按时报送年度报告' }] });
    expect(firm.level).toBe('red');
    const listingId = firm.recordIds[0]!;
    const form = (over: FormOptions = {}) =>
      applicationForm({ record: listingId, files: [{ name: '补报年报回执.pdf', bytes: pdfBytes('annual report filed') }], ...over });

    const before = await storedCounts();
    const refused = await receiveApplication(
      'repair',
      firm.uscc,
      form({ noAuthorisation: true, fields: { actingRole: '', routes: undefined } }),
      address(),
      BROWSER,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
        'actingRole:actingRoleRequired',
        'routes:routesRequired',
        'authorisation:authorisationRequired',
      ]);
    await expectNothingStored(before);

    const outcome = await receiveApplication('repair', firm.uscc, form(), address(), BROWSER);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const [app] = await sql<{ id: number; routes: string[]; role: string; files: string[] }[]>`
      select a.id::int as id, a.repair_routes as routes, a.acting_role as role,
             array(select purpose from application_files f where f.application_id = a.id order by f.id) as files
      from applications a where tracking_no = ${outcome.receipt.trackingNo}`;
    expect(app).toMatchObject({ routes: ['correction'], role: 'legal_representative', files: ['evidence', 'authorisation'] });

    const reviewer = await createStaff('test-amr', 'reviewer');
    const staff = { id: reviewer.id, role: 'reviewer' as const, departmentId: await departmentOf(listingId) };
    expect(await decideApplication({ applicationId: app!.id, staff, action: 'approve', note: '已补报年度报告，准予移出。' })).toEqual({ ok: true });

    const [listing] = await sql<{ status: string; removedOn: string | null; removalReason: string | null }[]>`
      select status, removed_on as "removedOn", removal_reason as "removalReason" from records where id = ${listingId}`;
    expect(listing).toEqual({ status: 'published', removedOn: ratingDate(), removalReason: REPAIR_REMOVAL_REASON });
    const [verified] = await sql<{ by: number | null }[]>`select authority_verified_by as by from applications where id = ${app!.id}`;
    expect(verified!.by).toBe(reviewer.id);

    await refreshEntities([firm.id], ratingDate());
    const rows = await getEntityProfileRows(firm.uscc, ratingDate(), daysAgo(800));
    expect(rows!.entity.storedLevel).toBe('green');
    const commitment = rows!.records.find((r) => r.kind === 'credit_commitment');
    expect(commitment).toMatchObject({
      category: 'good',
      title: '信用修复承诺书',
      decisionDate: ratingDate(),
      commitment: { status: 'pending', procedureCode: 'credit-repair' },
    });
    // A second request about the same listing: the firm is no longer on it.
    const again = await receiveApplication('repair', firm.uscc, form(), address(), BROWSER);
    expect(!again.ok && again.errors[0]?.code).toBe('notRepairable');
  });

  it('the serious-illegal list only after a year on it, with the date it opens', async () => {
    const firm = await createEntity({ records: [{ kind: 'serious_illegal_listing', decisionDate: daysAgo(60), grounds: '提交虚假材料' }] });
    const outcome = await receiveApplication(
      'repair',
      firm.uscc,
      applicationForm({ record: firm.recordIds[0], files: [{ name: 'r.pdf', bytes: pdfBytes() }] }),
      address(),
      BROWSER,
    );
    expect(!outcome.ok && outcome.errors[0]).toMatchObject({
      field: 'form',
      code: 'notYetEligible',
      params: { date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
  });
});

describe('decisions on objections', () => {
  async function fileObjection(records = [{ kind: 'penalty' as const, decisionDate: daysAgo(50), severity: 'general' as const }]) {
    const firm = await createEntity({ records });
    const outcome = await receiveApplication(
      'objection',
      firm.uscc,
      applicationForm({ record: firm.recordIds[0], files: [{ name: 'proof.pdf', bytes: pdfBytes() }] }),
      address(),
      BROWSER,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const [row] = await sql<
      { id: number; departmentId: number }[]
    >`select id::int as id, department_id as "departmentId" from applications where tracking_no = ${outcome.receipt.trackingNo}`;
    return { firm, receipt: outcome.receipt, applicationId: row!.id, departmentId: row!.departmentId };
  }

  it('a reviewer of another department can neither see nor decide; an admin can do both and reassign', async () => {
    const { applicationId, departmentId } = await fileObjection();
    const [otherDept] = await sql<{ id: number }[]>`select id from departments where id <> ${departmentId} order by id limit 1`;
    const outsider = { id: (await createStaff('jntax', 'reviewer')).id, role: 'reviewer' as const, departmentId: otherDept!.id };
    expect(await getApplicationForStaff(applicationId, 'objection', outsider.departmentId)).toBeUndefined();
    expect(
      (await listApplicationQueue({ kind: 'objection', departmentId: outsider.departmentId, page: 1, pageSize: 100 })).items.some(
        (i) => i.id === applicationId,
      ),
    ).toBe(false);
    const [file] = await sql<{ id: number }[]>`select id::int as id from application_files where application_id = ${applicationId}`;
    expect(await getEvidenceFileForStaff(file!.id, outsider.departmentId)).toBeUndefined();
    expect(await getEvidenceFileForStaff(file!.id, departmentId)).toBeDefined();
    expect(await decideApplication({ applicationId, staff: outsider, action: 'suspend', note: null })).toEqual({ ok: false, reason: 'not_found' });

    const insider = { id: (await createStaff('test-amr', 'reviewer')).id, role: 'reviewer' as const, departmentId };
    expect(await getApplicationForStaff(applicationId, 'objection', departmentId)).toMatchObject({ applicantName: '济南测试申请有限公司' });
    expect(await getApplicationForStaff(applicationId, 'repair', departmentId)).toBeUndefined();
    expect(await decideApplication({ applicationId, staff: insider, action: 'reassign', note: null, reassignToDepartmentId: otherDept!.id })).toEqual({
      ok: false,
      reason: 'not_allowed',
    });

    const admin = { id: (await createStaff('jnamr', 'admin')).id, role: 'admin' as const, departmentId: otherDept!.id };
    expect(await getApplicationForStaff(applicationId, 'objection', null)).toBeDefined();
    expect(await decideApplication({ applicationId, staff: admin, action: 'reassign', note: '由税务部门核实', reassignToDepartmentId: otherDept!.id })).toEqual(
      { ok: true },
    );
    expect(await getApplicationForStaff(applicationId, 'objection', otherDept!.id)).toBeDefined();
    expect(await getApplicationForStaff(applicationId, 'objection', departmentId)).toBeUndefined();
  });

  it('suspend hides the record and re-rates; correct edits it; each step is one transaction with outbox, audit and event', async () => {
    const { firm, receipt, applicationId, departmentId } = await fileObjection([
      { kind: 'penalty', decisionDate: daysAgo(50), severity: 'general' },
      { kind: 'penalty', decisionDate: daysAgo(60), severity: 'general' },
      { kind: 'penalty', decisionDate: daysAgo(70), severity: 'general' },
    ]);
    expect(firm.level).toBe('red');
    const staff = { id: (await createStaff('test-amr', 'reviewer')).id, role: 'reviewer' as const, departmentId };
    const recordId = firm.recordIds[0]!;
    const counts = async () => {
      const [r] = await sql<{ outbox: number; audit: number; events: number }[]>`
        select (select count(*) from outbox where entity_id = ${firm.id})::int as outbox,
               (select count(*) from audit_log where subject_id = ${receipt.trackingNo})::int as audit,
               (select count(*) from application_events where application_id = ${applicationId})::int as events`;
      return r!;
    };
    const c0 = await counts();
    expect(await decideApplication({ applicationId, staff, action: 'suspend', note: '核查期间暂停公示。' })).toEqual({ ok: true });
    const c1 = await counts();
    expect(c1).toEqual({ outbox: c0.outbox + 1, audit: c0.audit + 1, events: c0.events + 1 });
    expect(await recordStatus(recordId)).toBe('suspended');
    await refreshEntities([firm.id], ratingDate());
    const [suspended] = await sql<{ level: string }[]>`select credit_level as level from entities where id = ${firm.id}`;
    expect(suspended!.level).toBe('yellow');

    expect(
      await decideApplication({
        applicationId,
        staff,
        action: 'correct',
        note: '经核实，文号有误，已更正。',
        correction: { title: '更正后的处罚', content: '更正内容', docNo: '济市监罚〔2026〕9号', decisionDate: daysAgo(900), severity: 'minor' },
      }),
    ).toEqual({ ok: true });
    expect(await counts()).toEqual({ outbox: c1.outbox + 1, audit: c1.audit + 1, events: c1.events + 1 });
    const [record] = await sql<{ status: string; title: string; docNo: string; severity: string; version: number }[]>`
      select status, title, doc_no as "docNo", severity, version from records where id = ${recordId}`;
    expect(record).toMatchObject({ status: 'corrected', title: '更正后的处罚', docNo: '济市监罚〔2026〕9号', severity: 'minor' });
    await refreshEntities([firm.id], ratingDate());
    const [corrected] = await sql<{ level: string }[]>`select credit_level as level from entities where id = ${firm.id}`;
    expect(corrected!.level).toBe('yellow'); // the corrected decision date is outside the two-year window
    expect(await decideApplication({ applicationId, staff, action: 'uphold', note: 'x' })).toEqual({ ok: false, reason: 'wrong_state' });
    // The version before the correction is kept.
    const versions = await sql<{ version: number; title: string }[]>`
      select version, data->>'title' as title from record_versions where record_id = ${recordId} and change = 'corrected'`;
    expect(versions).toHaveLength(1);
    expect(versions[0]!.title).not.toBe('更正后的处罚');
    expect(versions[0]!.version).toBe(record!.version - 1);
    // A later objection to the corrected record, upheld, leaves it corrected rather than plain published.
    const again = await receiveApplication(
      'objection',
      firm.uscc,
      applicationForm({ record: recordId, files: [{ name: 'proof.pdf', bytes: pdfBytes() }] }),
      address(),
      BROWSER,
    );
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(await recordStatus(recordId)).toBe('under_objection');
    const [second] = await sql<{ id: number }[]>`select id::int as id from applications where tracking_no = ${again.receipt.trackingNo}`;
    expect(await decideApplication({ applicationId: second!.id, staff, action: 'uphold', note: '经核实，更正后的信息无误。' })).toEqual({ ok: true });
    expect(await recordStatus(recordId)).toBe('corrected');

    // The applicant: a wrong code is refused; the right one shows status, reply and timeline, no contact data.
    const wrong = await lookupApplication(receipt.trackingNo, 'AAAAA-AAAAA', address());
    expect(wrong).toEqual({ ok: false, code: 'wrongCode' });
    const right = await lookupApplication(receipt.trackingNo, receipt.accessCode.toLowerCase().replace('-', ' '), address());
    expect(right.ok).toBe(true);
    if (!right.ok) return;
    expect(right.view).toMatchObject({ status: 'corrected', reply: '经核实，文号有误，已更正。', deadline: receipt.deadline });
    expect(right.view.events.map((e) => e.event)).toEqual(['submitted', 'suspended', 'corrected']);
    const json = JSON.stringify(right.view);
    for (const secret of ['济南测试申请有限公司', '13812345678', 'applicant@example.com', 'accessCodeHash', '$argon2']) expect(json).not.toContain(secret);
  });

  it('revoke hides the record for good; suspend/resume toggle publication; uphold publishes it again', async () => {
    const a = await fileObjection();
    const b = await fileObjection();
    const staffA = { id: (await createStaff('test-amr', 'reviewer')).id, role: 'reviewer' as const, departmentId: a.departmentId };
    expect(await decideApplication({ applicationId: a.applicationId, staff: staffA, action: 'revoke', note: '记录有误，予以撤销。' })).toEqual({ ok: true });
    expect(await recordStatus(a.firm.recordIds[0]!)).toBe('revoked');
    const staffB = { ...staffA, departmentId: b.departmentId };
    expect(await decideApplication({ applicationId: b.applicationId, staff: staffB, action: 'resume', note: null })).toEqual({
      ok: false,
      reason: 'wrong_state',
    });
    expect(await decideApplication({ applicationId: b.applicationId, staff: staffB, action: 'suspend', note: null })).toEqual({ ok: true });
    expect(await recordStatus(b.firm.recordIds[0]!)).toBe('suspended');
    expect(await decideApplication({ applicationId: b.applicationId, staff: staffB, action: 'resume', note: '继续核实。' })).toEqual({ ok: true });
    expect(await recordStatus(b.firm.recordIds[0]!)).toBe('under_objection');
    expect(await decideApplication({ applicationId: b.applicationId, staff: staffB, action: 'approve', note: 'x' })).toEqual({
      ok: false,
      reason: 'wrong_state',
    });
    expect(await decideApplication({ applicationId: b.applicationId, staff: staffB, action: 'uphold', note: '经核实，信息无误。' })).toEqual({ ok: true });
    expect(await recordStatus(b.firm.recordIds[0]!)).toBe('published');
  });

  it('rate-limits access-code attempts per address', async () => {
    const { receipt } = await fileObjection();
    const from = address();
    let last;
    for (let i = 0; i < 11; i += 1) last = await lookupApplication(receipt.trackingNo, 'ZZZZZ-ZZZZZ', from);
    expect(last).toMatchObject({ ok: false, code: 'rateLimited' });
    expect(await lookupApplication(receipt.trackingNo, receipt.accessCode, from)).toMatchObject({ ok: false, code: 'rateLimited' });
  }, 60_000);
});

describe('anti-forgery and proof of work', () => {
  it('a staff decision with a forged token changes nothing', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(50) }] });
    const outcome = await receiveApplication('objection', firm.uscc, applicationForm({ record: firm.recordIds[0] }), address(), BROWSER);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const [app] = await sql<
      { id: number; departmentId: number }[]
    >`select id::int as id, department_id as "departmentId" from applications where tracking_no = ${outcome.receipt.trackingNo}`;
    const account = await createStaff('test-amr', 'reviewer');
    const user = {
      id: account.id,
      username: account.username,
      displayName: 'x',
      role: 'reviewer' as const,
      departmentId: app!.departmentId,
      departmentCode: 'test-amr',
      departmentName: 'x',
      sessionId: 'a'.repeat(32),
    };
    const form = (csrf: string) => {
      const f = new FormData();
      for (const [k, v] of Object.entries({ csrf, applicationId: String(app!.id), kind: 'objection', action: 'suspend', note: '' })) f.append(k, v);
      return f;
    };
    const refused = (code: string, field = 'form') => ({ ok: false, errors: [{ field, code }] });
    const auditBefore = (await storedCounts()).audit;
    signedIn.user = null;
    expect(await receiveDecision(form(await staffCsrfToken(user)))).toEqual(refused('signedOut'));
    signedIn.user = user;
    expect(await receiveDecision(form('forged'))).toEqual(refused('csrf'));
    signedIn.user = { ...user, sessionId: 'b'.repeat(32) };
    expect(await receiveDecision(form(await staffCsrfToken(user)))).toEqual(refused('csrf'));
    signedIn.user = user;
    const evil = form(await staffCsrfToken(user));
    evil.set('kind', 'evil');
    expect(await receiveDecision(evil)).toEqual(refused('wrongState', 'kind'));
    expect(await recordStatus(firm.recordIds[0]!)).toBe('under_objection');
    expect((await storedCounts()).audit).toBe(auditBefore);
    expect(await receiveDecision(form(await staffCsrfToken(user)))).toEqual({ ok: true, action: 'suspend' });
    expect(await recordStatus(firm.recordIds[0]!)).toBe('suspended');
    const noReply = form(await staffCsrfToken(user));
    noReply.set('action', 'uphold');
    expect(await receiveDecision(noReply)).toEqual(refused('replyRequired', 'reply'));
  });

  it('a solved challenge buys one application; replayed, it counts as none', async () => {
    const firm = await createEntity();
    const from = address();
    const challenge = issueChallenge(appSecret());
    const pow = solveChallenge(challenge);
    const withChallenge = () => applicationForm({ pow: false, fields: { challenge, pow } });
    expect((await receiveApplication('objection', firm.uscc, withChallenge(), from, BROWSER)).ok).toBe(true);
    // The replay falls to the no-proof bucket (one a minute): the first passes, the second is refused.
    expect((await receiveApplication('objection', firm.uscc, withChallenge(), from, BROWSER)).ok).toBe(true);
    const third = await receiveApplication('objection', firm.uscc, withChallenge(), from, BROWSER);
    expect(!third.ok && third.errors[0]?.code).toBe('rateLimited');
  });
});

describe('privacy', () => {
  it('applicant data never reaches the profile rows, the search document or the log', async () => {
    const marker = `隐私${Date.now().toString(36)}`;
    const phone = `139${String(Date.now()).slice(-8)}`;
    const email = `${marker.slice(2)}@private.example`;
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(100), severity: 'minor' }] });
    const lines: string[] = [];
    const stream = (logger as unknown as Record<symbol, { write: (s: string) => boolean }>)[pino.symbols.streamSym]!;
    const originalWrite = stream.write;
    const originalLevel = logger.level;
    logger.level = 'trace';
    stream.write = function (s: string) {
      lines.push(s);
      return true;
    };
    try {
      const fields = { applicantName: marker, phone, email, description: `${marker} 的说明` };
      const objection = await receiveApplication(
        'objection',
        firm.uscc,
        applicationForm({ record: firm.recordIds[0], fields, files: [{ name: `${marker}.pdf`, bytes: pdfBytes(marker) }] }),
        address(),
        BROWSER,
      );
      const repair = await receiveApplication(
        'repair',
        firm.uscc,
        applicationForm({ record: firm.recordIds[0], fields, files: [{ name: `${marker}.pdf`, bytes: pdfBytes(marker) }] }),
        address(),
        BROWSER,
      );
      expect(objection.ok && repair.ok).toBe(true);
      const bad = await receiveApplication(
        'objection',
        firm.uscc,
        applicationForm({ record: firm.recordIds[0], fields: { ...fields, declaration: undefined } }),
        address(),
        BROWSER,
      );
      expect(bad.ok).toBe(false);
    } finally {
      stream.write = originalWrite;
      logger.level = originalLevel;
    }
    expect(lines.length).toBeGreaterThan(0);
    const log = lines.join('\n');
    for (const secret of [marker, phone, email]) expect(log).not.toContain(secret);

    await refreshEntities([firm.id], ratingDate(), { waitForIndex: true });
    const profile = JSON.stringify(await getEntityProfileRows(firm.uscc, ratingDate(), daysAgo(800)));
    const doc = JSON.stringify(await getSearchClient().index(indexName('entities')).getDocument(firm.uscc));
    expect(doc).toContain(firm.uscc);
    for (const secret of [marker, phone, email]) {
      expect(profile).not.toContain(secret);
      expect(doc).not.toContain(secret);
    }
  });
});
