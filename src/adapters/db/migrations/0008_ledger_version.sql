-- Custom migration: the ledger version, the one key of every in-memory cache (docs/storage.md).
-- Written to the PostgreSQL 15 subset so it runs on the server and on PGlite alike.
--
-- One row holding a number that every transaction writing the ledger raises by one, from inside
-- that transaction, through triggers on the written tables: whatever writes (a use case, the
-- CLI, a worker, another server, psql), the new number becomes visible exactly when the write
-- commits, and a reader compares it with one primary-key read. Writers take the row's lock from
-- their first ledger write to their commit, so writing transactions commit one at a time; the
-- ingest workers already do (the ledger lock), and a write transaction is short.
CREATE TABLE ledger_version (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO ledger_version (id, version) VALUES (1, 1);
--> statement-breakpoint
-- Once per transaction, not per statement: a transaction-local setting remembers that this one
-- raised the number already, and what to (read back by the stores: SqlStamps.written).
CREATE OR REPLACE FUNCTION habeas_bump_ledger_version() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  raised bigint;
BEGIN
  IF coalesce(current_setting('habeas.ledger_written', true), '') = '' THEN
    UPDATE ledger_version SET version = version + 1 WHERE id = 1 RETURNING version INTO raised;
    PERFORM set_config('habeas.ledger_written', raised::text, true);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Every table the ledger and what is derived from it live in; the audit log and the accounts
-- are not the ledger (no cache reads them). BEFORE the statement: a writer takes the version
-- row first, before any row its statement locks, so two writers wait on each other in one
-- place instead of deadlocking (say, each inserting an entity the other inserts next).
CREATE TRIGGER sources_ledger_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON sources
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_bump_ledger_version();
--> statement-breakpoint
CREATE TRIGGER entities_ledger_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON entities
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_bump_ledger_version();
--> statement-breakpoint
CREATE TRIGGER claims_ledger_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON claims
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_bump_ledger_version();
--> statement-breakpoint
CREATE TRIGGER reviews_ledger_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON reviews
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_bump_ledger_version();
--> statement-breakpoint
CREATE TRIGGER held_spans_ledger_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON held_spans
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_bump_ledger_version();
--> statement-breakpoint
CREATE TRIGGER held_deltas_ledger_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON held_deltas
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_bump_ledger_version();
