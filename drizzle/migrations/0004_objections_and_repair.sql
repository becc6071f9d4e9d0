CREATE TYPE "public"."applicant_type" AS ENUM('person', 'company', 'organisation');--> statement-breakpoint
CREATE TYPE "public"."application_event" AS ENUM('submitted', 'suspended', 'resumed', 'corrected', 'revoked', 'upheld', 'approved', 'refused', 'reassigned');--> statement-breakpoint
CREATE TYPE "public"."application_kind" AS ENUM('objection', 'repair');--> statement-breakpoint
CREATE TYPE "public"."application_status" AS ENUM('open', 'suspended', 'corrected', 'revoked', 'upheld', 'approved', 'refused');--> statement-breakpoint
CREATE TYPE "public"."objection_reason" AS ENUM('wrong', 'missing', 'duplicated', 'should_not_publish', 'past_period', 'inconsistent', 'other');--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" bigint NOT NULL,
	"event" "application_event" NOT NULL,
	"staff_user_id" integer,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_files" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" bigint NOT NULL,
	"stored_name" text NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" "application_kind" NOT NULL,
	"tracking_no" text NOT NULL,
	"access_code_hash" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"entity_id" bigint NOT NULL,
	"record_id" bigint,
	"department_id" integer,
	"status" "application_status" DEFAULT 'open' NOT NULL,
	"reason" "objection_reason",
	"description" text NOT NULL,
	"applicant_type" "applicant_type" NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_uscc" text,
	"contact_phone" text,
	"contact_email" text,
	"commitment_signed" boolean DEFAULT false NOT NULL,
	"submitted_on" date NOT NULL,
	"deadline" date NOT NULL,
	"reply" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "application_files_application_idx" ON "application_files" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_tracking_no_key" ON "applications" USING btree ("tracking_no");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_idempotency_key" ON "applications" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "applications_queue_idx" ON "applications" USING btree ("kind","department_id","status","deadline");--> statement-breakpoint
CREATE INDEX "applications_record_idx" ON "applications" USING btree ("record_id") WHERE "applications"."status" in ('open','suspended');