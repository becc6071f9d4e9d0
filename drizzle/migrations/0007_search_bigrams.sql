-- Contains-matching for the search fallback (Meilisearch down or hung): a GIN index over the
-- character bigrams of an entity's name and former names. drizzle-kit generated the CREATE INDEX
-- from lib/db/schema.ts; the two functions it calls were added by hand above it (drizzle-kit
-- does not manage functions).
-- Why not pg_trgm: it extracts trigrams from "words" only, and with the database's C ctype
-- (initdb --locale=C) no Han character is a word character, so show_trgm('华通商贸') is empty and
-- ILIKE '%华通商贸%' cannot use a gin_trgm_ops index at all. Bigrams work whatever the locale,
-- and a two-character fragment (华通) is one index key.
CREATE OR REPLACE FUNCTION search_bigrams(t text) RETURNS text[]
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
DECLARE
  grams text[] := '{}';
  n int := char_length(t);
BEGIN
  -- A plpgsql loop: about 5x faster than ARRAY(SELECT … FROM generate_series) per row.
  FOR i IN 1 .. n - 1 LOOP
    grams := grams || substr(t, i, 2);
  END LOOP;
  RETURN grams;
END
$$;
--> statement-breakpoint
-- The searchable text of an entity: its normalised name and its former names (brackets folded,
-- spaces removed, as lib/seed/names.ts normalizeEntityName does), lower-cased, joined by U+001F,
-- which no query contains, so no match and no useful bigram spans two names.
CREATE OR REPLACE FUNCTION entity_search_text(name_normalized text, former_names text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
  SELECT lower(CASE WHEN coalesce(cardinality(former_names), 0) = 0 THEN name_normalized
    ELSE name_normalized || E'\x1f' || regexp_replace(translate(array_to_string(former_names, E'\x1f'), '（）', '()'), '[[:space:]　]+', '', 'g')
  END)
$$;
--> statement-breakpoint
CREATE INDEX "entities_search_bigrams_idx" ON "entities" USING gin (search_bigrams(entity_search_text("name_normalized", "former_names")));
