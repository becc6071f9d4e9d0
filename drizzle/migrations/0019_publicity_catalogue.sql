-- The publicity catalogue (issue 17 parts 1-3): publicity periods per record kind and penalty severity as versioned
-- data (minimum before repair, maximum after which publication stops, collection deadline, whether it counts toward
-- the level), new record kinds (any department's blacklist, judicial assistance, administrative enforcement, broken
-- commitments, refusals to correct) and the severity specific_serious, records.list_name for department blacklists,
-- and a listing index that covers department_blacklist. Additive only. Nothing here names a new enum value: drizzle
-- runs pending migrations in one transaction, where PostgreSQL refuses a value added in it; the seeder fills the
-- catalogue, and until then lib/domain/publicity.ts's seed catalogue answers.
ALTER TYPE "public"."record_kind" ADD VALUE 'department_blacklist';--> statement-breakpoint
ALTER TYPE "public"."record_kind" ADD VALUE 'judicial_assistance';--> statement-breakpoint
ALTER TYPE "public"."record_kind" ADD VALUE 'administrative_enforcement';--> statement-breakpoint
ALTER TYPE "public"."record_kind" ADD VALUE 'broken_commitment';--> statement-breakpoint
ALTER TYPE "public"."record_kind" ADD VALUE 'refused_correction';--> statement-breakpoint
ALTER TYPE "public"."severity" ADD VALUE 'specific_serious';--> statement-breakpoint
CREATE TABLE "publicity_catalogue" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" "record_kind" NOT NULL,
	"severity" "severity",
	"min_months" smallint,
	"max_months" smallint,
	"repair_before_max" boolean DEFAULT true NOT NULL,
	"collection_working_days" smallint NOT NULL,
	"counts_toward_level" boolean NOT NULL,
	"effective_from" date NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publicity_catalogue_version_key" UNIQUE NULLS NOT DISTINCT("kind","severity","effective_from"),
	CONSTRAINT "publicity_catalogue_severity_only_penalty" CHECK ("publicity_catalogue"."severity" is null or "publicity_catalogue"."kind" = 'penalty'),
	CONSTRAINT "publicity_catalogue_months" CHECK (("publicity_catalogue"."min_months" is null or "publicity_catalogue"."min_months" between 0 and 240) and ("publicity_catalogue"."max_months" is null or "publicity_catalogue"."max_months" between 1 and 240)),
	CONSTRAINT "publicity_catalogue_min_le_max" CHECK ("publicity_catalogue"."min_months" is null or "publicity_catalogue"."max_months" is null or "publicity_catalogue"."min_months" <= "publicity_catalogue"."max_months"),
	CONSTRAINT "publicity_catalogue_collection_days" CHECK ("publicity_catalogue"."collection_working_days" between 1 and 60)
);
--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "list_name" text;--> statement-breakpoint
ALTER TABLE "publicity_catalogue" ADD CONSTRAINT "publicity_catalogue_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "records_listing_all_idx" ON "records" USING btree ("kind","decision_date","id","entity_id","department_id","status","removed_on") WHERE "records"."kind" not in ('registration_change','licence','qualification','trademark','equity_pledge','ip_pledge','chattel_mortgage','honour','credit_commitment','penalty','licence_revocation','inspection');