import { asc, eq, lte } from 'drizzle-orm';
import type { WatchedSource, WatchedSourceStore } from '../../core/watch.ts';
import type { Db } from './query.ts';
import { watchedSources } from './schema.ts';

/** Watched sources (docs/watch.md), one row each, by address. */
export class SqlWatchedSources implements WatchedSourceStore {
  constructor(private readonly db: Db) {}

  async add(source: WatchedSource): Promise<{ source: WatchedSource; created: boolean }> {
    const inserted = await this.db
      .insert(watchedSources)
      .values(source)
      .onConflictDoNothing({ target: watchedSources.url })
      .returning();
    if (inserted[0]) return { source: inserted[0], created: true };
    const [stored] = await this.db
      .select()
      .from(watchedSources)
      .where(eq(watchedSources.url, source.url));
    if (!stored) throw new Error(`watched source ${source.url} vanished after insert`);
    return { source: stored, created: false };
  }

  list(): Promise<WatchedSource[]> {
    return this.db
      .select()
      .from(watchedSources)
      .orderBy(asc(watchedSources.createdAt), asc(watchedSources.id));
  }

  async remove(id: string): Promise<boolean> {
    const gone = await this.db
      .delete(watchedSources)
      .where(eq(watchedSources.id, id))
      .returning({ id: watchedSources.id });
    return gone.length > 0;
  }

  due(now: string, limit: number): Promise<WatchedSource[]> {
    return this.db
      .select()
      .from(watchedSources)
      .where(lte(watchedSources.nextCheckAt, now))
      .orderBy(asc(watchedSources.nextCheckAt), asc(watchedSources.id))
      .limit(limit);
  }

  async update(
    id: string,
    patch: Partial<Omit<WatchedSource, 'id' | 'url' | 'createdAt'>>,
  ): Promise<void> {
    await this.db.update(watchedSources).set(patch).where(eq(watchedSources.id, id));
  }
}
