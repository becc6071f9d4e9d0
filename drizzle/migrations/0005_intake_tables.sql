CREATE TABLE "department_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"department_id" integer NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "intake_unmatched" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"department_id" integer NOT NULL,
	"source_ref" text NOT NULL,
	"payload" jsonb NOT NULL,
	"reason" text NOT NULL,
	"identity_field" text NOT NULL,
	"identity_value" text NOT NULL,
	"candidate_count" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_entity_id" bigint,
	"resolved_by" integer
);
--> statement-breakpoint
CREATE TABLE "record_retractions" (
	"record_id" bigint PRIMARY KEY NOT NULL,
	"retracted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_timeliness" (
	"record_id" bigint PRIMARY KEY NOT NULL,
	"department_id" integer NOT NULL,
	"kind" "record_kind" NOT NULL,
	"produced_on" date NOT NULL,
	"collected_on" date NOT NULL,
	"lag_working_days" integer NOT NULL,
	"on_time" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"record_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"change" text NOT NULL,
	"superseded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "timeliness_stats" (
	"department_id" integer NOT NULL,
	"kind" "record_kind" NOT NULL,
	"month" date NOT NULL,
	"records" integer NOT NULL,
	"on_time" integer NOT NULL,
	"lag_sum" bigint NOT NULL,
	CONSTRAINT "timeliness_stats_department_id_kind_month_pk" PRIMARY KEY("department_id","kind","month")
);
--> statement-breakpoint
CREATE TABLE "work_calendar" (
	"day" date PRIMARY KEY NOT NULL,
	"is_working" boolean NOT NULL,
	"ordinal" integer NOT NULL,
	"provisional" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "department_tokens" ADD CONSTRAINT "department_tokens_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_unmatched" ADD CONSTRAINT "intake_unmatched_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_unmatched" ADD CONSTRAINT "intake_unmatched_resolved_entity_id_entities_id_fk" FOREIGN KEY ("resolved_entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_unmatched" ADD CONSTRAINT "intake_unmatched_resolved_by_staff_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_retractions" ADD CONSTRAINT "record_retractions_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeliness_stats" ADD CONSTRAINT "timeliness_stats_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "department_tokens_hash_key" ON "department_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "department_tokens_department_idx" ON "department_tokens" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_unmatched_open_key" ON "intake_unmatched" USING btree ("department_id","source_ref") WHERE "intake_unmatched"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "intake_unmatched_open_idx" ON "intake_unmatched" USING btree ("department_id","id") WHERE "intake_unmatched"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "intake_unmatched_identity_idx" ON "intake_unmatched" USING btree ("identity_field","identity_value") WHERE "intake_unmatched"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "record_timeliness_department_idx" ON "record_timeliness" USING btree ("department_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "record_versions_record_version_key" ON "record_versions" USING btree ("record_id","version");--> statement-breakpoint
-- Hand-written (issue 4): identity matching by organisation code, which is USCC characters 9–17
-- (GB 32100); an expression index drizzle cannot describe, so matching stays an index lookup at millions.
CREATE INDEX IF NOT EXISTS "entities_org_code_idx" ON "entities" USING btree (substr("uscc", 9, 9));
