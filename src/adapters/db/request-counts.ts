import { lt, sql } from 'drizzle-orm';
import type { RequestCounter } from '../../core/ports.ts';
import { type Db, rowsOf } from './query.ts';
import { requestCounts } from './schema.ts';

/**
 * The API's per-client request counts in the database, shared by every process on it. A hit
 * is one statement: the insert-or-update takes the key's row lock, so simultaneous requests
 * of one client (on any process) each see the count of the ones before.
 */
export class SqlRequestCounts implements RequestCounter {
  constructor(private readonly db: Db) {}

  async hit(key: string, now: number, windowMs: number) {
    const [row] = await rowsOf<{ count: number; reset_at: string | number }>(
      this.db,
      sql`insert into request_counts as r (key, count, reset_at)
        values (${key}, 1, ${now + windowMs})
        on conflict (key) do update set
          count = case when r.reset_at <= ${now} then 1 else r.count + 1 end,
          reset_at = case when r.reset_at <= ${now} then excluded.reset_at else r.reset_at end
        returning count, reset_at`,
    );
    return { count: Number(row?.count), resetAt: Number(row?.reset_at) };
  }

  async prune(now: number): Promise<void> {
    await this.db.delete(requestCounts).where(lt(requestCounts.resetAt, now));
  }
}
