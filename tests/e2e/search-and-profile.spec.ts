import { expect, test } from '@playwright/test';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { closeDb, getSql } from '../../lib/db/client';
import { createEntity, daysAgo, uniqueNamePart, type CreatedEntity } from '../factories/entities';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

let yellow: CreatedEntity;
let black: CreatedEntity;
let tradName: string;

test.beforeAll(async () => {
  // A two-character fragment of this part is searched below: draw until no other firm's name holds
  // it, so other tests' firms (named from the same rare characters) cannot outrank this one.
  let part = uniqueNamePart();
  for (let i = 0; i < 50; i += 1) {
    const [taken] = await getSql()`select 1 from entities where name like ${`%${part.slice(0, 2)}%`} limit 1`;
    if (!taken) break;
    part = uniqueNamePart();
  }
  yellow = await createEntity({
    name: `济南${part}华东贸易发展有限公司`,
    records: [
      {
        kind: 'penalty',
        title: '未按规定标明商品价格',
        docNo: '济市监处罚〔2026〕901号',
        decisionDate: daysAgo(40),
        severity: 'general',
        publicityEnd: daysAgo(-300),
      },
      { kind: 'licence', title: '食品经营许可', decisionDate: daysAgo(400) },
      { kind: 'honour', title: '守合同重信用企业', decisionDate: daysAgo(200) },
      { kind: 'inspection', title: '双随机抽查：未发现问题', decisionDate: daysAgo(100) },
    ],
  });
  tradName = toTraditional(yellow.name);
  black = await createEntity({
    records: [
      {
        kind: 'dishonest_debtor',
        title: '失信被执行人',
        docNo: '(2026)鲁01执901号',
        decisionDate: daysAgo(10),
        grounds: '有履行能力而拒不履行生效法律文书确定义务',
      },
    ],
  });
});

test.afterAll(async () => {
  await closeDb();
});

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('lands on the Chinese home page from the root', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-CN$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1, name: '查企业信用' })).toBeVisible();
    await expect(page.locator('[data-level="black"]').first()).toBeVisible();
  });
});

test('an English browser lands on the English home page', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('heading', { level: 1, name: "Check a firm's credit" })).toBeVisible();
  await context.close();
});

test('typeahead suggests a firm from a fragment of its name', async ({ page }) => {
  await page.goto('/zh-CN');
  const box = page.getByRole('combobox', { name: '查询市场主体' });
  await box.fill(yellow.name.slice(2, 5));
  const option = page.getByRole('option').filter({ hasText: yellow.name });
  await expect(option).toBeVisible();
  await expect(option.locator('[data-level="yellow"]')).toBeVisible();
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/zh-CN/entities/${yellow.uscc}$`));
});

test('typeahead suggests a firm from the pinyin of its trade name, the last syllable unfinished', async ({ page }) => {
  // The syllables pinyin-pro gives the whole base name (readings depend on context), as the index has them.
  const syllables = pinyin(yellow.name.replace('有限公司', ''), { toneType: 'none', type: 'array', v: true });
  // The three unique characters, 华东, and the start of 贸: e.g. "xuanqiaoyuhuadongma".
  const typed = `${syllables.slice(2, 7).join('')}${(syllables[7] ?? '').slice(0, 2)}`;
  await page.goto('/zh-CN');
  const box = page.getByRole('combobox', { name: '查询市场主体' });
  await box.fill(typed);
  await expect(page.getByRole('option').filter({ hasText: yellow.name })).toBeVisible();
});

test('search by fragment, traditional name and USCC finds the firm in the first five', async ({ page }) => {
  for (const q of [yellow.name.slice(2, 4), yellow.name.slice(2, 5), tradName]) {
    await page.goto(`/zh-CN/search?q=${encodeURIComponent(q)}`);
    const items = page.getByTestId('search-result');
    await expect(items.first()).toBeVisible();
    const firstFive = await items.evaluateAll((els) => els.slice(0, 5).map((e) => e.getAttribute('data-uscc')));
    expect(firstFive, `query ${q}`).toContain(yellow.uscc);
  }
  await page.goto(`/zh-CN/search?q=${yellow.uscc}`);
  await expect(page).toHaveURL(new RegExp(`/zh-CN/entities/${yellow.uscc}$`));
});

test('a profile states the level in words and colour, says why, and shows provenance', async ({ page }) => {
  await page.goto(`/zh-CN/entities/${yellow.uscc}`);
  await expect(page.getByRole('heading', { level: 1, name: yellow.name })).toBeVisible();
  const credit = page.locator('section[aria-labelledby="credit-heading"]');
  const badge = credit.locator('[data-level]').first();
  await expect(badge).toHaveAttribute('data-level', 'yellow');
  await expect(badge).toHaveText('警示');
  const reasons = page.getByTestId('credit-reasons');
  await expect(reasons).toContainText('近两年内有 1 次行政处罚');
  await expect(reasons).toContainText('未按规定标明商品价格');
  for (const category of ['basic', 'good', 'warning', 'inspection']) {
    await expect(page.locator(`[data-category="${category}"] li[data-kind]`).first()).toBeVisible();
  }
  const penalty = page.locator('li[data-kind="penalty"]');
  await expect(penalty).toContainText('测试市场监督管理局');
  await expect(penalty).toContainText('济市监处罚〔2026〕901号');
  await expect(penalty).toContainText('决定日期');
  await expect(penalty).toContainText('归集日期');
});

test('a firm on a blacklist is black and the reason names the list entry', async ({ page }) => {
  await page.goto(`/zh-CN/entities/${black.uscc}`);
  await expect(page.locator('section[aria-labelledby="credit-heading"] [data-level]').first()).toHaveAttribute('data-level', 'black');
  await expect(page.getByTestId('credit-reasons')).toContainText('失信被执行人');
  await expect(page.locator('li[data-kind="dishonest_debtor"]')).toContainText('目前在列');
});

test('switching locale keeps the page and translates it', async ({ page }) => {
  await page.goto(`/zh-CN/entities/${yellow.uscc}`);
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/entities/${yellow.uscc}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Credit level' })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="credit-heading"] [data-level]').first()).toHaveText('Warning');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-TW/entities/${yellow.uscc}$`));
  await expect(page.getByRole('heading', { name: '信用等級', exact: true })).toBeVisible();
});

test('unknown and malformed codes get a localized 404', async ({ page }) => {
  const unknown = await page.goto('/en/entities/91370102MA3C000000');
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'No such market entity' })).toBeVisible();
  const malformed = await page.goto('/zh-CN/entities/not-a-code');
  expect(malformed?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '没有找到该市场主体' })).toBeVisible();
});
