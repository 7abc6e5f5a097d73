-- Custom migration: the read model behind counts at a date (docs/performance.md).
-- Derived from the claims, never a source of truth: held_spans and held_deltas are rewritten
-- for a person whenever a claim or review about one of their status changes is stored, and
-- can be rebuilt from the claims at any time.

-- The days each person was held in a country: from_day inclusive, to_day exclusive (null: still held).
CREATE TABLE held_spans (
  person_id text NOT NULL,
  country text NOT NULL,
  from_day text NOT NULL,
  to_day text
);
--> statement-breakpoint
CREATE INDEX held_spans_person_idx ON held_spans (person_id);
--> statement-breakpoint
CREATE INDEX held_spans_country_from_idx ON held_spans (country, from_day COLLATE "C");
--> statement-breakpoint
-- Per country and day, how the number held changes (+1 per span starting, -1 per span ending):
-- the count on day d is the sum up to d, a range read over one index.
CREATE TABLE held_deltas (
  country text NOT NULL,
  day text COLLATE "C" NOT NULL,
  delta integer NOT NULL,
  PRIMARY KEY (country, day)
);
--> statement-breakpoint
-- Read models and whether they are built: a database upgraded with status changes already in
-- it has its spans built from the claims on first use.
CREATE TABLE read_models (
  name text PRIMARY KEY,
  state text NOT NULL CHECK (state IN ('stale', 'built')),
  at text NOT NULL
);
--> statement-breakpoint
INSERT INTO read_models (name, state, at)
  SELECT 'held_spans', CASE WHEN EXISTS (SELECT 1 FROM entities WHERE type = 'status_change')
    THEN 'stale' ELSE 'built' END, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
