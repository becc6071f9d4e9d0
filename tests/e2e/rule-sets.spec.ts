// Rating rule versions in the back office (issue 17 part 6): an admin sees the version in force,
// is refused a version taking effect today (error summary linked to the field, answers kept), then
// adds one for a later day and sees it scheduled; a reviewer sees the list but no form. axe on the page.
import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { addDays } from '../../lib/credit/dates';
import { closeDb, getSql } from '../../lib/db/client';
import { ratingDate } from '../../lib/env';
import { createStaff, signInAs } from '../factories/staff';

const VERSION = `e2e-${crypto.randomBytes(3).toString('hex')}`;

test.afterAll(async () => {
  // Far in the future, so it changed no rating; removed so that later runs start from the same list.
  await getSql()`delete from credit_rule_sets where version = ${VERSION}`;
  await closeDb();
});

test('an admin adds a rule set version for a later day; today is refused with the field named', async ({ page }) => {
  const today = ratingDate();
  const later = addDays(today, 400 + crypto.randomInt(2000));
  await signInAs(page, await createStaff('jnamr', 'admin'));
  await page.getByRole('navigation', { name: /导航/ }).getByRole('link', { name: '评级规则' }).click();
  await expect(page).toHaveURL(/\/admin\/rule-sets$/);
  await expect(page.getByRole('heading', { level: 1, name: '信用评级规则版本' })).toBeVisible();
  const inForce = page.getByTestId('rule-set-row').filter({ hasText: 'dalian-2021' });
  await expect(inForce).toContainText('现行');
  await expect(inForce).toContainText('办结率 50% 及以下为红、低于 80% 为黄');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Prefilled with the rules in force; red from two penalties instead of three, effective today.
  await expect(page.getByLabel('红色：处罚记录至少（条）')).toHaveValue('3');
  await page.getByLabel('版本名称').fill(VERSION);
  await page.getByLabel('生效日期').fill(today);
  await page.getByLabel('红色：处罚记录至少（条）').fill('2');
  await page.getByRole('button', { name: '新增版本' }).click();
  const summary = page.getByTestId('rule-set-form-errors');
  await expect(summary).toContainText(`生效日期：生效日期必须晚于今天（${today}）。`);
  await expect(summary.getByRole('link', { name: /生效日期/ })).toHaveAttribute('href', '#effectiveFrom');
  await expect(page.getByLabel('生效日期')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('版本名称')).toHaveValue(VERSION); // answers kept
  await expect(page.getByLabel('红色：处罚记录至少（条）')).toHaveValue('2');

  await page.getByLabel('生效日期').fill(later);
  await page.getByRole('button', { name: '新增版本' }).click();
  await expect(page.getByTestId('rule-set-added')).toContainText(`已新增版本 ${VERSION}`);
  const added = page.getByTestId('rule-set-row').filter({ hasText: VERSION });
  await expect(added).toContainText(later);
  await expect(added).toContainText('待生效');
  await expect(added).toContainText('处罚 1 起黄、2 起红');
  await expect(inForce).toContainText('现行');
});

test('a reviewer sees the versions but cannot add one', async ({ page }) => {
  await signInAs(page, await createStaff('jnamr', 'reviewer'));
  await page.goto('/admin/rule-sets');
  await expect(page.getByTestId('rule-set-row').filter({ hasText: 'dalian-2021' })).toBeVisible();
  await expect(page.getByText('只有管理员可以新增评级规则版本。')).toBeVisible();
  await expect(page.getByRole('button', { name: '新增版本' })).toHaveCount(0);
});
