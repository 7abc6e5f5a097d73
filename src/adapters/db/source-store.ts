import { asc, count, eq } from 'drizzle-orm';
import type { NewSource, Source } from '../../core/model/source.ts';
import {
  type Clock,
  DuplicateRecordError,
  type IdGenerator,
  MissingReferenceError,
  type Page,
  type SourceStore,
} from '../../core/ports.ts';
import { type Db, paginate, sqlState, uniqueViolation } from './query.ts';
import { sourceFromRow } from './rows.ts';
import { sources } from './schema.ts';

/** Reports, stored once per content hash. */
export class SqlSourceStore implements SourceStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  /**
   * Insert-if-absent in one statement, then read back: two writers putting the same report at
   * once both end up with the one stored row, and exactly one of them sees created: true.
   */
  async putSource(source: NewSource): Promise<{ source: Source; created: boolean }> {
    await this.checkDuplicateOf(`new source ${source.contentHash}`, source.duplicateOf);
    const row = { ...source, id: this.ids.next('src'), ingestedAt: this.clock.now() };
    const inserted = await this.db
      .insert(sources)
      .values(row)
      .onConflictDoNothing({ target: sources.contentHash })
      .returning();
    if (inserted[0]) return { source: sourceFromRow(inserted[0]), created: true };
    const stored = await this.findByHash(source.contentHash);
    if (!stored) throw new Error(`source with hash ${source.contentHash} vanished after insert`);
    return { source: stored, created: false };
  }

  async insertSource(source: Source): Promise<void> {
    await this.checkDuplicateOf(source.id, source.duplicateOf);
    try {
      await this.db.insert(sources).values(source);
    } catch (e) {
      if (sqlState(e) !== uniqueViolation) throw e;
      const clash = await this.findByHash(source.contentHash);
      const what = clash ? `${source.id} (same content hash as ${clash.id})` : source.id;
      throw new DuplicateRecordError('source', [what]);
    }
  }

  async getSource(id: string): Promise<Source | null> {
    const rows = await this.db.select().from(sources).where(eq(sources.id, id));
    return rows[0] ? sourceFromRow(rows[0]) : null;
  }

  async findByHash(contentHash: string): Promise<Source | null> {
    const rows = await this.db.select().from(sources).where(eq(sources.contentHash, contentHash));
    return rows[0] ? sourceFromRow(rows[0]) : null;
  }

  async listSources(page: Page = {}): Promise<Source[]> {
    const q = this.db.select().from(sources).orderBy(asc(sources.seq)).$dynamic();
    return (await paginate(q, page)).map(sourceFromRow);
  }

  async setConfidential(id: string, confidential: boolean): Promise<Source | null> {
    const rows = await this.db
      .update(sources)
      .set({ confidential })
      .where(eq(sources.id, id))
      .returning();
    return rows[0] ? sourceFromRow(rows[0]) : null;
  }

  async confidentialSourceIds(): Promise<string[]> {
    const rows = await this.db
      .select({ id: sources.id })
      .from(sources)
      .where(eq(sources.confidential, true));
    return rows.map((r) => r.id);
  }

  async countSources(): Promise<number> {
    const rows = await this.db.select({ n: count() }).from(sources);
    return rows[0]?.n ?? 0;
  }

  private async checkDuplicateOf(from: string, duplicateOf: string | null): Promise<void> {
    if (duplicateOf === null || (await this.getSource(duplicateOf))) return;
    throw new MissingReferenceError([{ from, kind: 'duplicate_of', id: duplicateOf }]);
  }
}
