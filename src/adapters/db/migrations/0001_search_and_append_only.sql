-- Custom migration (drizzle-kit generate --custom): what the Drizzle schema cannot express.
-- Written to the PostgreSQL 15 subset so it runs on the server and on PGlite alike.

-- Fuzzy name search: trigrams over accent-folded text.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index.
-- This wrapper names the dictionary explicitly and is declared IMMUTABLE so it can; if the
-- unaccent rules ever change, REINDEX claims_name_trgm_idx.
CREATE OR REPLACE FUNCTION habeas_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower(input)) $$;
--> statement-breakpoint
CREATE INDEX claims_name_trgm_idx ON claims USING gin (habeas_fold(value_text) gin_trgm_ops)
  WHERE property = 'name';
--> statement-breakpoint
-- Claims and reviews are the audit log: corrections are new rows, so the database itself
-- refuses to change or remove one, whatever client is connected.
CREATE OR REPLACE FUNCTION habeas_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION 'habeas: % is append-only; % is refused (add a new claim or review instead)',
    TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END
$$;
--> statement-breakpoint
CREATE TRIGGER claims_append_only BEFORE UPDATE OR DELETE ON claims
  FOR EACH ROW EXECUTE FUNCTION habeas_refuse_change();
--> statement-breakpoint
CREATE TRIGGER claims_no_truncate BEFORE TRUNCATE ON claims
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_refuse_change();
--> statement-breakpoint
CREATE TRIGGER reviews_append_only BEFORE UPDATE OR DELETE ON reviews
  FOR EACH ROW EXECUTE FUNCTION habeas_refuse_change();
--> statement-breakpoint
CREATE TRIGGER reviews_no_truncate BEFORE TRUNCATE ON reviews
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_refuse_change();
