-- Credit rule sets as versioned data (issue 17 part 6): the rating thresholds and kind lists live in a table, one
-- row per version with its effective date, so a city changes them in /admin without a release; ratings switch on the
-- date through the worker's scheduled review. Seeded here with today's Dalian 2021 rules (lib/credit/rules.ts) so that
-- every database has a set in force; marked swept because every firm is already rated under it. Additive only.
CREATE TABLE "credit_rule_sets" (
	"id" serial PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"effective_from" date NOT NULL,
	"rules" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"swept_at" timestamp with time zone,
	CONSTRAINT "credit_rule_sets_rules_object" CHECK (jsonb_typeof("credit_rule_sets"."rules") = 'object')
);
--> statement-breakpoint
ALTER TABLE "credit_rule_sets" ADD CONSTRAINT "credit_rule_sets_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_rule_sets_version_key" ON "credit_rule_sets" USING btree ("version");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_rule_sets_effective_from_key" ON "credit_rule_sets" USING btree ("effective_from");--> statement-breakpoint
INSERT INTO "credit_rule_sets" ("version", "effective_from", "rules", "swept_at") VALUES (
	'dalian-2021',
	'2021-01-01',
	'{"windowYears":2,"penalties":{"yellowMin":1,"redMin":3},"complaints":{"minCount":4,"redAtOrBelowRate":0.5,"yellowBelowRate":0.8},"blackOnEntityRevoked":true,"blackListingKinds":["serious_illegal_listing","dishonest_debtor","tax_violation"],"blackRecordKinds":["licence_revocation"],"redListingKinds":["abnormal_listing"]}'::jsonb,
	now()
) ON CONFLICT DO NOTHING;
