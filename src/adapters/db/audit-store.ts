/** The audit log over SQL: appended, read newest first; the table refuses updates (trigger). */
import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  like,
  lte,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Actor, AuditLine, NewAuditLine, StoredAuditLine } from '../../core/model/audit.ts';
import type { AuditFilter, AuditLog, Clock, IdGenerator } from '../../core/ports.ts';
import { chunks, type Db, paginate } from './query.ts';
import { auditLog } from './schema.ts';

type Row = typeof auditLog.$inferSelect;

/** A row as stored: its payloads are checked by the reader (app/audit-payloads.ts), not here. */
function lineFromRow(r: Row): StoredAuditLine {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    actorRole: r.actorRole,
    origin: r.origin,
    action: r.action,
    subjectIds: r.subjectIds,
    before: r.before ?? null,
    after: r.after ?? null,
    summary: r.summary,
    reverts: r.reverts,
  };
}

function where(f: Omit<AuditFilter, 'limit' | 'offset'>): SQL | undefined {
  const parts: SQL[] = [];
  if (f.actor) parts.push(eq(auditLog.actor, f.actor));
  if (f.action?.endsWith('*')) {
    // LIKE with the prefix's own % and _ escaped, so 'claim.*' means exactly that prefix.
    const prefix = f.action.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`);
    parts.push(like(auditLog.action, `${prefix}%`));
  } else if (f.action) parts.push(eq(auditLog.action, f.action));
  if (f.subjectId) parts.push(arrayContains(auditLog.subjectIds, [f.subjectId]));
  if (f.since) parts.push(gte(auditLog.at, f.since));
  if (f.until) parts.push(lte(auditLog.at, f.until));
  return parts.length ? and(...parts) : undefined;
}

export class SqlAuditLog implements AuditLog {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async record(actor: Actor, line: NewAuditLine): Promise<AuditLine> {
    const stamped = this.stamp(actor, line);
    await this.db.insert(auditLog).values(stamped);
    return stamped;
  }

  /** Several lines in one statement (an ingest group's reports), stamped in the order given. */
  async recordMany(
    entries: ReadonlyArray<{ actor: Actor; line: NewAuditLine }>,
  ): Promise<AuditLine[]> {
    const lines = entries.map((e) => this.stamp(e.actor, e.line));
    for (const part of chunks(lines, 500)) await this.db.insert(auditLog).values(part);
    return lines;
  }

  private stamp(actor: Actor, line: NewAuditLine): AuditLine {
    return {
      ...line,
      id: this.ids.next('aud'),
      at: this.clock.now(),
      actor: actor.name,
      actorRole: actor.role,
      origin: actor.origin,
    };
  }

  async getLine(id: string): Promise<StoredAuditLine | null> {
    const rows = await this.db.select().from(auditLog).where(eq(auditLog.id, id));
    return rows[0] ? lineFromRow(rows[0]) : null;
  }

  async listLines(filter: AuditFilter = {}): Promise<StoredAuditLine[]> {
    const q = this.db
      .select()
      .from(auditLog)
      .where(where(filter))
      .orderBy(desc(auditLog.seq))
      .$dynamic();
    return (await paginate(q, filter)).map(lineFromRow);
  }

  async countLines(filter: Omit<AuditFilter, 'limit' | 'offset'> = {}): Promise<number> {
    const rows = await this.db.select({ n: count() }).from(auditLog).where(where(filter));
    return rows[0]?.n ?? 0;
  }

  async revertOf(id: string): Promise<StoredAuditLine | null> {
    const rows = await this.db.select().from(auditLog).where(eq(auditLog.reverts, id)).limit(1);
    return rows[0] ? lineFromRow(rows[0]) : null;
  }

  async linesInOrder(after: string | null, limit: number): Promise<StoredAuditLine[]> {
    // Keyset paging on seq (found from the id), so a long log is read in linear time.
    const from = after
      ? gt(auditLog.seq, sql`(select seq from audit_log where id = ${after})`)
      : undefined;
    const rows = await this.db
      .select()
      .from(auditLog)
      .where(from)
      .orderBy(asc(auditLog.seq))
      .limit(limit);
    return rows.map(lineFromRow);
  }

  async getLines(ids: readonly string[]): Promise<StoredAuditLine[]> {
    const out: StoredAuditLine[] = [];
    for (const part of chunks(ids)) {
      const rows = await this.db.select().from(auditLog).where(inArray(auditLog.id, part));
      out.push(...rows.map(lineFromRow));
    }
    return out;
  }

  /** Plain inserts with the backup's ids and times: the triggers refuse only updates and deletes. */
  async restoreLines(lines: readonly StoredAuditLine[]): Promise<void> {
    // One statement per chunk; rows get their seq in the order given, so storage order is kept.
    for (const part of chunks(lines, 500)) await this.db.insert(auditLog).values(part);
  }
}
