/**
 * The ledger cache (src/app/ledger-cache.ts) on both databases: an entry is reused while the
 * ledger version stands and rebuilt after a commit from any writer: a use case in this process,
 * plain stores, or (PostgreSQL) a second connection pool standing for another process. PGlite
 * has no other process (its lock file refuses a second owner), so there a writer in this
 * process that does not go through the cache's owner stands for it.
 *
 * The ingest session kept in the cache follows the same version: its own commits keep it,
 * anyone else's make it reload before the next report, so it resolves to what others stored.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/adapters/db/connect.ts';
import { SqlDatabase } from '../../src/adapters/db/sql-database.ts';
import type { AppContext } from '../../src/app/context.ts';
import { ingestReport, type ReportInput } from '../../src/app/ingest/ingest-report.ts';
import { loadIngestSession, sessionFor } from '../../src/app/ingest/ingest-session.ts';
import { LedgerCache } from '../../src/app/ledger-cache.ts';
import { reviewClaim } from '../../src/app/review/review-claim.ts';
import type { Database } from '../../src/core/ports.ts';
import { appContext, openAppContext } from '../support/app-context.ts';
import { backends, postgresTestUrl } from '../support/databases.ts';

const reports = join(import.meta.dirname, '../fixtures/reports');

/** A report of the team corpus (fixtures/reports), as ingest takes it. */
function report(name: string): ReportInput {
  const meta = JSON.parse(readFileSync(join(reports, `${name}.meta.json`), 'utf8')) as {
    publishedAt: string;
  };
  return {
    text: readFileSync(join(reports, `${name}.txt`), 'utf8'),
    url: `https://news.example.org/${name}`,
    publishedAt: meta.publishedAt,
  };
}

/** Another handle on the same PostgreSQL database, as another process would hold. */
async function otherProcess(db: Database): Promise<Database> {
  if (!(db instanceof SqlDatabase)) throw new Error('expected a SqlDatabase');
  const [row] = await db.rawQuery('select current_database() as name');
  const url = new URL(postgresTestUrl()!);
  url.pathname = `/${row!.name as string}`;
  return openDatabase({ databaseUrl: url.toString() });
}

/** A computation that counts its runs. */
function counted<T>(value: () => Promise<T>) {
  const state = { runs: 0 };
  return {
    state,
    compute: async () => {
      state.runs++;
      return value();
    },
  };
}

describe.each(backends())('the ledger cache on $name', (backend) => {
  let ctx: AppContext;
  let others: Database[];
  beforeEach(async () => {
    ctx = await openAppContext(backend);
    others = [];
  });
  afterEach(async () => {
    for (const o of others) await o.close();
    await ctx.db.close();
  });

  /** A writer that is not ctx: another process on PostgreSQL, plain stores on PGlite. */
  async function elsewhere(): Promise<Database> {
    if (backend.name === 'pglite') return ctx.db;
    const other = await otherProcess(ctx.db);
    others.push(other);
    return other;
  }

  it('reuses an entry while the version stands, shared by concurrent callers', async () => {
    const { state, compute } = counted(() => ctx.db.entities.countEntities('person'));
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => ctx.cache.memo(ctx.db, 'persons', compute)),
    );
    expect(answers).toEqual([0, 0, 0, 0, 0]);
    expect(await ctx.cache.memo(ctx.db, 'persons', compute)).toBe(0);
    expect(state.runs).toBe(1);
    // Other scopes and keys are entries of their own.
    expect(await ctx.cache.memo({}, 'persons', compute)).toBe(0);
    expect(state.runs).toBe(2);
  });

  it('reads the version once in a pinned view, which shares its entries with the cache', async () => {
    const reads = vi.spyOn(ctx.db.stamps!, 'ledger');
    const { state, compute } = counted(() => ctx.db.entities.countEntities('person'));
    const view = ctx.cache.pinned();
    const first = await view.current();
    await view.memo(ctx.db, 'persons', compute);
    await view.memo(ctx.db, 'others', async () => 1);
    expect(await view.current()).toBe(first);
    expect(reads).toHaveBeenCalledTimes(1);
    // The cache itself reads again each time, and finds the view's entry.
    await ctx.cache.memo(ctx.db, 'persons', compute);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(state.runs).toBe(1);
    // A commit after the view's read: the view keeps its version (one request's snapshot),
    // a new view sees the commit.
    await ingestReport(ctx, report('by-2024-07-wire'));
    expect(await view.current()).toBe(first);
    expect(await ctx.cache.pinned().current()).toBeGreaterThan(first!);
    reads.mockRestore();
  });

  it('rebuilds after a use case commits in this process', async () => {
    await ingestReport(ctx, report('by-2024-07-wire'));
    const claim = (await ctx.db.claims.listClaims({ state: 'proposed', limit: 1 }))[0]!;
    const { state, compute } = counted(() => ctx.db.claims.countClaims({ state: 'accepted' }));
    const before = await ctx.cache.memo(ctx.db, 'accepted', compute);
    await reviewClaim(ctx, {
      claimId: claim.id,
      state: 'accepted',
      author: { kind: 'user', id: 'u' },
    });
    expect(await ctx.cache.memo(ctx.db, 'accepted', compute)).toBe(before + 1);
    expect(state.runs).toBe(2);
  });

  it('rebuilds after a commit made elsewhere, with nothing said to this process', async () => {
    const { state, compute } = counted(() => ctx.db.entities.countEntities('person'));
    expect(await ctx.cache.memo(ctx.db, 'persons', compute)).toBe(0);
    const other = await elsewhere();
    await other.entities.createEntities([
      { id: 'per_elsewhere', type: 'person', createdAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(await ctx.cache.memo(ctx.db, 'persons', compute)).toBe(1);
    expect(await ctx.cache.memo(ctx.db, 'persons', compute)).toBe(1);
    expect(state.runs).toBe(2);
  });

  it('keeps no failed computation', async () => {
    let fail = true;
    const compute = async () => {
      if (fail) throw new Error('connection terminated');
      return 'ok';
    };
    await expect(ctx.cache.memo(ctx.db, 'k', compute)).rejects.toThrow('connection terminated');
    fail = false;
    expect(await ctx.cache.memo(ctx.db, 'k', compute)).toBe('ok');
  });

  it('caches nothing over stores that keep no version (fakes)', async () => {
    const cache = new LedgerCache({});
    const { state, compute } = counted(async () => 1);
    await cache.memo(ctx.db, 'k', compute);
    await cache.memo(ctx.db, 'k', compute);
    expect(state.runs).toBe(2);
  });

  it('keeps the ingest session through its own commits', async () => {
    const session = await sessionFor(ctx);
    expect(await sessionFor(ctx)).toBe(session);
    await ingestReport(ctx, report('by-2024-07-wire'));
    const persons = session.persons;
    expect(session.version).toBe(await ctx.db.stamps!.ledger());
    await ingestReport(ctx, report('by-2024-07-ru'));
    // Not reloaded: a reload replaces the registries.
    expect(session.persons).toBe(persons);
    expect(session.version).toBe(await ctx.db.stamps!.ledger());
  });

  it("reloads the ingest session after anyone else's commit and resolves to what they stored", async () => {
    const session = await sessionFor(ctx);
    const persons = session.persons;
    // The same release and person, stored by a writer this session knows nothing of.
    const other = await elsewhere();
    const otherCtx = appContext(other, { clock: ctx.clock, ids: ctx.ids });
    const first = await ingestReport(otherCtx, report('by-2024-07-wire'), {
      session: await loadIngestSession(other),
    });
    const second = await ingestReport(ctx, report('by-2024-07-summary'));
    expect(session.persons).not.toBe(persons);
    expect(await ctx.db.entities.countEntities('person')).toBe(1);
    const main = (r: typeof first) => r.events.find((e) => e.role === 'main')?.id;
    expect(main(second)).toBe(main(first));
    expect(second.events.find((e) => e.role === 'main')?.created).toBe(false);
  });
});
