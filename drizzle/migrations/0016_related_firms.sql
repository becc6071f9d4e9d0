-- Related firms (网图, issue 20): a nullable head-office reference on entities (a branch's 总公司,
-- posted through entity intake as headOfficeUscc), and the indexes the profile's related-firm query
-- reads: the normalised registered address, (legal representative, district) and branches by head
-- office. Additive only: the new column is nullable, the indexes are new.
-- normalize_address is added by hand (drizzle-kit does not manage functions) and must give the same
-- answer as lib/domain/address.ts normalizeAddress (tests/integration/network.test.ts checks both):
-- full-width ASCII and the ideographic space to half-width, every whitespace removed, 號 → 号, ASCII
-- letters upper-cased (upper() only folds ASCII under the database's C ctype). Room numbers are kept.
CREATE OR REPLACE FUNCTION normalize_address(address text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
  SELECT upper(replace(regexp_replace(translate(address, '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '),
    '[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+', '', 'g'), '號', '号'))
$$;
--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "head_office_id" bigint;--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_head_office_id_entities_id_fk" FOREIGN KEY ("head_office_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entities_head_office_idx" ON "entities" USING btree ("head_office_id") WHERE "entities"."head_office_id" is not null;--> statement-breakpoint
CREATE INDEX "entities_address_normalized_idx" ON "entities" USING btree (normalize_address("address"));--> statement-breakpoint
CREATE INDEX "entities_representative_district_idx" ON "entities" USING btree ("legal_representative","district_code");--> statement-breakpoint
-- The planner knows nothing of an expression index until the table is analysed: without this it
-- estimated 5,000 firms per address and walked the primary key instead (31 s for one profile at 1M firms).
ANALYZE "entities";
