import { and, asc, eq, lte, not, sql } from 'drizzle-orm';
import type { WatchedPatch, WatchedSource, WatchedSourceStore } from '../../core/watch.ts';
import { type Db, rowsOf, textArray } from './query.ts';
import { watchedSources } from './schema.ts';

/** Watched sources (docs/watch.md), one row each, by address; and the items they gave. */
export class SqlWatchedSources implements WatchedSourceStore {
  constructor(private readonly db: Db) {}

  async add(source: WatchedSource): Promise<{ source: WatchedSource; created: boolean }> {
    const inserted = await this.db
      .insert(watchedSources)
      .values(source)
      .onConflictDoNothing({ target: watchedSources.url })
      .returning();
    if (inserted[0]) return { source: inserted[0], created: true };
    const stored = await this.findByUrl(source.url);
    if (!stored) throw new Error(`watched source ${source.url} vanished after insert`);
    return { source: stored, created: false };
  }

  list(page?: { limit: number; offset: number }): Promise<WatchedSource[]> {
    const all = this.db
      .select()
      .from(watchedSources)
      .orderBy(asc(watchedSources.createdAt), asc(watchedSources.id));
    return page ? all.limit(page.limit).offset(page.offset) : all;
  }

  async count(): Promise<number> {
    const [row] = await this.db.select({ n: sql<number>`count(*)::int` }).from(watchedSources);
    return row?.n ?? 0;
  }

  async get(id: string): Promise<WatchedSource | null> {
    const [row] = await this.db.select().from(watchedSources).where(eq(watchedSources.id, id));
    return row ?? null;
  }

  async findByUrl(url: string): Promise<WatchedSource | null> {
    const [row] = await this.db.select().from(watchedSources).where(eq(watchedSources.url, url));
    return row ?? null;
  }

  async remove(id: string): Promise<boolean> {
    const gone = await this.db
      .delete(watchedSources)
      .where(eq(watchedSources.id, id))
      .returning({ id: watchedSources.id });
    return gone.length > 0;
  }

  /**
   * One statement: the inner select locks the due rows it picks, skipping rows another
   * transaction has locked (FOR UPDATE SKIP LOCKED), and the update moves their next read to
   * the lease before the locks go. A second caller at the same moment therefore gets other rows
   * or none, and after the commit sees the moved times (a locked row is re-checked against its
   * newest version), so no source is taken twice. The pick is `= any(array(...))`, an initplan
   * run once, not `in (...)`, which a plan may rescan and so lock more rows than the limit.
   */
  claimDue(
    now: string,
    leaseUntil: string,
    limit: number,
    opts: { all?: boolean } = {},
  ): Promise<WatchedSource[]> {
    const due = opts.all
      ? not(watchedSources.paused)
      : and(not(watchedSources.paused), lte(watchedSources.nextCheckAt, now));
    const picked = this.db
      .select({ id: watchedSources.id })
      .from(watchedSources)
      .where(due)
      .orderBy(asc(watchedSources.nextCheckAt), asc(watchedSources.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    return this.db
      .update(watchedSources)
      .set({ nextCheckAt: leaseUntil })
      .where(sql`${watchedSources.id} = any(array(${picked}))`)
      .returning();
  }

  async update(id: string, patch: WatchedPatch, addItems = 0): Promise<WatchedSource | null> {
    const [row] = await this.db
      .update(watchedSources)
      .set({ ...patch, ...(addItems ? { items: sql`${watchedSources.items} + ${addItems}` } : {}) })
      .where(eq(watchedSources.id, id))
      .returning();
    return row ?? null;
  }

  // Both take the keys as one array parameter (query.ts textArray), as ingest's bulk inserts do:
  // a feed's read looks up and marks two keys an item, and Drizzle's inArray() and values()
  // bound and built every one (docs/watch.md, "Measured").
  async seen(keys: readonly string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const rows = await rowsOf<{ key: string }>(
      this.db,
      sql`select key from watched_items where key = any(${textArray([...new Set(keys)])})`,
    );
    return new Set(rows.map((r) => r.key));
  }

  async markSeen(keys: readonly string[], sourceId: string, at: string): Promise<void> {
    if (!keys.length) return;
    await this.db.execute(
      sql`insert into watched_items (key, source_id, seen_at)
          select key, ${sourceId}, ${at} from unnest(${textArray([...new Set(keys)])}) as t(key)
          on conflict do nothing`,
    );
  }
}
