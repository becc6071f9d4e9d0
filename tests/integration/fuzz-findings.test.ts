// What the fuzz test (tests/integration/fuzz.test.ts) found outside the areas other hardening
// branches fix, each pinned by its smallest input: text PostgreSQL cannot store (U+0000, lone
// surrogates) and year 0000 dates gave 500s through the intake API; a policyId beyond PostgreSQL's
// integer gave 500; a retraction that retracted nothing still wrote an audit entry; and a form
// with U+0000 in a field threw (a 500 from the Server Action).
import '../support/next-route-context';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE as deleteRecords, POST as postRecords } from '../../app/api/v1/intake/records/route';
import { POST as postEntities } from '../../app/api/v1/intake/entities/route';
import { POST as postSupport } from '../../app/api/v1/intake/support/route';
import { GET as getList } from '../../app/api/v1/lists/[slug]/route';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { receiveApplication } from '../../lib/objections/submit-application';
import { CLIENT_ADDRESS_HEADER } from '../../lib/security/client-address.mjs';
import { pdfBytes, storedCounts } from '../factories/applications';
import { objectionForm } from '../support/objection-form';
import { createEntity, daysAgo } from '../factories/entities';
import { freshUscc } from '../support/fuzz-arbitraries';

const sql = getSql();
const run = crypto.randomBytes(3).toString('hex');
let token: string;
let departmentId: number;
let firm: { uscc: string; recordIds: string[] };

beforeAll(async () => {
  const t = generateDepartmentToken();
  ({ departmentId } = await insertDepartmentToken(
    { code: `ff${run}`, nameZhCn: '模糊测试发现', isRegistrar: true },
    { name: 'fuzz', prefix: t.prefix, hash: t.hash },
  ));
  token = t.token;
  firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(30), severity: 'general' }] });
});

afterAll(async () => {
  await closeDb();
});

function intake(handler: (r: Request) => Promise<Response>, method: string, body: unknown, locale = 'en') {
  return handler(
    new Request('http://localhost/api/v1/intake/x', {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': locale, [CLIENT_ADDRESS_HEADER]: '10.9.9.9' },
      body: JSON.stringify(body),
    }),
  );
}

const penalty = (extra: Record<string, unknown> = {}) => ({
  sourceRef: `ff-${crypto.randomBytes(4).toString('hex')}`,
  uscc: firm.uscc,
  kind: 'penalty',
  title: '模糊测试处罚',
  decisionDate: daysAgo(5),
  severity: 'general',
  ...extra,
});

async function auditCount(): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from audit_log`;
  return row!.n;
}

describe('intake: text and dates PostgreSQL cannot store are refused, not a 500', () => {
  it.each([
    ['U+0000 in a record title', () => ({ records: [penalty({ title: 'a\u0000b' })] }), 'records[0].title'],
    ['a lone surrogate in a record title', () => ({ records: [penalty({ title: 'a\uD800b' })] }), 'records[0].title'],
    ['U+0000 in a retracted sourceRef', () => ({ sourceRefs: ['ok', '\u0000'] }), 'sourceRefs[1]'],
    ['U+0000 in a field name', () => ({ records: [{ ...penalty(), 'x\u0000': 1 }] }), 'records[0]'],
  ])('%s: 400 naming where, nothing written', async (_label, makeBody, where) => {
    const body = makeBody();
    const before = await auditCount();
    const res = await intake('sourceRefs' in body ? deleteRecords : postRecords, 'sourceRefs' in body ? 'DELETE' : 'POST', body);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error).toMatchObject({ code: 'bad_parameter', param: 'body' });
    expect(json.error.message).toContain(where);
    expect(await auditCount()).toBe(before);
  });

  it('the message is translated', async () => {
    const res = await intake(postRecords, 'POST', { records: [penalty({ title: 'a\u0000b' })] }, 'zh-CN');
    expect((await res.json()).error.message).toMatch(/无法保存的字符/);
  });

  it('year 0000 (PostgreSQL has none) is an invalid date for records, entities, support and list filters', async () => {
    const records = await (await intake(postRecords, 'POST', { records: [penalty({ decisionDate: '0000-01-01' })] })).json();
    expect(records.accepted).toBe(0);
    expect(records.rejected).toEqual([{ index: 0, field: 'decisionDate', message: expect.stringContaining('Invalid date') }]);
    const entity = {
      uscc: freshUscc(crypto.randomInt(1_000_000)),
      name: '模糊测试零年有限公司',
      type: 'company',
      legalRepresentative: '测试',
      establishedOn: '0000-02-29',
      address: '济南',
      districtCode: '370102',
      status: 'active',
    };
    const entities = await (await intake(postEntities, 'POST', { entities: [entity] })).json();
    expect(entities.rejected).toEqual([{ index: 0, field: 'establishedOn', message: expect.stringContaining('Invalid date') }]);
    const support = await (
      await intake(postSupport, 'POST', { support: [{ sourceRef: 'ff-0', uscc: firm.uscc, policyBasis: '测试', content: '测试', grantedOn: '0000-01-01' }] })
    ).json();
    expect(support.rejected).toEqual([{ index: 0, field: 'grantedOn', message: expect.any(String) }]);
    const list = await getList(
      new Request('http://localhost/api/v1/lists/abnormal-operations?from=0000-01-01', { headers: { [CLIENT_ADDRESS_HEADER]: '10.9.9.8' } }),
      {
        params: Promise.resolve({ slug: 'abnormal-operations' }),
      },
    );
    expect(list.status).toBe(400);
    expect((await list.json()).error).toMatchObject({ code: 'bad_parameter', param: 'from' });
  });

  it('a policyId beyond PostgreSQL integer is an unknown policy of that item', async () => {
    const res = await intake(postSupport, 'POST', {
      support: [{ sourceRef: 'ff-1', uscc: firm.uscc, policyId: 2 ** 31, content: '测试', grantedOn: daysAgo(3) }],
    });
    expect(res.status).toBe(200);
    expect((await res.json()).rejected).toEqual([{ index: 0, field: 'policyId', message: expect.any(String) }]);
  });
});

describe('intake: a retraction that retracts nothing writes nothing', () => {
  it('only unknown sourceRefs: each rejected, no audit entry', async () => {
    const before = await auditCount();
    const res = await intake(deleteRecords, 'DELETE', { sourceRefs: ['ff-never-posted-1', 'ff-never-posted-2'] });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.accepted).toBe(0);
    expect(body.rejected.map((r: { index: number }) => r.index)).toEqual([0, 1]);
    expect(await auditCount()).toBe(before);
  });

  it('a real retraction is still audited', async () => {
    const item = penalty();
    expect((await (await intake(postRecords, 'POST', { records: [item] })).json()).created).toBe(1);
    const before = await auditCount();
    const body = await (await intake(deleteRecords, 'DELETE', { sourceRefs: [item.sourceRef, 'ff-never-posted-3'] })).json();
    expect(body.updated).toBe(1);
    expect(await auditCount()).toBe(before + 1);
    const [row] = await sql<{ status: string }[]>`select status from records where department_id = ${departmentId} and source_ref = ${item.sourceRef}`;
    expect(row!.status).toBe('revoked');
  });
});

describe('objection form: U+0000 in a field is a field error, not a 500', () => {
  it.each(['applicantName', 'description', 'email'])('in %s', async (field) => {
    const defaults: Record<string, string> = { applicantName: '张三', description: '说明', email: 'a@example.com' };
    const form = objectionForm(firm.recordIds[0]!, { [field]: `${defaults[field]}\u0000` });
    const before = await storedCounts();
    const outcome = await receiveApplication('objection', firm.uscc, form, `10.9.8.${crypto.randomInt(250)}`, crypto.randomUUID());
    expect(outcome).toEqual({ ok: false, errors: [{ field, code: 'invalidCharacters' }] });
    expect(await storedCounts()).toEqual(before);
  });
});

// bench:fuzz at 100,000 cases (2026-12-03) found three more, each a 500 before its fix.
describe('objection form: an evidence file name PostgreSQL cannot store is cleaned, not a 500', () => {
  it.each([
    ['U+0000 inside', '决定\u0000书.pdf', '决定书.pdf'],
    ['a lone surrogate', 'scan\uD800.pdf', 'scan\uFFFD.pdf'],
    ['an emoji cut at the length limit', `${'x'.repeat(199)}😀.pdf`, `${'x'.repeat(199)}😀`],
  ])('%s', async (_label, name, stored) => {
    const target = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(25), severity: 'general' }] });
    const form = objectionForm(target.recordIds[0]!, {}, [{ name, bytes: pdfBytes('name') }]);
    const outcome = await receiveApplication('objection', target.uscc, form, `10.9.7.${crypto.randomInt(250)}`, crypto.randomUUID());
    expect(outcome.ok).toBe(true);
    const [file] = await sql<{ originalName: string }[]>`
      select f.original_name as "originalName" from application_files f join applications a on a.id = f.application_id
      where a.entity_id = (select id from entities where uscc = ${target.uscc}) order by f.id desc limit 1`;
    expect(file!.originalName).toBe(stored);
  });
});

describe('intake: two calls upserting the same firms at once both succeed (a deadlock is retried, not a 500)', () => {
  it('entities in opposite orders, ten rounds', async () => {
    const base = 700_000 + crypto.randomInt(90_000_000);
    const usccs = Array.from({ length: 40 }, (_, i) => freshUscc(base + i));
    const item = (uscc: string, round: number) => ({
      uscc,
      name: `并发登记${uscc.slice(-4)}有限公司`,
      type: 'company',
      legalRepresentative: '测试人',
      registeredCapital: 100 + round,
      establishedOn: '2018-08-22',
      address: '济南市历下区测试路1号',
      districtCode: '370102',
      industryCode: 'C13',
      status: 'active',
    });
    for (let round = 0; round < 10; round++) {
      const forward = usccs.map((u) => item(u, round));
      const [a, b] = await Promise.all([
        intake(postEntities, 'POST', { entities: forward }),
        intake(postEntities, 'POST', { entities: [...forward].reverse() }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
    }
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from entities where uscc = any(${usccs}::text[]) and registered_capital = 109`;
    expect(row!.n).toBe(usccs.length);
  });
});
