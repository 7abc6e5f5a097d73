/**
 * Full-text search of the reports (docs/search.md), the same SQL on PGlite and PostgreSQL.
 *
 * Each report is indexed in its own language (`sources.search`, a generated tsvector under the
 * configuration `searchConfigOf(language)` gives, GIN index; migration 0011). The words asked
 * are read under every configuration at once (one tsquery OR-ing each language's reading), so
 * 'pardoned' finds an English report saying 'pardon' and a Polish one saying 'pardoned' as
 * written, with one index scan. Names are matched by trigram through the name index (the
 * people search's), and the reports behind those people's claims join the hits, so a
 * misspelt or transliterated name still finds them. Snippets come from ts_headline with
 * control-character markers, split here into plain segments: no markup ever reaches a page.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { PublicPolicy } from '../../core/model/publish.ts';
import type { ReportHit, ReportSearch, ReportSearchResult } from '../../core/ports.ts';
import { SqlNameLookup } from './name-lookup.ts';
import { publishedClaim } from './published.ts';
import { claimState, type Db, rowsOf, textArray } from './query.ts';
import { claims, hostOf, searchConfigOf, searchConfigs, sources } from './schema.ts';

const configs = [...new Set([...Object.values(searchConfigs), 'simple'])].sort();
const start = '\u0002';
const stop = '\u0003';
/** How much of a report the snippet is cut from: ts_headline parses all it is given. */
const snippetChars = 50_000;
/** People whose name is at least this like the words searched bring their reports in. */
const nameSimilarity = 0.45;
/** A name hit's weight beside text ranks (ts_rank gives about 0.06 to 0.1 for a plain match). */
const nameWeight = 0.1;

/** The words under every language's reading, OR-ed: constant-folded, so the GIN index answers it. */
function tsquery(q: string): SQL {
  const parts = configs.map(
    (c) => sql`websearch_to_tsquery(${sql.raw(`'${c}'`)}::regconfig, ${q})`,
  );
  return sql`(${sql.join(parts, sql` || `)})`;
}

/**
 * The words as each language reads them, one row per configuration (constants, folded when the
 * statement is planned). A report is joined to its own language's reading, which decides: a
 * phrase or an excluded word ('-Minsk') means what it says in the report's language (another
 * language's stemmer may read 'Minsk' as 'mins' and let it through the OR-ed query).
 */
function readings(q: string): SQL {
  const rows = configs.map(
    (c) =>
      sql`(${sql.raw(`'${c}'`)}::regconfig, websearch_to_tsquery(${sql.raw(`'${c}'`)}::regconfig, ${q}))`,
  );
  return sql`select * from (values ${sql.join(rows, sql`, `)}) as r(cfg, tq)`;
}

/** A claim drawn from the report being filtered that counts: published for the public, not rejected for staff. */
function countingClaim(policy: PublicPolicy | null): SQL {
  return policy ? publishedClaim(policy) : sql`${claimState} <> 'rejected'`;
}

function filters(search: ReportSearch, policy: PublicPolicy | null): SQL {
  const where: SQL[] = [];
  if (policy) where.push(sql`not ${sources.confidential}`);
  if (search.from) where.push(sql`${sources.publishedAt} >= ${search.from}`);
  if (search.to) where.push(sql`${sources.publishedAt} <= ${search.to}`);
  if (search.language) where.push(sql`${sources.language} = ${search.language}`);
  if (search.source) {
    const s = search.source.trim().toLowerCase();
    where.push(sql`(lower(${sources.publisher}) = ${s} or ${hostOf(sql`${sources.url}`)} = ${s})`);
  }
  if (search.country)
    where.push(sql`exists (select 1 from ${claims} where ${claims.sourceId} = ${sources.id}
      and ${claims.property} = 'country' and ${claims.valueText} = ${search.country.toLowerCase()}
      and ${countingClaim(policy)})`);
  const pending = sql`exists (select 1 from ${claims} where ${claims.sourceId} = ${sources.id}
      and ${claimState} = 'proposed')`;
  if (search.state === 'pending') where.push(pending);
  if (search.state === 'reviewed')
    where.push(sql`exists (select 1 from ${claims} where ${claims.sourceId} = ${sources.id})
      and not ${pending}`);
  return where.length ? sql.join(where, sql` and `) : sql`true`;
}

interface Row {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published_at: string | null;
  language: string | null;
  content_hash: string;
  ingested_at: string;
  duplicate_of: string | null;
  confidential: boolean;
  length: number;
  rank: number | null;
  total: number;
}

const columns = sql`${sources.id} as id, ${sources.url} as url, ${sources.title} as title,
  ${sources.publisher} as publisher, ${sources.publishedAt} as published_at,
  ${sources.language} as language, ${sources.contentHash} as content_hash,
  ${sources.ingestedAt} as ingested_at, ${sources.duplicateOf} as duplicate_of,
  ${sources.confidential} as confidential, length(${sources.text}) as length`;

export async function searchReports(
  db: Db,
  search: ReportSearch,
  policy: PublicPolicy | null,
): Promise<ReportSearchResult> {
  const q = search.q?.normalize('NFC').trim() ?? '';
  const limit = search.limit ?? 20;
  const offset = search.offset ?? 0;
  const where = filters(search, policy);
  const persons = q
    ? (await new SqlNameLookup(db, policy ?? undefined).searchNames(q, 'person', 10)).filter(
        (p) => p.similarity >= nameSimilarity,
      )
    : [];
  const ids = persons.map((p) => p.entityId);
  const byName = ids.length
    ? sql`union all
        select ${claims.sourceId} as id, ${nameWeight}::float8 * ${similarityCase(persons)} as rank
        from ${claims}
        where ${claims.sourceId} is not null
          and (${claims.subjectId} = any(${textArray(ids)}) or ${claims.valueRef} = any(${textArray(ids)}))
          and ${countingClaim(policy)}`
    : sql``;
  const page = (limit: number, offset: number) =>
    rowsOf<Row>(
      db,
      q
        ? // The candidates are found once, by the OR-ed query and the index, then each is joined
          // to its own language's reading: joined first, PostgreSQL would scan the index once
          // per language (28 times).
          sql`with readings as (${readings(q)}), candidates as materialized (
            select ${sources.id} as id, ${sources.search} as search,
              ${searchConfigOf(sql`${sources.language}`)} as cfg
            from ${sources} where ${sources.search} @@ ${tsquery(q)}
          ), hits as (
            select c.id, ts_rank(c.search, readings.tq)::float8 as rank
            from candidates c join readings on readings.cfg = c.cfg
            where c.search @@ readings.tq
            ${byName}
          ), best as (select id, max(rank) as rank from hits group by id)
          select ${columns}, best.rank as rank, count(*) over () as total
          from best join ${sources} on ${sources.id} = best.id
          where ${where}
          order by best.rank desc, ${sources.publishedAt} desc nulls last, ${sources.seq} desc
          limit ${limit} offset ${offset}`
        : sql`select ${columns}, null as rank, count(*) over () as total from ${sources}
          where ${where}
          order by ${sources.publishedAt} desc nulls last, ${sources.seq} desc
          limit ${limit} offset ${offset}`,
    );
  const rows = await page(limit, offset);
  // A page past the last hit has no row to carry the total: the first row tells it.
  const total = rows[0]?.total ?? (offset > 0 ? ((await page(1, 0))[0]?.total ?? 0) : 0);
  const snippets = await snippetsOf(
    db,
    rows.map((r) => r.id),
    q,
  );
  return {
    items: rows.map((r) => hitOf(r, snippets.get(r.id) ?? '')),
    total: Number(total),
    persons,
  };
}

/** Each matched person's similarity, as a CASE over the claim's subject or referenced entity. */
function similarityCase(persons: ReadonlyArray<{ entityId: string; similarity: number }>): SQL {
  const cases = persons.map(
    (p) =>
      sql`when ${claims.subjectId} = ${p.entityId} or ${claims.valueRef} = ${p.entityId} then ${p.similarity}::float8`,
  );
  return sql`(case ${sql.join(cases, sql` `)} else 0 end)`;
}

/** The passage around the words matched, with markers; the report's opening without words. */
async function snippetsOf(db: Db, ids: string[], q: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const body = sql`left(${sources.text}, ${snippetChars})`;
  const options = `StartSel=${start}, StopSel=${stop}, MaxWords=35, MinWords=15`;
  const config = searchConfigOf(sql`${sources.language}`);
  const rows = await rowsOf<{ id: string; snippet: string }>(
    db,
    q
      ? sql`with readings as (${readings(q)})
        select ${sources.id} as id, ts_headline(${config}, ${body}, readings.tq, ${options}) as snippet
        from ${sources} join readings on readings.cfg = ${config}
        where ${sources.id} = any(${textArray(ids)})`
      : sql`select ${sources.id} as id, left(${sources.text}, 240) as snippet from ${sources}
        where ${sources.id} = any(${textArray(ids)})`,
  );
  return new Map(rows.map((r) => [r.id, r.snippet]));
}

/** Marked text to segments: the markers are control characters no stored report holds. */
export function segments(marked: string): Array<{ text: string; match: boolean }> {
  const out: Array<{ text: string; match: boolean }> = [];
  for (const part of marked.split(start)) {
    const [hit, rest] = part.includes(stop) ? part.split(stop, 2) : [null, part];
    if (hit) out.push({ text: hit, match: true });
    if (rest) out.push({ text: rest, match: false });
  }
  return out;
}

function hitOf(r: Row, snippet: string): ReportHit {
  return {
    source: {
      id: r.id,
      url: r.url,
      title: r.title,
      publisher: r.publisher,
      publishedAt: r.published_at,
      language: r.language,
      contentHash: r.content_hash,
      ingestedAt: r.ingested_at,
      duplicateOf: r.duplicate_of,
      ...(r.confidential ? { confidential: true } : {}),
      length: Number(r.length),
    },
    rank: r.rank === null ? null : Number(r.rank),
    snippet: segments(snippet),
  };
}
