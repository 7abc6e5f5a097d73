/**
 * The checks appendClaims and appendReviews run inside their transaction before inserting, so
 * a bad batch is refused whole with a message naming each claim and what it lacks. Foreign keys
 * would refuse it too, but only with the first violated constraint's name.
 */
import { sql } from 'drizzle-orm';
import type { Claim, Review } from '../../core/model/claim.ts';
import { DuplicateRecordError, type MissingReference } from '../../core/ports.ts';
import { chunks, type Db, distinct, repeatedIn, rowsOf, textArray } from './query.ts';

/** Ids per look-up: an array parameter, so only the statement's size bounds it. */
const idsPerQuery = 10_000;

async function entityTypes(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunks(distinct(ids), idsPerQuery)) {
    const rows = await rowsOf<{ id: string; type: string }>(
      db,
      sql`select id, type from entities where id = any(${textArray(part)})`,
    );
    for (const r of rows) found.set(r.id, r.type);
  }
  return found;
}

/** Which of these ids a table holds: one array parameter per query, whatever their number. */
async function storedIn(
  db: Db,
  table: 'sources' | 'claims' | 'entities',
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(distinct(ids), idsPerQuery)) {
    const rows = await rowsOf<{ id: string }>(
      db,
      sql`select id from ${sql.identifier(table)} where id = any(${textArray(part)})`,
    );
    for (const r of rows) found.add(r.id);
  }
  return found;
}

const storedSources = (db: Db, ids: readonly string[]) => storedIn(db, 'sources', ids);

export const storedClaims = (db: Db, ids: readonly string[]) => storedIn(db, 'claims', ids);

export const storedEntities = (db: Db, ids: readonly string[]) => storedIn(db, 'entities', ids);

/** Ids repeated within the batch or already stored: either way the batch is refused. */
async function checkNewIds(
  db: Db,
  kind: 'claim' | 'review',
  ids: readonly string[],
  stored: (db: Db, ids: readonly string[]) => Promise<Set<string>>,
): Promise<void> {
  const repeated = repeatedIn(ids);
  if (repeated.length > 0) throw new DuplicateRecordError(kind, distinct(repeated));
  const existing = await stored(db, ids);
  if (existing.size > 0) throw new DuplicateRecordError(kind, [...existing]);
}

/** Every subject, source, ref target and superseded claim of the batch that is not there. */
export async function checkClaimBatch(
  db: Db,
  batch: readonly Claim[],
): Promise<MissingReference[]> {
  const ids = batch.map((c) => c.id);
  await checkNewIds(db, 'claim', ids, storedClaims);
  const refs = batch.flatMap((c) => (c.value.type === 'ref' ? [c.value.id] : []));
  const types = await entityTypes(db, [...batch.map((c) => c.subjectId), ...refs]);
  const sourceIds = await storedSources(
    db,
    batch.flatMap((c) => (c.sourceId === null ? [] : [c.sourceId])),
  );
  const inBatch = new Set(ids);
  const superseded = await storedClaims(
    db,
    batch.flatMap((c) => (c.supersedes === null ? [] : [c.supersedes])),
  );
  const missing: MissingReference[] = [];
  for (const c of batch) {
    const type = types.get(c.subjectId);
    if (type === undefined) missing.push({ from: c.id, kind: 'subject', id: c.subjectId });
    else if (type !== c.subjectType) {
      missing.push({
        from: c.id,
        kind: 'subject_type',
        id: c.subjectId,
        detail: `subject ${c.subjectId} is a ${type}, not a ${c.subjectType}`,
      });
    }
    if (c.sourceId !== null && !sourceIds.has(c.sourceId)) {
      missing.push({ from: c.id, kind: 'source', id: c.sourceId });
    }
    if (c.value.type === 'ref' && !types.has(c.value.id)) {
      missing.push({ from: c.id, kind: 'ref', id: c.value.id });
    }
    if (c.supersedes !== null && !superseded.has(c.supersedes) && !inBatch.has(c.supersedes)) {
      missing.push({ from: c.id, kind: 'supersedes', id: c.supersedes });
    }
  }
  return missing;
}

/** Every review of the batch whose claim is not stored. */
export async function checkReviewBatch(
  db: Db,
  batch: readonly Review[],
  storedReviews: (db: Db, ids: readonly string[]) => Promise<Set<string>>,
): Promise<MissingReference[]> {
  await checkNewIds(
    db,
    'review',
    batch.map((r) => r.id),
    storedReviews,
  );
  const found = await storedClaims(
    db,
    batch.map((r) => r.claimId),
  );
  return batch
    .filter((r) => !found.has(r.claimId))
    .map((r) => ({ from: r.id, kind: 'claim' as const, id: r.claimId }));
}
