// Credit reports in the browser (issue 16, "Must show"): for a black, a red and a green firm in each
// language, the profile's link downloads a PDF whose text (pdftotext) holds the name, the code, the
// level in words and the report number; the verify page for that number says the same; a copy with
// one character of its signature changed, and a made-up number, are reported as not genuine; a
// report issued before a level change, checked after it, says the level has changed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { tags } from '../../lib/cache/tags';
import { closeDb, getSql } from '../../lib/db/client';
import { refreshEntities } from '../../lib/entities/refresh-entities';
import { ratingDate } from '../../lib/env';
import { expirePages } from '../../lib/worker/expire-pages';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';
import { translator } from '../support/messages';

const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
const LEVELS = ['black', 'red', 'green'] as const;
const REPORT_NO = /\d{8}-[0-9A-HJKMNP-TV-Z]{16}/;
const inPublicity = { publicityEnd: daysAgo(-365) };

const firms = {} as Record<(typeof LEVELS)[number], CreatedEntity>;

test.beforeAll(async () => {
  firms.black = await createEntity({
    records: [{ kind: 'serious_illegal_listing', title: '列入严重违法失信名单', decisionDate: daysAgo(60), grounds: '提交虚假材料取得登记' }],
  });
  firms.red = await createEntity({
    records: [1, 2, 3].map((i) => ({ kind: 'penalty' as const, title: `行政处罚${i}`, decisionDate: daysAgo(20 * i), ...inPublicity })),
  });
  firms.green = await createEntity({ records: [{ kind: 'honour', title: '守合同重信用企业', decisionDate: daysAgo(90) }] });
});

test.afterAll(async () => {
  await closeDb();
});

function pdfText(pdf: Buffer): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 20 * 1024 * 1024 });
  expect(result.status, result.stderr.toString()).toBe(0);
  return result.stdout.toString('utf8');
}

/** Downloads the report from the profile's link, as a visitor does. */
async function downloadReport(page: Page, locale: (typeof LOCALES)[number], uscc: string): Promise<{ pdf: Buffer; text: string; reportNo: string }> {
  await page.goto(`/${locale}/entities/${uscc}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: translator(locale, 'Report')('download') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^credit-report-.*\.pdf$/);
  const pdf = fs.readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(pdf);
  const reportNo = REPORT_NO.exec(text)?.[0];
  expect(reportNo).toBeTruthy();
  return { pdf, text, reportNo: reportNo! };
}

/** The file with one character of its embedded signature changed (same length: the file stays readable). */
function tamperSignature(pdf: Buffer): Buffer {
  const raw = pdf.toString('latin1');
  const signature = /ed25519:([A-Za-z0-9_-]{86})/.exec(raw)?.[1];
  expect(signature).toBeTruthy();
  const changed = (signature![0] === 'A' ? 'B' : 'A') + signature!.slice(1);
  return Buffer.from(raw.split(signature!).join(changed), 'latin1');
}

async function upload(page: Page, locale: (typeof LOCALES)[number], file: Buffer) {
  const tv = translator(locale, 'ReportVerify');
  await page.goto(`/${locale}/verify`);
  await page.getByLabel(tv('file')).setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: file });
  await page.getByRole('button', { name: tv('submit') }).click();
  return page.getByTestId('verify-outcome');
}

for (const locale of LOCALES) {
  for (const level of LEVELS) {
    test(`${locale}: a ${level} firm's report holds its name, code, level in words and number; its verify page agrees; an edited copy is not genuine`, async ({
      page,
    }) => {
      const firm = firms[level];
      const words = translator(locale, 'Levels')(level);
      const tv = translator(locale, 'ReportVerify');
      const { pdf, text, reportNo } = await downloadReport(page, locale, firm.uscc);
      expect(text).toContain(firm.name);
      expect(text).toContain(firm.uscc);
      expect(text).toContain(words);
      expect(text).toContain(reportNo);

      await page.goto(`/${locale}/verify/${reportNo}`);
      await expect(page.getByRole('heading', { name: tv('reportHeading', { reportNo }) })).toBeVisible();
      const stated = page.getByTestId('report-verification');
      await expect(stated).toHaveAttribute('data-level', level);
      await expect(stated).toContainText(firm.name);
      await expect(stated).toContainText(firm.uscc);
      await expect(stated.getByRole('img', { name: translator(locale, 'Levels')('badgeLabel', { level: words }) }).first()).toBeVisible();

      const outcome = await upload(page, locale, tamperSignature(pdf));
      await expect(outcome).toHaveAttribute('data-genuine', 'false');
      await expect(outcome).toContainText(tv('notGenuine'));
      await expect(outcome).toContainText(tv('outcomes.signatureMismatch', { reportNo }));
    });
  }
}

test('the genuine file is confirmed; a made-up number is not', async ({ page }) => {
  const tv = translator('en', 'ReportVerify');
  const { pdf } = await downloadReport(page, 'en', firms.green.uscc);
  const genuine = await upload(page, 'en', pdf);
  await expect(genuine).toHaveAttribute('data-genuine', 'true');
  await expect(genuine).toContainText(tv('outcomes.genuineFile'));

  await page.goto('/en/verify');
  await page.getByLabel(tv('reportNo')).fill('20260101-0000000000000000');
  await page.getByLabel(tv('code')).fill('ABCDEF');
  await page.getByRole('button', { name: tv('submit') }).click();
  const outcome = page.getByTestId('verify-outcome');
  await expect(outcome).toHaveAttribute('data-genuine', 'false');
  await expect(outcome).toContainText(tv('outcomes.unknownNumber'));
  expect((await page.request.get('/api/v1/reports/20260101-0000000000000000')).status()).toBe(404);
  expect((await page.request.get('/en/verify/20260101-0000000000000000')).status()).toBe(404);
});

test('a report issued before a level change, checked after it, says the level has changed', async ({ page }) => {
  const firm = await createEntity({ records: [{ kind: 'honour', decisionDate: daysAgo(30) }] });
  const { reportNo } = await downloadReport(page, 'zh-CN', firm.uscc);
  const sql = getSql();
  const [department] = await sql<{ id: number }[]>`select department_id as id from records where entity_id = ${firm.id} limit 1`;
  for (const i of [1, 2, 3]) {
    await sql`
      insert into records (entity_id, department_id, source_ref, category, kind, title, doc_no, decision_date, collected_on, severity, publicity_end, status)
      values (${firm.id}, ${department!.id}, ${`e2e-report-${firm.uscc}-${i}`}, 'warning', 'penalty', ${`处罚${i}`}, ${`测试罚〔2026〕${i}号`},
              ${daysAgo(5 * i)}, ${daysAgo(5 * i)}, 'general', ${daysAgo(-365)}, 'published')`;
  }
  await refreshEntities([firm.id], ratingDate());
  await expirePages([tags.entity(firm.uscc)]);
  const tl = translator('zh-CN', 'Levels');
  const changed = translator('zh-CN', 'ReportVerify')('levelChanged', { then: tl('green'), now: tl('red') });
  await expect(async () => {
    await page.goto(`/zh-CN/verify/${reportNo}`);
    await expect(page.getByTestId('level-change')).toHaveText(changed, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
});
