-- Custom migration: the marks that invalidate read models (docs/read-models.md).
-- Written to the PostgreSQL 15 subset so it runs on the server and on PGlite alike.
--
-- Every transaction that writes claims, reviews, entities or sources marks the ids it changed
-- with its ledger version (migration 0008), whoever writes: a kept answer whose `deps` hold a
-- mark above the version it was built at is stale. What is marked:
-- - a claim (or a review of one): its subject, and the entity its value refers to (a new status
--   change names its person, a release its released people: their answers change too);
-- - a new entity: itself (lists and indexes learn of it);
-- - a source updated (made confidential or not): itself;
-- - `merges` when a mergedInto claim is written or reviewed, and `policy` when anything that
--   decides what the public sees far from its own ids is (visibility, mergedInto, a source's
--   confidentiality; a status change withheld with its person is marked with that person): rare staff acts that reach answers far from the ids involved, so every
--   answer depending on them (every public one; every one for merges) is rebuilt.

-- The ledger version this transaction commits as (raised by the BEFORE triggers of 0008).
CREATE OR REPLACE FUNCTION habeas_mark(ids text[]) RETURNS void
  LANGUAGE plpgsql
  AS $$
DECLARE
  v bigint := nullif(current_setting('habeas.ledger_written', true), '')::bigint;
BEGIN
  IF v IS NULL THEN
    UPDATE ledger_version SET version = version + 1 WHERE id = 1 RETURNING version INTO v;
    PERFORM set_config('habeas.ledger_written', v::text, true);
  END IF;
  -- Each id once (the callers may repeat them), all stamped with one time.
  INSERT INTO read_marks (id, version, at)
    SELECT x, v, stamp
    FROM (SELECT DISTINCT x FROM unnest(ids) AS x WHERE x IS NOT NULL) AS d,
         (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS stamp) AS t
  ON CONFLICT (id) DO UPDATE SET version = excluded.version, at = excluded.at;
END
$$;
--> statement-breakpoint
-- What a set of claims (inserted, or reviewed) marks: each subject, each entity referred to,
-- and `merges` / `policy` for the properties that reach further.
CREATE OR REPLACE FUNCTION habeas_mark_claim_set(subjects text[], refs text[], props text[])
  RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  PERFORM habeas_mark(subjects || refs
    || CASE WHEN 'mergedInto' = ANY(props) THEN ARRAY['merges'] ELSE ARRAY[]::text[] END
    || CASE WHEN props && ARRAY['visibility', 'mergedInto'] THEN ARRAY['policy']
            ELSE ARRAY[]::text[] END);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION habeas_mark_claims() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  PERFORM habeas_mark_claim_set(array(SELECT subject_id FROM new_claims),
    array(SELECT value_ref FROM new_claims), array(SELECT property FROM new_claims));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER claims_read_marks AFTER INSERT ON claims
  REFERENCING NEW TABLE AS new_claims
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_mark_claims();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION habeas_mark_reviews() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  PERFORM habeas_mark_claim_set(c.subjects, c.refs, c.props) FROM (
    SELECT array_agg(c.subject_id) AS subjects, array_agg(c.value_ref) AS refs,
           array_agg(c.property) AS props
    FROM new_reviews r JOIN claims c ON c.id = r.claim_id) AS c;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER reviews_read_marks AFTER INSERT ON reviews
  REFERENCING NEW TABLE AS new_reviews
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_mark_reviews();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION habeas_mark_entities() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  PERFORM habeas_mark(array(SELECT id FROM new_entities));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER entities_read_marks AFTER INSERT ON entities
  REFERENCING NEW TABLE AS new_entities
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_mark_entities();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION habeas_mark_sources() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  PERFORM habeas_mark(c.ids || CASE WHEN cardinality(c.ids) > 0 THEN ARRAY['policy']
                                    ELSE ARRAY[]::text[] END)
  FROM (SELECT array(SELECT n.id FROM new_sources n JOIN old_sources o ON o.id = n.id
                     WHERE n.confidential IS DISTINCT FROM o.confidential) AS ids) AS c;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER sources_read_marks AFTER UPDATE ON sources
  REFERENCING NEW TABLE AS new_sources OLD TABLE AS old_sources
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_mark_sources();
