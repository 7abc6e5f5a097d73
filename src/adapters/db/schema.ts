/**
 * The tables, as Drizzle sees them. `npm run db:generate` diffs this file against the last
 * snapshot in migrations/meta and writes the SQL migration; never edit a generated migration.
 * What Drizzle cannot express (extensions, the name search index, the append-only triggers)
 * lives in the custom migration 0001_search_and_append_only.sql.
 *
 * Timestamps are ISO-8601 UTC text exactly as the domain gives them, so an export of an import
 * is byte-identical; the fixed-width format makes text order time order.
 * `seq` is an identity column giving insertion order, the order every list uses.
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { WatchKind } from '../../core/watch.ts';

const seq = () => bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull();

/** PostgreSQL's text search document; only ever computed by the database (reports' search). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Each report's language (ISO 639-1, as ingestion detects it) to the text search configuration
 * PostgreSQL has for it: stemming and stop words of that language. A language with none (Polish,
 * Belarusian, Ukrainian, ...) gets `simple`: every word as written, lower-cased. The list is what
 * PostgreSQL 15 and PGlite both ship (Estonian came in 16). docs/search.md.
 */
export const searchConfigs: Readonly<Record<string, string>> = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  hi: 'hindi',
  hu: 'hungarian',
  id: 'indonesian',
  ga: 'irish',
  it: 'italian',
  lt: 'lithuanian',
  ne: 'nepali',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  es: 'spanish',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

/** The search configuration of a row's `language` column, as SQL (immutable: usable in an index). */
export function searchConfigOf(language: SQL | AnyPgColumn): SQL {
  const cases = Object.entries(searchConfigs).map(
    ([code, config]) => sql`when ${sql.raw(`'${code}'`)} then ${sql.raw(`'${config}'::regconfig`)}`,
  );
  return sql`(case ${language} ${sql.join(cases, sql` `)} else 'simple'::regconfig end)`;
}

/** The host of a report's address, lower-cased: the search's `source` filter (indexed). */
export function hostOf(url: SQL | AnyPgColumn): SQL {
  return sql`lower(split_part(split_part(${url}, '://', 2), '/', 1))`;
}

/** How much of a report is indexed for search: a tsvector holds at most 1 MB. */
export const searchedChars = 200_000;

const stateCheck = (column: string) => sql.raw(`${column} in ('proposed', 'accepted', 'rejected')`);

export const sources = pgTable(
  'sources',
  {
    id: text('id').primaryKey(),
    url: text('url'),
    title: text('title'),
    publisher: text('publisher'),
    publishedAt: text('published_at'),
    language: text('language'),
    contentHash: text('content_hash').notNull(),
    text: text('text').notNull(),
    ingestedAt: text('ingested_at').notNull(),
    duplicateOf: text('duplicate_of').references((): AnyPgColumn => sources.id),
    /** Confidential: the public sees only 'confidential source' (docs/privacy.md). */
    confidential: boolean('confidential').notNull().default(false),
    seq: seq(),
    /** Full-text search document: title and text in the report's language (docs/search.md). */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`to_tsvector(${searchConfigOf(sql.raw('language'))}, coalesce(title, '') || ' ' || left(text, ${sql.raw(String(searchedChars))}))`,
      ),
  },
  (t) => [
    uniqueIndex('sources_content_hash_key').on(t.contentHash),
    index('sources_search_idx').using('gin', t.search),
    index('sources_published_at_idx').on(t.publishedAt, t.seq),
    index('sources_host_idx').on(hostOf(sql`url`)),
    index('sources_publisher_idx').on(sql`lower(publisher)`),
    uniqueIndex('sources_seq_key').on(t.seq),
    index('sources_duplicate_of_idx').on(t.duplicateOf),
    index('sources_confidential_idx').on(t.id).where(sql`${t.confidential}`),
    // What is new since a time (docs/whats-new.md): reports ingested after it, by index range.
    index('sources_ingested_at_idx').on(t.ingestedAt),
  ],
);

export const entities = pgTable(
  'entities',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    createdAt: text('created_at').notNull(),
    seq: seq(),
  },
  (t) => [
    uniqueIndex('entities_seq_key').on(t.seq),
    index('entities_type_seq_idx').on(t.type, t.seq),
  ],
);

export const claims = pgTable(
  'claims',
  {
    id: text('id').primaryKey(),
    subjectId: text('subject_id')
      .notNull()
      .references(() => entities.id),
    subjectType: text('subject_type').notNull(),
    property: text('property').notNull(),
    /** The typed Value as JSON; the columns below are derived from it for indexing. */
    value: jsonb('value').notNull(),
    /** Target entity of a 'ref' value, so claimsReferring is an index lookup. */
    valueRef: text('value_ref').references(() => entities.id),
    /** Lower-cased text of a 'name' or 'text' value; name search folds accents on top. */
    valueText: text('value_text'),
    sourceId: text('source_id').references(() => sources.id),
    evidenceStart: integer('evidence_start'),
    evidenceEnd: integer('evidence_end'),
    evidenceQuote: text('evidence_quote'),
    author: jsonb('author').notNull(),
    createdAt: text('created_at').notNull(),
    confidence: doublePrecision('confidence').notNull(),
    initialState: text('initial_state').notNull(),
    supersedes: text('supersedes').references((): AnyPgColumn => claims.id),
    seq: seq(),
  },
  (t) => [
    uniqueIndex('claims_seq_key').on(t.seq),
    index('claims_subject_idx').on(t.subjectId, t.seq),
    index('claims_value_ref_idx').on(t.valueRef, t.seq).where(sql`${t.valueRef} is not null`),
    index('claims_source_idx').on(t.sourceId, t.seq),
    index('claims_type_property_idx').on(t.subjectType, t.property, t.seq),
    index('claims_supersedes_idx').on(t.supersedes),
    // What is new since a time (docs/whats-new.md): claims recorded after it, by index range.
    index('claims_created_at_idx').on(t.createdAt),
    check('claims_initial_state_check', stateCheck('initial_state')),
    check(
      'claims_evidence_check',
      sql`(evidence_start is null and evidence_end is null and evidence_quote is null) or (evidence_start is not null and evidence_end is not null and evidence_quote is not null and evidence_start >= 0 and evidence_end >= evidence_start)`,
    ),
  ],
);

export const reviews = pgTable(
  'reviews',
  {
    id: text('id').primaryKey(),
    claimId: text('claim_id')
      .notNull()
      .references(() => claims.id),
    state: text('state').notNull(),
    author: jsonb('author').notNull(),
    at: text('at').notNull(),
    note: text('note'),
    seq: seq(),
  },
  (t) => [
    uniqueIndex('reviews_seq_key').on(t.seq),
    // Latest review per claim: ordered like core's currentState (at, then id).
    index('reviews_claim_latest_idx').on(t.claimId, t.at, t.id),
    // What is new since a time (docs/whats-new.md): decisions made after it, by index range.
    index('reviews_at_idx').on(t.at),
    check('reviews_state_check', stateCheck('state')),
  ],
);

/**
 * Who changed what, when and from where (docs/audit.md). Append-only like claims (triggers in
 * the custom migration after this table's). One line per change, written in the change's own
 * transaction; a revert is a new line pointing at the one it undoes (`reverts`).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    actorRole: text('actor_role'),
    /** Client IP, 'cli' or 'worker'. */
    origin: text('origin').notNull(),
    action: text('action').notNull(),
    subjectIds: text('subject_ids').array().notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    summary: text('summary').notNull(),
    reverts: text('reverts').references((): AnyPgColumn => auditLog.id),
    seq: seq(),
  },
  (t) => [
    uniqueIndex('audit_log_seq_key').on(t.seq),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actor, t.seq),
    index('audit_log_action_idx').on(t.action, t.seq),
    index('audit_log_subjects_idx').using('gin', t.subjectIds),
    index('audit_log_reverts_idx').on(t.reverts),
  ],
);

/**
 * Accounts (docs/security.md). Passwords are stored as argon2id hashes only; sessions and API
 * tokens by the SHA-256 of the secret, so a database dump gives nobody a way in.
 */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    /** Lower-cased login name. */
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: text('created_at').notNull(),
    seq: seq(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    uniqueIndex('users_seq_key').on(t.seq),
    check('users_role_check', sql`role in ('viewer', 'reviewer', 'editor', 'admin')`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 (hex) of the cookie's token; the token itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    lastIp: text('last_ip').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    /** SHA-256 (hex) of the bearer token; the token is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    createdAt: text('created_at').notNull(),
    revokedAt: text('revoked_at'),
    seq: seq(),
  },
  (t) => [
    uniqueIndex('api_tokens_token_hash_key').on(t.tokenHash),
    uniqueIndex('api_tokens_seq_key').on(t.seq),
    index('api_tokens_user_idx').on(t.userId),
  ],
);

/**
 * Failed sign-ins, one row per counter key (`user:<name>`, `ip:<address>`) and attempt, kept
 * in the database so every server process counts the same failures (core/sign-in-limits.ts).
 * Rows leave once older than the longest window; they are not an audit record (the audit log
 * keeps each refused sign-in with its reason).
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    key: text('key').notNull(),
    /** Epoch milliseconds of the attempt. */
    at: bigint('at', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('sign_in_failures_key_at_idx').on(t.key, t.at),
    index('sign_in_failures_at_idx').on(t.at),
  ],
);

/**
 * Request counts of the API's per-client rate limits (src/server/client-limits.ts), kept in
 * the database so that every server process on one PostgreSQL database counts the same
 * requests. One row per key (a client on a route) with its fixed window; rows whose window
 * has ended are pruned.
 */
export const requestCounts = pgTable(
  'request_counts',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    /** Epoch milliseconds when the window ends. */
    resetAt: bigint('reset_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('request_counts_reset_at_idx').on(t.resetAt)],
);

/**
 * Watched sources (docs/watch.md): addresses read again on a schedule, with the validators of
 * the last copy (conditional GET) and the failures in a row (backoff). Configuration, not
 * ledger: what they bring in is stored as reports like any other ingest.
 */
export const watchedSources = pgTable(
  'watched_sources',
  {
    id: text('id').primaryKey(),
    url: text('url').notNull(),
    /** core/watch.ts WatchKind: auto until the first read that works, then what it found. */
    kind: text('kind').$type<WatchKind>().notNull().default('auto'),
    linkHosts: text('link_hosts').array().notNull().default(sql`'{}'::text[]`),
    name: text('name'),
    language: text('language'),
    everySeconds: integer('every_seconds').notNull(),
    paused: boolean('paused').notNull().default(false),
    etag: text('etag'),
    lastModified: text('last_modified'),
    nextCheckAt: text('next_check_at').notNull(),
    failures: integer('failures').notNull().default(0),
    lastCheckedAt: text('last_checked_at'),
    lastNewAt: text('last_new_at'),
    items: integer('items').notNull().default(0),
    lastStatus: text('last_status'),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('watched_sources_url_key').on(t.url),
    index('watched_sources_next_check_idx').on(t.nextCheckAt),
  ],
);

/**
 * Items of watched sources read so far (docs/watch.md), by address (`url:` + its normal form)
 * and by content (`sha256:` + hash), so an article is never fetched or ingested twice, across
 * polls and restarts. Kept when its source is removed: the article was read all the same.
 */
export const watchedItems = pgTable('watched_items', {
  key: text('key').primaryKey(),
  sourceId: text('source_id').notNull(),
  seenAt: text('seen_at').notNull(),
});

/**
 * Read models (docs/read-models.md): answers built once and kept as the JSON the API sends
 * (a person's dossier and summary, a release event, a deal), one row per kind, scope (`public`
 * for the anonymous, `staff`) and id. `deps` lists every entity and source id the answer was
 * read from, and `version` the ledger version read before it was built: the answer is valid
 * while no id in `deps` has a mark in `read_marks` above that version. Not the ledger (no
 * trigger raises the version for it): a cache the database itself invalidates.
 */
export const readDocs = pgTable(
  'read_docs',
  {
    kind: text('kind').notNull(),
    scope: text('scope').notNull(),
    id: text('id').notNull(),
    body: text('body').notNull(),
    deps: text('deps').array().notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.scope, t.id] }),
    index('read_docs_deps_idx').using('gin', t.deps),
  ],
);

/**
 * What changed, by id (an entity, a source, or `merges` / `policy` for changes that reach
 * every answer): the ledger version of the last transaction that changed it, written by
 * triggers on claims, reviews and sources in that transaction (migration read_marks). Ledger
 * versions are given in commit order (writers take the version row's lock), so "changed after
 * version v" is exact: what the in-memory indexes ask to catch up.
 */
export const readMarks = pgTable(
  'read_marks',
  {
    id: text('id').primaryKey(),
    version: bigint('version', { mode: 'number' }).notNull(),
    /** Epoch milliseconds of the change: the refresher's lag is measured from it. */
    at: bigint('at', { mode: 'number' }).notNull(),
  },
  (t) => [index('read_marks_version_idx').on(t.version)],
);

/** Positions of the read-model refresher (name -> the ledger version it has caught up to). */
export const readState = pgTable('read_state', {
  name: text('name').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});

/**
 * Each signed-in user's "last looked" mark of the What is new view (docs/whats-new.md): the
 * time up to which they have seen the changes. Not ledger: a preference, like a bookmark.
 */
export const seenMarks = pgTable('seen_marks', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id),
  seenAt: text('seen_at').notNull(),
});

/**
 * Webhooks (docs/whats-new.md): where to POST which events. The secret signs each delivery
 * (HMAC-SHA256), so it is kept as given: a digest could not sign. Configuration, not ledger.
 */
export const hooks = pgTable(
  'hooks',
  {
    id: text('id').primaryKey(),
    url: text('url').notNull(),
    events: text('events').array().notNull(),
    secret: text('secret').notNull(),
    createdAt: text('created_at').notNull(),
    seq: seq(),
  },
  (t) => [uniqueIndex('hooks_seq_key').on(t.seq)],
);

/**
 * The webhook outbox: one row per event and hook, written in the transaction that moves the
 * dispatch mark past the change (hook_marks), so a crash loses none and repeats none; sent and
 * retried from here, with the log of the last attempt.
 */
export const hookDeliveries = pgTable(
  'hook_deliveries',
  {
    id: text('id').primaryKey(),
    hookId: text('hook_id')
      .notNull()
      .references(() => hooks.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    /** The exact JSON body sent (and signed) on every attempt. */
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    /** While a sender holds the delivery (sending it); a crashed sender's lease runs out. */
    leaseUntil: text('lease_until'),
    lastAttemptAt: text('last_attempt_at'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: text('delivered_at'),
    seq: seq(),
  },
  (t) => [
    uniqueIndex('hook_deliveries_seq_key').on(t.seq),
    index('hook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`status = 'pending'`),
    index('hook_deliveries_hook_idx').on(t.hookId, t.seq),
    check('hook_deliveries_status_check', sql`status in ('pending', 'delivered', 'failed')`),
  ],
);

/**
 * How far the webhook dispatcher has read the ledger: the last claim and review (by `seq`) whose
 * changes are in the outbox. One row. Ledger writers commit one at a time (the ledger version's
 * lock, migration 0008), so `seq` grows in commit order and nothing can appear behind the mark.
 */
export const hookMarks = pgTable(
  'hook_marks',
  {
    id: integer('id').primaryKey(),
    claimSeq: bigint('claim_seq', { mode: 'number' }).notNull(),
    reviewSeq: bigint('review_seq', { mode: 'number' }).notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  () => [check('hook_marks_one_row', sql`id = 1`)],
);
