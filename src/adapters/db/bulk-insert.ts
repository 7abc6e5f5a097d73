/**
 * Inserts of many rows as one statement with one array parameter per column, unnested into
 * rows in order: `with ordinality ... order by` makes `seq` follow the batch's order by
 * statement, not by the executor's habit. An ingest group writes hundreds of claims
 * at once: Drizzle's values() would bind, and its builder visit, every cell (16 per claim),
 * which cost as much as the insert itself. Callers check references before (claim-checks.ts).
 */
import { sql } from 'drizzle-orm';
import type { Claim } from '../../core/model/claim.ts';
import type { EntityRecord } from '../../core/ports.ts';
import { chunks, type Db, floatArray, intArray, textArray } from './query.ts';
import { searchText } from './rows.ts';

/** Rows per statement: arrays, not parameters, so only memory bounds it. */
const rowsPerStatement = 5000;

export async function insertClaims(db: Db, batch: readonly Claim[]): Promise<void> {
  for (const part of chunks(batch, rowsPerStatement)) {
    const col = <T>(f: (c: Claim) => T) => part.map(f);
    await db.execute(
      sql`insert into claims (id, subject_id, subject_type, property, value, value_ref,
            value_text, source_id, evidence_start, evidence_end, evidence_quote, author,
            created_at, confidence, initial_state, supersedes)
          select id, subject_id, subject_type, property, value::jsonb, value_ref, value_text,
            source_id, evidence_start, evidence_end, evidence_quote, author::jsonb, created_at,
            confidence, initial_state, supersedes
          from unnest(${textArray(col((c) => c.id))}, ${textArray(col((c) => c.subjectId))},
            ${textArray(col((c) => c.subjectType))}, ${textArray(col((c) => c.property))},
            ${textArray(col((c) => JSON.stringify(c.value)))},
            ${textArray(col((c) => (c.value.type === 'ref' ? c.value.id : null)))},
            ${textArray(col((c) => searchText(c.value)))}, ${textArray(col((c) => c.sourceId))},
            ${intArray(col((c) => c.evidence?.start ?? null))},
            ${intArray(col((c) => c.evidence?.end ?? null))},
            ${textArray(col((c) => c.evidence?.quote ?? null))},
            ${textArray(col((c) => JSON.stringify(c.author)))},
            ${textArray(col((c) => c.createdAt))}, ${floatArray(col((c) => c.confidence))},
            ${textArray(col((c) => c.initialState))}, ${textArray(col((c) => c.supersedes))})
            with ordinality
            as t(id, subject_id, subject_type, property, value, value_ref, value_text, source_id,
              evidence_start, evidence_end, evidence_quote, author, created_at, confidence,
              initial_state, supersedes, ord)
          order by ord`,
    );
  }
}

export async function insertEntities(db: Db, batch: readonly EntityRecord[]): Promise<void> {
  for (const part of chunks(batch, rowsPerStatement)) {
    await db.execute(
      sql`insert into entities (id, type, created_at)
          select id, type, created_at from unnest(${textArray(part.map((e) => e.id))},
            ${textArray(part.map((e) => e.type))}, ${textArray(part.map((e) => e.createdAt))})
            with ordinality as t(id, type, created_at, ord)
          order by ord`,
    );
  }
}
