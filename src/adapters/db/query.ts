/** What every store shares: the Drizzle handle type both drivers satisfy, and small helpers. */
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgSelect } from 'drizzle-orm/pg-core';
import { ValidationError } from '../../core/errors.ts';
import type { ReviewState } from '../../core/model/claim.ts';
import { DuplicateRecordError, type Page } from '../../core/ports.ts';

/**
 * A Drizzle database or transaction over PGlite or node-postgres. Stores are written once
 * against this type; a transaction is a Db too, so stores bound to it join the transaction.
 */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** Bound parameters per statement stay well below PostgreSQL's 65,535. */
export const batchRows = 1000;

export function chunks<T>(items: readonly T[], size = batchRows): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A claim's current state: its latest review (by time, then id, compared byte-wise like the
 * core's currentState) or, with no review, the state it was created in. Usable in any select
 * from `claims` (not aliased). Written by hand: in single-table selects Drizzle renders columns
 * unqualified, which would turn the correlation into reviews.claim_id = reviews.id.
 */
export const claimState: SQL<ReviewState> = sql<ReviewState>`coalesce((
  select r.state from reviews r
  where r.claim_id = "claims"."id"
  order by r.at collate "C" desc, r.id collate "C" desc
  limit 1), "claims"."initial_state")`;

/**
 * A whole column of values as one array parameter (`unnest(...)` turns it back into rows): the
 * statement's text and parameter count stay the same whatever the number of rows, so neither
 * the query builder nor the server's parser works per cell.
 */
export const textArray = (values: readonly (string | null)[]) => sql`${sql.param(values)}::text[]`;
export const intArray = (values: readonly (number | null)[]) => sql`${sql.param(values)}::int[]`;
export const floatArray = (values: readonly number[]) => sql`${sql.param(values)}::float8[]`;

/** The rows of a plain SQL statement on either driver. */
export async function rowsOf<T>(db: Db, q: SQL): Promise<T[]> {
  return ((await db.execute(q)) as unknown as { rows: T[] }).rows;
}

/** The SQLSTATE of a driver error, looking through Drizzle's DrizzleQueryError wrapper. */
export function sqlState(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 5; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

export const uniqueViolation = '23505';

/** Values seen before in the list (each repeat once per extra occurrence), in linear time. */
export function repeatedIn(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => seen.size === seen.add(v).size);
}

/** The distinct values, in first-seen order. */
export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Applies a page (limit, offset) to a dynamic select. */
export function paginate<Q extends PgSelect>(q: Q, page: Page = {}): Q {
  for (const key of ['limit', 'offset'] as const) {
    const v = page[key];
    if (v !== undefined && !(Number.isInteger(v) && v >= 0)) {
      throw new ValidationError(`must be a whole number of 0 or more, got ${v}`, key);
    }
  }
  let out = q;
  if (page.limit !== undefined) out = out.limit(page.limit) as Q;
  if (page.offset !== undefined) out = out.offset(page.offset) as Q;
  return out;
}

/**
 * For a `.catch`: a unique violation that slipped past the pre-check (another writer got there
 * between check and insert) becomes the same DuplicateRecordError the pre-check throws.
 */
export function rethrowDuplicate(kind: DuplicateRecordError['kind'], ids: readonly string[]) {
  return (e: unknown): never => {
    if (sqlState(e) === uniqueViolation) throw new DuplicateRecordError(kind, distinct(ids));
    throw e;
  };
}

/** The driver's own message under Drizzle's 'Failed query: ...' wrapper. */
export function rootMessage(e: unknown): string {
  let cur = e as { message?: string; cause?: unknown } | undefined;
  for (let depth = 0; cur?.cause && depth < 5; depth++) cur = cur.cause as typeof cur;
  return cur?.message ?? String(e);
}
