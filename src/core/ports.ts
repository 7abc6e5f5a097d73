/**
 * The interfaces the core and the use cases need from the outside world. Adapters implement
 * them (src/adapters/db for SQL on PGlite or PostgreSQL); tests may use in-memory fakes.
 */
import type { AccountStore } from './accounts.ts';
import { ConflictError, ValidationError } from './errors.ts';
import type { LedgerHistory, SeenMarks } from './history.ts';
import type { HookStore } from './hooks.ts';
import type { Actor, AuditLine, NewAuditLine, StoredAuditLine } from './model/audit.ts';
import type { Claim, ClaimWithState, EntityType, Review, ReviewState } from './model/claim.ts';
import type { HeldCounts } from './model/held-spans.ts';
import type { PublicPolicy } from './model/publish.ts';
import type { NewSource, Source } from './model/source.ts';
import type { SignInFailureStore } from './sign-in-limits.ts';
import type { WatchedSourceStore } from './watch.ts';

export interface Clock {
  /** ISO 8601 timestamp with milliseconds, UTC. */
  now(): string;
}

/**
 * SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits: a report's identity (its
 * content hash) and a watched item's content key. node:crypto in adapters/digest.ts.
 */
export type Digest = (text: string) => string;

export interface IdGenerator {
  /** A new unique id; the prefix says what it names ('per', 'clm', 'src', ...). */
  next(prefix: string): string;
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  createdAt: string;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface ClaimFilter extends Page {
  state?: ReviewState;
  subjectType?: EntityType;
  sourceId?: string;
  property?: string;
  /** A name or text value equal to this, ignoring case ('by' finds 'BY'). */
  text?: string;
  /** A name or text value containing this, ignoring case. */
  textContains?: string;
}

export interface EntityStore {
  createEntities(records: readonly EntityRecord[]): Promise<void>;
  getEntity(id: string): Promise<EntityRecord | null>;
  getEntities(ids: readonly string[]): Promise<EntityRecord[]>;
  listEntities(type: EntityType, page?: Page): Promise<EntityRecord[]>;
  countEntities(type: EntityType): Promise<number>;
}

/** Append-only: claims and reviews are inserted, never updated or deleted. */
export interface ClaimStore {
  /** Rejects the whole batch (nothing stored) if a subject or source does not exist. */
  appendClaims(claims: readonly Claim[]): Promise<void>;
  appendReviews(reviews: readonly Review[]): Promise<void>;
  getClaim(id: string): Promise<ClaimWithState | null>;
  claimsFor(subjectIds: readonly string[]): Promise<ClaimWithState[]>;
  /** Claims whose value refers to one of these entity ids (e.g. status changes of a person). */
  claimsReferring(ids: readonly string[], property?: string): Promise<ClaimWithState[]>;
  listClaims(filter?: ClaimFilter): Promise<ClaimWithState[]>;
  countClaims(filter?: Omit<ClaimFilter, 'limit' | 'offset'>): Promise<number>;
  reviewsFor(claimId: string): Promise<Review[]>;
  /**
   * Entities withheld from the public by `publicRules` (core/model/publish.ts): private records
   * and what is withheld with them, worked out by the store itself (none in a public view).
   */
  withheldEntities(): Promise<string[]>;
  /** Every claim, in insertion order; for export. */
  allClaims(): Promise<Claim[]>;
  allReviews(): Promise<Review[]>;
}

export interface SourceStore {
  /** Stores a report once per content hash; a second put returns the stored one. */
  putSource(source: NewSource): Promise<{ source: Source; created: boolean }>;
  /**
   * Stores new reports as they are (ids and times given), in order, in as few statements as it
   * can; one whose content hash is already stored is skipped. Returns the ids it stored.
   * Absent in read-only views; ingest then stores reports one by one with putSource.
   */
  putSources?(sources: readonly Source[]): Promise<string[]>;
  /** Stores a source as it is (id and ingestedAt included); for import. */
  insertSource(source: Source): Promise<void>;
  getSource(id: string): Promise<Source | null>;
  findByHash(contentHash: string): Promise<Source | null>;
  listSources(page?: Page): Promise<Source[]>;
  countSources(): Promise<number>;
  /** Marks a source confidential or not (docs/privacy.md); the source as stored after. */
  setConfidential(id: string, confidential: boolean): Promise<Source | null>;
  /** Ids of every confidential source. */
  confidentialSourceIds(): Promise<string[]>;
  /** Full-text search of the reports, with filters; a public view leaves confidential ones out. */
  searchSources(search: ReportSearch): Promise<ReportSearchResult>;
}

/** A search of the reports (docs/search.md); every field narrows it. */
export interface ReportSearch extends Page {
  /** Words in any language (web search syntax: "a phrase", -not, or); names match fuzzily. */
  q?: string;
  /** Reports with a claim that the country is this ISO code. */
  country?: string;
  /** Published on or after / before, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** The publisher, or the host of the report's address. */
  source?: string;
  /** ISO 639-1 language of the report. */
  language?: string;
  /** Reports with claims awaiting review, or whose claims are all decided (staff only). */
  state?: 'pending' | 'reviewed';
}

/** One report found: without its text, with the words that matched in context. */
export interface ReportHit {
  source: Omit<Source, 'text'> & { length: number };
  /** Text search rank, plus the name match's; null without words to search. */
  rank: number | null;
  /** A passage of the report; `match` marks the words that matched the search. */
  snippet: Array<{ text: string; match: boolean }>;
}

export interface ReportSearchResult {
  items: ReportHit[];
  total: number;
  /** People whose names are like the words searched; their reports are among the hits. */
  persons: NameHit[];
}

export interface NameHit {
  entityId: string;
  name: string;
  /** Similarity from the database's fuzzy index, 0..1. */
  similarity: number;
}

export interface NameLookup {
  /** Fuzzy candidates by name (trigram + unaccent) among accepted or proposed name claims. */
  searchNames(query: string, type: EntityType, limit: number): Promise<NameHit[]>;
  /**
   * Every (entity id, name) pair of a type, to build the in-memory name index; with `ids`,
   * those of these entities only (to bring the index up to date with what changed).
   */
  allNames(
    type: EntityType,
    ids?: readonly string[],
  ): Promise<Array<{ entityId: string; name: string }>>;
}

export interface AuditFilter extends Page {
  actor?: string;
  /** An action, or a prefix ending in '*' ('claim.*'). */
  action?: string;
  subjectId?: string;
  /** ISO timestamps: at >= since, at <= until. */
  since?: string;
  until?: string;
}

/**
 * Append-only: one line per change, recorded in the change's transaction (docs/audit.md).
 * Lines go in typed by their action; they come out as stored, for the reader to check.
 */
export interface AuditLog {
  /** Appends a line; the store stamps its id and time. */
  record(actor: Actor, line: NewAuditLine): Promise<AuditLine>;
  /** Appends several lines in order (one statement where the store can), each stamped. */
  recordMany(entries: ReadonlyArray<{ actor: Actor; line: NewAuditLine }>): Promise<AuditLine[]>;
  getLine(id: string): Promise<StoredAuditLine | null>;
  /** Newest first. */
  listLines(filter?: AuditFilter): Promise<StoredAuditLine[]>;
  countLines(filter?: Omit<AuditFilter, 'limit' | 'offset'>): Promise<number>;
  /** The audit.revert line that undid this one, if any. */
  revertOf(id: string): Promise<StoredAuditLine | null>;
  /**
   * Up to `limit` lines in storage order (oldest first), from just after the line `after`
   * (from the first with null): for backups (`habeas export --all`).
   */
  linesInOrder(after: string | null, limit: number): Promise<StoredAuditLine[]>;
  /** The stored lines among these ids, in no particular order. */
  getLines(ids: readonly string[]): Promise<StoredAuditLine[]>;
  /**
   * Appends lines of a backup as they are (ids and times kept), in order; for restoring. Still
   * append-only: nothing stored is changed, and a line whose id is stored is refused.
   */
  restoreLines(lines: readonly StoredAuditLine[]): Promise<void>;
}

/**
 * The ledger version, the key of every in-memory cache (app/ledger-cache.ts): the database
 * raises it by one in every transaction that writes the ledger (sources, entities, claims,
 * reviews, the counts read model), whatever the code path or process, visible when that
 * transaction commits.
 */
export interface ChangeStamps {
  /** The committed version now: one primary-key read. */
  ledger(): Promise<number>;
  /**
   * Inside a transaction: the version it commits as once it has written the ledger (the
   * version before it plus one), null while it has not. Outside transactions: null.
   */
  written(): Promise<number | null>;
  /**
   * Which database the versions count in, different for every database made (each starts
   * again from 1): a version is only ever compared with versions of the same database (the
   * API's ETags, src/server/ledger-etag.ts).
   */
  identity(): Promise<string>;
}

/**
 * How a read is scoped (docs/privacy.md). Signed-in staff read the stores themselves. The
 * anonymous public reads `publicView(policy)`: the same ports, read-only, whose every query
 * carries the policy's conditions (`publicRules` with this policy's withheld entities and
 * confidential sources), so a page of published claims is one bounded query, never a read of
 * everything filtered afterwards. Reviews are staff records: a public view has none.
 * `held`, `stamps`, `audit` and `accounts` stay the whole ledger's: counts include private
 * persons (without ids), stamps version caches, and the audit and accounts are staff-only.
 */
export interface Stores {
  entities: EntityStore;
  claims: ClaimStore;
  sources: SourceStore;
  names: NameLookup;
  /** The counts read model (model/held-spans.ts); absent in fakes: counts replay every change. */
  held?: HeldCounts;
  /** The ledger version for in-memory caches; absent in fakes: nothing is cached then. */
  stamps?: ChangeStamps;
  /** Who changed what, when, from where (model/audit.ts). */
  audit: AuditLog;
  /** Users, sessions and API tokens (core/accounts.ts). */
  accounts: AccountStore;
  /** These stores as the anonymous public reads them under `policy` (above). */
  publicView(policy: PublicPolicy): Stores;
}

/** Who an answer is for: the anonymous public (published data only) or signed-in staff. */
export type ReadScope = 'public' | 'staff';

/** One kept answer of the read models (docs/read-models.md). */
export interface ReadDoc {
  /** What it answers: 'dossier', 'summary', 'release', 'deal'. */
  kind: string;
  scope: ReadScope;
  id: string;
  /** The answer as the API sends it (JSON text). */
  body: string;
  /** Every entity and source id it was read from (and `merges`, `policy`: read-models.ts). */
  deps: readonly string[];
  /** The ledger version read before it was built. */
  version: number;
}

/**
 * Answers kept by the database (docs/read-models.md): a kept answer is served only while none
 * of its `deps` was marked (a claim, review or entity written about it) after its version; the
 * marks are written by the database in the writing transaction, so a kept answer is never
 * served stale, whoever wrote. Outside the ledger: writing one raises no version.
 */
export interface ReadModelStore {
  /** The bodies of the valid kept answers among these ids, by id (one read). */
  valid(kind: string, scope: ReadScope, ids: readonly string[]): Promise<Map<string, string>>;
  put(docs: readonly ReadDoc[]): Promise<void>;
  /** Ids marked after ledger version `version` (what changed since). */
  changedSince(version: number): Promise<string[]>;
  /** Kept answers read from any of these ids (what a change reaches). */
  readersOf(ids: readonly string[]): Promise<Array<Pick<ReadDoc, 'kind' | 'scope' | 'id'>>>;
  /** Every kept answer's key (for a rebuild after a change of merges or policy). */
  keys(kind?: string): Promise<Array<Pick<ReadDoc, 'kind' | 'scope' | 'id'>>>;
  /** Drops the kept answers of these keys (their entity is gone from that scope). */
  drop(keys: ReadonlyArray<Pick<ReadDoc, 'kind' | 'scope' | 'id'>>): Promise<void>;
  /** Drops every kept answer (reindex). */
  clear(): Promise<void>;
  /** The ledger version a named refresher has caught up to (0 before its first run). */
  position(name: string): Promise<number>;
  setPosition(name: string, version: number): Promise<void>;
  /** Marks after `version`: how many, and the time (epoch ms) of the oldest. */
  pendingSince(version: number): Promise<{ marks: number; oldestAt: number | null }>;
}

/**
 * The stores of one transaction: the ledger's, and the watched sources (configuration, whose
 * changes commit with their audit lines).
 */
export interface TransactionStores extends Stores {
  readonly watched: WatchedSourceStore;
}

/** A unit of work: everything inside commits together or not at all. */
export interface Database extends Stores {
  transaction<T>(fn: (tx: TransactionStores) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** 'pglite' or 'postgres', for messages and benchmarks. */
  readonly kind: 'pglite' | 'postgres';
  /** Failed sign-ins for login rate limits (outside transactions: a refusal is no change). */
  readonly signInFailures: SignInFailureStore;
  /** Watched sources and their schedule (core/watch.ts; configuration, not ledger). */
  readonly watched: WatchedSourceStore;
  /** Request counts of the API's per-client limits, shared by every process (src/server/client-limits.ts). */
  readonly requestCounts: RequestCounter;
  /** Kept answers of the read models (docs/read-models.md); absent in fakes: built per read. */
  readonly reads?: ReadModelStore;
  /** What claims and reviews touched after a moment, and entities' histories (core/history.ts). */
  readonly history: LedgerHistory;
  /** Each user's "last looked" mark of the What is new view. */
  readonly seen: SeenMarks;
  /** Webhooks, their outbox and delivery log (core/hooks.ts; configuration, not ledger). */
  readonly hooks: HookStore;
}

/** Fixed-window request counters, one per key (a client on a route); times are epoch ms. */
export interface RequestCounter {
  /**
   * Counts one request for `key`, atomically against every other caller: starts a new window
   * of `windowMs` when the key has none running at `now`. Answers the count in the window
   * (this request included) and when the window ends.
   */
  hit(key: string, now: number, windowMs: number): Promise<{ count: number; resetAt: number }>;
  /** Forgets every key whose window ended before `now`. */
  prune(now: number): Promise<void>;
}

/** What a rejected batch lacked: the claim (or review) and the id it points to. */
export interface MissingReference {
  /** The claim or review id that refers to something absent. */
  from: string;
  kind: 'subject' | 'source' | 'ref' | 'supersedes' | 'claim' | 'duplicate_of' | 'subject_type';
  id: string;
  /** Said instead of 'does not exist' when the target exists but does not fit. */
  detail?: string;
}

/**
 * A store rejected a batch because it refers to entities, sources or claims that do not exist
 * (or a subject of another type); nothing of the batch was stored.
 */
export class MissingReferenceError extends ValidationError {
  constructor(readonly missing: readonly MissingReference[]) {
    const shown = missing.slice(0, 5).map((m) => `${m.from}: ${missingText(m)}`);
    const more = missing.length > 5 ? `; and ${missing.length - 5} more` : '';
    super(`nothing stored: ${shown.join('; ')}${more}`);
  }
}

function missingText(m: MissingReference): string {
  if (m.detail) return m.detail;
  const what = m.kind === 'duplicate_of' ? 'duplicate_of source' : m.kind;
  return `${what} ${m.id} does not exist`;
}

/** A store refused a record because one with the same id (or content hash) is already stored. */
export class DuplicateRecordError extends ConflictError {
  constructor(
    readonly kind: 'entity' | 'claim' | 'review' | 'source',
    readonly ids: readonly string[],
  ) {
    super(`nothing stored: ${kind} ${ids.join(', ')} already exists`);
  }
}
