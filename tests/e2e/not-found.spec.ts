// Each 404 page says what was not found (issue 15, finding 9b): a firm, a policy, a list, a
// tracking number, or just a page, in the page's language; and a search page past the last one
// shows the last page and says which it is (finding 9c).
import { expect, test } from '@playwright/test';
import { newTrackingNo } from '../../lib/objections/tracking';

test('an unknown or malformed code says no such market entity', async ({ page }) => {
  const unknown = await page.goto('/en/entities/91370102MA3C000000');
  expect(unknown!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'No such market entity' })).toBeVisible();
  const malformed = await page.goto('/zh-CN/entities/not-a-code');
  expect(malformed!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '没有找到该市场主体' })).toBeVisible();
});

test('an unknown policy says no such policy and links to all policies', async ({ page }) => {
  for (const id of ['999999999', 'abc']) {
    const response = await page.goto(`/en/policies/${id}`);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'No such support policy' })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('market entity');
    await expect(page.locator('main').getByRole('link', { name: 'All support policies' })).toHaveAttribute('href', '/en/policies');
  }
});

test('an unknown list says no such list and links to all lists', async ({ page }) => {
  const response = await page.goto('/zh-CN/lists/no-such-list');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '没有这个名单' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('市场主体');
  await expect(page.locator('main').getByRole('link', { name: '全部名单' })).toHaveAttribute('href', '/zh-CN/lists');
});

test('a mistyped tracking number says so', async ({ page }) => {
  const valid = newTrackingNo('objection', '2026-01-01');
  const typo = `${valid.slice(0, -2)}${valid.at(-2) === '0' ? '1' : '0'}${valid.at(-1)}`;
  const response = await page.goto(`/zh-TW/objections/${typo}`);
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '受理編號無法識別' })).toBeVisible();
});

test('any other unknown page says page not found, without mentioning firms', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/at-all');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('market entity');
});

test('a search page past the last one shows the last page and says which', async ({ page, request }) => {
  const response = await page.goto('/en/search?page=1000');
  expect(response!.status()).toBe(200);
  const status = await page.getByRole('navigation', { name: 'Pagination' }).locator('span.text-sm').textContent();
  const match = /^Page (\d+) of (\d+)$/.exec(status!.trim());
  expect(match).not.toBeNull();
  expect(match![1]).toBe(match![2]);
  expect(Number(match![2])).toBeLessThan(500);
  // The JSON API refuses the same page, naming the last one.
  const api = await request.get('/api/v1/search?page=1000', { headers: { 'accept-language': 'en' } });
  expect(api.status()).toBe(400);
  const body = await api.json();
  expect(body.error).toMatchObject({ code: 'bad_parameter', param: 'page' });
  expect(body.error.message).toContain(`last page is ${match![2]}`);
});
