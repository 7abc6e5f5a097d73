/**
 * Reads served on every page (an entity and its claims by id, the claims pointing at an entity),
 * prepared once per store: Drizzle builds the SQL once instead of per call, and on PostgreSQL each
 * is a named statement, so a connection parses and plans it once. The ids travel as one array
 * parameter (`= any($1)`), which keeps the statement text the same whatever their number.
 */
import { asc, getTableColumns, sql } from 'drizzle-orm';
import { claimState, type Db } from './query.ts';
import { claims, entities } from './schema.ts';

const ids = sql.placeholder('ids');
const withState = { ...getTableColumns(claims), state: claimState };

function build(db: Db) {
  const claimsWhere = (name: string, where: ReturnType<typeof sql>) =>
    db.select(withState).from(claims).where(where).orderBy(asc(claims.seq)).prepare(name);
  return {
    claimsFor: claimsWhere('habeas_claims_for', sql`${claims.subjectId} = any(${ids})`),
    claimsReferring: claimsWhere('habeas_claims_referring', sql`${claims.valueRef} = any(${ids})`),
    claimsReferringBy: claimsWhere(
      'habeas_claims_referring_by',
      sql`${claims.valueRef} = any(${ids}) and ${claims.property} = ${sql.placeholder('property')}`,
    ),
    entities: db
      .select({
        id: entities.id,
        type: entities.type,
        createdAt: entities.createdAt,
        seq: entities.seq,
      })
      .from(entities)
      .where(sql`${entities.id} = any(${ids})`)
      .prepare('habeas_entities_by_id'),
  };
}

export type PreparedReads = ReturnType<typeof build>;

const built = new WeakMap<Db, PreparedReads>();

/** The prepared reads over this database or transaction, built on first use. */
export function preparedReads(db: Db): PreparedReads {
  let p = built.get(db);
  if (!p) {
    p = build(db);
    built.set(db, p);
  }
  return p;
}
