// Demo and test data of the inspections area (双随机一公开): inspection items and inspectors of three
// departments, and three plans: one drawn with every result entered (two correction orders, one
// already past its deadline), one drawn afterwards (it picks that follow-up up) with some results,
// and one draft. Populations are one district's firms, so at a million firms the snapshots stay
// ~100k rows and the whole step takes seconds. Deterministic: the seeds derive from the run's seed.
import { createHash } from 'node:crypto';
import type { Sql } from '../db/client';
import { drawInTransaction, recordResultInTransaction } from '../db/mutations/inspections';
import type { InspectionResult } from '../domain/inspections';
import { dayOf, isoOf } from './days';

const ITEMS: { department: string; code: string; title: string; legalBasis: string; method: string }[] = [
  { department: 'jnamr', code: 'SC-01', title: '营业执照（登记证）规范使用情况检查', legalBasis: '《市场主体登记管理条例》第三十五条', method: '实地核查' },
  { department: 'jnamr', code: 'SC-02', title: '企业年度报告公示信息检查', legalBasis: '《企业信息公示暂行条例》第十条', method: '书面检查、实地核查' },
  { department: 'jnamr', code: 'SC-03', title: '食品经营许可情况检查', legalBasis: '《食品经营许可和备案管理办法》', method: '实地核查' },
  { department: 'jneeb', code: 'HB-01', title: '排污许可证执行情况检查', legalBasis: '《排污许可管理条例》第二十八条', method: '实地核查、监测' },
  { department: 'jnemb', code: 'YJ-01', title: '安全生产主体责任落实情况检查', legalBasis: '《中华人民共和国安全生产法》第六十五条', method: '实地核查' },
];

const INSPECTORS: { department: string; name: string; role: 'law_enforcement' | 'technical_expert' }[] = [
  ...['王建国', '李秀英', '张志强', '刘海燕', '陈立新', '杨光明', '赵文静', '黄志刚'].map((name) => ({
    department: 'jnamr',
    name,
    role: 'law_enforcement' as const,
  })),
  { department: 'jnamr', name: '周雅琴', role: 'technical_expert' },
  ...['孙德胜', '吴晓梅', '郑国华'].map((name) => ({ department: 'jneeb', name, role: 'law_enforcement' as const })),
  ...['冯建军', '褚丽华', '卫东升'].map((name) => ({ department: 'jnemb', name, role: 'law_enforcement' as const })),
];

/** The results entered on the first plan, in draw order (then passed for the rest). */
const FIRST_PLAN_RESULTS: InspectionResult[] = ['passed', 'failed', 'correction_ordered', 'passed', 'not_found', 'correction_ordered', 'closed'];

export async function seedInspections(
  sql: Sql,
  options: { today: string; seed: number | string; reset: boolean },
): Promise<{ plans: number; targets: number }> {
  if (options.reset)
    await sql`truncate inspection_follow_ups, inspection_targets, inspection_snapshots, inspection_plans, inspectors, inspection_items restart identity`;
  const departments = new Map((await sql<{ id: number; code: string }[]>`select id, code from departments`).map((d) => [d.code, d.id]));
  const dept = (code: string) => {
    const id = departments.get(code);
    if (id === undefined) throw new Error(`seed inspection department ${code} is missing`);
    return id;
  };
  for (const i of ITEMS) {
    await sql`
      insert into inspection_items (department_id, code, title, legal_basis, method) values (${dept(i.department)}, ${i.code}, ${i.title}, ${i.legalBasis}, ${i.method})
      on conflict (department_id, code) do nothing`;
  }
  const [existing] = await sql<{ n: number }[]>`select count(*)::int as n from inspectors`;
  if ((existing?.n ?? 0) === 0)
    for (const i of INSPECTORS) await sql`insert into inspectors (department_id, name, role) values (${dept(i.department)}, ${i.name}, ${i.role})`;
  const [plans] = await sql<{ n: number }[]>`select count(*)::int as n from inspection_plans`;
  if ((plans?.n ?? 0) > 0) return { plans: 0, targets: 0 };

  // The most populous district: a plan population of one tenth of the city or so.
  const [district] = await sql<
    { code: string }[]
  >`select district_code as code from entities group by district_code order by count(*) desc, district_code limit 1`;
  if (!district) return { plans: 0, targets: 0 };
  const itemIds = new Map((await sql<{ id: number; code: string }[]>`select id, code from inspection_items`).map((r) => [r.code, r.id]));
  const today = dayOf(options.today);
  const seedOf = (n: number) => createHash('sha256').update(`inspection-plan:${options.seed}:${n}`).digest('hex').slice(0, 32);
  const insertPlan = async (
    n: number,
    p: { department: string; title: string; items: string[]; types: string[]; industries?: string[]; count: number; start: number; end: number },
  ) => {
    const [row] = await sql<{ id: number }[]>`
      insert into inspection_plans (department_id, title, item_ids, districts, industries, entity_types, firm_count, period_start, period_end, seed)
      values (${dept(p.department)}, ${p.title}, ${p.items.map((c) => itemIds.get(c)!)}::int[], ${[district.code]}::text[], ${p.industries ?? []}::text[],
              ${p.types}::entity_type[],
              ${p.count}, ${isoOf(p.start)}, ${isoOf(p.end)}, ${seedOf(n)})
      returning id`;
    return row!.id;
  };

  let targets = 0;
  // Plan 1: drawn 120 days ago (as of its period), every result entered.
  const first = await insertPlan(1, {
    department: 'jnamr',
    title: `${isoOf(today - 150).slice(0, 4)}年企业登记事项及年报公示信息双随机抽查`,
    items: ['SC-01', 'SC-02'],
    types: ['company'],
    count: 12,
    start: today - 150,
    end: today - 60,
  });
  await sql.begin(async (tx) => {
    const drawn = await drawInTransaction(tx, first, null, null, isoOf(today - 150));
    if (typeof drawn === 'string') return;
    targets += drawn.drawn;
    const firms = await tx<{ uscc: string }[]>`
      select e.uscc from inspection_targets t join entities e on e.id = t.entity_id where t.plan_id = ${first} order by t.draw_position`;
    for (const [i, f] of firms.entries()) {
      const result = FIRST_PLAN_RESULTS[i] ?? 'passed';
      const inspectedOn = today - 120 + i;
      // The first correction order is past its deadline (its follow-up is due), the second is not.
      const deadline = result === 'correction_ordered' ? (i < 4 ? today - 30 : today + 30) : null;
      await recordResultInTransaction(
        tx,
        {
          planId: first,
          uscc: f.uscc,
          result,
          inspectedOn: isoOf(inspectedOn),
          correctionDeadline: deadline === null ? null : isoOf(deadline),
          findings:
            result === 'passed'
              ? null
              : result === 'failed'
                ? '未按规定公示年度报告中的从业人数信息。'
                : result === 'correction_ordered'
                  ? '营业执照未在经营场所醒目位置悬挂。'
                  : null,
          docNo: `济市监抽〔${isoOf(inspectedOn).slice(0, 4)}〕${100 + i}号`,
        },
        null,
        null,
        isoOf(inspectedOn + 2),
      );
    }
  });
  // Plan 2: drawn 20 days ago; it carries plan 1's due follow-up; a few results so far.
  const second = await insertPlan(2, {
    department: 'jnamr',
    title: `${isoOf(today).slice(0, 4)}年营业执照规范使用情况双随机抽查`,
    items: ['SC-01'],
    types: [],
    // Wholesale and retail (section F): a smaller snapshot at a million firms.
    industries: ['F'],
    count: 8,
    start: today - 20,
    end: today + 70,
  });
  await sql.begin(async (tx) => {
    const drawn = await drawInTransaction(tx, second, null, null, isoOf(today - 20));
    if (typeof drawn === 'string') return;
    targets += drawn.drawn + drawn.followUps;
    const firms = await tx<{ uscc: string }[]>`
      select e.uscc from inspection_targets t join entities e on e.id = t.entity_id where t.plan_id = ${second} order by t.draw_position nulls last limit 3`;
    for (const [i, f] of firms.entries()) {
      await recordResultInTransaction(
        tx,
        {
          planId: second,
          uscc: f.uscc,
          result: 'passed',
          inspectedOn: isoOf(today - 10 + i),
          correctionDeadline: null,
          findings: null,
          docNo: `济市监抽〔${isoOf(today).slice(0, 4)}〕${200 + i}号`,
        },
        null,
        null,
        isoOf(today - 8 + i),
      );
    }
  });
  // Plan 3: an environment bureau draft, not yet drawn (not public).
  await insertPlan(3, {
    department: 'jneeb',
    title: `${isoOf(today).slice(0, 4)}年排污许可证执行情况双随机抽查`,
    items: ['HB-01'],
    types: ['company'],
    count: 5,
    start: today + 10,
    end: today + 100,
  });
  return { plans: 3, targets };
}
