import { and, asc, sql } from 'drizzle-orm';
import { ValidationError } from '../../core/errors.ts';
import type { EntityType } from '../../core/model/claim.ts';
import type { PublicPolicy } from '../../core/model/publish.ts';
import type { NameHit, NameLookup } from '../../core/ports.ts';
import { publishedClaim } from './published.ts';
import { type Db, rowsOf, textArray } from './query.ts';
import { claims } from './schema.ts';

/**
 * Name candidates from PostgreSQL's trigram index over name_index (migration 0009): the name
 * claims that can match, that is not rejected and at most textLimits.name long, folded once
 * as they are written. Both sides are folded the same way: lower-cased in TypeScript (the
 * database's lower() leaves Cyrillic alone under the C locale), then accent-stripped by
 * habeas_fold (unaccent) in SQL. This only finds candidates; the name engine in
 * src/core/names decides what matches. With a policy (the public's view, docs/privacy.md) only
 * published names are searched and listed.
 */
export class SqlNameLookup implements NameLookup {
  constructor(
    private readonly db: Db,
    private readonly policy?: PublicPolicy,
  ) {}

  /** One hit per entity (its best-matching name), best first, ties in insertion order. */
  async searchNames(query: string, type: EntityType, limit: number): Promise<NameHit[]> {
    if (!Number.isInteger(limit))
      throw new ValidationError(`must be a whole number, got ${limit}`, 'limit');
    const q = query.normalize('NFC').trim().toLowerCase();
    if (q === '' || limit <= 0) return [];
    const folded = sql`"name_index"."folded"`;
    const wanted = sql`habeas_fold(${q}::text)`;
    const score = sql<number>`greatest(similarity(${folded}, ${wanted}), word_similarity(${wanted}, ${folded}))`;
    const rows = await rowsOf<{ entity_id: string; name: string; score: number }>(
      this.db,
      sql`
      select entity_id, name, score from (
        select distinct on ("name_index"."subject_id") "name_index"."subject_id" as entity_id,
          ${claims.value} #>> '{name,value}' as name, ${score} as score, ${claims.seq} as seq
        from name_index join ${claims} on ${claims.id} = "name_index"."claim_id"
        where "name_index"."subject_type" = ${type}
          -- The operators, not the functions, are what the GIN index can answer.
          and (${folded} % ${wanted} or ${wanted} <% ${folded})
          ${this.policy ? sql`and ${publishedClaim(this.policy)}` : sql``}
        order by "name_index"."subject_id", score desc, seq
      ) as best
      order by score desc, seq
      limit ${limit}`,
    );
    return rows.map((r) => ({
      entityId: r.entity_id,
      name: r.name,
      similarity: Number(r.score),
    }));
  }

  /** Each distinct (entity, spelling) pair of name_index once, in the order the names were claimed. */
  async allNames(
    type: EntityType,
    ids?: readonly string[],
  ): Promise<Array<{ entityId: string; name: string }>> {
    const rows = await this.db
      .select({ entityId: claims.subjectId, name: sql<string>`${claims.value} #>> '{name,value}'` })
      .from(claims)
      .innerJoin(sql`name_index`, sql`"name_index"."claim_id" = ${claims.id}`)
      .where(
        and(
          sql`"name_index"."subject_type" = ${type}`,
          // By the claims' subject index: name_index has none on its subject.
          ids ? sql`${claims.subjectId} = any(${textArray(ids)})` : undefined,
          this.policy ? publishedClaim(this.policy) : undefined,
        ),
      )
      .orderBy(asc(claims.seq));
    const seen = new Set<string>();
    return rows.filter((r) => {
      const key = `${r.entityId}\u0000${r.name}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}
