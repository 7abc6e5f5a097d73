/**
 * The held-spans read model (migration 0006, docs/performance.md): per person the days held in
 * each country (held_spans) and per country and day the change in the number held
 * (held_deltas), so a count at a date is one indexed sum instead of a replay of every status
 * change. Claims and reviews stay the truth; these tables are derived from them:
 * - `refreshPersons` recomputes the spans of some persons from their status changes' claims
 *   (reconciled by the core, exactly as the in-memory counts do) and moves the deltas by the
 *   difference. The claim store calls it in the same transaction as every write that touches
 *   a status change, so the model is never behind a commit.
 * - `rebuild` recomputes every person (after an upgrade, or a bulk load that bypassed the store).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { ClaimWithState } from '../../core/model/claim.ts';
import { toStatusEvent } from '../../core/model/count-inputs.ts';
import { toStatusChangeView } from '../../core/model/entities.ts';
import {
  type HeldCounts,
  type HeldIdsPage,
  type HeldIdsPlan,
  type HeldSpan,
  type HeldSteps,
  heldSpans,
  spanEdges,
} from '../../core/model/held-spans.ts';
import { reconcileEntity } from '../../core/model/reconcile.ts';
import { normCountry, type StatusEvent } from '../../core/model/transitions.ts';
import { chunks, type Db, distinct, rowsOf, textArray } from './query.ts';

/** Claims (with their current state) of some subjects; the claim store's claimsFor. */
export type LoadClaims = (subjectIds: readonly string[]) => Promise<ClaimWithState[]>;

/**
 * The claim loader on a given connection or transaction: inside a transaction every read must
 * use it (on PGlite a read on the outer handle would wait for the transaction forever).
 */
export type LoaderFor = (db: Db) => LoadClaims;

/** Persons whose status changes are among these subjects (any `person` claim, any state). */
export async function personsOfChanges(db: Db, changeIds: readonly string[]): Promise<string[]> {
  if (changeIds.length === 0) return [];
  const found = await rowsOf<{ id: string }>(
    db,
    sql`select distinct value_ref as id from claims
        where subject_id = any(${textArray(distinct(changeIds))}) and property = 'person'
          and subject_type = 'status_change' and value_ref is not null`,
  );
  return found.map((r) => r.id);
}

/** Persons whose status changes these claims are about (for reviews). */
export async function personsOfClaims(db: Db, claimIds: readonly string[]): Promise<string[]> {
  if (claimIds.length === 0) return [];
  const found = await rowsOf<{ id: string }>(
    db,
    sql`select distinct subject_id as id from claims
        where id = any(${textArray(distinct(claimIds))}) and subject_type = 'status_change'`,
  );
  return personsOfChanges(
    db,
    found.map((r) => r.id),
  );
}

/** The status events of these persons, from their status changes' reconciled claims. */
async function eventsOf(
  db: Db,
  load: LoadClaims,
  persons: readonly string[],
): Promise<StatusEvent[]> {
  const changes = await rowsOf<{ id: string }>(
    db,
    sql`select distinct subject_id as id from claims
        where value_ref = any(${textArray(persons)}) and property = 'person'
          and subject_type = 'status_change'`,
  );
  const bySubject = new Map<string, ClaimWithState[]>();
  for (const c of await load(changes.map((r) => r.id))) {
    const list = bySubject.get(c.subjectId);
    if (list) list.push(c);
    else bySubject.set(c.subjectId, [c]);
  }
  const wanted = new Set(persons);
  const events: StatusEvent[] = [];
  for (const [id, claims] of bySubject) {
    const e = toStatusEvent(toStatusChangeView(id, reconcileEntity('status_change', claims)));
    // A change whose accepted person is now someone else counts for that person only.
    if (e && wanted.has(e.personId)) events.push(e);
  }
  return events;
}

/**
 * Recomputes the spans of these persons (and, unless `deltas` is false, moves held_deltas by
 * the difference). A transaction-scoped advisory lock per person, taken in id order so two
 * writers cannot deadlock, makes concurrent writers on PostgreSQL take turns: each reads the
 * other's committed claims before replacing the spans.
 */
export async function refreshPersons(
  db: Db,
  load: LoadClaims,
  personIds: readonly string[],
  deltas = true,
): Promise<void> {
  const persons = distinct(personIds).sort();
  if (persons.length === 0) return;
  await db.execute(
    sql`select pg_advisory_xact_lock(k) from (
          select hashtext('habeas.held:' || p) as k from unnest(${textArray(persons)}) p
          order by p collate "C") locks`,
  );
  const fresh = heldSpans(await eventsOf(db, load, persons));
  const old = await rowsOf<{
    person_id: string;
    country: string;
    from_day: string;
    to_day: string | null;
  }>(
    db,
    sql`delete from held_spans where person_id = any(${textArray(persons)})
        returning person_id, country, from_day, to_day`,
  );
  const stale: HeldSpan[] = old.map((r) => ({
    personId: r.person_id,
    country: r.country,
    from: r.from_day,
    to: r.to_day,
  }));
  if (deltas) await applyDeltas(db, stale, fresh);
  for (const part of chunks(fresh, 5000)) {
    await db.execute(
      sql`insert into held_spans (person_id, country, from_day, to_day)
          select * from unnest(${textArray(part.map((s) => s.personId))},
            ${textArray(part.map((s) => s.country))}, ${textArray(part.map((s) => s.from))},
            ${textArray(part.map((s) => s.to))})`,
    );
  }
}

async function applyDeltas(db: Db, stale: HeldSpan[], fresh: HeldSpan[]): Promise<void> {
  const net = spanEdges(fresh);
  for (const [key, e] of spanEdges(stale, -1)) {
    const n = net.get(key) ?? { starts: 0, ends: 0 };
    net.set(key, { starts: n.starts + e.starts, ends: n.ends + e.ends });
  }
  // Sorted, so concurrent writers update shared rows in one order.
  const moves = [...net]
    .filter(([, e]) => e.starts !== 0 || e.ends !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  for (const part of chunks(moves, 5000)) {
    const keys = part.map(([k]) => k.split('\u0000') as [string, string]);
    const ints = (f: (e: { starts: number; ends: number }) => number) =>
      sql`${sql.param(part.map(([, e]) => f(e)))}::int[]`;
    await db.execute(
      sql`insert into held_deltas (country, day, delta, starts, ends)
          select * from unnest(${textArray(keys.map((k) => k[0]))},
            ${textArray(keys.map((k) => k[1]))}, ${ints((e) => e.starts - e.ends)},
            ${ints((e) => e.starts)}, ${ints((e) => e.ends)})
          on conflict (country, day) do update set delta = held_deltas.delta + excluded.delta,
            starts = held_deltas.starts + excluded.starts, ends = held_deltas.ends + excluded.ends`,
    );
  }
}

/**
 * Every person with a status change, rebuilt in batches; then held_deltas is summed from the
 * spans in one statement and the model marked built. For maintenance while nothing else writes
 * (an upgrade, a bulk load that bypassed the claim store).
 */
export async function rebuildSpans(db: Db, loaderFor: LoaderFor, batch = 500): Promise<void> {
  await db.execute(sql`delete from held_spans`);
  const persons = (
    await rowsOf<{ id: string }>(
      db,
      sql`select distinct value_ref as id from claims
          where property = 'person' and subject_type = 'status_change' and value_ref is not null`,
    )
  ).map((r) => r.id);
  for (const part of chunks(persons, batch)) {
    await db.transaction((tx) =>
      refreshPersons(tx as unknown as Db, loaderFor(tx as unknown as Db), part, false),
    );
  }
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from held_deltas`);
    // As migration 0018 counts them.
    await tx.execute(
      sql`insert into held_deltas (country, day, delta, starts, ends)
          select country, day, sum(s) - sum(e), sum(s), sum(e) from (
            select country, from_day as day, 1 as s, 0 as e from held_spans
            union all
            select country, to_day, 0, 1 from held_spans where to_day is not null) moves
          group by country, day`,
    );
    await tx.execute(
      sql`update read_models set state = 'built', at = ${new Date().toISOString()}
          where name = 'held_spans'`,
    );
  });
}

/**
 * The statement of one page of held ids by `plan` (core heldIdsPlan). `walk` follows
 * held_spans_country_person_idx in id order from the cursor (migration 0015) and stops after
 * `limit` held ids. `starting` and `ending` first take the spans started by the day
 * (held_spans_country_from_idx) or not ended by it (held_spans_country_to_idx, migration
 * 0018), materialised so the planner cannot walk the id order instead, then sort those.
 */
function heldIdsQuery(
  plan: HeldIdsPlan,
  country: string,
  day: string,
  held: SQL,
  after: string,
  page: HeldIdsPage,
): SQL {
  const rest = sql`person_id collate "C" > ${after} and person_id <> all(${textArray(page.exclude)})`;
  if (plan === 'walk')
    return sql`select person_id as id from held_spans where ${held} and ${rest}
               order by person_id collate "C" limit ${page.limit}`;
  const range =
    plan === 'starting'
      ? sql`country = ${country} and from_day collate "C" <= ${day}`
      : sql`country = ${country} and coalesce(to_day, '9999-12-31') collate "C" > ${day}`;
  return sql`with spans as materialized (
               select person_id, from_day, to_day, country from held_spans where ${range})
             select person_id as id from spans where ${held} and ${rest}
             order by person_id collate "C" limit ${page.limit}`;
}

/** Counts from the read model; builds it first if an upgrade left it stale. */
export class SqlHeldCounts implements HeldCounts {
  private built = false;

  constructor(
    private readonly db: Db,
    private readonly loaderFor: LoaderFor,
  ) {}

  async namedOn(country: string, day: string): Promise<number> {
    await this.ensureBuilt();
    const [sum] = await rowsOf<{ n: number | string | null }>(
      this.db,
      sql`select sum(delta) as n from held_deltas
          where country = ${normCountry(country) ?? ''} and day <= ${day}`,
    );
    return Number(sum?.n ?? 0);
  }

  async steps(country: string): Promise<HeldSteps> {
    await this.ensureBuilt();
    // A few thousand rows at most (one per day spans start or end): read whole, summed here.
    const rows = await rowsOf<{ day: string; starts: number | string; ends: number | string }>(
      this.db,
      sql`select day, starts, ends from held_deltas where country = ${normCountry(country) ?? ''}
          order by day collate "C"`,
    );
    const steps = {
      days: [] as string[],
      held: [] as number[],
      started: [] as number[],
      ended: [] as number[],
    };
    let started = 0;
    let ended = 0;
    for (const r of rows) {
      started += Number(r.starts);
      ended += Number(r.ends);
      steps.days.push(r.day);
      steps.started.push(started);
      steps.ended.push(ended);
      steps.held.push(started - ended);
    }
    return steps;
  }

  async idsOn(country: string, day: string, page: HeldIdsPage, plan: HeldIdsPlan = 'walk') {
    await this.ensureBuilt();
    const c = normCountry(country) ?? '';
    const held = sql`country = ${c} and from_day collate "C" <= ${day}
      and (to_day is null or to_day collate "C" > ${day})`;
    const after = page.after ?? '';
    const ids = rowsOf<{ id: string }>(this.db, heldIdsQuery(plan, c, day, held, after, page));
    // Usually nobody is withheld (staff, or a ledger without private persons): no second read.
    const excluded =
      page.exclude.length === 0
        ? Promise.resolve([{ n: 0 }])
        : rowsOf<{ n: number | string }>(
            this.db,
            sql`select count(*) as n from held_spans
                where person_id = any(${textArray(page.exclude)}) and ${held}`,
          );
    const [rows, [n]] = await Promise.all([ids, excluded]);
    return { ids: rows.map((r) => r.id), excluded: Number(n?.n ?? 0) };
  }

  async rebuild(): Promise<void> {
    await rebuildSpans(this.db, this.loaderFor);
    this.built = true;
  }

  private async ensureBuilt(): Promise<void> {
    if (this.built) return;
    const [row] = await rowsOf<{ state: string }>(
      this.db,
      sql`select state from read_models where name = 'held_spans'`,
    );
    if (row?.state === 'stale') await this.rebuild();
    this.built = true;
  }
}
