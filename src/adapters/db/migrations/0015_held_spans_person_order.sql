-- Custom migration: the held persons' ids a page at a time (GET /api/counts, docs/performance.md).
-- A page is `country = c and person_id > cursor order by person_id limit n` among the spans
-- held on a day; this index walks one country's spans in id order (byte order, as the cursor
-- compares) from the cursor, and carries the days so the test needs no table read. It stops
-- after n held spans however many persons the country has.
CREATE INDEX held_spans_country_person_idx
  ON held_spans (country, person_id COLLATE "C") INCLUDE (from_day, to_day);
