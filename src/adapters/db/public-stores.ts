/**
 * The stores as the anonymous public reads them (docs/privacy.md, `Stores.publicView`): read-only,
 * and every query carries the policy's conditions (published.ts) in its WHERE clause, so a page
 * of published claims, entities or names is one bounded query, and a count is one count(*). The
 * projections of the policy (a confidential source masked, its quotes withheld) apply to the
 * rows read, one by one.
 */
import { and, asc, count, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type {
  Claim,
  ClaimWithState,
  EntityType,
  Review,
  ReviewState,
} from '../../core/model/claim.ts';
import {
  type PublicPolicy,
  publicClaim,
  publicRules,
  publicSource,
} from '../../core/model/publish.ts';
import type { Source } from '../../core/model/source.ts';
import type {
  ClaimFilter,
  ClaimStore,
  EntityRecord,
  EntityStore,
  Page,
  ReportSearch,
  ReportSearchResult,
  SourceStore,
  Stores,
} from '../../core/ports.ts';
import { filterWhere } from './claim-store.ts';
import { SqlNameLookup } from './name-lookup.ts';
import { publishedClaim, shownEntity } from './published.ts';
import { chunks, type Db, distinct, paginate } from './query.ts';
import { searchReports } from './report-search.ts';
import { claimFromRow, entityFromRow } from './rows.ts';
import { claims, entities } from './schema.ts';

type ClaimRow = typeof claims.$inferSelect;

// Every claim the public reads is in the published state: selected as such, not computed again.
const withState = {
  ...getTableColumns(claims),
  state: sql<ReviewState>`${publicRules.state}::text`,
};

async function readOnly(): Promise<never> {
  throw new Error('the public view of the ledger is read-only');
}

/** `stores` (the whole ledger's, over `db`) as the public reads them under `policy`. */
export function publishedStores(db: Db, stores: Stores, policy: PublicPolicy): Stores {
  return {
    ...stores,
    entities: new PublicEntityStore(db, stores.entities, policy),
    claims: new PublicClaimStore(db, policy),
    sources: new PublicSourceStore(db, stores.sources, policy),
    names: new SqlNameLookup(db, policy),
    publicView: (p) => stores.publicView(p),
  };
}

const entityColumns = { id: entities.id, type: entities.type, createdAt: entities.createdAt };

class PublicEntityStore implements EntityStore {
  constructor(
    private readonly db: Db,
    private readonly all: EntityStore,
    private readonly policy: PublicPolicy,
  ) {}

  createEntities = readOnly;

  private shown = (id: string) => !this.policy.hidden.has(id);

  // By id: withheld ids are dropped before asking; the store's prepared read does the rest.
  async getEntity(id: string): Promise<EntityRecord | null> {
    return this.shown(id) ? this.all.getEntity(id) : null;
  }

  async getEntities(ids: readonly string[]): Promise<EntityRecord[]> {
    return this.all.getEntities(ids.filter(this.shown));
  }

  async listEntities(type: EntityType, page: Page = {}): Promise<EntityRecord[]> {
    const q = this.db
      .select(entityColumns)
      .from(entities)
      .where(and(eq(entities.type, type), shownEntity(this.policy)))
      .orderBy(asc(entities.seq))
      .$dynamic();
    return (await paginate(q, page)).map(entityFromRow);
  }

  async countEntities(type: EntityType): Promise<number> {
    const rows = await this.db
      .select({ n: count() })
      .from(entities)
      .where(and(eq(entities.type, type), shownEntity(this.policy)));
    return rows[0]?.n ?? 0;
  }
}

class PublicClaimStore implements ClaimStore {
  constructor(
    private readonly db: Db,
    private readonly policy: PublicPolicy,
  ) {}

  appendClaims = readOnly;
  appendReviews = readOnly;

  // The reads every page makes, prepared once per view like the staff's (prepared.ts): the
  // policy's values are bound in, the ids (and property) given per call.
  private preparedReads: ReturnType<PublicClaimStore['prepare']> | undefined;

  private get prepared() {
    this.preparedReads ??= this.prepare();
    return this.preparedReads;
  }

  private prepare() {
    const ids = sql.placeholder('ids');
    const where = (name: string, w: SQL) =>
      this.db
        .select(withState)
        .from(claims)
        .where(and(w, publishedClaim(this.policy)))
        .orderBy(asc(claims.seq))
        .prepare(name);
    return {
      claimsFor: where('habeas_public_claims_for', sql`${claims.subjectId} = any(${ids})`),
      claimsReferring: where(
        'habeas_public_claims_referring',
        sql`${claims.valueRef} = any(${ids})`,
      ),
      claimsReferringBy: where(
        'habeas_public_claims_referring_by',
        sql`${claims.valueRef} = any(${ids}) and ${claims.property} = ${sql.placeholder('property')}`,
      ),
    };
  }

  /** Published claims matching `where`, in insertion order, as the public sees them. */
  private async rows(where: SQL | undefined, page: Page = {}) {
    const q = this.db
      .select(withState)
      .from(claims)
      .where(and(where, publishedClaim(this.policy)))
      .orderBy(asc(claims.seq))
      .$dynamic();
    return (await paginate(q, page)).map((r) => ({
      seq: r.seq,
      claim: publicClaim({ ...claimFromRow(r), state: r.state }, this.policy),
    }));
  }

  /** Published claims a prepared read finds over chunks of ids, in insertion order. */
  private async byIds(
    ids: readonly string[],
    read: (part: string[]) => Promise<Array<ClaimRow & { state: ReviewState }>>,
  ) {
    const shown = distinct(ids).filter((id) => !this.policy.hidden.has(id));
    const out: Array<{ seq: number; claim: ClaimWithState }> = [];
    for (const part of chunks(shown))
      for (const r of await read(part))
        out.push({
          seq: r.seq,
          claim: publicClaim({ ...claimFromRow(r), state: r.state }, this.policy),
        });
    return out.sort((a, b) => a.seq - b.seq).map((r) => r.claim);
  }

  async getClaim(id: string): Promise<ClaimWithState | null> {
    return (await this.rows(eq(claims.id, id)))[0]?.claim ?? null;
  }

  claimsFor(subjectIds: readonly string[]): Promise<ClaimWithState[]> {
    return this.byIds(subjectIds, (part) => this.prepared.claimsFor.execute({ ids: part }));
  }

  claimsReferring(ids: readonly string[], property?: string): Promise<ClaimWithState[]> {
    return this.byIds(ids, (part) =>
      property === undefined
        ? this.prepared.claimsReferring.execute({ ids: part })
        : this.prepared.claimsReferringBy.execute({ ids: part, property }),
    );
  }

  async listClaims(filter: ClaimFilter = {}): Promise<ClaimWithState[]> {
    if (filter.state !== undefined && filter.state !== publicRules.state) return [];
    const { limit, offset, ...rest } = filter;
    return (await this.rows(filterWhere(rest), { limit, offset })).map((r) => r.claim);
  }

  async countClaims(filter: Omit<ClaimFilter, 'limit' | 'offset'> = {}): Promise<number> {
    if (filter.state !== undefined && filter.state !== publicRules.state) return 0;
    const rows = await this.db
      .select({ n: count() })
      .from(claims)
      .where(and(filterWhere(filter), publishedClaim(this.policy)));
    return rows[0]?.n ?? 0;
  }

  // Reviews (their notes, who decided) are staff records.
  async reviewsFor(): Promise<Review[]> {
    return [];
  }

  async allReviews(): Promise<Review[]> {
    return [];
  }

  // The view withholds them already.
  async withheldEntities(): Promise<string[]> {
    return [];
  }

  /** For a public export: accepted, and corrections only of claims the public sees. */
  async allClaims(): Promise<Claim[]> {
    const cs = await this.listClaims();
    const ids = new Set(cs.map((c) => c.id));
    return cs.map(({ state: _state, ...c }) => ({
      ...c,
      initialState: publicRules.state,
      supersedes: c.supersedes && ids.has(c.supersedes) ? c.supersedes : null,
    }));
  }
}

/** Sources are all public; a confidential one is masked (its row read, then projected). */
class PublicSourceStore implements SourceStore {
  constructor(
    private readonly db: Db,
    private readonly all: SourceStore,
    private readonly policy: PublicPolicy,
  ) {}

  putSource = readOnly;
  insertSource = readOnly;
  setConfidential = readOnly;

  private masked = (s: Source) => publicSource(s, this.policy);

  async getSource(id: string): Promise<Source | null> {
    const s = await this.all.getSource(id);
    return s && this.masked(s);
  }

  async findByHash(contentHash: string): Promise<Source | null> {
    const s = await this.all.findByHash(contentHash);
    return s && !s.confidential ? s : null;
  }

  async listSources(page?: Page): Promise<Source[]> {
    return (await this.all.listSources(page)).map(this.masked);
  }

  countSources(): Promise<number> {
    return this.all.countSources();
  }

  async confidentialSourceIds(): Promise<string[]> {
    return [];
  }

  /** Published claims and names only; confidential reports are not searched at all. */
  searchSources(search: ReportSearch): Promise<ReportSearchResult> {
    return searchReports(this.db, search, this.policy);
  }
}
