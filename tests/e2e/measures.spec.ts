// The measures catalogue (激励/惩戒, issue 16 parts 3 and 4) in the browser: a firm on the
// serious-illegal list sees on its profile at least one punitive measure with its legal basis,
// each linked to the catalogue; a green firm sees the incentives; /zh-CN/measures lists both kinds
// under their anchors and is a public, cacheable page; staff maintain the catalogue in /admin.
import { expect, test } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';
import { createStaff, signInAs } from '../factories/staff';
import { expectAxeClean } from '../support/axe';
import { translator } from '../support/messages';

const t = translator('zh-CN', 'LevelMeaning');
const tm = translator('zh-CN', 'Measures');
const PUBLIC = /^public, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/;

let listed: CreatedEntity;
let green: CreatedEntity;

test.beforeAll(async () => {
  listed = await createEntity({
    records: [{ kind: 'serious_illegal_listing', decisionDate: daysAgo(60), grounds: '提交虚假材料取得登记', publicityEnd: daysAgo(-365) }],
  });
  green = await createEntity({ records: [{ kind: 'honour', decisionDate: daysAgo(100) }] });
});
test.afterAll(async () => {
  await closeDb();
});

test('the profile of a firm on the serious-illegal list shows punitive measures with their legal basis', async ({ page }) => {
  await page.goto(`/zh-CN/entities/${listed.uscc}`);
  const section = page.getByRole('region', { name: t('heading') });
  await expect(section).toBeVisible();
  const subsidies = section.getByRole('link', { name: '限制或取消财政补贴和政府扶持' });
  await expect(subsidies).toHaveAttribute('href', '/zh-CN/measures#restrict-subsidies');
  await expect(section.getByText(t('kind', { kind: 'punitive' }), { exact: true }).first()).toBeVisible();
  await expect(section.getByText(/法律依据：.*济政办字〔2019〕54号/).first()).toBeVisible();
  await expect(section.getByText(t('kind', { kind: 'incentive' }), { exact: true })).toHaveCount(0);

  await subsidies.click();
  await expect(page).toHaveURL(/\/zh-CN\/measures#restrict-subsidies$/);
  await expect(page.locator('#restrict-subsidies').getByRole('heading', { name: '限制或取消财政补贴和政府扶持' })).toBeVisible();
});

test('the profile of a green firm shows the incentives and nothing punitive', async ({ page }) => {
  await page.goto(`/zh-CN/entities/${green.uscc}`);
  const section = page.getByRole('region', { name: t('heading') });
  await expect(section.getByRole('link', { name: '行政审批“绿色通道”和容缺受理' })).toBeVisible();
  await expect(section.getByRole('link', { name: '减少检查频次，降低抽查比例' })).toBeVisible();
  await expect(section.getByText(t('kind', { kind: 'punitive' }), { exact: true })).toHaveCount(0);
});

test('/zh-CN/measures lists punitive and incentive measures with their basis, and is public and cacheable', async ({ page, request }) => {
  const res = await request.get('/zh-CN/measures', { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toMatch(PUBLIC);

  await page.goto('/zh-CN/measures');
  await expect(page).toHaveTitle(new RegExp(tm('metaTitle')));
  await expect(page.getByRole('heading', { level: 1, name: tm('heading') })).toBeVisible();
  const punitive = page.getByRole('region', { name: new RegExp(tm('kindHeading', { kind: 'punitive' })) });
  const incentive = page.getByRole('region', { name: new RegExp(tm('kindHeading', { kind: 'incentive' })) });
  expect(await punitive.getByRole('listitem').count()).toBeGreaterThanOrEqual(6);
  expect(await incentive.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
  await expect(page.locator('#restrict-high-consumption').getByText(/法释〔2015〕17号/)).toBeVisible();
  await expect(page.locator('#green-channel').getByText(/东府办〔2017〕74号/)).toBeVisible();

  // Linked from the footer.
  await page.goto('/zh-CN');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: tm('navLink') })).toHaveAttribute('href', '/zh-CN/measures');
});

test('staff maintain the catalogue: a refused form keeps the answers, a new measure is public within seconds, an ended one leaves', async ({ page }) => {
  const admin = await createStaff('jnjr', 'admin');
  await signInAs(page, admin);
  await page.goto('/admin/measures/new');
  await expectAxeClean(page);
  const code = `e2e-${Date.now().toString(36)}`;
  const title = `限制参与${code}专项资金申报`;
  await page.getByLabel('编号').fill(code);
  await page.getByRole('checkbox', { name: '严重违法失信名单' }).check();
  await page.getByLabel('名称（简体中文）').fill(title);
  await page.getByLabel('名称（繁体中文）').fill(`限制參與${code}專項資金申報`);
  await page.getByLabel('名称（英文）').fill(`No ${code} grants`);
  await page.getByLabel('措施内容（简体中文）').fill('不得申报专项资金。');
  await page.getByLabel('措施内容（繁体中文）').fill('不得申報專項資金。');
  await page.getByLabel('措施内容（英文）').fill('The firm may not apply for the grants.');
  await page.getByLabel('法律依据（英文）').fill('Test basis');
  await page.getByLabel('开始施行日期').fill('2025-01-01');
  await page.getByRole('button', { name: '保存' }).click();
  const summary = page.getByTestId('measure-form-errors');
  await expect(summary).toContainText('法律依据（中文）：请填写此项。');
  await expect(page.getByLabel('名称（简体中文）')).toHaveValue(title);
  await expect(page.getByRole('checkbox', { name: '严重违法失信名单' })).toBeChecked();
  await expectAxeClean(page);

  await page.getByLabel('法律依据（中文）').fill('《测试条例》第一条');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('measure-saved')).toBeVisible();
  const adminUrl = page.url();

  // The worker expires the catalogue's page: the new measure is public within the freshness budget.
  const publicPage = await page.context().newPage();
  await expect
    .poll(
      async () => {
        await publicPage.goto('/zh-CN/measures');
        return publicPage.locator(`#${code}`).getByRole('heading', { name: title }).count();
      },
      { timeout: 15_000, intervals: [500] },
    )
    .toBe(1);

  await page.goto(adminUrl);
  const end = page.getByRole('region', { name: '终止措施' });
  await end.getByLabel('最后生效日').fill('2025-06-30');
  await end.getByLabel('终止原因（记入审计日志）').fill('政策到期');
  await end.getByRole('button', { name: '终止措施' }).click();
  await expect(page.getByTestId('measure-ended')).toContainText('2025-06-30');
  await expect
    .poll(
      async () => {
        await publicPage.goto('/zh-CN/measures');
        return publicPage.locator(`#${code}`).count();
      },
      { timeout: 15_000, intervals: [500] },
    )
    .toBe(0);
});
