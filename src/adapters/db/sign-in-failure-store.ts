import { and, asc, eq, gt, inArray, lt } from 'drizzle-orm';
import type { SignInFailureStore } from '../../core/sign-in-limits.ts';
import type { Db } from './query.ts';
import { signInFailures } from './schema.ts';

/** Failed sign-ins in the database, shared by every process that serves it. */
export class SqlSignInFailures implements SignInFailureStore {
  constructor(private readonly db: Db) {}

  async failuresSince(keys: readonly string[], since: number): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    if (keys.length === 0) return out;
    const rows = await this.db
      .select()
      .from(signInFailures)
      .where(and(inArray(signInFailures.key, [...keys]), gt(signInFailures.at, since)))
      .orderBy(asc(signInFailures.at));
    for (const r of rows) {
      const times = out.get(r.key) ?? [];
      times.push(r.at);
      out.set(r.key, times);
    }
    return out;
  }

  async recordFailure(keys: readonly string[], at: number, forgetBefore: number): Promise<void> {
    if (keys.length === 0) return;
    // Pruning here keeps the table to the failures of the last window whatever the flood of
    // distinct addresses, without a timer; the `at` index makes it a short range delete.
    await this.db.delete(signInFailures).where(lt(signInFailures.at, forgetBefore));
    await this.db.insert(signInFailures).values(keys.map((key) => ({ key, at })));
  }

  async clear(key: string): Promise<void> {
    await this.db.delete(signInFailures).where(eq(signInFailures.key, key));
  }
}
