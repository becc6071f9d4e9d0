-- Any department's blacklist counts toward black (issue 17 part 3, DOMAIN.md; Dalian: "列入黑名单"; Jieshou
-- 三(一)5: "各行政机关依据相关规定建立的「黑名单」"): the stored dalian-2021 rule set (migration 0017) names its
-- blacklists explicitly, so department_blacklist (migration 0019) is added to them, as in lib/credit/rules.ts.
-- Data only; the list is text inside JSON, so no enum value is named (0019's values may be in this transaction).
UPDATE "credit_rule_sets"
SET "rules" = jsonb_set("rules", '{blackListingKinds}', ("rules"->'blackListingKinds') || '["department_blacklist"]'::jsonb)
WHERE "version" = 'dalian-2021' AND NOT ("rules"->'blackListingKinds') ? 'department_blacklist';
