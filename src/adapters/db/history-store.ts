/**
 * The ledger's history for What is new and the webhook dispatcher (core/history.ts). Every
 * read starts from an index range: claims by created_at or seq, reviews by at or seq, reports
 * by ingested_at; then only the entities found are read, by subject.
 */
import { asc, desc, inArray, sql } from 'drizzle-orm';
import type { LedgerHistory, ReportStored, SeenMarks, TouchedSubject } from '../../core/history.ts';
import type { SeqCut, TimedClaim, TimedReview } from '../../core/model/changes.ts';
import type { EntityType } from '../../core/model/claim.ts';
import { chunks, type Db, rowsOf, textArray } from './query.ts';
import { claimFromRow, reviewFromRow } from './rows.ts';
import { claims, reviews, seenMarks, sources } from './schema.ts';

interface SubjectRow {
  id: string;
  type: string;
  total: number | string;
}

const subject = (r: { id: string; type: string }): TouchedSubject => ({
  id: r.id,
  type: r.type as EntityType,
});

export class SqlLedgerHistory implements LedgerHistory {
  constructor(private readonly db: Db) {}

  async touchedBetween(
    from: string,
    to: string,
    types: readonly EntityType[],
    limit: number,
  ): Promise<{ subjects: TouchedSubject[]; total: number }> {
    // Two index ranges (claims_created_at_idx, reviews_at_idx), grouped by entity; the window
    // count is taken over the groups, so the total costs no second pass.
    const rows = await rowsOf<SubjectRow>(
      this.db,
      sql`select id, type, count(*) over () as total from (
            select c.subject_id as id, c.subject_type as type, c.created_at as at
              from claims c
              where c.created_at > ${from} and c.created_at <= ${to}
                and c.subject_type = any(${textArray(types)})
            union all
            select c.subject_id, c.subject_type, r.at
              from reviews r join claims c on c.id = r.claim_id
              where r.at > ${from} and r.at <= ${to}
                and c.subject_type = any(${textArray(types)})
          ) touched
          group by id, type
          order by max(at) desc, id
          limit ${limit}`,
    );
    return { subjects: rows.map(subject), total: Number(rows[0]?.total ?? 0) };
  }

  async touchedAfter(
    from: SeqCut,
    limit: number,
  ): Promise<{ subjects: TouchedSubject[]; upTo: SeqCut }> {
    // One statement, one snapshot: the cut returned is exactly what the subjects came from.
    const [row] = await rowsOf<{
      claims: number | string | null;
      reviews: number | string | null;
      subjects: Array<{ id: string; type: string }> | string | null;
    }>(
      this.db,
      sql`with c as (
            select seq, subject_id, subject_type from claims
            where seq > ${from.claims} order by seq limit ${limit}
          ), r as (
            select r.seq, c.subject_id, c.subject_type
            from (select seq, claim_id from reviews where seq > ${from.reviews}
                  order by seq limit ${limit}) r
            join claims c on c.id = r.claim_id
          ), s as (
            select subject_id, subject_type from c union select subject_id, subject_type from r
          )
          select (select max(seq) from c) as claims,
                 (select max(seq) from r) as reviews,
                 (select json_agg(json_build_object('id', subject_id, 'type', subject_type)) from s)
                   as subjects`,
    );
    const raw = row?.subjects ?? [];
    const list = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{
      id: string;
      type: string;
    }>;
    return {
      subjects: list.map(subject),
      upTo: {
        claims: row?.claims == null ? from.claims : Number(row.claims),
        reviews: row?.reviews == null ? from.reviews : Number(row.reviews),
      },
    };
  }

  async lastCut(): Promise<SeqCut> {
    const [row] = await rowsOf<{ claims: number | string | null; reviews: number | string | null }>(
      this.db,
      sql`select (select max(seq) from claims) as claims, (select max(seq) from reviews) as reviews`,
    );
    return { claims: Number(row?.claims ?? 0), reviews: Number(row?.reviews ?? 0) };
  }

  async historyOf(subjectIds: readonly string[]): Promise<TimedClaim[]> {
    const out: TimedClaim[] = [];
    for (const part of chunks([...new Set(subjectIds)])) {
      const rows = await this.db
        .select()
        .from(claims)
        .where(inArray(claims.subjectId, part))
        .orderBy(asc(claims.seq));
      const byClaim = new Map<string, TimedReview[]>();
      for (const ids of chunks(rows.map((r) => r.id))) {
        const decided = await this.db
          .select()
          .from(reviews)
          .where(inArray(reviews.claimId, ids))
          .orderBy(asc(reviews.seq));
        for (const r of decided) {
          const list = byClaim.get(r.claimId) ?? [];
          list.push({ ...reviewFromRow(r), seq: r.seq });
          byClaim.set(r.claimId, list);
        }
      }
      for (const r of rows)
        out.push({ ...claimFromRow(r), seq: r.seq, reviews: byClaim.get(r.id) ?? [] });
    }
    return out;
  }

  async reportsBetween(
    from: string,
    to: string,
    limit: number,
  ): Promise<{ items: ReportStored[]; total: number }> {
    const range = sql`${sources.ingestedAt} > ${from} and ${sources.ingestedAt} <= ${to}`;
    const [items, [counted]] = await Promise.all([
      this.db
        .select({
          id: sources.id,
          title: sources.title,
          url: sources.url,
          publisher: sources.publisher,
          publishedAt: sources.publishedAt,
          ingestedAt: sources.ingestedAt,
          duplicateOf: sources.duplicateOf,
        })
        .from(sources)
        .where(range)
        .orderBy(desc(sources.ingestedAt), desc(sources.seq))
        .limit(limit),
      this.db.select({ n: sql<number>`count(*)::int` }).from(sources).where(range),
    ]);
    return { items, total: counted?.n ?? 0 };
  }
}

export class SqlSeenMarks implements SeenMarks {
  constructor(private readonly db: Db) {}

  async get(userId: string): Promise<string | null> {
    const rows = await this.db
      .select({ seenAt: seenMarks.seenAt })
      .from(seenMarks)
      .where(sql`${seenMarks.userId} = ${userId}`);
    return rows[0]?.seenAt ?? null;
  }

  async set(userId: string, at: string): Promise<void> {
    await this.db
      .insert(seenMarks)
      .values({ userId, seenAt: at })
      .onConflictDoUpdate({ target: seenMarks.userId, set: { seenAt: at } });
  }
}
