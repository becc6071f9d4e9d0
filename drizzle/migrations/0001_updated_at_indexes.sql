CREATE INDEX "entities_updated_at_idx" ON "entities" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "records_updated_at_idx" ON "records" USING btree ("updated_at");