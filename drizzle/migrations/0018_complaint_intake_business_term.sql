-- The 12345 hotline's complaint figures arrive through POST /api/v1/intake/complaints (issue 17 part 4): each
-- firm-month row remembers which department sent its current figures under which sourceRef (idempotent
-- intake; a re-sent month replaces the figures) and when. Nullable: seeded rows have no sender. Additive only.
-- The business term (营业期限, issue 17 part 8) on the profile: from and to, to null meaning without end (长期);
-- both null while a firm's registration has not brought it. Nullable columns: additive only.
ALTER TABLE "complaint_stats" ADD COLUMN "department_id" integer;--> statement-breakpoint
ALTER TABLE "complaint_stats" ADD COLUMN "source_ref" text;--> statement-breakpoint
ALTER TABLE "complaint_stats" ADD COLUMN "collected_on" date;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "business_term_from" date;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "business_term_to" date;--> statement-breakpoint
ALTER TABLE "complaint_stats" ADD CONSTRAINT "complaint_stats_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_stats_department_source_ref_key" ON "complaint_stats" USING btree ("department_id","source_ref") WHERE "complaint_stats"."source_ref" is not null;