import type { PublicPolicy } from '../../core/model/publish.ts';
import type { Clock, Database, IdGenerator, Stores, TransactionStores } from '../../core/ports.ts';
import { SqlAccountStore } from './account-store.ts';
import { SqlAuditLog } from './audit-store.ts';
import { SqlClaimStore } from './claim-store.ts';
import { SqlEntityStore } from './entity-store.ts';
import { SqlHeldCounts } from './held-spans.ts';
import { SqlLedgerHistory, SqlSeenMarks } from './history-store.ts';
import { SqlHookStore } from './hook-store.ts';
import { SqlNameLookup } from './name-lookup.ts';
import { publishedStores } from './public-stores.ts';
import type { Db } from './query.ts';
import { SqlReadModels } from './read-model-store.ts';
import { SqlRequestCounts } from './request-counts.ts';
import { SqlSignInFailures } from './sign-in-failure-store.ts';
import { SqlSourceStore } from './source-store.ts';
import { SqlStamps } from './stamps.ts';
import { SqlWatchedSources } from './watched-store.ts';

/** What differs between PGlite and node-postgres below the Drizzle layer. */
export interface Driver {
  query(text: string, params: unknown[]): Promise<Array<Record<string, unknown>>>;
  /** Runs a statement on every open connection (PGlite has one, a pool each of its clients). */
  eachConnection(text: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Table rows scanned and index entries read in this database, from its statistics: the sum of
 * pg_stat_user_tables.seq_tup_read and pg_stat_user_indexes.idx_tup_read, read straight from
 * the function both views take them from. The views compute a dozen other counters per table
 * (and group by table), about three times the cost; the hostile check asks this thousands of
 * times.
 */
const rowsReadSql = `select coalesce(sum(pg_stat_get_tuples_returned(c.oid)), 0) as n
  from pg_class c join pg_namespace s on s.oid = c.relnamespace
  where c.relkind in ('r', 't', 'm', 'p', 'i')
    and s.nspname not in ('pg_catalog', 'information_schema') and s.nspname !~ '^pg_toast'`;

export function storesFor(db: Db, clock: Clock, ids: IdGenerator): Stores {
  const stores: Stores = {
    entities: new SqlEntityStore(db),
    claims: new SqlClaimStore(db),
    sources: new SqlSourceStore(db, clock, ids),
    names: new SqlNameLookup(db),
    held: new SqlHeldCounts(db, (on) => (ids) => new SqlClaimStore(on).claimsFor(ids)),
    stamps: new SqlStamps(db),
    audit: new SqlAuditLog(db, clock, ids),
    accounts: new SqlAccountStore(db),
    publicView: (policy) => publishedStores(db, stores, policy),
  };
  return stores;
}

/** The stores over one connection (PGlite) or pool (PostgreSQL), plus units of work. */
export class SqlDatabase implements Database {
  readonly entities;
  readonly claims;
  readonly sources;
  readonly names;
  readonly held;
  readonly stamps;
  readonly audit;
  readonly accounts;
  readonly signInFailures;
  readonly requestCounts;
  readonly watched;
  readonly reads;
  readonly history;
  readonly seen;
  readonly hooks;
  private closing: Promise<void> | null = null;
  private readonly stores: Stores;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    readonly kind: 'pglite' | 'postgres',
    private readonly driver: Driver,
  ) {
    const stores = storesFor(db, clock, ids);
    this.stores = stores;
    this.entities = stores.entities;
    this.claims = stores.claims;
    this.sources = stores.sources;
    this.names = stores.names;
    this.held = stores.held;
    this.stamps = stores.stamps;
    this.audit = stores.audit;
    this.accounts = stores.accounts;
    this.signInFailures = new SqlSignInFailures(db);
    this.requestCounts = new SqlRequestCounts(db);
    this.watched = new SqlWatchedSources(db);
    this.reads = new SqlReadModels(db);
    this.history = new SqlLedgerHistory(db);
    this.seen = new SqlSeenMarks(db);
    this.hooks = new SqlHookStore(db);
  }

  /**
   * The stores as the anonymous public reads them (docs/privacy.md). An own property, so a copy
   * of these stores (`{ ...db, names }`) keeps it.
   */
  readonly publicView = (policy: PublicPolicy): Stores => this.stores.publicView(policy);

  /** Stores bound to one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: TransactionStores) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => {
      const on = tx as unknown as Db;
      return fn(
        Object.assign(storesFor(on, this.clock, this.ids), { watched: new SqlWatchedSources(on) }),
      );
    });
  }

  /** Idempotent: a second close waits for the first. */
  close(): Promise<void> {
    this.closing ??= this.driver.close();
    return this.closing;
  }

  /**
   * Runs SQL outside the stores, straight on the driver (int8 read as numbers). For tests and
   * maintenance only: application code goes through the stores.
   */
  rawQuery(text: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
    return this.driver.query(text, params);
  }

  /**
   * How many rows the database has read so far: table rows scanned plus index entries read, by
   * its own statistics (pg_stat_user_tables, pg_stat_user_indexes), every connection's pending
   * counts flushed first (a backend otherwise reports them up to 10 s later). The difference
   * over one request is the work it cost the database, whatever the plan: for tests and
   * benchmarks (test/server/answer-bounds.test.ts), not for application code.
   */
  async rowsRead(): Promise<number> {
    await this.driver.eachConnection('select pg_stat_force_next_flush()');
    const [row] = await this.driver.query(rowsReadSql, []);
    return Number(row?.n ?? 0);
  }
}
