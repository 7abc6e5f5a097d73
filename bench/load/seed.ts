/**
 * Seeds a synthetic registry for the load benchmark straight in SQL (generate_series, one
 * statement per chunk), shaped the way the ledger stores it: person entities with an accepted
 * name claim, status-change entities with accepted person / date / status claims (the first one
 * of each person also names the country), release events with their claims, and deals tying
 * release events to the parties (actors) who made them and the concessions given, as ingestion
 * and review leave them (src/app/ingest/ingest-release.ts: the deal names the release and the
 * release names the deal).
 *
 * Everything is deterministic: person i, status change n and release r are computed from their
 * number, and the same functions (nameOf, personOf) let the driver pick real ids and names.
 */

import { actorKinds, concessionKinds } from '../../src/core/model/properties.ts';

export interface LoadScale {
  persons: number;
  changes: number;
  releases: number;
  /** Deals, two release events each (fewer when there are not enough release events). */
  deals: number;
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
  // The release events of a deal were negotiated; the others, pardons.
  await text(
    'kind',
    `CASE WHEN r < ${2 * dealCount(s)} THEN 'negotiated_release' ELSE 'pardon' END`,
  );
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

/** Deals seeded: two release events each, so at most half the release events. */
export function dealCount(s: LoadScale): number {
  return Math.min(s.deals, Math.floor(s.releases / 2));
}

/** Actors seeded as the parties of deals and the grantors of concessions. */
export const ACTORS = 10;

/** One claim per row of `from` (SQL yielding `i`): value `value`, subject `subject`. */
function claimsFrom(
  q: RawQuery,
  o: { id: string; subject: string; type: string; property: string; from: string },
  value: { json: string; ref?: string; text?: string },
  params: unknown[],
) {
  return q(
    `INSERT INTO claims (${CLAIM_COLUMNS})
     SELECT ${o.id}, ${o.subject}, '${o.type}', '${o.property}', ${value.json},
       ${value.ref ?? 'null'}, ${value.text ?? 'null'}, $2::jsonb, $1, 1, 'accepted'
     FROM ${o.from}`,
    [CREATED, AUTHOR, ...params],
  );
}

const textValue = (expr: string) => ({
  json: `jsonb_build_object('type', 'text', 'text', ${expr})`,
  text: `lower(${expr})`,
});
const refValue = (expr: string) => ({
  json: `jsonb_build_object('type', 'ref', 'id', ${expr})`,
  ref: expr,
});
const dayValue = (expr: string) => ({
  json: `jsonb_build_object('type', 'date', 'date', jsonb_build_object('value',
    to_char(${expr}, 'YYYY-MM-DD'), 'precision', 'day'))`,
});

/** Actor a: a name, a kind (government, envoy, ...) and a country. */
async function seedActors(q: RawQuery) {
  const from = `generate_series(0, ${ACTORS - 1}) i`;
  const actor = (property: string) => ({
    id: `'clm_a' || i || '${property}'`,
    subject: `'act_' || i`,
    type: 'actor',
    property,
    from,
  });
  await q(
    `INSERT INTO entities (id, type, created_at) SELECT 'act_' || i, 'actor', $1 FROM ${from}`,
    [CREATED],
  );
  await claimsFrom(
    q,
    actor('name'),
    {
      json: `jsonb_build_object('type', 'name', 'name', jsonb_build_object(
        'value', 'Mediator ' || i, 'script', 'latin', 'language', null, 'kind', 'official'))`,
      text: `lower('Mediator ' || i)`,
    },
    [],
  );
  await claimsFrom(q, actor('kind'), textValue(`($3::text[])[1 + i % $4::int]`), [
    actorKinds,
    actorKinds.length,
  ]);
  await claimsFrom(q, actor('country'), textValue(`'LT'`), []);
}

/**
 * Deal d: titled and dated (the day of its first release event), two parties, release events
 * 2d and 2d + 1 (each naming the deal back) and concessions 2d and 2d + 1, each with a kind,
 * a grantor, a target, a description and the deal's date.
 */
async function seedDeals(q: RawQuery, s: LoadScale) {
  const deals = dealCount(s);
  if (deals === 0) return;
  await seedActors(q);
  const dealFrom = `generate_series(0, ${deals - 1}) i`;
  const twoEach = `${dealFrom}, generate_series(0, 1) m`;
  const dealDay = `date '2015-01-01' + (i * 14)::int`;
  await q(
    `INSERT INTO entities (id, type, created_at)
     SELECT 'deal_' || i, 'deal', $1 FROM ${dealFrom}
     UNION ALL SELECT 'con_' || i, 'concession', $1 FROM generate_series(0, ${2 * deals - 1}) i`,
    [CREATED],
  );
  const deal = (property: string, from = dealFrom, suffix = '') => ({
    id: `'clm_d' || i || '${property}'${suffix}`,
    subject: `'deal_' || i`,
    type: 'deal',
    property,
    from,
  });
  await claimsFrom(q, deal('title'), textValue(`'Deal ' || i`), []);
  await claimsFrom(q, deal('date'), dayValue(dealDay), []);
  await claimsFrom(
    q,
    deal('party', twoEach, ` || m`),
    refValue(`'act_' || ((i + m) % ${ACTORS})`),
    [],
  );
  await claimsFrom(q, deal('release', twoEach, ` || m`), refValue(`'rel_' || (2 * i + m)`), []);
  await claimsFrom(q, deal('concession', twoEach, ` || m`), refValue(`'con_' || (2 * i + m)`), []);
  await claimsFrom(
    q,
    {
      id: `'clm_r' || i || 'deal'`,
      subject: `'rel_' || i`,
      type: 'release_event',
      property: 'deal',
      from: `generate_series(0, ${2 * deals - 1}) i`,
    },
    refValue(`'deal_' || (i / 2)`),
    [],
  );
  const concession = (property: string) => ({
    id: `'clm_c' || i || '${property}'`,
    subject: `'con_' || i`,
    type: 'concession',
    property,
    from: `generate_series(0, ${2 * deals - 1}) i`,
  });
  await claimsFrom(q, concession('kind'), textValue(`($3::text[])[1 + i % $4::int]`), [
    concessionKinds,
    concessionKinds.length,
  ]);
  await claimsFrom(q, concession('grantedBy'), refValue(`'act_' || (i % ${ACTORS})`), []);
  await claimsFrom(q, concession('target'), textValue(`'Sector ' || i`), []);
  await claimsFrom(q, concession('description'), textValue(`'Concession ' || i`), []);
  await claimsFrom(q, concession('date'), dayValue(`date '2015-01-01' + ((i / 2) * 14)::int`), []);
}

/** Seeds the whole registry; `chunk` rows per statement keep PGlite's memory bounded. */
export async function seed(q: RawQuery, s: LoadScale, chunk = 20_000): Promise<void> {
  await seedPersons(q, s, chunk);
  await seedChanges(q, s, chunk);
  await seedReleases(q, s);
  await seedDeals(q, s);
}
