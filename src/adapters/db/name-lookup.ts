import { and, asc, desc, eq, ne, or, sql } from 'drizzle-orm';
import { ValidationError } from '../../core/errors.ts';
import type { EntityType } from '../../core/model/claim.ts';
import type { PublicPolicy } from '../../core/model/publish.ts';
import type { NameHit, NameLookup } from '../../core/ports.ts';
import { publishedClaim } from './published.ts';
import { claimState, type Db } from './query.ts';
import { claims } from './schema.ts';

/**
 * Name candidates from PostgreSQL's trigram index. Both sides are folded the same way: lower-
 * cased in TypeScript (the database's lower() leaves Cyrillic alone under the C locale), then
 * accent-stripped by habeas_fold (unaccent) in SQL, the expression claims_name_trgm_idx indexes.
 * This only finds candidates; the name engine in src/core/names decides what matches.
 * With a policy (the public's view, docs/privacy.md) only published names are searched and listed.
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
    const folded = sql`habeas_fold(${claims.valueText})`;
    const wanted = sql`habeas_fold(${q}::text)`;
    const score = sql<number>`greatest(similarity(${folded}, ${wanted}), word_similarity(${wanted}, ${folded}))`;
    const best = this.db
      .selectDistinctOn([claims.subjectId], {
        entityId: claims.subjectId,
        name: sql<string>`${claims.value} #>> '{name,value}'`.as('name'),
        score: score.as('score'),
        seq: claims.seq,
      })
      .from(claims)
      .where(
        and(
          nameClaimsOf(type, true, this.policy),
          // The operators, not the functions, are what the GIN index can answer.
          or(sql`${folded} % ${wanted}`, sql`${wanted} <% ${folded}`),
        ),
      )
      .orderBy(claims.subjectId, desc(sql`score`), asc(claims.seq))
      .as('best');
    const rows = await this.db
      .select({ entityId: best.entityId, name: best.name, score: best.score })
      .from(best)
      .orderBy(desc(best.score), asc(best.seq))
      .limit(limit);
    return rows.map((r) => ({ entityId: r.entityId, name: r.name, similarity: Number(r.score) }));
  }

  /** Each distinct (entity, spelling) pair once, in the order the names were claimed. */
  async allNames(type: EntityType): Promise<Array<{ entityId: string; name: string }>> {
    const rows = await this.db
      .select({ entityId: claims.subjectId, name: sql<string>`${claims.value} #>> '{name,value}'` })
      .from(claims)
      .where(nameClaimsOf(type, false, this.policy))
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

/** Name claims of entities of one type that have not been rejected (published ones for the public). */
function nameClaimsOf(type: EntityType, viaTrigrams: boolean, policy: PublicPolicy | undefined) {
  return and(
    eq(claims.property, 'name'),
    viaTrigrams
      ? // Written so no btree can serve it: otherwise the planner, which prices unaccent and the
        // trigram operators far too cheap, reads every name of the type through
        // claims_type_property_idx and folds each one (200 ms at 10,000 persons) instead of
        // asking claims_name_trgm_idx (2 ms).
        sql`(${claims.subjectType} || '') = ${type}`
      : eq(claims.subjectType, type),
    sql`${claims.valueText} is not null`,
    policy ? publishedClaim(policy) : ne(claimState, 'rejected'),
  );
}
