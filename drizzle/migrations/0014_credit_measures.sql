-- The measures catalogue (激励/惩戒, issue 16 part 3): what each credit level and each blacklist means for a firm,
-- kept as data so staff can maintain it and the public page, the API, the profile and the report read one list
-- (Jinan 2019 (十)1: the joint punishment measures list is published and kept up to date). Additive only.
CREATE TYPE "public"."measure_kind" AS ENUM('incentive', 'punitive');--> statement-breakpoint
CREATE TABLE "credit_measures" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" "measure_kind" NOT NULL,
	"levels" "credit_level"[] DEFAULT '{}' NOT NULL,
	"list_kinds" "record_kind"[] DEFAULT '{}' NOT NULL,
	"title_zh_cn" text NOT NULL,
	"title_zh_tw" text NOT NULL,
	"title_en" text NOT NULL,
	"description_zh_cn" text NOT NULL,
	"description_zh_tw" text NOT NULL,
	"description_en" text NOT NULL,
	"legal_basis_zh" text NOT NULL,
	"legal_basis_en" text NOT NULL,
	"department_id" integer,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"excludes_support" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_measures_effective_period" CHECK ("credit_measures"."effective_to" is null or "credit_measures"."effective_to" >= "credit_measures"."effective_from"),
	CONSTRAINT "credit_measures_applies_to_someone" CHECK (cardinality("credit_measures"."levels") > 0 or cardinality("credit_measures"."list_kinds") > 0),
	CONSTRAINT "credit_measures_list_kinds" CHECK ("credit_measures"."list_kinds" <@ array['abnormal_listing', 'serious_illegal_listing', 'dishonest_debtor', 'tax_violation']::record_kind[])
);
--> statement-breakpoint
ALTER TABLE "credit_measures" ADD CONSTRAINT "credit_measures_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_measures_code_key" ON "credit_measures" USING btree ("code");