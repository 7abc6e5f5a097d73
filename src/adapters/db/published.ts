/**
 * The public's policy (core/model/publish.ts, `publicRules`) as SQL: the conditions every query of
 * a public view carries, and the query finding withheld entities. Plain SQL both drivers run the
 * same way; the policy's ids travel as one array parameter each.
 */
import { type SQL, sql } from 'drizzle-orm';
import { entityTypes } from '../../core/model/claim.ts';
import { type PublicPolicy, publicRules } from '../../core/model/publish.ts';
import { claimState, type Db, rowsOf, textArray } from './query.ts';
import { claims, entities } from './schema.ts';

// Type and property joined by ':', which neither contains (snake_case types, camelCase properties).
const privateKeys = publicRules.privateProperties.map((p) => `${p.subjectType}:${p.property}`);

/**
 * `column` is none of the policy's withheld entities (a null column passes). The same text
 * whatever the policy, so a statement prepared with it is one named statement on PostgreSQL.
 */
function notWithheld(column: SQL, policy: PublicPolicy): SQL {
  return sql`(${column} is null or ${column} <> all(${textArray([...policy.hidden])}))`;
}

/** Rows of `claims` (unaliased) the public may read: `isPublished`, in the WHERE clause. */
export function publishedClaim(policy: PublicPolicy): SQL {
  return sql`(${claimState} = ${publicRules.state}
    and (${claims.subjectType} || ':' || ${claims.property}) <> all(${textArray(privateKeys)})
    and ${notWithheld(sql`${claims.subjectId}`, policy)}
    and ${notWithheld(sql`${claims.valueRef}`, policy)})`;
}

/** Rows of `entities` the public may see. */
export function shownEntity(policy: PublicPolicy): SQL {
  return notWithheld(sql`${entities.id}`, policy);
}

/** A claim's current state for the claims row aliased `c` (claimState, for an alias). */
const stateOfC = sql`coalesce((
  select r.state from reviews r where r.claim_id = c.id
  order by r.at collate "C" desc, r.id collate "C" desc limit 1), c.initial_state)`;

/**
 * Entities withheld from the public, in one recursive query: those whose latest accepted
 * visibility claim (by time, then id, byte-wise as the core compares them) says private, then
 * whatever refers to a withheld entity through a `withheldWith` claim, until nothing new is found.
 * Served by claims_type_property_idx (visibility claims) and claims_value_ref_idx (the follows).
 */
export async function withheldEntities(db: Db): Promise<string[]> {
  const { visibility, withheldWith, state } = publicRules;
  const follows = withheldWith.map((w) =>
    w.subjectTypes === 'any'
      ? sql`c.property = ${w.property}`
      : sql`(c.property = ${w.property} and c.subject_type = any(${textArray(w.subjectTypes)}))`,
  );
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`with recursive latest as (
          select distinct on (c.subject_id) c.subject_id, c.value ->> 'text' as v
          from claims c
          where c.subject_type = any(${textArray(entityTypes)}) and c.property = ${visibility.property}
            and c.value ->> 'type' = 'text' and ${stateOfC} = ${state}
          order by c.subject_id, c.created_at collate "C" desc, c.id collate "C" desc
        ), withheld(id) as (
          select subject_id from latest where v = ${visibility.private}
          union
          select c.subject_id from claims c join withheld w on c.value_ref = w.id
          where ${stateOfC} = ${state} and (${sql.join(follows, sql` or `)})
        )
        select id from withheld`,
  );
  return rows.map((r) => r.id);
}
