import { asc, count, eq } from 'drizzle-orm';
import type { EntityType } from '../../core/model/claim.ts';
import {
  DuplicateRecordError,
  type EntityRecord,
  type EntityStore,
  type Page,
} from '../../core/ports.ts';
import { insertEntities } from './bulk-insert.ts';
import { storedEntities } from './claim-checks.ts';
import { preparedReads } from './prepared.ts';
import { chunks, type Db, distinct, paginate, repeatedIn, rethrowDuplicate } from './query.ts';
import { entityFromRow } from './rows.ts';
import { entities } from './schema.ts';

const columns = { id: entities.id, type: entities.type, createdAt: entities.createdAt };

export class SqlEntityStore implements EntityStore {
  constructor(private readonly db: Db) {}

  /** All or nothing: an id already stored (or repeated in the batch) rejects the batch. */
  async createEntities(records: readonly EntityRecord[]): Promise<void> {
    if (records.length === 0) return;
    const ids = records.map((r) => r.id);
    const repeated = repeatedIn(ids);
    if (repeated.length > 0) throw new DuplicateRecordError('entity', distinct(repeated));
    await this.db
      .transaction(async (tx) => {
        const existing = await existingIds(tx, ids);
        if (existing.length > 0) throw new DuplicateRecordError('entity', existing);
        await insertEntities(tx as unknown as Db, records);
      })
      .catch(rethrowDuplicate('entity', ids));
  }

  // The first read of every dossier and of the health check: the prepared statement, so
  // PostgreSQL neither parses nor plans it per request.
  async getEntity(id: string): Promise<EntityRecord | null> {
    const [row] = await preparedReads(this.db).entities.execute({ ids: [id] });
    return row ? entityFromRow(row) : null;
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
  return [...(await storedEntities(db, ids))];
}
