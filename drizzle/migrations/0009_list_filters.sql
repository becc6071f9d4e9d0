-- List pages, counts and exports at 1M firms: index-only scans of the listing rows and of a district's firms
-- (a district's count 0.4 s → 40 ms). Built in about 5 s at 1M under a short write lock.
DROP INDEX "entities_district_idx";--> statement-breakpoint
DROP INDEX "records_listing_idx";--> statement-breakpoint
CREATE INDEX "entities_district_idx" ON "entities" USING btree ("district_code","industry_code","id");--> statement-breakpoint
CREATE INDEX "records_listing_idx" ON "records" USING btree ("kind","decision_date","id","entity_id","department_id","status","removed_on") WHERE "records"."kind" in ('abnormal_listing','serious_illegal_listing','dishonest_debtor','tax_violation');