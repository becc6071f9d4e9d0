-- Issued credit reports (issue 16): each PDF's canonical snapshot and its Ed25519 signature are stored
-- before the PDF is sent, so /verify can show what a report said and tell a genuine file from an edited one.
-- Reports count the objections and repairs under way about a firm: a partial index on the open ones.
CREATE TABLE "credit_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"report_no" text NOT NULL,
	"verification_code" text NOT NULL,
	"entity_id" bigint NOT NULL,
	"uscc" text NOT NULL,
	"locale" text NOT NULL,
	"level" "credit_level" NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"data_as_of" timestamp with time zone,
	"snapshot" jsonb NOT NULL,
	"snapshot_sha256" char(64) NOT NULL,
	"signature" text NOT NULL,
	"key_id" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_reports" ADD CONSTRAINT "credit_reports_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_reports_report_no_key" ON "credit_reports" USING btree ("report_no");--> statement-breakpoint
CREATE INDEX "credit_reports_entity_idx" ON "credit_reports" USING btree ("entity_id","issued_at");--> statement-breakpoint
CREATE INDEX "applications_entity_open_idx" ON "applications" USING btree ("entity_id") WHERE "applications"."status" in ('open','suspended');