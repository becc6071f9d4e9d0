CREATE TYPE "public"."category" AS ENUM('basic', 'good', 'warning', 'inspection');--> statement-breakpoint
CREATE TYPE "public"."credit_level" AS ENUM('green', 'yellow', 'red', 'black');--> statement-breakpoint
CREATE TYPE "public"."entity_status" AS ENUM('active', 'revoked', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."entity_type" AS ENUM('company', 'individual', 'cooperative', 'other');--> statement-breakpoint
CREATE TYPE "public"."record_kind" AS ENUM('registration_change', 'licence', 'qualification', 'trademark', 'equity_pledge', 'ip_pledge', 'chattel_mortgage', 'honour', 'credit_commitment', 'penalty', 'abnormal_listing', 'licence_revocation', 'serious_illegal_listing', 'dishonest_debtor', 'tax_violation', 'inspection');--> statement-breakpoint
CREATE TYPE "public"."record_status" AS ENUM('published', 'under_objection', 'suspended', 'corrected', 'revoked', 'repaired', 'expired');--> statement-breakpoint
CREATE TYPE "public"."severity" AS ENUM('minor', 'general', 'serious');--> statement-breakpoint
CREATE TABLE "complaint_stats" (
	"entity_id" bigint NOT NULL,
	"period_start" date NOT NULL,
	"complaints" smallint NOT NULL,
	"resolved" smallint NOT NULL,
	CONSTRAINT "complaint_stats_entity_id_period_start_pk" PRIMARY KEY("entity_id","period_start"),
	CONSTRAINT "complaint_stats_resolved_le_count" CHECK ("complaint_stats"."resolved" >= 0 and "complaint_stats"."resolved" <= "complaint_stats"."complaints")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_zh_cn" text NOT NULL,
	"name_zh_tw" text NOT NULL,
	"name_en" text NOT NULL,
	"is_registrar" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"uscc_checksum_valid" boolean DEFAULT true NOT NULL,
	"reg_no" text,
	"name" text NOT NULL,
	"name_normalized" text NOT NULL,
	"former_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"type" "entity_type" NOT NULL,
	"legal_representative" text NOT NULL,
	"registered_capital" numeric(18, 4),
	"established_on" date NOT NULL,
	"address" text NOT NULL,
	"district_code" text NOT NULL,
	"industry_code" text,
	"scope" text,
	"status" "entity_status" DEFAULT 'active' NOT NULL,
	"registrar_department_id" integer,
	"is_small_micro" boolean DEFAULT false NOT NULL,
	"credit_level" "credit_level" DEFAULT 'green' NOT NULL,
	"credit_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"credit_rule_version" text,
	"rated_at" timestamp with time zone,
	"next_review_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"entity_id" bigint,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_id" bigint NOT NULL,
	"department_id" integer NOT NULL,
	"source_ref" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"category" "category" NOT NULL,
	"kind" "record_kind" NOT NULL,
	"title" text NOT NULL,
	"doc_no" text,
	"decision_date" date NOT NULL,
	"produced_on" date,
	"collected_on" date NOT NULL,
	"severity" "severity",
	"legal_basis" text,
	"content" text,
	"publicity_start" date,
	"publicity_end" date,
	"status" "record_status" DEFAULT 'published' NOT NULL,
	"grounds" text,
	"removed_on" date,
	"removal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "records_severity_only_penalty" CHECK ("records"."severity" is null or "records"."kind" = 'penalty'),
	CONSTRAINT "records_removal_after_listing" CHECK ("records"."removed_on" is null or "records"."removed_on" >= "records"."decision_date")
);
--> statement-breakpoint
ALTER TABLE "complaint_stats" ADD CONSTRAINT "complaint_stats_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_registrar_department_id_departments_id_fk" FOREIGN KEY ("registrar_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "entities_uscc_key" ON "entities" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "entities_reg_no_idx" ON "entities" USING btree ("reg_no");--> statement-breakpoint
CREATE INDEX "entities_name_normalized_idx" ON "entities" USING btree ("name_normalized");--> statement-breakpoint
CREATE INDEX "entities_credit_level_idx" ON "entities" USING btree ("credit_level");--> statement-breakpoint
CREATE INDEX "entities_district_idx" ON "entities" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "entities_next_review_idx" ON "entities" USING btree ("next_review_on");--> statement-breakpoint
CREATE INDEX "outbox_available_idx" ON "outbox" USING btree ("available_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "records_department_source_ref_key" ON "records" USING btree ("department_id","source_ref");--> statement-breakpoint
CREATE INDEX "records_entity_idx" ON "records" USING btree ("entity_id","category","decision_date");--> statement-breakpoint
CREATE INDEX "records_listing_idx" ON "records" USING btree ("kind","decision_date") WHERE "records"."kind" in ('abnormal_listing','serious_illegal_listing','dishonest_debtor','tax_violation');