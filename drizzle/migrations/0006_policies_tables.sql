CREATE TYPE "public"."directory_removal_reason" AS ENUM('deregistered', 'grew_out', 'no_longer_eligible');--> statement-breakpoint
CREATE TYPE "public"."enterprise_size" AS ENUM('small', 'micro');--> statement-breakpoint
CREATE TYPE "public"."policy_category" AS ENUM('tax_relief', 'finance_credit', 'subsidies', 'employment', 'innovation', 'premises', 'other');--> statement-breakpoint
CREATE TYPE "public"."policy_status" AS ENUM('draft', 'published', 'withdrawn');--> statement-breakpoint
CREATE TABLE "policies" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"issuing_department_id" integer NOT NULL,
	"doc_no" text,
	"issued_on" date NOT NULL,
	"published_on" date,
	"category" "policy_category" NOT NULL,
	"eligible_sizes" "enterprise_size"[] DEFAULT '{}' NOT NULL,
	"eligible_industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"eligible_districts" text[] DEFAULT '{}'::text[] NOT NULL,
	"benefits" text NOT NULL,
	"apply_steps" text,
	"apply_materials" text,
	"apply_where" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "policy_status" DEFAULT 'draft' NOT NULL,
	"withdrawn_on" date,
	"withdrawal_reason" text,
	"published_late" boolean GENERATED ALWAYS AS (coalesce(published_on - issued_on > 20, false)) STORED NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policies_valid_period" CHECK ("policies"."valid_to" is null or "policies"."valid_to" >= "policies"."valid_from"),
	CONSTRAINT "policies_published_after_issue" CHECK ("policies"."published_on" is null or "policies"."published_on" >= "policies"."issued_on")
);
--> statement-breakpoint
CREATE TABLE "small_business_directory" (
	"entity_id" bigint PRIMARY KEY NOT NULL,
	"size" "enterprise_size" NOT NULL,
	"listed_year" smallint NOT NULL,
	"removed_on" date,
	"removal_reason" "directory_removal_reason",
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "small_business_directory_removal" CHECK (("small_business_directory"."removed_on" is null) = ("small_business_directory"."removal_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "support_received" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_id" bigint NOT NULL,
	"year" smallint NOT NULL,
	"policy_id" integer,
	"policy_basis" text,
	"content" text NOT NULL,
	"amount_cny" numeric(16, 2),
	"implementing_department_id" integer NOT NULL,
	"granted_on" date NOT NULL,
	"source_department_id" integer NOT NULL,
	"source_ref" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_received_basis" CHECK ("support_received"."policy_id" is not null or "support_received"."policy_basis" is not null),
	CONSTRAINT "support_received_amount" CHECK ("support_received"."amount_cny" is null or "support_received"."amount_cny" >= 0)
);
--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_issuing_department_id_departments_id_fk" FOREIGN KEY ("issuing_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_business_directory" ADD CONSTRAINT "small_business_directory_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_received" ADD CONSTRAINT "support_received_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_received" ADD CONSTRAINT "support_received_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_received" ADD CONSTRAINT "support_received_implementing_department_id_departments_id_fk" FOREIGN KEY ("implementing_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_received" ADD CONSTRAINT "support_received_source_department_id_departments_id_fk" FOREIGN KEY ("source_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policies_status_published_idx" ON "policies" USING btree ("status","published_on","id");--> statement-breakpoint
CREATE INDEX "policies_department_idx" ON "policies" USING btree ("issuing_department_id","status");--> statement-breakpoint
CREATE INDEX "small_business_directory_year_idx" ON "small_business_directory" USING btree ("listed_year","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_received_source_key" ON "support_received" USING btree ("source_department_id","source_ref");--> statement-breakpoint
CREATE INDEX "support_received_entity_idx" ON "support_received" USING btree ("entity_id","granted_on");--> statement-breakpoint
CREATE INDEX "support_received_policy_idx" ON "support_received" USING btree ("policy_id","granted_on","id");