/**
 * Seeds a synthetic registry for the load benchmark straight in SQL (generate_series, one
 * statement per chunk), shaped the way the ledger stores it: person entities with an accepted
 * name claim, status-change entities with accepted person / date / status claims (the first one
 * of each person also names the country), and release events with their claims.
 *
 * Everything is deterministic: person i, status change n and release r are computed from their
 * number, and the same functions (nameOf, personOf) let the driver pick real ids and names.
 */

export interface LoadScale {
  persons: number;
  changes: number;
  releases: number;
}

/** Runs one SQL statement with parameters (SqlDatabase.rawQuery). */
export type RawQuery = (text: string, params?: unknown[]) => Promise<unknown>;

const GIVEN = [
  'Ales',
  'Maria',
  'Siarhei',
  'Mikalai',
  'Viktar',
  'Ihar',
  'Palina',
  'Nasta',
  'Zmitser',
  'Andrei',
  'Pavel',
  'Volha',
  'Darya',
  'Iryna',
  'Maksim',
  'Uladzimir',
  'Yauhen',
  'Katsiaryna',
  'Aliaksandr',
  'Tatsiana',
  'Dzianis',
  'Hanna',
  'Raman',
  'Mikhail',
  'Alena',
  'Vital',
  'Yuliya',
  'Artsiom',
  'Natallia',
  'Leanid',
];
const ROOTS = [
  'Bial',
  'Kales',
  'Statk',
  'Los',
  'Mats',
  'Babar',
  'Hryn',
  'Lap',
  'Dabr',
  'Zhyl',
  'Kuzm',
  'Nav',
  'Shap',
  'Tsikh',
  'Paz',
  'Sap',
  'Chern',
  'Vol',
  'Dzm',
  'Kryv',
  'Mal',
  'Hor',
  'Sav',
  'Luk',
  'Pras',
  'Rad',
  'Byk',
  'Zan',
  'Step',
  'Marc',
];
const MIDDLES = ['', 'ia', 'ev', 'ins', 'ak', 'ush', 'ovi', 'yn', 'ul', 'ash'];
const ENDINGS = ['ski', 'ich', 'ka', 'au', 'enka', 'ava', 'ik', 'uk'];

const SURNAMES = ROOTS.flatMap((r) => MIDDLES.flatMap((m) => ENDINGS.map((e) => r + m + e)));

/** The official name of person i ('Ales Bialiaski'). */
export function nameOf(i: number): string {
  return `${GIVEN[i % GIVEN.length]} ${SURNAMES[(i * 7919) % SURNAMES.length]}`;
}

export function personId(i: number): string {
  return `per_${i}`;
}

/** Status changes per person (the last persons get the remainder). */
export function changesPerPerson(s: LoadScale): number {
  return Math.max(1, Math.floor(s.changes / s.persons));
}

const STATUSES = [
  'detained',
  'sentenced',
  'recognised',
  'released',
  're_arrested',
  'sentenced',
  'pardoned',
  're_arrested',
  'sentenced',
  'released',
];

const CREATED = '2026-01-01T00:00:00.000Z';
const AUTHOR = '{"kind":"import","name":"load-bench"}';

/** The columns every seeded claim fills; the rest stay null. */
const CLAIM_COLUMNS =
  'id, subject_id, subject_type, property, value, value_ref, value_text, author, created_at, confidence, initial_state';

async function inChunks(
  total: number,
  size: number,
  fn: (lo: number, hi: number) => Promise<void>,
): Promise<void> {
  for (let lo = 0; lo < total; lo += size) await fn(lo, Math.min(total, lo + size) - 1);
}

async function seedPersons(q: RawQuery, s: LoadScale, chunk: number) {
  await inChunks(s.persons, chunk, async (lo, hi) => {
    await q(
      `INSERT INTO entities (id, type, created_at)
       SELECT 'per_' || i, 'person', $3 FROM generate_series($1::int, $2::int) i`,
      [lo, hi, CREATED],
    );
    await q(
      `INSERT INTO claims (${CLAIM_COLUMNS})
       SELECT 'clm_n' || i, 'per_' || i, 'person', 'name',
         jsonb_build_object('type', 'name', 'name', jsonb_build_object(
           'value', nm, 'script', 'latin', 'language', null, 'kind', 'official')),
         null, lower(nm), $4::jsonb, $3, 1, 'accepted'
       FROM generate_series($1::int, $2::int) i,
         LATERAL (SELECT ($5::text[])[1 + i % $6::int] || ' ' ||
           ($7::text[])[1 + (i::bigint * 7919) % $8::int] AS nm) n`,
      [lo, hi, CREATED, AUTHOR, GIVEN, GIVEN.length, SURNAMES, SURNAMES.length],
    );
  });
}

/**
 * Status change n belongs to person n / k (k changes each) and is that person's change j = n % k:
 * dated 200 days after the previous one, statuses cycling through STATUSES.
 */
async function seedChanges(q: RawQuery, s: LoadScale, chunk: number) {
  const k = changesPerPerson(s);
  const total = Math.min(s.changes, k * s.persons);
  const person = `'per_' || (n / ${k})`;
  const j = `(n % ${k})`;
  await inChunks(total, chunk, async (lo, hi) => {
    const range = 'generate_series($1::int, $2::int) n';
    await q(
      `INSERT INTO entities (id, type, created_at) SELECT 'stc_' || n, 'status_change', $3 FROM ${range}`,
      [lo, hi, CREATED],
    );
    await q(
      `INSERT INTO claims (${CLAIM_COLUMNS})
       SELECT 'clm_s' || n || 'p', 'stc_' || n, 'status_change', 'person',
         jsonb_build_object('type', 'ref', 'id', ${person}), ${person}, null, $4::jsonb, $3, 1, 'accepted'
       FROM ${range}`,
      [lo, hi, CREATED, AUTHOR],
    );
    await q(
      `INSERT INTO claims (${CLAIM_COLUMNS})
       SELECT 'clm_s' || n || 'd', 'stc_' || n, 'status_change', 'date',
         jsonb_build_object('type', 'date', 'date', jsonb_build_object('value',
           to_char(date '2010-01-01' + (((n / ${k}) * 37) % 3000 + ${j} * 200)::int, 'YYYY-MM-DD'),
           'precision', 'day')),
         null, null, $4::jsonb, $3, 1, 'accepted'
       FROM ${range}`,
      [lo, hi, CREATED, AUTHOR],
    );
    await q(
      `INSERT INTO claims (${CLAIM_COLUMNS})
       SELECT 'clm_s' || n || 's', 'stc_' || n, 'status_change', 'status',
         jsonb_build_object('type', 'text', 'text', st), null, st, $4::jsonb, $3, 1, 'accepted'
       FROM ${range}, LATERAL (SELECT ($5::text[])[1 + ${j} % 10] AS st) s`,
      [lo, hi, CREATED, AUTHOR, STATUSES],
    );
    // The first change of a person names the country; later ones inherit it.
    await q(
      `INSERT INTO claims (${CLAIM_COLUMNS})
       SELECT 'clm_s' || n || 'c', 'stc_' || n, 'status_change', 'country',
         jsonb_build_object('type', 'text', 'text', c), null, lower(c), $4::jsonb, $3, 1, 'accepted'
       FROM ${range}, LATERAL (SELECT CASE WHEN (n / ${k}) % 10 = 0 THEN 'RU' ELSE 'BY' END AS c) x
       WHERE ${j} = 0`,
      [lo, hi, CREATED, AUTHOR],
    );
  });
}

/** Release r: dated a week after release r-1, ten named people released. */
async function seedReleases(q: RawQuery, s: LoadScale) {
  const range = 'generate_series(0, $1::int - 1) r';
  const p = [s.releases, CREATED, AUTHOR];
  await q(
    `INSERT INTO entities (id, type, created_at) SELECT 'rel_' || r, 'release_event', $2 FROM ${range}`,
    p.slice(0, 2),
  );
  const text = (prop: string, expr: string) =>
    q(
      `INSERT INTO claims (${CLAIM_COLUMNS})
       SELECT 'clm_r' || r || '${prop}', 'rel_' || r, 'release_event', '${prop}',
         jsonb_build_object('type', 'text', 'text', ${expr}), null, lower(${expr}), $3::jsonb, $2, 1, 'accepted'
       FROM ${range}`,
      p,
    );
  await text('title', `'Release ' || r`);
  await text('country', `'BY'`);
  await text('kind', `'pardon'`);
  await q(
    `INSERT INTO claims (${CLAIM_COLUMNS})
     SELECT 'clm_r' || r || 'date', 'rel_' || r, 'release_event', 'date',
       jsonb_build_object('type', 'date', 'date', jsonb_build_object('value',
         to_char(date '2015-01-01' + (r * 7)::int, 'YYYY-MM-DD'), 'precision', 'day')),
       null, null, $3::jsonb, $2, 1, 'accepted'
     FROM ${range}`,
    p,
  );
  await q(
    `INSERT INTO claims (${CLAIM_COLUMNS})
     SELECT 'clm_r' || r || 'count', 'rel_' || r, 'release_event', 'releasedCount',
       '{"type":"number","number":10,"qualifier":"exact"}'::jsonb, null, null, $3::jsonb, $2, 1, 'accepted'
     FROM ${range}`,
    p,
  );
  await q(
    `INSERT INTO claims (${CLAIM_COLUMNS})
     SELECT 'clm_r' || r || 'rel' || m, 'rel_' || r, 'release_event', 'released',
       jsonb_build_object('type', 'ref', 'id', 'per_' || ((r * 10 + m) % $4::int)),
       'per_' || ((r * 10 + m) % $4::int), null, $3::jsonb, $2, 1, 'accepted'
     FROM ${range}, generate_series(0, 9) m`,
    [...p, s.persons],
  );
}

/** Seeds the whole registry; `chunk` rows per statement keep PGlite's memory bounded. */
export async function seed(q: RawQuery, s: LoadScale, chunk = 20_000): Promise<void> {
  await seedPersons(q, s, chunk);
  await seedChanges(q, s, chunk);
  await seedReleases(q, s);
}
