// Staff maintenance of the measures catalogue (issue 16 part 3) against the real PostgreSQL: a
// measure created, changed and ended through the back office's service is what the public
// catalogue shows; each change is audited and announces the pages to expire (measures, policies);
// bad input gets a specific error per field and writes nothing; a reviewer maintains only its own
// department's measures.
import '../support/next-route-context';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const { closeDb, getSql } = await import('../../lib/db/client');
const { listCreditMeasures } = await import('../../lib/db/queries/measures');
const { isMeasureInForce } = await import('../../lib/domain/measures');
const { endMeasure, saveMeasure } = await import('../../lib/measures/save-measure');
const { createStaffUserOf } = await import('../factories/staff');
const { deleteMeasures } = await import('../factories/measures');

const sql = getSql();
const codes: string[] = [];
let admin: Awaited<ReturnType<typeof createStaffUserOf>>;
let reviewer: Awaited<ReturnType<typeof createStaffUserOf>>;

const input = (over: Record<string, unknown> = {}) => {
  const code = `t-${crypto.randomBytes(4).toString('hex')}`;
  codes.push(code);
  return {
    code,
    kind: 'punitive',
    levels: [],
    listKinds: ['serious_illegal_listing'],
    titleZhCn: '限制参与政府采购',
    titleZhTw: '限制參與政府採購',
    titleEn: 'No government procurement',
    descriptionZhCn: '依法限制其参与政府采购活动。',
    descriptionZhTw: '依法限制其參與政府採購活動。',
    descriptionEn: 'The firm may not take part in government procurement.',
    legalBasisZh: '《政府采购法》第二十二条',
    legalBasisEn: 'Government Procurement Law, art. 22',
    department: 'jnjr',
    effectiveFrom: '2024-01-01',
    effectiveTo: '',
    ...over,
  };
};

async function snapshot() {
  const [row] = await sql<{ measures: number; audit: number; outbox: number }[]>`
    select (select count(*) from credit_measures)::int as measures, (select count(*) from audit_log)::int as audit,
           (select count(*) from outbox where topic = 'pages.expire')::int as outbox`;
  return row!;
}

beforeAll(async () => {
  admin = await createStaffUserOf('jnjr', 'admin');
  reviewer = await createStaffUserOf('jnjr', 'reviewer');
});

afterAll(async () => {
  await deleteMeasures(codes);
  await closeDb();
});

describe('maintaining the measures catalogue', () => {
  it('creates, changes and ends a measure: the catalogue shows each state, every step is audited and expires the pages', async () => {
    const [mark] = await sql<{ id: number }[]>`select coalesce(max(id), 0)::int as id from outbox`;
    const raw = input();
    const created = await saveMeasure(reviewer, raw);
    expect(created.ok).toBe(true);
    const id = created.ok ? created.id : 0;
    let stored = (await listCreditMeasures()).find((m) => m.id === id)!;
    expect(stored).toMatchObject({ code: raw.code, kind: 'punitive', listKinds: ['serious_illegal_listing'], version: 1, effectiveTo: null });
    expect(stored.title.en).toBe('No government procurement');
    expect(stored.department?.code).toBe('jnjr');

    // An edit keeps the code whatever the form says, and makes a new version.
    expect(await saveMeasure(reviewer, { ...raw, code: 'another-code', titleZhCn: '限制参与政府采购活动', excludesSupport: 'on' }, id)).toEqual({
      ok: true,
      id,
    });
    stored = (await listCreditMeasures()).find((m) => m.id === id)!;
    expect(stored).toMatchObject({ code: raw.code, version: 2, excludesSupport: true });
    expect(stored.title['zh-CN']).toBe('限制参与政府采购活动');

    expect(await endMeasure(reviewer, id, '2025-06-30', '政策调整')).toEqual({ ok: true });
    stored = (await listCreditMeasures()).find((m) => m.id === id)!;
    expect(stored).toMatchObject({ effectiveTo: '2025-06-30', version: 3 });
    expect(isMeasureInForce(stored, '2025-07-01')).toBe(false);

    const audit = await sql<{ action: string; actorId: string; details: { reason?: string } }[]>`
      select action, actor_id as "actorId", details from audit_log where subject_type = 'measure' and subject_id = ${String(id)} order by id`;
    expect(audit.map((a) => a.action)).toEqual(['measure.create', 'measure.update', 'measure.end']);
    expect(audit.every((a) => a.actorId === String(reviewer.id))).toBe(true);
    expect(audit[2]!.details.reason).toBe('政策调整');
    // Each change left a pages.expire row naming the catalogue's and the guide's tags (no worker runs in this file).
    const expiries = await sql<{ tags: string[] }[]>`select payload->'tags' as tags from outbox where topic = 'pages.expire' and id > ${mark!.id} order by id`;
    expect(expiries.map((e) => [...e.tags].sort())).toEqual([
      ['measures', 'policies'],
      ['measures', 'policies'],
      ['measures', 'policies'],
    ]);
  });

  it('refuses bad input with one specific error per field and writes nothing', async () => {
    const before = await snapshot();
    const result = await saveMeasure(
      admin,
      input({ code: 'Bad Code', levels: [], listKinds: [], titleEn: '', effectiveFrom: '2025-02-30', kind: 'incentive', excludesSupport: 'on' }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'code', code: 'invalidCode' },
        { field: 'levels', code: 'appliesToNobody' },
        { field: 'titleEn', code: 'required' },
        { field: 'effectiveFrom', code: 'invalidDate' },
        { field: 'excludesSupport', code: 'supportOnlyPunitive' },
      ],
    });
    expect(await saveMeasure(admin, input({ effectiveFrom: '2025-03-01', effectiveTo: '2025-02-01' }))).toEqual({
      ok: false,
      errors: [{ field: 'effectiveTo', code: 'endBeforeStart' }],
    });
    expect(await saveMeasure(admin, input({ levels: ['purple'] }))).toEqual({ ok: false, errors: [{ field: 'levels', code: 'invalidValue' }] });
    expect(await saveMeasure(admin, input({ department: 'no-such-dept' }))).toEqual({
      ok: false,
      errors: [{ field: 'department', code: 'unknownDepartment' }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a code already taken, and an ending before the start or without a reason', async () => {
    const first = input();
    const created = await saveMeasure(admin, first);
    expect(created.ok).toBe(true);
    expect(await saveMeasure(admin, { ...input(), code: first.code })).toEqual({ ok: false, errors: [{ field: 'code', code: 'codeTaken' }] });
    const id = created.ok ? created.id : 0;
    expect(await endMeasure(admin, id, '2023-12-31', '早于开始')).toEqual({ ok: false, errors: [{ field: 'form', code: 'endBeforeStart' }] });
    expect(await endMeasure(admin, id, '2025-01-01', '  ')).toEqual({ ok: false, errors: [{ field: 'form', code: 'reasonRequired' }] });
    expect(await endMeasure(admin, id, '2025-13-01', '理由')).toEqual({ ok: false, errors: [{ field: 'form', code: 'invalidDate' }] });
    expect(await endMeasure(admin, 999_999_999, '2025-01-01', '理由')).toEqual({ ok: false, errors: [{ field: 'form', code: 'notFound' }] });
  });

  it("lets a reviewer maintain only its own department's measures; measures of every department are an admin's", async () => {
    expect(await saveMeasure(reviewer, input({ department: 'jntax' }))).toEqual({ ok: false, errors: [{ field: 'department', code: 'notOwnDepartment' }] });
    expect(await saveMeasure(reviewer, input({ department: '' }))).toEqual({ ok: false, errors: [{ field: 'department', code: 'notOwnDepartment' }] });
    const everyone = await saveMeasure(admin, input({ department: '' }));
    expect(everyone.ok).toBe(true);
    const id = everyone.ok ? everyone.id : 0;
    expect(await endMeasure(reviewer, id, '2025-01-01', '理由')).toEqual({ ok: false, errors: [{ field: 'form', code: 'notOwnDepartment' }] });
    expect(await saveMeasure(reviewer, input({ department: 'jnjr' }), id)).toEqual({ ok: false, errors: [{ field: 'department', code: 'notOwnDepartment' }] });
    const stored = (await listCreditMeasures()).find((m) => m.id === id)!;
    expect(stored).toMatchObject({ department: null, version: 1 });
  });
});
