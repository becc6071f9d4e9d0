// 双随机一公开 in the browser: a reviewer creates a plan in /admin (a refused form keeps its answers),
// runs the draw, enters a 限期整改 result; the public plan page shows the seed, the snapshot hash and
// how to check the draw, the result, and never an inspector's name (staff see the names). axe
// (WCAG 2.1 AA) on the public pages; the plan page works at 390 px.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import crypto from 'node:crypto';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { createEntity } from '../factories/entities';
import { createStaff, signInAs } from '../factories/staff';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const run = crypto.randomBytes(3).toString('hex');
const departmentCode = `e${run}`;
// A district of this run alone (3799xx is no real code): the plan's population is the firms made here.
const district = `3799${String(crypto.randomInt(0, 100)).padStart(2, '0')}`;
const inspectorNames = [`督查员${run}甲`, `督查员${run}乙`, `督查员${run}丙`];

test.beforeAll(async () => {
  const sql = getSql();
  const token = generateDepartmentToken();
  const { departmentId } = await insertDepartmentToken(
    { code: departmentCode, nameZhCn: `测试抽查局${run}` },
    { name: 'e2e', prefix: token.prefix, hash: token.hash },
  );
  await sql`insert into inspection_items (department_id, code, title) values (${departmentId}, 'E-01', ${`测试抽查事项${run}`})`;
  for (const name of inspectorNames) await sql`insert into inspectors (department_id, name) values (${departmentId}, ${name})`;
  for (let i = 0; i < 5; i++) await createEntity({ districtCode: district });
});

test.afterAll(async () => {
  await closeDb();
});

test('staff create a plan, draw it and enter a result; the public plan page shows the seed, how to check, the result, and no inspector name', async ({
  page,
}) => {
  const staff = await createStaff(departmentCode);
  await signInAs(page, staff);
  await page.goto('/admin/inspections');

  // A refused form: the error summary links to the field and the answers stay.
  await page.getByLabel('区县代码').fill(district);
  await page.getByRole('button', { name: '创建计划' }).click();
  const summary = page.getByTestId('plan-form-errors');
  await expect(summary).toContainText('请填写此项。');
  await expect(summary.getByRole('link').first()).toHaveAttribute('href', '#title');
  await expect(page.getByLabel('区县代码')).toHaveValue(district);

  await page.getByLabel('计划名称').fill(`测试双随机抽查${run}`);
  await page.getByRole('checkbox', { name: new RegExp(`测试抽查事项${run}`) }).check();
  await page.getByLabel('抽取方式').selectOption('count');
  await page.getByLabel('户数或比例').fill('3');
  await page.getByLabel('检查结束日期').fill('2099-12-31');
  await page.getByRole('button', { name: '创建计划' }).click();
  await expect(page).toHaveURL(/\/admin\/inspections\/\d+\?created=1/);
  const planId = Number(/inspections\/(\d+)/.exec(page.url())![1]);

  await page.getByRole('button', { name: '开始抽取' }).click();
  await expect(page.getByTestId('plan-drawn')).toContainText('3 户');
  // Staff see who was drawn to inspect.
  await expect(page.getByRole('region', { name: '检查对象' }).first()).toContainText(`督查员${run}`);

  const [firm] = await getSql()<{ uscc: string }[]>`
    select e.uscc from inspection_targets t join entities e on e.id = t.entity_id where t.plan_id = ${planId} order by t.draw_position limit 1`;
  await page.getByLabel('选择检查对象').selectOption(firm!.uscc);
  await page.getByLabel('检查结果', { exact: true }).selectOption('correction_ordered');
  await page.getByLabel('整改期限').fill('2099-06-30');
  await page.getByLabel('检查情况（公开）').fill('营业执照未悬挂于经营场所醒目位置。');
  await page.getByRole('button', { name: '保存并公示结果' }).click();
  await expect(page.getByTestId('result-saved')).toContainText(firm!.uscc);

  const [plan] = await getSql()<{ seed: string; hash: string }[]>`select seed, snapshot_sha256 as hash from inspection_plans where id = ${planId}`;
  await page.setViewportSize({ width: 390, height: 844 });
  // The worker expires the plan's page within seconds of the result.
  await expect
    .poll(
      async () => {
        await page.goto(`/zh-CN/inspections/${planId}`);
        return page.getByTestId('plan-targets').innerText();
      },
      { timeout: 15_000 },
    )
    .toContain('限期整改');
  await expect(page.getByTestId('plan-seed')).toHaveText(plan!.seed);
  await expect(page.getByTestId('plan-snapshot-hash')).toHaveText(plan!.hash);
  await expect(page.getByRole('heading', { name: '如何复核本次抽取' })).toBeVisible();
  await expect(page.getByRole('link', { name: /下载名录快照/ })).toHaveAttribute('href', `/api/v1/inspections/${planId}/snapshot`);
  await expect(page.getByTestId('plan-targets')).toContainText('执法检查人员');
  const html = await page.content();
  for (const name of inspectorNames) expect(html).not.toContain(name);
  const noHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(noHorizontalScroll).toBe(true);
  await expectAxeClean(page);

  // The firm's profile shows the result under 监督抽查信息.
  await page.goto(`/zh-CN/entities/${firm!.uscc}`);
  await expect(page.getByText(/检查结果：限期整改/)).toBeVisible();

  // The plans list links the plan; the export holds the firm and no name.
  await page.goto('/zh-CN/inspections');
  // The plan's heading link (the latest results link it too).
  await expect(page.getByRole('heading', { level: 3, name: `测试双随机抽查${run}` })).toBeVisible();
  await expectAxeClean(page);
  const csv = await (await page.request.get(`/api/v1/inspections/${planId}?format=csv`)).text();
  expect(csv).toContain(firm!.uscc);
  for (const name of inspectorNames) expect(csv).not.toContain(name);
});
