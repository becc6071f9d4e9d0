// The intake API against real PostgreSQL, through its route handlers: credentials, every rejection
// path, idempotency and versioning, identity matching, the unmatched queue, retraction, outbox,
// audit and timeliness.
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE as deleteRecords, POST as postRecords } from '../../app/api/v1/intake/records/route';
import { POST as postEntities } from '../../app/api/v1/intake/entities/route';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken, revokeDepartmentTokens } from '../../lib/db/mutations/department-tokens';
import { collectionLag, isOnTime } from '../../lib/intake/timeliness';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { resolveUnmatched } from '../../lib/intake/resolve-unmatched';
import { ratingDate } from '../../lib/env';
import { buildUscc } from '../../lib/uscc';
import { normalizeEntityName } from '../../lib/domain/entity-name';
import { createStaffUser } from '../../lib/staff/users';
import { createEntity, daysAgo, uniqueNamePart } from '../factories/entities';

const sql = getSql();
const run = crypto.randomBytes(3).toString('hex');

interface Dept {
  code: string;
  id: number;
  token: string;
}

async function makeDepartment(suffix: string, registrar = false): Promise<Dept> {
  const code = `t${run}${suffix}`;
  const token = generateDepartmentToken();
  const { departmentId } = await insertDepartmentToken(
    { code, nameZhCn: `测试部门${suffix}`, isRegistrar: registrar },
    { name: 'test', prefix: token.prefix, hash: token.hash },
  );
  return { code, id: departmentId, token: token.token };
}

function call(
  handler: (r: Request) => Promise<Response>,
  method: string,
  path: string,
  token: string | null,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return handler(request);
}

const post = (dept: Dept | null, records: unknown, headers?: Record<string, string>) =>
  call(postRecords, 'POST', '/api/v1/intake/records', dept?.token ?? null, typeof records === 'string' ? records : { records }, headers);

function randomUscc(): string {
  const body = Array.from({ length: 8 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[crypto.randomInt(31)]).join('');
  return buildUscc({ department: '9', category: '1', divisionCode: '370102', orgCodeBody: body });
}

const penalty = (sourceRef: string, identity: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  sourceRef,
  ...identity,
  kind: 'penalty',
  title: `测试处罚${sourceRef}`,
  docNo: `济测罚〔2026〕${sourceRef}号`,
  decisionDate: daysAgo(10),
  severity: 'general',
  legalBasis: '《测试法》第一条',
  ...extra,
});

async function recordCount(departmentId: number): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from records where department_id = ${departmentId}`;
  return row!.n;
}

let deptA: Dept;
let deptB: Dept;
let registrar: Dept;
let firm: { id: number; uscc: string; name: string };

beforeAll(async () => {
  deptA = await makeDepartment('a');
  deptB = await makeDepartment('b');
  registrar = await makeDepartment('r', true);
  firm = await createEntity();
});

afterAll(async () => {
  await closeDb();
});

describe('credentials', () => {
  it('refuses a missing, wrong or revoked token with 401 and a Bearer challenge', async () => {
    const missing = await post(null, [penalty('x1', { uscc: firm.uscc })]);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await missing.json()).error.code).toBe('unauthorized');
    const wrong = await post({ ...deptA, token: `${deptA.token}x` }, [penalty('x1', { uscc: firm.uscc })]);
    expect(wrong.status).toBe(401);
    const dept = await makeDepartment('revoked');
    expect((await post(dept, [penalty('x1', { uscc: firm.uscc })])).status).toBe(200);
    const [token] = await sql<{ id: number }[]>`select id from department_tokens where department_id = ${dept.id}`;
    expect(await revokeDepartmentTokens(String(token!.id))).toEqual([token!.id]);
    const revoked = await post(dept, [penalty('x2', { uscc: firm.uscc })]);
    expect(revoked.status).toBe(401);
    expect(await recordCount(dept.id)).toBe(1);
  });

  it('only registration authorities may post entities', async () => {
    const res = await call(postEntities, 'POST', '/api/v1/intake/entities', deptA.token, { entities: [] });
    expect(res.status).toBe(403);
  });

  it('the token command prints the token last, lists it by prefix and revokes it', () => {
    const code = `t${run}cli`;
    // A new department needs its name (provenance shows names, never codes).
    const nameless = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/intake-token.ts', '--department', code, '--name', 'CLI test'], {
      encoding: 'utf8',
      env: process.env,
    });
    expect(nameless.status).toBe(1);
    expect(nameless.stderr).toMatch(/--department-name/);
    const created = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/intake-token.ts', '--department', code, '--department-name', '命令行测试局', '--name', 'CLI test', '--registrar'],
      { encoding: 'utf8', env: process.env },
    );
    expect(created.status).toBe(0);
    const token = created.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^cdi_[A-Za-z0-9_-]{43}$/);
    const listed = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/intake-token.ts', '--list', '--department', code], {
      encoding: 'utf8',
      env: process.env,
    });
    expect(listed.stdout).toContain(token.slice(0, 12));
    expect(listed.stdout).not.toContain(token);
    const revoked = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/intake-token.ts', '--revoke', token.slice(0, 12)], {
      encoding: 'utf8',
      env: process.env,
    });
    expect(revoked.status).toBe(0);
    expect(revoked.stdout).toMatch(/Revoked token/);
    // Four CLI processes, each starting tsx: well above the default timeout on a busy 2-core machine.
  }, 120_000);
});

describe('rejections', () => {
  it('reports each invalid item with its field and a specific message, and commits the valid ones', async () => {
    const today = ratingDate();
    const before = await recordCount(deptA.id);
    const res = await post(deptA, [
      penalty('ok-1', { uscc: firm.uscc }),
      penalty('r-kind', { uscc: firm.uscc }, { kind: 'gossip', severity: undefined }),
      penalty('r-date', { uscc: firm.uscc }, { decisionDate: '2025-02-30' }),
      penalty('r-future', { uscc: firm.uscc }, { decisionDate: daysAgo(-3) }),
      penalty('r-uscc', { uscc: '91370102MA3C0000I1' }),
      penalty('r-title', { uscc: firm.uscc }, { title: '   ' }),
      penalty('r-identity', {}),
      penalty('r-severity', { uscc: firm.uscc }, { severity: undefined }),
      { ...penalty('r-field', { uscc: firm.uscc }), decisonDate: '2025-01-01' },
      'not an object',
      penalty('ok-1', { uscc: firm.uscc }),
    ]);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.accepted).toBe(1);
    expect(body.created).toBe(1);
    const byIndex = Object.fromEntries(body.rejected.map((r: { index: number; field: string; message: string }) => [r.index, r]));
    expect(byIndex[1]).toMatchObject({ field: 'kind', message: expect.stringContaining('未知的信息类别') });
    expect(byIndex[2]).toMatchObject({ field: 'decisionDate', message: expect.stringContaining('日期无效') });
    expect(byIndex[3]).toMatchObject({ field: 'decisionDate', message: `日期不能晚于今天（${today}）。` });
    expect(byIndex[4]).toMatchObject({ field: 'uscc', message: expect.stringContaining('统一社会信用代码不正确') });
    expect(byIndex[5]).toMatchObject({ field: 'title', message: '此项必填。' });
    expect(byIndex[6]).toMatchObject({ field: 'uscc', message: expect.stringContaining('缺少主体标识') });
    expect(byIndex[7]).toMatchObject({ field: 'severity', message: '行政处罚须注明处罚程度。' });
    expect(byIndex[8]).toMatchObject({ field: 'decisonDate', message: '不认识的字段。' });
    expect(byIndex[9]).toMatchObject({ field: 'item' });
    expect(byIndex[10]).toMatchObject({ field: 'sourceRef', message: '本批次中该来源编号重复。' });
    expect(await recordCount(deptA.id)).toBe(before + 1);
  });

  it('speaks the language of Accept-Language', async () => {
    const res = await post(deptA, [penalty('en-1', { uscc: firm.uscc }, { decisionDate: 'yesterday' })], { 'accept-language': 'en-GB,en;q=0.9' });
    const body = await res.json();
    expect(body.rejected[0]).toEqual({ index: 0, field: 'decisionDate', message: 'Invalid date: use a real date written YYYY-MM-DD.' });
    const tw = await (await post(deptA, [penalty('tw-1', { uscc: firm.uscc }, { title: '' })], { 'accept-language': 'zh-TW' })).json();
    expect(tw.rejected[0].message).toBe('此項必填。');
  });

  it('a malformed body or an oversized batch is a 400 and commits nothing', async () => {
    const before = await recordCount(deptA.id);
    const malformed = await post(deptA, '{"records": [ {"sourceRef": "m-1",');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toMatchObject({ code: 'bad_parameter', param: 'body', message: expect.stringContaining('不是有效的 JSON') });
    const notArray = await post(deptA, '{"records": {"sourceRef": "m-1"}}');
    expect(notArray.status).toBe(400);
    const big = await post(
      deptA,
      Array.from({ length: 1001 }, (_, i) => penalty(`big-${i}`, { uscc: firm.uscc })),
    );
    expect(big.status).toBe(400);
    expect((await big.json()).error.message).toContain('每次最多 1000 项，本次有 1001 项');
    expect(await recordCount(deptA.id)).toBe(before);
  });

  it('a department cannot touch another department’s records through their sourceRef', async () => {
    const ref = `own-${run}`;
    await post(deptA, [penalty(ref, { uscc: firm.uscc })]);
    const [aRecord] = await sql<
      { id: string; title: string; status: string }[]
    >`select id::text, title, status from records where department_id = ${deptA.id} and source_ref = ${ref}`;
    const del = await call(deleteRecords, 'DELETE', '/api/v1/intake/records', deptB.token, { sourceRefs: [ref] });
    expect(del.status).toBe(200);
    const body = await del.json();
    expect(body.updated).toBe(0);
    expect(body.rejected).toEqual([{ index: 0, field: 'sourceRefs', message: expect.stringContaining('只能撤回本部门报送的信息') }]);
    // Posting the same sourceRef makes B's own record; A's stays as it was.
    const res = await (await post(deptB, [penalty(ref, { uscc: firm.uscc }, { title: 'B 的处罚' })])).json();
    expect(res.created).toBe(1);
    const [after] = await sql<{ title: string; status: string }[]>`select title, status from records where id = ${aRecord!.id}`;
    expect(after).toEqual({ title: aRecord!.title, status: aRecord!.status });
  });
});

describe('body size and type', () => {
  /** `size` bytes of a JSON-looking body sent chunked (no Content-Length), counting what was pulled. */
  function chunked(size: number) {
    const state = { pulled: 0 };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (state.pulled >= size) return controller.close();
        const n = Math.min(1 << 20, size - state.pulled);
        state.pulled += n;
        controller.enqueue(new Uint8Array(n).fill(0x20));
      },
    });
    return { body, state };
  }

  it('refuses a body that is not JSON with 415 in the API error format, committing nothing', async () => {
    const before = await recordCount(deptA.id);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await post(deptA, [penalty(`ct-${type}`, { uscc: firm.uscc })], { 'content-type': type, 'accept-language': 'en' });
      expect(res.status).toBe(415);
      expect(await res.json()).toEqual({ error: { code: 'unsupported_media_type', message: 'This content type is not accepted: send application/json.' } });
    }
    const missing = new Request('http://localhost/api/v1/intake/records', {
      method: 'POST',
      headers: { authorization: `Bearer ${deptA.token}` },
      body: new Blob([JSON.stringify({ records: [penalty('ct-none', { uscc: firm.uscc })] })]),
    });
    expect((await postRecords(missing)).status).toBe(415);
    expect(await recordCount(deptA.id)).toBe(before);
    // JSON with parameters, or a +json type, is JSON.
    expect((await post(deptA, [penalty('ct-json', { uscc: firm.uscc })], { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('refuses a body above 16 MB with 413: up front by Content-Length, and while a chunked body streams', async () => {
    const declared = await post(deptA, 'x'.repeat(16 * 1024 * 1024 + 1), { 'accept-language': 'zh-CN' });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toEqual({ code: 'payload_too_large', message: '请求体过大（上限 16 MB）。' });

    const { body, state } = chunked(64 * 1024 * 1024);
    const request = new Request('http://localhost/api/v1/intake/records', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${deptA.token}` },
      body,
      duplex: 'half',
    } as RequestInit);
    const res = await postRecords(request);
    expect(res.status).toBe(413);
    // Reading stopped at the limit: the remaining 48 MB were never pulled.
    expect(state.pulled).toBeLessThanOrEqual(18 * 1024 * 1024);
  });

  it('still reads a chunked JSON body within the limit', async () => {
    const json = new TextEncoder().encode(JSON.stringify({ records: [penalty('chunked-ok', { uscc: firm.uscc })] }));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < json.length; i += 7) controller.enqueue(json.slice(i, i + 7));
        controller.close();
      },
    });
    const request = new Request('http://localhost/api/v1/intake/records', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${deptA.token}` },
      body,
      duplex: 'half',
    } as RequestInit);
    const res = await postRecords(request);
    expect(res.status).toBe(200);
    expect((await res.json()).accepted).toBe(1);
  });
});

describe('idempotency and versions', () => {
  it('the same item changes nothing; a changed one makes a new version and keeps the old', async () => {
    const ref = `v-${run}`;
    const item = penalty(ref, { uscc: firm.uscc });
    expect(await (await post(deptA, [item])).json()).toMatchObject({ accepted: 1, created: 1, updated: 0, unchanged: 0 });
    const [outboxBefore] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where entity_id = ${firm.id}`;
    const again = await (await post(deptA, [item])).json();
    expect(again).toMatchObject({ accepted: 1, created: 0, updated: 0, unchanged: 1 });
    const [outboxAfter] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where entity_id = ${firm.id}`;
    expect(outboxAfter!.n).toBe(outboxBefore!.n);
    const changed = await (await post(deptA, [{ ...item, title: '更正后的处罚决定' }])).json();
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const [record] = await sql<
      { id: string; version: number; title: string }[]
    >`select id::text, version, title from records where department_id = ${deptA.id} and source_ref = ${ref}`;
    expect(record).toMatchObject({ version: 2, title: '更正后的处罚决定' });
    const versions = await sql<{ version: number; title: string; change: string }[]>`
      select version, data->>'title' as title, change from record_versions where record_id = ${record!.id} order by version`;
    expect(versions).toEqual([{ version: 1, title: item.title, change: 'updated' }]);
    const [outboxChanged] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where entity_id = ${firm.id}`;
    expect(outboxChanged!.n).toBeGreaterThan(outboxAfter!.n);
  });

  it('DELETE retracts (the last version kept), is idempotent, and posting again republishes', async () => {
    const ref = `d-${run}`;
    await post(deptA, [penalty(ref, { uscc: firm.uscc })]);
    const del = async () => (await call(deleteRecords, 'DELETE', '/api/v1/intake/records', deptA.token, { sourceRefs: [ref] })).json();
    expect(await del()).toMatchObject({ accepted: 1, updated: 1, unchanged: 0, rejected: [] });
    const [r] = await sql<
      { id: string; status: string; version: number }[]
    >`select id::text, status, version from records where department_id = ${deptA.id} and source_ref = ${ref}`;
    expect(r).toMatchObject({ status: 'revoked', version: 2 });
    expect(await del()).toMatchObject({ accepted: 1, updated: 0, unchanged: 1 });
    const again = await (await post(deptA, [penalty(ref, { uscc: firm.uscc })])).json();
    expect(again).toMatchObject({ updated: 1 });
    const [back] = await sql<{ status: string; version: number }[]>`select status, version from records where id = ${r!.id}`;
    expect(back).toEqual({ status: 'published', version: 3 });
    const changes = await sql<{ change: string }[]>`select change from record_versions where record_id = ${r!.id} order by version`;
    expect(changes.map((c) => c.change)).toEqual(['retracted', 'updated']);
  });

  it('writes one audit entry per call with counts and sourceRefs, no personal data', async () => {
    const ref = `audit-${run}`;
    await post(deptA, [penalty(ref, { uscc: firm.uscc }), penalty(`${ref}-bad`, {})]);
    const [entry] = await sql<{ actorType: string; actorId: string; details: string }[]>`
      select actor_type as "actorType", actor_id as "actorId", details::text as details from audit_log
      where action = 'intake.records' and subject_id = ${deptA.code} order by id desc limit 1`;
    expect(entry).toMatchObject({ actorType: 'department', actorId: deptA.code });
    expect(JSON.parse(entry!.details)).toMatchObject({ channel: 'api', items: 2, created: 1, rejected: 1, sourceRefs: [ref] });
  });
});

describe('identity matching', () => {
  it('matches by registration number, organisation code, tax number and normalised name', async () => {
    const regNo = `37010${String(crypto.randomInt(1e9)).padStart(10, '0')}`;
    const target = await createEntity({ name: `济南${uniqueNamePart()}（山东）商贸有限公司` });
    // The factory stores the name as typed; registration intake stores it normalised.
    await sql`update entities set reg_no = ${regNo}, name_normalized = ${normalizeEntityName(target.name)} where id = ${target.id}`;
    const orgCode = target.uscc.slice(8, 17);
    const res = await (
      await post(deptA, [
        penalty(`m-reg-${run}`, { regNo }),
        penalty(`m-org-${run}`, { orgCode: `${orgCode.slice(0, 8)}-${orgCode.slice(8)}` }),
        penalty(`m-tax15-${run}`, { taxNo: `370102${orgCode}` }),
        penalty(`m-tax18-${run}`, { taxNo: target.uscc }),
        penalty(`m-name-${run}`, { entityName: target.name.replace('（', '(').replace('）', ')').replace('商贸', '商贸 ') }),
      ])
    ).json();
    expect(res).toMatchObject({ accepted: 5, created: 5, queued: [], rejected: [] });
    const rows = await sql<
      { entityId: number }[]
    >`select entity_id::int as "entityId" from records where department_id = ${deptA.id} and source_ref like ${`m-%-${run}`}`;
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.entityId === target.id)).toBe(true);
  });

  it('never guesses between two firms with the same name: the item waits in the queue, and staff match it', async () => {
    const name = `济南${uniqueNamePart()}同名商贸有限公司`;
    const first = await createEntity({ name });
    await createEntity({ name: name.replace('商贸', ' 商贸') });
    await sql`update entities set name_normalized = ${name} where name_normalized = ${name.replace('商贸', ' 商贸')}`;
    const ref = `same-${run}`;
    const res = await (await post(deptA, [penalty(ref, { entityName: name })])).json();
    expect(res.accepted).toBe(1);
    expect(res.created).toBe(0);
    expect(res.queued).toEqual([{ index: 0, sourceRef: ref, reason: 'name_ambiguous', message: expect.stringContaining('多个同名市场主体') }]);
    const [queued] = await sql<{ id: number; payload: string; candidates: number }[]>`
      select id::int as id, payload::text as payload, candidate_count as candidates from intake_unmatched where department_id = ${deptA.id} and source_ref = ${ref} and resolved_at is null`;
    expect(queued!.candidates).toBe(2);
    expect(JSON.parse(queued!.payload)).toMatchObject({ source_ref: ref, kind: 'penalty', entity_name: name });
    expect(await sql`select 1 from records where department_id = ${deptA.id} and source_ref = ${ref}`).toHaveLength(0);
    // Sending it again keeps one queue entry.
    await post(deptA, [penalty(ref, { entityName: name })]);
    const [count] = await sql<
      { n: number }[]
    >`select count(*)::int as n from intake_unmatched where department_id = ${deptA.id} and source_ref = ${ref} and resolved_at is null`;
    expect(count!.n).toBe(1);

    // A reviewer of another department may not; one of this department may.
    const other = await createStaffUser({ departmentCode: deptB.code, role: 'reviewer', username: `rb-${run}` });
    await expect(resolveUnmatched({ id: other.id, role: 'reviewer', departmentId: deptB.id }, queued!.id, first.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const staff = await createStaffUser({ departmentCode: deptA.code, role: 'reviewer', username: `ra-${run}` });
    expect(await resolveUnmatched({ id: staff.id, role: 'reviewer', departmentId: deptA.id }, queued!.id, first.id)).toEqual({ recordCreated: true });
    const [record] = await sql<
      { entityId: number }[]
    >`select entity_id::int as "entityId" from records where department_id = ${deptA.id} and source_ref = ${ref}`;
    expect(record!.entityId).toBe(first.id);
    const [resolved] = await sql<
      { resolvedBy: number; entityId: number }[]
    >`select resolved_by as "resolvedBy", resolved_entity_id::int as "entityId" from intake_unmatched where id = ${queued!.id}`;
    expect(resolved).toEqual({ resolvedBy: staff.id, entityId: first.id });
    await expect(resolveUnmatched({ id: staff.id, role: 'reviewer', departmentId: deptA.id }, queued!.id, first.id)).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('an unknown USCC waits in the queue until the registration authority posts the firm', async () => {
    const uscc = randomUscc();
    const ref = `later-${run}`;
    const res = await (await post(deptA, [penalty(ref, { uscc, entityName: firm.name })])).json();
    // The USCC is authoritative: the item is not attached to the firm of the same name.
    expect(res.queued).toEqual([expect.objectContaining({ reason: 'not_found' })]);
    const registration = {
      uscc,
      name: `济南${uniqueNamePart()}新设有限公司`,
      type: 'company',
      legalRepresentative: '王测试',
      registeredCapital: 100,
      establishedOn: daysAgo(5),
      address: '济南市历下区测试路2号',
      districtCode: '370102',
      industryCode: 'F52',
      status: 'active',
    };
    const reg = await call(postEntities, 'POST', '/api/v1/intake/entities', registrar.token, {
      entities: [registration, { uscc: 'BAD', name: 'x' }],
    });
    expect(reg.status).toBe(200);
    const body = await reg.json();
    expect(body).toMatchObject({ accepted: 1, created: 1, matchedFromQueue: 1 });
    expect(body.rejected.map((r: { field: string }) => r.field)).toEqual(expect.arrayContaining(['uscc', 'type', 'legalRepresentative']));
    const [record] = await sql<{ uscc: string }[]>`
      select e.uscc from records r join entities e on e.id = r.entity_id where r.department_id = ${deptA.id} and r.source_ref = ${ref}`;
    expect(record!.uscc).toBe(uscc);
    const [outbox] = await sql<{ n: number }[]>`select count(*)::int as n from outbox o join entities e on e.id = o.entity_id where e.uscc = ${uscc}`;
    expect(outbox!.n).toBeGreaterThan(0);
    // Posting the same registration again changes nothing.
    const again = await (await call(postEntities, 'POST', '/api/v1/intake/entities', registrar.token, { entities: [registration] })).json();
    expect(again).toMatchObject({ accepted: 1, created: 0, updated: 0, unchanged: 1 });
  });
});

describe('timeliness', () => {
  it('stores each record’s working-day lag and keeps the monthly aggregate', async () => {
    const today = ratingDate();
    const dept = await makeDepartment('time');
    const produced = [daysAgo(2), daysAgo(30)];
    const res = await (
      await post(dept, [
        penalty(`t1-${run}`, { uscc: firm.uscc }, { decisionDate: produced[0], producedOn: produced[0] }),
        penalty(`t2-${run}`, { uscc: firm.uscc }, { decisionDate: produced[1], producedOn: produced[1] }),
        { sourceRef: `t3-${run}`, uscc: firm.uscc, kind: 'honour', title: '测试表彰', decisionDate: produced[1] },
      ])
    ).json();
    expect(res.created).toBe(3);
    const rows = await sql<{ lag: number; onTime: boolean; kind: string }[]>`
      select t.lag_working_days as lag, t.on_time as "onTime", t.kind from record_timeliness t join records r on r.id = t.record_id
      where r.department_id = ${dept.id} order by r.source_ref`;
    const lags = [collectionLag(produced[0]!, today), collectionLag(produced[1]!, today), collectionLag(produced[1]!, today)];
    expect(rows).toEqual([
      { lag: lags[0], onTime: isOnTime('penalty', lags[0]!), kind: 'penalty' },
      { lag: lags[1], onTime: isOnTime('penalty', lags[1]!), kind: 'penalty' },
      { lag: lags[2], onTime: isOnTime('honour', lags[2]!), kind: 'honour' },
    ]);
    expect(rows[1]!.onTime).toBe(false); // 30 calendar days is more than 7 working days
    const stats = await sql<{ kind: string; records: number; onTime: number; lagSum: number }[]>`
      select kind, records, on_time as "onTime", lag_sum::int as "lagSum" from timeliness_stats where department_id = ${dept.id} order by kind`;
    expect(stats).toEqual([
      { kind: 'honour', records: 1, onTime: isOnTime('honour', lags[2]!) ? 1 : 0, lagSum: lags[2] },
      { kind: 'penalty', records: 2, onTime: [lags[0]!, lags[1]!].filter((l) => isOnTime('penalty', l)).length, lagSum: lags[0]! + lags[1]! },
    ]);
  });
});
