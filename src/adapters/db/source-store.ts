import { asc, count, eq, inArray } from 'drizzle-orm';
import type { NewSource, Source } from '../../core/model/source.ts';
import {
  type Clock,
  DuplicateRecordError,
  type IdGenerator,
  type MissingReference,
  MissingReferenceError,
  type Page,
  type ReportSearch,
  type ReportSearchResult,
  type SourceStore,
} from '../../core/ports.ts';
import { chunks, type Db, distinct, paginate, sqlState, uniqueViolation } from './query.ts';
import { searchReports } from './report-search.ts';
import { sourceColumns, sourceFromRow } from './rows.ts';
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
      .returning(sourceColumns);
    if (inserted[0]) return { source: sourceFromRow(inserted[0]), created: true };
    const stored = await this.findByHash(source.contentHash);
    if (!stored) throw new Error(`source with hash ${source.contentHash} vanished after insert`);
    return { source: stored, created: false };
  }

  /**
   * New reports of an ingest group in one statement, ids and times given, in order; a content
   * hash already stored (another writer got there first) is skipped. The ids inserted.
   */
  async putSources(batch: readonly Source[]): Promise<string[]> {
    if (batch.length === 0) return [];
    const missing = await this.missingOriginals(batch);
    if (missing.length > 0) throw new MissingReferenceError(missing);
    const stored: string[] = [];
    for (const part of chunks(batch, 500)) {
      const rows = await this.db
        .insert(sources)
        .values(part)
        .onConflictDoNothing({ target: sources.contentHash })
        .returning({ id: sources.id });
      for (const r of rows) stored.push(r.id);
    }
    return stored;
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
    const rows = await this.db.select(sourceColumns).from(sources).where(eq(sources.id, id));
    return rows[0] ? sourceFromRow(rows[0]) : null;
  }

  async findByHash(contentHash: string): Promise<Source | null> {
    const rows = await this.db
      .select(sourceColumns)
      .from(sources)
      .where(eq(sources.contentHash, contentHash));
    return rows[0] ? sourceFromRow(rows[0]) : null;
  }

  async listSources(page: Page = {}): Promise<Source[]> {
    const q = this.db.select(sourceColumns).from(sources).orderBy(asc(sources.seq)).$dynamic();
    return (await paginate(q, page)).map(sourceFromRow);
  }

  async setConfidential(id: string, confidential: boolean): Promise<Source | null> {
    const rows = await this.db
      .update(sources)
      .set({ confidential })
      .where(eq(sources.id, id))
      .returning(sourceColumns);
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

  /** duplicateOf ids that are neither stored nor earlier in the batch (one query). */
  private async missingOriginals(batch: readonly Source[]): Promise<MissingReference[]> {
    const seen = new Set<string>();
    const outside: Source[] = [];
    for (const s of batch) {
      if (s.duplicateOf && !seen.has(s.duplicateOf)) outside.push(s);
      seen.add(s.id);
    }
    const found = new Set<string>();
    for (const part of chunks(distinct(outside.map((s) => s.duplicateOf!)))) {
      const rows = await this.db
        .select({ id: sources.id })
        .from(sources)
        .where(inArray(sources.id, part));
      for (const r of rows) found.add(r.id);
    }
    return outside
      .filter((s) => !found.has(s.duplicateOf!))
      .map((s) => ({ from: s.id, kind: 'duplicate_of' as const, id: s.duplicateOf! }));
  }

  private async checkDuplicateOf(from: string, duplicateOf: string | null): Promise<void> {
    if (duplicateOf === null || (await this.getSource(duplicateOf))) return;
    throw new MissingReferenceError([{ from, kind: 'duplicate_of', id: duplicateOf }]);
  }

  searchSources(search: ReportSearch): Promise<ReportSearchResult> {
    return searchReports(this.db, search, null);
  }
}
