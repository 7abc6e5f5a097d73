-- Custom migration: the held persons' ids of a day read the way that reads fewest spans
-- (docs/performance.md, "Counts"). Walking a country's spans in id order (0015) reads
-- limit x spans / held of them: cheap while many are held, a walk through every span on a day
-- when few are (after a large release). held_deltas now also keeps how many spans start and
-- end each day, so the application knows, for any day, how many spans have started by then
-- and how many have not yet ended, and reads from the smaller of the two (indexes below).
ALTER TABLE held_deltas ADD COLUMN starts integer NOT NULL DEFAULT 0;
--> statement-breakpoint
ALTER TABLE held_deltas ADD COLUMN ends integer NOT NULL DEFAULT 0;
--> statement-breakpoint
-- Recounted from the spans (the truth of this table): a day whose starts and ends cancel
-- out had no row before and needs one now.
DELETE FROM held_deltas;
--> statement-breakpoint
INSERT INTO held_deltas (country, day, delta, starts, ends)
  SELECT country, day, sum(s) - sum(e), sum(s), sum(e) FROM (
    SELECT country, from_day AS day, 1 AS s, 0 AS e FROM held_spans
    UNION ALL
    SELECT country, to_day, 0, 1 FROM held_spans WHERE to_day IS NOT NULL) moves
  GROUP BY country, day;
--> statement-breakpoint
-- Spans not ended by a day (open ones last), for days when few of them are left.
CREATE INDEX held_spans_country_to_idx
  ON held_spans (country, (coalesce(to_day, '9999-12-31') COLLATE "C")) INCLUDE (person_id, from_day);
