// Small and micro businesses in the browser: policy search (贷款), filters, a policy's beneficiaries,
// a small firm's profile (support received, eligible policies), the guide, the directory, figures,
// feeds, the JSON API, the support intake API, and staff editing and withdrawing a policy with the
// change on the page, in search and in the guide within seconds. axe (WCAG 2.1 AA) on every new page.
import { expect, test } from '@playwright/test';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { createEntity, uniqueNamePart } from '../factories/entities';
import { createPolicy } from '../factories/policies';
import { createStaff, signInAs } from '../factories/staff';
import { expectAxeClean } from '../support/axe';

test.afterAll(async () => {
  await closeDb();
});

test('search policies for 贷款, filter to in force, open one and see its beneficiaries', async ({ page }) => {
  const sql = getSql();
  // The seeded in-force loan policy with the most beneficiaries.
  const [target] = await sql<{ id: number; title: string; n: number }[]>`
    select p.id, p.title, count(s.id)::int as n from policies p join support_received s on s.policy_id = p.id
    where p.status = 'published' and p.title like '%贷款%' and p.valid_from <= current_date and (p.valid_to is null or p.valid_to >= current_date)
    group by p.id order by n desc, p.id limit 1`;
  expect(target, 'the seed has an in-force loan policy with beneficiaries').toBeDefined();

  await page.goto('/zh-CN/policies');
  await expectAxeClean(page);
  await page.getByRole('searchbox', { name: '检索政策' }).fill('贷款');
  await page.getByRole('button', { name: '检索', exact: true }).click();
  await expect(page).toHaveURL(/q=%E8%B4%B7%E6%AC%BE/);
  const all = Number(await page.getByTestId('policy-total').getAttribute('data-total'));
  expect(all).toBeGreaterThanOrEqual(3);
  // Title matches rank first (benefits that mention loans come after).
  await expect(page.getByTestId('policy-item').first().locator('h3')).toContainText('贷款');
  expect((await page.getByTestId('policy-item').locator('h3').allInnerTexts()).filter((t) => t.includes('贷款')).length).toBeGreaterThanOrEqual(3);

  await page.getByRole('radio', { name: '有效', exact: true }).check();
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/status=in_force/);
  const inForce = Number(await page.getByTestId('policy-total').getAttribute('data-total'));
  expect(inForce).toBeGreaterThan(0);
  expect(inForce).toBeLessThan(all); // some loan policies have expired
  await expect(page.getByTestId('policy-item').locator('[data-testid="policy-validity"]').first()).toHaveText('有效');
  for (const v of await page.getByTestId('policy-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-validity')))) expect(v).toBe('in_force');
  await expectAxeClean(page);

  await page.getByRole('link', { name: target!.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: target!.title })).toBeVisible();
  await expect(page.getByTestId('beneficiary-totals')).toHaveAttribute('data-count', String(target!.n));
  await expect(page.getByTestId('beneficiary').first()).toBeVisible();
  expect(await page.getByTestId('beneficiary').count()).toBe(Math.min(20, target!.n));
  await expect(page.getByRole('heading', { name: '申报方式' })).toBeVisible();
  await expectAxeClean(page);
  // A beneficiary links to its profile.
  const firm = page.getByTestId('beneficiary').first().getByRole('link');
  await firm.click();
  await expect(page).toHaveURL(/\/zh-CN\/entities\//);
});

test('a small firm’s profile shows the support it received and the policies it may apply for', async ({ page }) => {
  const [firm] = await getSql()<{ uscc: string; n: number }[]>`
    select e.uscc, count(s.id)::int as n from small_business_directory m join entities e on e.id = m.entity_id join support_received s on s.entity_id = e.id
    where m.removed_on is null and e.status = 'active' group by e.uscc order by n desc, e.uscc limit 1`;
  expect(firm).toBeDefined();
  await page.goto(`/zh-CN/entities/${firm!.uscc}`);
  const section = page.getByTestId('small-business-section');
  await expect(section.getByRole('heading', { name: '小微企业扶持' })).toBeVisible();
  await expect(section.getByTestId('directory-status')).toContainText('列入小微企业名录');
  await expect(section.getByTestId('profile-support')).toHaveCount(firm!.n);
  await expect(section.getByTestId('support-totals')).toContainText(`共 ${firm!.n} 项`);
  await expect(section.getByTestId('profile-eligible').first()).toBeVisible();
  await expect(section.getByTestId('profile-eligible').first()).toContainText('匹配理由');
  await expectAxeClean(page, '[data-testid="small-business-section"]');
  // In English too.
  await page.goto(`/en/entities/${firm!.uscc}`);
  await expect(page.getByTestId('small-business-section').getByRole('heading', { name: 'Policies in force it may apply for' })).toBeVisible();
});

test('the eligibility guide form lists in-force policies with reasons', async ({ page }) => {
  await page.goto('/zh-CN/policies/guide');
  await expectAxeClean(page);
  await page.getByRole('radio', { name: '微型企业（含个体工商户）' }).check();
  await page.getByLabel('所属行业').selectOption('F52');
  await page.getByLabel('所在区县').selectOption('370112');
  await page.getByRole('button', { name: '查找适用政策' }).click();
  await expect(page).toHaveURL(/size=micro/);
  const total = Number(await page.getByTestId('guide-total').getAttribute('data-total'));
  expect(total).toBeGreaterThan(3);
  await expect(page.getByTestId('guide-match').first()).toContainText('匹配理由');
  for (const v of await page.getByTestId('policy-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-validity')))) expect(v).toBe('in_force');
  await expectAxeClean(page);
});

test('the directory filters firms, shows their support and removals with dates', async ({ page }) => {
  await page.goto('/zh-CN/small-businesses');
  await expect(page.getByTestId('directory-entry').first()).toBeVisible();
  await expectAxeClean(page);
  await page.getByRole('radio', { name: '已移出' }).check();
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page.getByTestId('directory-removal').first()).toContainText('移出，原因');
  await page.goto('/zh-CN/small-businesses?district=370102&type=company');
  const entries = page.getByTestId('directory-entry');
  await expect(entries.first()).toContainText('历下区');
  await expectAxeClean(page);
  // Keyset paging: the next page starts after the last firm of this one.
  const next = page.getByRole('link', { name: '下一页' });
  if (await next.count()) {
    const first = await entries.first().getAttribute('data-uscc');
    await next.click();
    await expect(page).toHaveURL(/after=\d+/);
    expect(await page.getByTestId('directory-entry').first().getAttribute('data-uscc')).not.toBe(first);
  }
});

test('figures: support by year, department and category as charts with data tables', async ({ page, request }) => {
  await page.goto('/zh-CN/policies/figures');
  for (const name of ['按年度', '按实施部门', '按政策类别']) await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByRole('img', { name: '各年度扶持金额条形图' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(3);
  await expectAxeClean(page);
  const body = await (await request.get('/api/v1/stats/support')).json();
  expect(body.total.grants).toBeGreaterThan(0);
  expect(body.byYear.reduce((a: number, r: { grants: number }) => a + r.grants, 0)).toBe(body.total.grants);
  expect(body.byCategory.map((r: { category: string | null }) => r.category)).toContain('finance_credit');
});

test('JSON API, Atom feed, sitemap and OpenAPI', async ({ request }) => {
  const res = await request.get(`/api/v1/policies?q=${encodeURIComponent('贷款')}&status=in_force`);
  expect(res.status()).toBe(200);
  expect(res.headers()['etag']).toBeTruthy();
  const body = await res.json();
  expect(body.total).toBeGreaterThan(0);
  expect(body.policies[0]).toMatchObject({
    id: expect.any(Number),
    title: expect.stringContaining('贷款'),
    validity: 'in_force',
    category: expect.any(String),
  });
  const one = await (await request.get(`/api/v1/policies/${body.policies[0].id}`)).json();
  expect(one).toMatchObject({ id: body.policies[0].id, beneficiaries: { total: expect.any(Number), items: expect.any(Array) } });
  const bad = await request.get('/api/v1/policies?category=lottery', { headers: { 'accept-language': 'en' } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: 'bad_parameter', param: 'category' });
  expect((await request.get('/api/v1/policies/999999999')).status()).toBe(404);
  const feed = await request.get('/zh-CN/policies/feed.atom');
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  expect(await feed.text()).toContain('<title>济南市');
  expect(await (await request.get('/sitemaps/pages.xml')).text()).toContain('/zh-CN/policies/');
  const openapi = await (await request.get('/api/v1/openapi.json')).json();
  expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/v1/policies', '/api/v1/policies/{id}', '/api/v1/stats/support']));
});

test('departments push support received: Bearer token, idempotent, per-item rejections, the profile follows', async ({ request, page }) => {
  const firm = await createEntity();
  await getSql()`insert into small_business_directory (entity_id, size, listed_year) values (${firm.id}, 'micro', 2024)`;
  const { token, prefix, hash } = generateDepartmentToken();
  await insertDepartmentToken({ code: 'jnjr' }, { name: 'e2e support', prefix, hash });
  const url = '/api/v1/intake/support';
  expect((await request.post(url, { data: { support: [] } })).status()).toBe(401);
  const ref = `e2e-${uniqueNamePart()}-${Date.now()}`;
  const item = {
    sourceRef: ref,
    uscc: firm.uscc,
    policyBasis: '《山东省支持中小企业发展若干措施》',
    content: '中小企业发展专项资金',
    amountCny: 88000,
    grantedOn: '2025-04-01',
  };
  const headers = { authorization: `Bearer ${token}` };
  const first = await request.post(url, { headers, data: { support: [item, { ...item, sourceRef: `${ref}-x`, grantedOn: '2025-02-30' }] } });
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({
    accepted: 1,
    created: 1,
    updated: 0,
    rejected: [{ index: 1, field: 'grantedOn', message: '日期格式应为 YYYY-MM-DD。' }],
  });
  expect(await (await request.post(url, { headers, data: { support: [item] } })).json()).toMatchObject({ accepted: 1, created: 0, updated: 0, unchanged: 1 });
  // The worker expires the firm's profile: the support shows without anything else done.
  await expect
    .poll(
      async () => {
        await page.goto(`/zh-CN/entities/${firm.uscc}`);
        return page.getByTestId('profile-support').count();
      },
      { timeout: 10_000, intervals: [300] },
    )
    .toBe(1);
  await expect(page.getByTestId('profile-support')).toContainText('中小企业发展专项资金');
});

test('staff: bad input is refused with clear messages and the answers are kept', async ({ page }) => {
  const admin = await createStaff('jnjr', 'admin');
  await signInAs(page, admin);
  await page.goto('/admin/policies/new');
  await expectAxeClean(page);
  await page.getByLabel('政策标题').fill('测试错误输入的政策');
  await page.getByLabel('发布部门').selectOption('');
  await page.getByLabel('印发日期').fill('2025-03-01');
  await page.getByLabel('扶持内容').fill('测试内容');
  await page.getByLabel('有效期开始').fill('2025-03-10');
  await page.getByLabel('有效期截止').fill('2025-03-01');
  // A category outside the list (as a crafted request would send).
  await page.getByLabel('政策类别').evaluate((select: HTMLSelectElement) => {
    const option = document.createElement('option');
    option.value = 'lottery';
    option.textContent = 'lottery';
    select.append(option);
    select.value = 'lottery';
  });
  await page.getByRole('button', { name: '保存' }).click();
  const summary = page.getByTestId('policy-form-errors');
  await expect(summary).toContainText('有效期截止日期不能早于开始日期');
  await expect(summary).toContainText('请选择政策类别');
  await expect(summary).toContainText('请选择发布部门');
  await expect(page.getByLabel('政策标题')).toHaveValue('测试错误输入的政策');
  await expect(page.getByLabel('有效期截止')).toHaveAttribute('aria-invalid', 'true');
  await expectAxeClean(page);
});

test('staff change and withdraw a policy: page, search and guide follow within seconds', async ({ page, request }) => {
  const reviewer = await createStaff('jnjr', 'reviewer');
  const policy = await createPolicy({ department: 'jnjr', sizes: ['micro'], industries: ['F52'], districts: ['370112'] });
  const guideUrl = '/zh-CN/policies/guide?size=micro&industry=F52&district=370112';
  const inSearch = async (q: string) => {
    const body = await (await request.get(`/api/v1/policies?q=${encodeURIComponent(q)}`)).json();
    return body.policies.some((p: { id: number }) => p.id === policy.id);
  };
  await expect.poll(() => inSearch(policy.title), { timeout: 10_000 }).toBe(true);
  await page.goto(`/zh-CN/policies/${policy.id}`); // cached now: the change must expire it
  await page.goto(guideUrl);
  await expect(page.getByRole('link', { name: policy.title })).toBeVisible();

  await signInAs(page, reviewer);
  await page.goto('/admin/policies');
  await expectAxeClean(page);
  await page.getByRole('link', { name: policy.title }).click();
  const renamed = `济南市${uniqueNamePart()}普惠贷款风险补偿办法`;
  await page.getByLabel('政策标题').fill(renamed);
  const saved = Date.now();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('policy-saved')).toBeVisible();
  await expectAxeClean(page);

  await expect
    .poll(
      async () => {
        await page.goto(`/zh-CN/policies/${policy.id}`);
        return page.getByRole('heading', { level: 1 }).innerText();
      },
      { timeout: 10_000, intervals: [250] },
    )
    .toBe(renamed);
  const pageMs = Date.now() - saved;
  await expect.poll(() => inSearch(renamed), { timeout: 10_000, intervals: [250] }).toBe(true);
  await expect
    .poll(
      async () => {
        await page.goto(guideUrl);
        return page.getByRole('link', { name: renamed }).count();
      },
      { timeout: 10_000, intervals: [250] },
    )
    .toBe(1);
  test.info().annotations.push({ type: 'freshness', description: `policy page ${pageMs} ms, all ${Date.now() - saved} ms` });

  await page.goto(`/admin/policies/${policy.id}`);
  await page.getByLabel('撤销原因').fill('政策已整合到新文件');
  await page.getByRole('button', { name: '撤销政策' }).click();
  await expect(page.getByText('政策已撤销。')).toBeVisible();
  await expect
    .poll(
      async () => {
        await page.goto(`/zh-CN/policies/${policy.id}`);
        return page.getByRole('note').count();
      },
      { timeout: 10_000, intervals: [250] },
    )
    .toBe(1);
  await expect(page.getByRole('note')).toContainText('政策已整合到新文件');
  await expect.poll(() => inSearch(renamed), { timeout: 10_000, intervals: [250] }).toBe(false);
  await expect
    .poll(
      async () => {
        await page.goto(guideUrl);
        return page.getByRole('link', { name: renamed }).count();
      },
      { timeout: 10_000, intervals: [250] },
    )
    .toBe(0);
});
