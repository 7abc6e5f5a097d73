import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { SignInFailureStore } from '../../core/sign-in-limits.ts';
import type { Db } from './query.ts';
import { textArray } from './query.ts';
import { signInFailures } from './schema.ts';

/** Failed sign-ins in the database, shared by every process that serves it. */
export class SqlSignInFailures implements SignInFailureStore {
  constructor(private readonly db: Db) {}

  failuresSince(keys: readonly string[], since: number): Promise<Map<string, number[]>> {
    return timesOf(this.db, keys, since);
  }

  takeAttempt(
    keys: readonly string[],
    at: number,
    since: number,
    wait: (times: Map<string, number[]>) => number,
  ): Promise<number> {
    return this.db.transaction(async (tx) => {
      const on = tx as unknown as Db;
      // A transaction-scoped lock per key, taken in one order (by the lock number) so two
      // callers sharing keys never deadlock. Whoever holds a key's lock counts and records
      // before the next caller with that key may count: under READ COMMITTED each statement
      // after the lock sees every attempt committed before it. PGlite runs one transaction at
      // a time anyway; the same statement serves both.
      await lockKeys(on, keys);
      const seconds = wait(await timesOf(on, keys, since));
      if (seconds === 0) await record(on, keys, at, since);
      return seconds;
    });
  }

  async giveBack(keys: readonly string[], at: number): Promise<void> {
    if (keys.length === 0) return;
    // One row per key: another attempt of the same millisecond keeps its own. Under the keys'
    // locks, because two give-backs of one millisecond racing without them would both pick the
    // same row (each statement's snapshot predates the other's delete) and leave one counted.
    await this.db.transaction(async (tx) => {
      const on = tx as unknown as Db;
      await lockKeys(on, keys);
      await on.execute(sql`delete from sign_in_failures where ctid in (
        select distinct on (key) ctid from sign_in_failures
        where key = any(${textArray(keys)}) and at = ${at})`);
    });
  }

  async clear(key: string): Promise<void> {
    await this.db.delete(signInFailures).where(eq(signInFailures.key, key));
  }
}

/** Transaction-scoped locks on the keys, taken in one order (by lock number): no deadlocks. */
async function lockKeys(on: Db, keys: readonly string[]) {
  await on.execute(sql`select pg_advisory_xact_lock(h) from (
    select distinct hashtext(k) as h from unnest(${textArray(keys)}) as k order by h) as l`);
}

async function timesOf(db: Db, keys: readonly string[], since: number) {
  const out = new Map<string, number[]>();
  if (keys.length === 0) return out;
  const rows = await db
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

async function record(db: Db, keys: readonly string[], at: number, forgetBefore: number) {
  // Pruning here keeps the table to the failures of the last window whatever the flood of
  // distinct addresses, without a timer; the `at` index makes it a short range delete.
  await db.delete(signInFailures).where(lt(signInFailures.at, forgetBefore));
  await db.insert(signInFailures).values(keys.map((key) => ({ key, at })));
}
