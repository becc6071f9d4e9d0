-- Finished runs of `npm run db:backup`, so /api/health on every machine can warn when the last backup is more than a day old (issue 21).
CREATE TABLE "backup_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"folder" text NOT NULL,
	"bytes" bigint NOT NULL
);
