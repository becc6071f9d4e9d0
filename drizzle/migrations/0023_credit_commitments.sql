-- Credit commitments (信用承诺, issue 18 part 3; Jinan 2019 (一)): the published 告知承诺书 templates per
-- procedure (commitment_templates, maintained by staff), and three nullable columns on records for the
-- commitments firms sign (credit_commitment records keep their place in intake, objections, versions and
-- the profile): the procedure, the status (pending / kept / broken) and the sourceRef of the
-- broken_commitment record. Partial indexes serve the commitments list's filters with keyset paging at
-- millions of commitments. Additive: nullable columns without defaults are metadata-only; the existing
-- commitments (a few per cent of firms) are marked pending, the only status that claims nothing.
CREATE TYPE "public"."commitment_status" AS ENUM('pending', 'kept', 'broken');--> statement-breakpoint
CREATE TABLE "commitment_templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"procedure_code" text NOT NULL,
	"title_zh_cn" text NOT NULL,
	"title_zh_tw" text NOT NULL,
	"title_en" text NOT NULL,
	"text_zh_cn" text NOT NULL,
	"text_zh_tw" text NOT NULL,
	"text_en" text NOT NULL,
	"legal_basis" text,
	"department_id" integer NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitment_templates_effective_period" CHECK ("commitment_templates"."effective_to" is null or "commitment_templates"."effective_to" >= "commitment_templates"."effective_from")
);
--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "procedure_code" text;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "commitment_status" "commitment_status";--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "broken_record_ref" text;--> statement-breakpoint
UPDATE "records" SET "commitment_status" = 'pending' WHERE "kind" = 'credit_commitment' AND "commitment_status" IS NULL;--> statement-breakpoint
ALTER TABLE "commitment_templates" ADD CONSTRAINT "commitment_templates_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_templates_procedure_code_key" ON "commitment_templates" USING btree ("procedure_code");--> statement-breakpoint
CREATE INDEX "records_commitment_idx" ON "records" USING btree ("decision_date","id","department_id","procedure_code","commitment_status","status") WHERE "records"."kind" = 'credit_commitment';--> statement-breakpoint
CREATE INDEX "records_commitment_procedure_idx" ON "records" USING btree ("procedure_code","decision_date","id") WHERE "records"."kind" = 'credit_commitment';--> statement-breakpoint
CREATE INDEX "records_commitment_status_idx" ON "records" USING btree ("commitment_status","decision_date","id") WHERE "records"."kind" = 'credit_commitment';--> statement-breakpoint
CREATE INDEX "records_commitment_department_idx" ON "records" USING btree ("department_id","decision_date","id") WHERE "records"."kind" = 'credit_commitment';