// The profile's small-business section does not offer support to a firm on a blacklist, and says why.
import { expect, test } from '@playwright/test';
import { closeDb, getSql } from '../../lib/db/client';
import { createEntity, daysAgo } from '../factories/entities';

test.afterAll(async () => {
  await closeDb();
});

test('a small firm on the serious-illegal list is told which support it cannot apply for, and why', async ({ page }) => {
  const firm = await createEntity({
    records: [{ kind: 'serious_illegal_listing', title: '列入严重违法失信名单', decisionDate: daysAgo(40), grounds: '测试' }],
  });
  await getSql()`insert into small_business_directory (entity_id, size, listed_year) values (${firm.id}, 'micro', 2024)`;
  await page.goto(`/zh-CN/entities/${firm.uscc}`);
  const section = page.getByTestId('small-business-section');
  await expect(section).toBeVisible();
  const note = section.getByTestId('closed-by-credit');
  await expect(note).toContainText('本企业目前受失信联合惩戒');
  await expect(note).toContainText('财政补贴和政府扶持');
  // None of the offered policies is a subsidy.
  await expect(section.getByTestId('profile-eligible').getByText('补贴', { exact: false })).toHaveCount(0);
  await page.goto(`/en/entities/${firm.uscc}`);
  await expect(page.getByTestId('closed-by-credit')).toContainText('currently under joint punishment');
});
