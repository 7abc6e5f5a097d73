import { asc, count, eq, inArray } from 'drizzle-orm';
import type { EntityType } from '../../core/model/claim.ts';
import {
  DuplicateRecordError,
  type EntityRecord,
  type EntityStore,
  type Page,
} from '../../core/ports.ts';
import { preparedReads } from './prepared.ts';
import { chunks, type Db, distinct, paginate, rethrowDuplicate } from './query.ts';
import { entityFromRow } from './rows.ts';
import { entities } from './schema.ts';

const columns = { id: entities.id, type: entities.type, createdAt: entities.createdAt };

export class SqlEntityStore implements EntityStore {
  constructor(private readonly db: Db) {}

  /** All or nothing: an id already stored (or repeated in the batch) rejects the batch. */
  async createEntities(records: readonly EntityRecord[]): Promise<void> {
    if (records.length === 0) return;
    const ids = records.map((r) => r.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length > 0) throw new DuplicateRecordError('entity', distinct(repeated));
    await this.db
      .transaction(async (tx) => {
        const existing = await existingIds(tx, ids);
        if (existing.length > 0) throw new DuplicateRecordError('entity', existing);
        for (const part of chunks(records)) {
          await tx
            .insert(entities)
            .values(part.map((r) => ({ id: r.id, type: r.type, createdAt: r.createdAt })));
        }
      })
      .catch(rethrowDuplicate('entity', ids));
  }

  async getEntity(id: string): Promise<EntityRecord | null> {
    const rows = await this.db.select(columns).from(entities).where(eq(entities.id, id));
    return rows[0] ? entityFromRow(rows[0]) : null;
  }

  /** The stored ones among these ids, in insertion order; unknown ids are left out. */
  async getEntities(ids: readonly string[]): Promise<EntityRecord[]> {
    const out: Array<EntityRecord & { seq: number }> = [];
    const q = preparedReads(this.db).entities;
    for (const part of chunks(distinct(ids))) {
      for (const r of await q.execute({ ids: part })) out.push({ ...entityFromRow(r), seq: r.seq });
    }
    return out.sort((a, b) => a.seq - b.seq).map(({ seq: _seq, ...e }) => e);
  }

  async listEntities(type: EntityType, page: Page = {}): Promise<EntityRecord[]> {
    const q = this.db
      .select(columns)
      .from(entities)
      .where(eq(entities.type, type))
      .orderBy(asc(entities.seq))
      .$dynamic();
    return (await paginate(q, page)).map(entityFromRow);
  }

  async countEntities(type: EntityType): Promise<number> {
    const rows = await this.db.select({ n: count() }).from(entities).where(eq(entities.type, type));
    return rows[0]?.n ?? 0;
  }
}

/** Which of these entity ids are stored. */
export async function existingIds(db: Db, ids: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const part of chunks(distinct(ids))) {
    const rows = await db
      .select({ id: entities.id })
      .from(entities)
      .where(inArray(entities.id, part));
    for (const r of rows) found.push(r.id);
  }
  return found;
}
