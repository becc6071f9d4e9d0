-- The departments that provided each list (lib/db/queries/list-entries.ts listAuthorities, the authority
-- filter on every list page): index-only, 1.8 ms at 1M firms instead of 4.7 s. Built in 1.2 s at 1M (a
-- short write lock on records; CONCURRENTLY cannot run inside the migration transaction).
CREATE INDEX "records_listing_department_idx" ON "records" USING btree ("kind","department_id") WHERE "records"."kind" in ('abnormal_listing','serious_illegal_listing','dishonest_debtor','tax_violation');