// 双随机一公开 (issue 18 part 2) against the real PostgreSQL: a plan drawn over a population of its
// own firms; the draw re-run from the published seed and the snapshot download gives the same firms
// and hash; inspectors' names never appear in the public API, exports, snapshot, feed or page data;
// a 限期整改 result queues a follow-up that becomes due on its deadline (clock moved) and that the
// department's next draw picks up; results reach the firm's profile as inspection records; the intake
// API enters results for the token's department only.
import '../support/next-route-context';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const { GET: getPlans } = await import('../../app/api/v1/inspections/route');
const { GET: getPlan } = await import('../../app/api/v1/inspections/[planId]/route');
const { GET: getSnapshot } = await import('../../app/api/v1/inspections/[planId]/snapshot/route');
const { GET: getFeed } = await import('../../app/[locale]/inspections/feed.atom/route');
const { POST: postResults } = await import('../../app/api/v1/intake/inspection-results/route');
const { closeDb, getSql } = await import('../../lib/db/client');
const { drawInspectionPlan, insertInspectionPlan, recordInspectionResult } = await import('../../lib/db/mutations/inspections');
const { markDueFollowUps } = await import('../../lib/db/mutations/inspection-follow-ups');
const { insertDepartmentToken } = await import('../../lib/db/mutations/department-tokens');
const { generateDepartmentToken } = await import('../../lib/intake/tokens');
const { getPlanWithTargets, getRecentResults } = await import('../../lib/inspections/get-inspections');
const { redraw } = await import('../../lib/inspections/redraw');
const { getEntityProfile } = await import('../../lib/entities/get-entity-profile');
const { ratingDate } = await import('../../lib/env');
const { buildUscc } = await import('../../lib/uscc');

const sql = getSql();
const run = crypto.randomBytes(3).toString('hex');
// A district code of this run alone (never a real one: 3799xx), so the population is our firms.
const district = `3799${String(crypto.randomInt(0, 100)).padStart(2, '0')}`;
const actor = { type: 'staff' as const, id: 'test' };
const ORG = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface Dept {
  id: number;
  code: string;
  token: string;
  inspectorNames: string[];
  itemId: number;
}

async function makeDepartment(suffix: string): Promise<Dept> {
  const code = `i${run}${suffix}`;
  const token = generateDepartmentToken();
  const { departmentId } = await insertDepartmentToken({ code, nameZhCn: `测试抽查部门${suffix}` }, { name: 'test', prefix: token.prefix, hash: token.hash });
  // Names no public text could contain by chance.
  const inspectorNames = Array.from({ length: 4 }, (_, i) => `检查员${run}${suffix}${'甲乙丙丁'[i]}`);
  for (const name of inspectorNames) await sql`insert into inspectors (department_id, name, role) values (${departmentId}, ${name}, ${'law_enforcement'})`;
  const [item] = await sql<{ id: number }[]>`
    insert into inspection_items (department_id, code, title) values (${departmentId}, 'T-01', '测试抽查事项') returning id`;
  return { id: departmentId, code, token: token.token, inspectorNames, itemId: item!.id };
}

const today = ratingDate();
const plan = (dept: Dept, count: number) => ({
  title: `测试抽查计划${run}`,
  itemIds: [dept.itemId],
  districts: [district],
  industries: [],
  entityTypes: [],
  firmCount: count,
  sharePercent: null,
  periodStart: today,
  periodEnd: addDays(today, 60),
});

const api = (path: string, query = '') =>
  new Request(`http://localhost${path}${query}`, { headers: { 'x-credit-client-address': `198.51.100.${crypto.randomInt(1, 255)}` } });
const ctx = (planId: number) => ({ params: Promise.resolve({ planId: String(planId) }) });

let deptA: Dept;
let deptB: Dept;
let firms: string[] = [];
let planId = 0;

beforeAll(async () => {
  deptA = await makeDepartment('a');
  deptB = await makeDepartment('b');
  const [registrar] = await sql<{ id: number }[]>`select id from departments order by id limit 1`;
  for (let i = 0; i < 40; i++) {
    const body = Array.from({ length: 8 }, () => ORG[crypto.randomInt(ORG.length)]).join('');
    const uscc = buildUscc({ department: '9', category: '1', divisionCode: district, orgCodeBody: body });
    await sql`
      insert into entities (uscc, name, name_normalized, type, legal_representative, established_on, address, district_code, status, registrar_department_id)
      values (${uscc}, ${`抽查测试${run}企业${i}`}, ${`抽查测试${run}企业${i}`}, 'company', '李测试', '2015-06-01', '济南市测试路1号', ${district},
              ${i === 39 ? 'cancelled' : 'active'}, ${registrar!.id})
      on conflict (uscc) do nothing`;
  }
  planId = await insertInspectionPlan(plan(deptA, 6), deptA.id, actor);
  const drawn = await drawInspectionPlan(planId, deptA.id, actor, today);
  if (typeof drawn === 'string') throw new Error(drawn);
});

afterAll(async () => {
  await closeDb();
});

describe('the draw', () => {
  it('runs over the active firms of the population, ordered by USCC, and refuses a second draw', async () => {
    const active = await sql<{ uscc: string }[]>`select uscc from entities where district_code = ${district} and status = 'active' order by uscc collate "C"`;
    expect(active).toHaveLength(39);
    firms = active.map((r) => r.uscc);
    expect(await drawInspectionPlan(planId, deptA.id, actor, today)).toBe('alreadyDrawn');
    expect(await drawInspectionPlan(planId, deptB.id, actor, today)).toBe('notOwnDepartment');
  });

  it('re-runs from the published seed and the snapshot download to the same firms and hash', async () => {
    const res = await getPlan(api(`/api/v1/inspections/${planId}`), ctx(planId));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      plan: { firmCount: number; sharePercent: null; draw: { seed: string; snapshotSize: number; snapshotSha256: string; inspectorPoolSize: number } };
      targets: { uscc: string; reason: string }[];
    };
    const snap = await getSnapshot(api(`/api/v1/inspections/${planId}/snapshot`), ctx(planId));
    const text = await snap.text();
    expect(crypto.createHash('sha256').update(text).digest('hex')).toBe(body.plan.draw.snapshotSha256);
    const snapshot = text.split('\n').filter(Boolean);
    expect(snapshot).toEqual(firms);
    expect(body.plan.draw.snapshotSize).toBe(39);
    const again = redraw(
      { seed: body.plan.draw.seed, firmCount: body.plan.firmCount, sharePercent: null, inspectorPoolSize: body.plan.draw.inspectorPoolSize },
      snapshot,
    );
    expect(again.sha256).toBe(body.plan.draw.snapshotSha256);
    expect(body.targets.map((t) => t.uscc)).toEqual(again.drawn);
    expect(again.drawn).toHaveLength(6);
    // Another seed over the same snapshot draws other firms: the seed decides.
    expect(redraw({ seed: `${body.plan.draw.seed}x`, firmCount: 6, sharePercent: null, inspectorPoolSize: 4 }, snapshot).drawn).not.toEqual(again.drawn);
  });

  it('stores the drawn inspectors for staff and the same draw as the algorithm', async () => {
    const rows = await sql<{ ids: number[] }[]>`select inspector_ids as ids from inspection_targets where plan_id = ${planId} order by draw_position`;
    const pool = await sql<{ id: number }[]>`select id from inspectors where department_id = ${deptA.id} and active order by id`;
    const [facts] = await sql<{ seed: string }[]>`select seed from inspection_plans where id = ${planId}`;
    const expected = redraw({ seed: facts!.seed, firmCount: 6, sharePercent: null, inspectorPoolSize: pool.length }, firms).inspectorPositions;
    expect(rows.map((r) => r.ids)).toEqual(expected.map((team) => team.map((i) => pool[i]!.id)));
  });
});

describe('results', () => {
  it('publish a 限期整改 on the profile and queue a follow-up that is due on its deadline (clock moved) and taken by the next draw', async () => {
    const { targets } = (await getPlanWithTargets(planId))!;
    const target = targets[0]!;
    const deadline = addDays(today, 30);
    const entered = await recordInspectionResult(
      {
        planId,
        uscc: target.uscc,
        result: 'correction_ordered',
        inspectedOn: today,
        correctionDeadline: deadline,
        findings: '未按规定悬挂营业执照。',
        docNo: `测抽${run}`,
      },
      deptA.id,
      actor,
      today,
    );
    expect(entered).toMatchObject({ targetId: target.id });
    const profile = await getEntityProfile(target.uscc, today);
    const record = profile.records.find((r) => r.kind === 'inspection' && r.docNo === `测抽${run}`);
    expect(record?.category).toBe('inspection');
    expect(record?.content).toContain('限期整改');
    expect(profile.rating.level).toBe('green');

    const followUp = async () =>
      (
        await sql<
          { status: string; dueOn: string }[]
        >`select status::text as status, due_on::text as "dueOn" from inspection_follow_ups where origin_target_id = ${target.id}`
      )[0];
    expect(await followUp()).toEqual({ status: 'scheduled', dueOn: deadline });
    await markDueFollowUps(addDays(deadline, -1));
    expect((await followUp())?.status).toBe('scheduled');
    await markDueFollowUps(deadline);
    expect((await followUp())?.status).toBe('due');

    // The department's next draw, on the deadline, carries the follow-up.
    const next = await insertInspectionPlan(plan(deptA, 2), deptA.id, actor);
    const drawn = await drawInspectionPlan(next, deptA.id, actor, deadline);
    expect(drawn).toMatchObject({ followUps: 1 });
    expect((await followUp())?.status).toBe('assigned');
    const onPlan = await sql<{ reason: string }[]>`
      select t.reason::text as reason from inspection_targets t where t.plan_id = ${next} and t.entity_id = (select entity_id from inspection_targets where id = ${target.id})`;
    expect(onPlan).toHaveLength(1);
    // Its result closes it.
    await recordInspectionResult(
      { planId: next, uscc: target.uscc, result: 'passed', inspectedOn: today, correctionDeadline: null, findings: null, docNo: null },
      deptA.id,
      actor,
      today,
    );
    expect((await followUp())?.status).toBe('done');
  });

  it('are refused for another department, a firm not on the plan, or without a deadline', async () => {
    const { targets } = (await getPlanWithTargets(planId))!;
    const input = { planId, uscc: targets[1]!.uscc, result: 'passed' as const, inspectedOn: today, correctionDeadline: null, findings: null, docNo: null };
    expect(await recordInspectionResult(input, deptB.id, actor, today)).toBe('notOwnDepartment');
    const notDrawn = firms.find((u) => !targets.some((t) => t.uscc === u))!;
    expect(await recordInspectionResult({ ...input, uscc: notDrawn }, deptA.id, actor, today)).toBe('notOnPlan');
  });

  it('come in through the intake API for the token department only, per item', async () => {
    const { targets } = (await getPlanWithTargets(planId))!;
    const post = (dept: Dept, results: unknown[]) =>
      postResults(
        new Request('http://localhost/api/v1/intake/inspection-results', {
          method: 'POST',
          headers: { authorization: `Bearer ${dept.token}`, 'content-type': 'application/json', 'accept-language': 'en' },
          body: JSON.stringify({ results }),
        }),
      );
    const item = { planId, uscc: targets[2]!.uscc, result: 'failed', inspectedOn: today, findings: '年报信息与实际不符。' };
    const res = await post(deptA, [item, { ...item, uscc: targets[3]!.uscc, result: 'correction_ordered' }]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { accepted: number; rejected: { index: number; field: string; message: string }[] };
    expect(body.accepted).toBe(1);
    expect(body.rejected).toEqual([{ index: 1, field: 'correctionDeadline', message: 'A correction order needs a deadline.' }]);
    const other = (await (await post(deptB, [{ ...item, uscc: targets[4]!.uscc }])).json()) as {
      accepted: number;
      rejected: { field: string; message: string }[];
    };
    expect(other).toMatchObject({ accepted: 0, rejected: [{ field: 'planId', message: 'This plan belongs to another department.' }] });
    const [stored] = await sql<
      { result: string }[]
    >`select result::text as result from inspection_targets where plan_id = ${planId} and entity_id = (select id from entities where uscc = ${targets[4]!.uscc})`;
    expect(stored?.result ?? null).toBeNull();
  });
});

describe('privacy', () => {
  it("never puts an inspector's name in the public API, exports, snapshot, feed or page data", async () => {
    const names = (await sql<{ name: string }[]>`select name from inspectors`).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(deptA.inspectorNames));
    const texts = [
      await (await getPlans(api('/api/v1/inspections'), { params: Promise.resolve({}) })).text(),
      await (await getPlans(api('/api/v1/inspections', '?format=csv'), { params: Promise.resolve({}) })).text(),
      await (await getPlans(api('/api/v1/inspections', '?format=jsonl'), { params: Promise.resolve({}) })).text(),
      await (await getPlan(api(`/api/v1/inspections/${planId}`), ctx(planId))).text(),
      await (await getPlan(api(`/api/v1/inspections/${planId}`, '?format=csv'), ctx(planId))).text(),
      await (await getSnapshot(api(`/api/v1/inspections/${planId}/snapshot`), ctx(planId))).text(),
      await (await getFeed(new Request('http://localhost/zh-CN/inspections/feed.atom'), { params: Promise.resolve({ locale: 'zh-CN' }) })).text(),
      JSON.stringify(await getPlanWithTargets(planId)),
      JSON.stringify(await getRecentResults(null, 100)),
    ];
    // The exports really hold this plan's firms (so the check reads real data).
    expect(texts[2]).toContain(firms.find((u) => texts[3]!.includes(u)));
    expect(texts[3]).toContain('law_enforcement');
    for (const text of texts) for (const name of names) expect(text).not.toContain(name);
  });

  it('keeps draft plans out of the public API', async () => {
    const draft = await insertInspectionPlan(plan(deptB, 1), deptB.id, actor);
    const res = await getPlan(api(`/api/v1/inspections/${draft}`), ctx(draft));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
