-- Custom migration (drizzle-kit generate --custom): the name search index (docs/storage.md).
-- Written to the PostgreSQL 15 subset so it runs on the server and on PGlite alike.
--
-- The trigram index over every name claim (claims_name_trgm_idx) also held names no search can
-- return: rejected ones, and names of any length. One editor's 2,000,000-character name made
-- every public search recheck it (about 1 s instead of 10 ms), and went on doing so after a
-- reviewer rejected it. name_index holds only what can match: one row per name claim that is
-- not rejected and at most 300 characters long (textLimits.name in src/core/limits.ts; the
-- API, CLI, ingestion and imports refuse longer names). Derived from the claims and their
-- reviews by the triggers below, in the same transaction, whoever writes.
CREATE TABLE name_index (
  claim_id text PRIMARY KEY,
  subject_id text NOT NULL,
  subject_type text NOT NULL,
  folded text NOT NULL
);
--> statement-breakpoint
CREATE INDEX name_index_trgm_idx ON name_index USING gin (folded gin_trgm_ops);
--> statement-breakpoint
-- Adds a name claim when it can match (the length limit here and in core/limits.ts agree,
-- test/adapters/db/name-index.test.ts checks it); a no-op for one already there.
CREATE OR REPLACE FUNCTION habeas_name_index_add(c claims) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF c.property = 'name' AND c.value_text IS NOT NULL AND length(c.value_text) <= 300 THEN
    INSERT INTO name_index (claim_id, subject_id, subject_type, folded)
      VALUES (c.id, c.subject_id, c.subject_type, habeas_fold(c.value_text))
      ON CONFLICT (claim_id) DO NOTHING;
  END IF;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION habeas_name_index_claim() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF NEW.initial_state <> 'rejected' THEN
    PERFORM habeas_name_index_add(NEW);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER claims_name_index AFTER INSERT ON claims
  FOR EACH ROW WHEN (NEW.property = 'name')
  EXECUTE FUNCTION habeas_name_index_claim();
--> statement-breakpoint
-- A review changes the claim's state to its latest review's (by time, then id, as the stores'
-- claimState): a rejection takes the name out, any other state puts it back.
CREATE OR REPLACE FUNCTION habeas_name_index_review() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  c claims;
  latest text;
BEGIN
  SELECT * INTO c FROM claims WHERE id = NEW.claim_id AND property = 'name';
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT r.state INTO latest FROM reviews r WHERE r.claim_id = NEW.claim_id
    ORDER BY r.at COLLATE "C" DESC, r.id COLLATE "C" DESC LIMIT 1;
  IF latest = 'rejected' THEN
    DELETE FROM name_index WHERE claim_id = NEW.claim_id;
  ELSE
    PERFORM habeas_name_index_add(c);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER reviews_name_index AFTER INSERT ON reviews
  FOR EACH ROW EXECUTE FUNCTION habeas_name_index_review();
--> statement-breakpoint
-- The names already stored, each under its current state.
INSERT INTO name_index (claim_id, subject_id, subject_type, folded)
  SELECT c.id, c.subject_id, c.subject_type, habeas_fold(c.value_text) FROM claims c
  WHERE c.property = 'name' AND c.value_text IS NOT NULL AND length(c.value_text) <= 300
    AND coalesce((SELECT r.state FROM reviews r WHERE r.claim_id = c.id
      ORDER BY r.at COLLATE "C" DESC, r.id COLLATE "C" DESC LIMIT 1), c.initial_state) <> 'rejected';
--> statement-breakpoint
DROP INDEX claims_name_trgm_idx;
