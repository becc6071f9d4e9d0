// The 12345 hotline's complaint figures end to end (issue 17 part 4): figures posted through the
// intake API re-rate the firm's profile within seconds, and the month re-sent replaces them. And the
// business term (part 8) on a seeded profile and in the entity API.
import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { ratingDate } from '../../lib/env';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { createEntity } from '../factories/entities';

const run = crypto.randomBytes(3).toString('hex');
let token: string;

test.beforeAll(async () => {
  const t = generateDepartmentToken();
  await insertDepartmentToken({ code: `e2ehot${run}`, nameZhCn: '端到端12345热线' }, { name: 'e2e', prefix: t.prefix, hash: t.hash });
  token = t.token;
});

test.afterAll(async () => {
  await closeDb();
});

async function levelOnPage(page: Page, uscc: string): Promise<string | null> {
  await page.goto(`/zh-CN/entities/${uscc}`);
  return page.locator('section[aria-labelledby="credit-heading"] [data-level]').first().getAttribute('data-level');
}

/** Last month, YYYY-MM. */
function lastMonth(): string {
  const d = new Date(`${ratingDate().slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

test('complaint figures posted by the hotline turn a green firm red, and the month re-sent turns it green again', async ({ page, request }) => {
  const firm = await createEntity();
  expect(await levelOnPage(page, firm.uscc)).toBe('green');
  const send = async (sourceRef: string, resolved: number) => {
    const response = await request.post('/api/v1/intake/complaints', {
      headers: { authorization: `Bearer ${token}` },
      data: { complaints: [{ sourceRef, uscc: firm.uscc, month: lastMonth(), received: 4, resolved }] },
    });
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ accepted: 1, rejected: [] });
  };
  await send(`e2e-${run}-1`, 2);
  await expect.poll(() => levelOnPage(page, firm.uscc), { timeout: 15_000, intervals: [250] }).toBe('red');
  await send(`e2e-${run}-2`, 4);
  await expect.poll(() => levelOnPage(page, firm.uscc), { timeout: 15_000, intervals: [250] }).toBe('green');
});

test('a seeded profile shows its business term, 长期 for a term without end, and the API gives it', async ({ page, request }) => {
  const [firm] = await getSql()<{ uscc: string; from: string }[]>`
    select uscc, business_term_from as from from entities where business_term_from is not null and business_term_to is null order by id limit 1`;
  await page.goto(`/zh-CN/entities/${firm!.uscc}`);
  const registration = page.locator('section[aria-labelledby="reg-heading"]');
  await expect(registration.getByText('营业期限')).toBeVisible();
  await expect(registration.getByText(/至 长期$/)).toBeVisible();
  const api = await request.get(`/api/v1/entities/${firm!.uscc}`);
  expect((await api.json()).businessTerm).toEqual({ from: firm!.from, to: null, indefinite: true });
});
