-- The business term (营业期限, issue 17 part 8) on the profile: from and to, to null meaning without end (长期);
-- both null while a firm's registration has not brought it. Nullable columns: additive only.
ALTER TABLE "entities" ADD COLUMN "business_term_from" date;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "business_term_to" date;