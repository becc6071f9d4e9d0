-- Each policy states who its support is closed to on credit grounds (issue 16 part 5; Jinan 2017 §(九), Jieshou 2020 五(五)):
-- by default a firm on a blacklist; subsidy and credit policies also a red firm (the guide offered 财政补贴 to red firms).
CREATE TYPE "public"."policy_credit_condition" AS ENUM('no_blacklist', 'no_red_or_black', 'none');--> statement-breakpoint
ALTER TABLE "policies" ADD COLUMN "credit_condition" "policy_credit_condition" DEFAULT 'no_blacklist' NOT NULL;--> statement-breakpoint
UPDATE "policies" SET "credit_condition" = 'no_red_or_black' WHERE "category" IN ('subsidies', 'finance_credit');
