-- Repair for every listing, by the firm (issue 17 part 7): the routes chosen on a repair form, the
-- applicant's role for the firm and the staff check of it, and which uploaded file is the
-- authorisation document. Columns are added with defaults, so older code keeps working.
ALTER TABLE "application_files" ADD COLUMN "purpose" text DEFAULT 'evidence' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "repair_routes" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "acting_role" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "authority_verified_by" integer;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "authority_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_authority_verified_by_staff_users_id_fk" FOREIGN KEY ("authority_verified_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_purpose" CHECK ("application_files"."purpose" in ('evidence', 'authorisation'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_acting_role" CHECK ("applications"."acting_role" is null or "applications"."acting_role" in ('legal_representative', 'authorised_agent'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_repair_routes" CHECK ("applications"."repair_routes" <@ array['commitment', 'correction', 'verification', 'training', 'credit_report', 'public_service']::text[]);
