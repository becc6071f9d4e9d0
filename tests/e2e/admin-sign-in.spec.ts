// Staff sign-in: wrong passwords, lock-out, session cookie, sign-out, and pages closed to the public.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { createStaff, signInAs } from '../factories/staff';

test.afterAll(async () => {
  await closeDb();
});

test('the back office sends strangers to sign-in and is never indexed', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await expect(page.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations).toEqual([]);
});

test('a reviewer signs in with an HttpOnly session cookie and signs out', async ({ page, context }) => {
  const account = await createStaff('jnamr', 'reviewer', '张审核');
  await page.goto('/admin/sign-in');
  await page.getByLabel('用户名').fill(account.username);
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('main [role="alert"]')).toContainText('用户名或密码不正确');
  await expect(page.getByLabel('用户名')).toHaveValue(account.username);

  await signInAs(page, account);
  await expect(page.getByRole('heading', { name: '您好，张审核' })).toBeVisible();
  await expect(page.getByText(/张审核（.+，审核员）/)).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name.endsWith('staff_session'));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations).toEqual([]);

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test('five wrong passwords lock the account, even against the right one', async ({ page }) => {
  const account = await createStaff('jntax', 'reviewer');
  for (let i = 0; i < 5; i += 1) {
    await page.goto('/admin/sign-in');
    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(`wrong-${i}`);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.locator('main [role="alert"]')).toBeVisible();
  }
  await expect(page.locator('main [role="alert"]')).toContainText('账号已临时锁定');
  await page.goto('/admin/sign-in');
  await page.getByLabel('用户名').fill(account.username);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('main [role="alert"]')).toContainText('账号已临时锁定');
});

test('sign-in works without JavaScript', async ({ browser }) => {
  const account = await createStaff('jnamr', 'admin', '李管理');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/admin/sign-in');
  await page.getByLabel('用户名').fill(account.username);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '您好，李管理' })).toBeVisible();
  await context.close();
});
