import { and, asc, count, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Claim, ClaimWithState, Review } from '../../core/model/claim.ts';
import { type ClaimFilter, type ClaimStore, MissingReferenceError } from '../../core/ports.ts';
import { insertClaims } from './bulk-insert.ts';
import { checkClaimBatch, checkReviewBatch } from './claim-checks.ts';
import { personsOfChanges, personsOfClaims, refreshPersons } from './held-spans.ts';
import { type PreparedReads, preparedReads } from './prepared.ts';
import { withheldEntities } from './published.ts';
import { chunks, claimState, type Db, distinct, paginate, rethrowDuplicate } from './query.ts';
import { claimFromRow, reviewFromRow } from './rows.ts';
import { claims, reviews } from './schema.ts';

const withState = { ...getTableColumns(claims), state: claimState };

/** Claims and reviews over SQL; there is deliberately no update or delete. */
export class SqlClaimStore implements ClaimStore {
  constructor(private readonly db: Db) {}

  async appendClaims(batch: readonly Claim[]): Promise<void> {
    if (batch.length === 0) return;
    // Inside a caller's transaction this is a savepoint: a refused batch leaves the rest intact.
    await this.db
      .transaction(async (tx) => {
        const missing = await checkClaimBatch(tx, batch);
        if (missing.length > 0) throw new MissingReferenceError(missing);
        await insertClaims(tx as unknown as Db, batch);
        // Counts read held_spans: a status change's claims move its person's spans (held-spans.ts).
        // Only accepted claims count (a correction hides what it supersedes only once accepted),
        // so a proposed claim moves nothing until a review accepts it; appendReviews refreshes then.
        const changes = batch.filter(
          (c) => c.subjectType === 'status_change' && c.initialState === 'accepted',
        );
        if (changes.length > 0) {
          const db = tx as unknown as Db;
          const persons = await personsOfChanges(
            db,
            changes.map((c) => c.subjectId),
          );
          await refreshPersons(db, claimsLoader(db), persons);
        }
      })
      .catch(
        rethrowDuplicate(
          'claim',
          batch.map((c) => c.id),
        ),
      );
  }

  async appendReviews(batch: readonly Review[]): Promise<void> {
    if (batch.length === 0) return;
    await this.db
      .transaction(async (tx) => {
        const missing = await checkReviewBatch(tx, batch, storedReviews);
        if (missing.length > 0) throw new MissingReferenceError(missing);
        for (const part of chunks(batch)) {
          await tx.insert(reviews).values(
            part.map((r) => ({
              id: r.id,
              claimId: r.claimId,
              state: r.state,
              author: r.author,
              at: r.at,
              note: r.note,
            })),
          );
        }
        // A review changes which status-change claims are accepted: refresh their persons' spans.
        const db = tx as unknown as Db;
        const persons = await personsOfClaims(
          db,
          batch.map((r) => r.claimId),
        );
        await refreshPersons(db, claimsLoader(db), persons);
      })
      .catch(
        rethrowDuplicate(
          'review',
          batch.map((r) => r.id),
        ),
      );
  }

  async getClaim(id: string): Promise<ClaimWithState | null> {
    const rows = await this.db.select(withState).from(claims).where(eq(claims.id, id));
    return rows[0] ? { ...claimFromRow(rows[0]), state: rows[0].state } : null;
  }

  async claimsFor(subjectIds: readonly string[]): Promise<ClaimWithState[]> {
    const q = preparedReads(this.db).claimsFor;
    return this.inChunks(subjectIds, (part) => q.execute({ ids: part }));
  }

  async claimsReferring(ids: readonly string[], property?: string): Promise<ClaimWithState[]> {
    const reads = preparedReads(this.db);
    return this.inChunks(ids, (part) =>
      property === undefined
        ? reads.claimsReferring.execute({ ids: part })
        : reads.claimsReferringBy.execute({ ids: part, property }),
    );
  }

  async listClaims(filter: ClaimFilter = {}): Promise<ClaimWithState[]> {
    const q = this.db
      .select(withState)
      .from(claims)
      .where(filterWhere(filter))
      .orderBy(asc(claims.seq))
      .$dynamic();
    const rows = await paginate(q, filter);
    return rows.map((r) => ({ ...claimFromRow(r), state: r.state }));
  }

  async countClaims(filter: Omit<ClaimFilter, 'limit' | 'offset'> = {}): Promise<number> {
    const rows = await this.db.select({ n: count() }).from(claims).where(filterWhere(filter));
    return rows[0]?.n ?? 0;
  }

  async reviewsFor(claimId: string): Promise<Review[]> {
    const rows = await this.db
      .select()
      .from(reviews)
      .where(eq(reviews.claimId, claimId))
      .orderBy(asc(reviews.seq));
    return rows.map(reviewFromRow);
  }

  withheldEntities(): Promise<string[]> {
    return withheldEntities(this.db);
  }

  async allClaims(): Promise<Claim[]> {
    const rows = await this.db.select().from(claims).orderBy(asc(claims.seq));
    return rows.map(claimFromRow);
  }

  async allReviews(): Promise<Review[]> {
    const rows = await this.db.select().from(reviews).orderBy(asc(reviews.seq));
    return rows.map(reviewFromRow);
  }

  /** Claims a prepared read finds over chunks of ids, merged back into insertion order. */
  private async inChunks(
    ids: readonly string[],
    read: (part: string[]) => Promise<ClaimRow[]>,
  ): Promise<ClaimWithState[]> {
    const rows: Array<{ seq: number; claim: ClaimWithState }> = [];
    for (const part of chunks(distinct(ids))) {
      for (const r of await read(part))
        rows.push({ seq: r.seq, claim: { ...claimFromRow(r), state: r.state } });
    }
    return rows.sort((a, b) => a.seq - b.seq).map((r) => r.claim);
  }
}

type ClaimRow = Awaited<ReturnType<PreparedReads['claimsFor']['execute']>>[number];

/** claimsFor on a given connection or transaction, for the read model's refresh. */
function claimsLoader(db: Db) {
  return (ids: readonly string[]) => new SqlClaimStore(db).claimsFor(ids);
}

export function filterWhere(f: Omit<ClaimFilter, 'limit' | 'offset'>): SQL | undefined {
  return and(
    f.subjectType === undefined ? undefined : eq(claims.subjectType, f.subjectType),
    f.property === undefined ? undefined : eq(claims.property, f.property),
    f.sourceId === undefined ? undefined : eq(claims.sourceId, f.sourceId),
    f.state === undefined ? undefined : eq(claimState, f.state),
    f.text === undefined ? undefined : eq(claims.valueText, folded(f.text)),
    f.textContains === undefined
      ? undefined
      : sql`strpos(${claims.valueText}, ${folded(f.textContains)}) > 0`,
  );
}

/** A needle as value_text holds text (rows.ts searchText: NFC, lower-cased). */
const folded = (text: string) => text.normalize('NFC').toLowerCase();

async function storedReviews(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(distinct(ids))) {
    const rows = await db.select({ id: reviews.id }).from(reviews).where(inArray(reviews.id, part));
    for (const r of rows) found.add(r.id);
  }
  return found;
}
