// The eligibility guide respects credit (issue 16 part 5): on a small firm's profile, a firm the
// measures catalogue takes support away from (the seeded 限制财政补贴 measure of the blacklists) is not
// offered support policies, a red one not those that say so, and the section says why; a green firm
// is offered them all. Against the real PostgreSQL, through the service the
// profile's section calls.
import '../support/next-route-context';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getSql } from '../../lib/db/client';
import { creditExclusion } from '../../lib/domain/policies';
import { ratingDate } from '../../lib/env';
import { getSmallBusinessProfile } from '../../lib/policies/small-business-profile';
import { createEntity, daysAgo, type EntitySpec } from '../factories/entities';

const sql = getSql();
const run = crypto.randomBytes(3).toString('hex');
const titles = { subsidy: `信用条件测试补贴${run}`, service: `信用条件测试服务${run}`, open: `信用条件测试公开${run}` };

beforeAll(async () => {
  const [dept] = await sql<{ id: number }[]>`select id from departments order by id limit 1`;
  for (const [key, category, condition] of [
    ['subsidy', 'subsidies', 'no_red_or_black'],
    ['service', 'other', 'no_blacklist'],
    ['open', 'other', 'none'],
  ] as const) {
    await sql`
      insert into policies (title, issuing_department_id, issued_on, published_on, category, benefits, valid_from, status, credit_condition)
      values (${titles[key]}, ${dept!.id}, ${daysAgo(30)}, ${daysAgo(29)}, ${category}::policy_category, '测试', ${daysAgo(30)}, 'published', ${condition}::policy_credit_condition)`;
  }
});

afterAll(async () => {
  await sql`delete from policies where title = any(${Object.values(titles)}::text[])`;
  await closeDb();
});

async function smallFirm(records: NonNullable<EntitySpec['records']> = []) {
  const firm = await createEntity({ records });
  await sql`insert into small_business_directory (entity_id, size, listed_year) values (${firm.id}, 'micro', 2024)`;
  return firm;
}

const offered = (p: NonNullable<Awaited<ReturnType<typeof getSmallBusinessProfile>>>) =>
  p.eligible.map((m) => m.policy.title).filter((t) => Object.values(titles).includes(t));

describe('credit conditions of support policies', () => {
  it('the rule: support the measures take away is closed; a red (or black) firm is closed to policies that say so', () => {
    expect(creditExclusion('no_blacklist', { level: 'black', supportExcluded: true })).toBe('support_excluded');
    expect(creditExclusion('no_blacklist', { level: 'red', supportExcluded: false })).toBeNull();
    expect(creditExclusion('no_red_or_black', { level: 'red', supportExcluded: false })).toBe('red');
    expect(creditExclusion('no_red_or_black', { level: 'yellow', supportExcluded: false })).toBeNull();
    expect(creditExclusion('none', { level: 'black', supportExcluded: true })).toBeNull();
  });

  it('a green small firm is offered all three', async () => {
    const firm = await smallFirm();
    const profile = await getSmallBusinessProfile(firm.uscc, ratingDate());
    expect(offered(profile!).sort()).toEqual(Object.values(titles).sort());
    expect(profile!.closedByCredit).toEqual({ count: 0, reason: null });
  });

  it('a small firm on the serious-illegal list is offered only the policy with no credit condition, and told why', async () => {
    const firm = await smallFirm([{ kind: 'serious_illegal_listing', title: '列入严重违法失信名单', decisionDate: daysAgo(40), grounds: '测试' }]);
    expect(firm.level).toBe('black');
    const profile = await getSmallBusinessProfile(firm.uscc, ratingDate());
    expect(offered(profile!)).toEqual([titles.open]);
    expect(profile!.closedByCredit.reason).toBe('support_excluded');
    expect(profile!.closedByCredit.count).toBeGreaterThanOrEqual(2);
    // No subsidy of any kind is offered to it.
    expect(profile!.eligible.filter((m) => m.policy.category === 'subsidies' || m.policy.category === 'finance_credit')).toEqual([]);
  });

  it('a red small firm is not offered the subsidy that says so, but the others', async () => {
    const firm = await smallFirm([{ kind: 'abnormal_listing', title: '列入经营异常名录', decisionDate: daysAgo(20), grounds: '测试' }]);
    expect(firm.level).toBe('red');
    const profile = await getSmallBusinessProfile(firm.uscc, ratingDate());
    expect(offered(profile!).sort()).toEqual([titles.open, titles.service].sort());
    expect(profile!.closedByCredit.reason).toBe('red');
  });
});
