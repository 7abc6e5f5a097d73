/**
 * The audit log's vocabulary: who made a change (an Actor) and the line recorded for it.
 * Use cases write one line per change inside the change's own transaction (docs/audit.md).
 */
import type { Role } from '../accounts.ts';
import type { WatchKind } from '../watch.ts';
import type { Author, ReviewState } from './claim.ts';
import type { Value } from './values.ts';

/** Who made a change and from where: filled by routes from the viewer, by the CLI, the worker. */
export interface Actor {
  /** What the audit line names: a username, 'cli:<OS user>', 'worker'. */
  name: string;
  /** The account role at the time (admin, editor, reviewer, viewer); null outside accounts. */
  role: string | null;
  /** Client IP, 'cli' or 'worker' ('app' for in-process callers that said nothing). */
  origin: string;
  /** Recorded on the claims and reviews the change writes. */
  author: Author;
}

/** What a use case accepts: a full Actor, or (in-process callers, tests) just an author. */
export type By = Actor | Author;

/** Every action an audit line can record, in the order docs/audit.md lists them. */
export const auditActions = [
  'claim.propose',
  'claim.review',
  'claim.correct',
  'claims.accept_above',
  'entity.merge',
  'entity.keep_apart',
  'entity.split',
  'ledger.import',
  'report.ingest',
  'source.confidential',
  'user.add',
  'user.role',
  'user.disable',
  'user.token',
  'user.signin',
  'user.signin_refused',
  'user.signout',
  'watch.add',
  'watch.pause',
  'watch.resume',
  'watch.remove',
  'audit.revert',
] as const;

export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(action: string): action is AuditAction {
  return (auditActions as readonly string[]).includes(action);
}

/** A claim and the review state a change found it in or left it in. */
export interface ClaimStateOf {
  claimId: string;
  state: ReviewState;
}

/** A source's confidential flag, before or after a change (and a revert of one). */
export interface SourceFlag {
  sourceId: string;
  confidential: boolean;
}

/** A watched source's settings as its audit lines record them (docs/watch.md), not its figures. */
export interface WatchedSettings {
  sourceId: string;
  url: string;
  kind: WatchKind;
  everySeconds: number;
  name: string | null;
  language: string | null;
  linkHosts: string[];
  paused: boolean;
}

/** A watched source's paused flag, before or after a pause or resume. */
export interface WatchedPaused {
  sourceId: string;
  url: string;
  paused: boolean;
}

/**
 * What each action records as `before` and `after`. The writers build lines of these types and
 * the reverter reads them through the same types, so changing one breaks the other at compile
 * time; stored lines are checked against them when read (app/audit-payloads.ts).
 */
export interface AuditPayloads {
  'claim.propose': {
    before: null;
    after: ClaimStateOf & { value: Value };
  };
  'claim.review': {
    before: ClaimStateOf;
    after: ClaimStateOf & { reviewId: string; note: string | null };
  };
  'claim.correct': {
    /** The claim corrected, as it was. */
    before: ClaimStateOf & { value: Value };
    /** The correction; `rejected` is the corrected claim's id. */
    after: ClaimStateOf & { value: Value; rejected: string };
  };
  'claims.accept_above': {
    before: { state: 'proposed'; claimIds: string[] };
    after: { state: 'accepted'; claimIds: string[]; threshold: number };
  };
  'entity.merge': {
    /** The proposed merge claim it accepted; nulls when it wrote a new one. */
    before: { claimId: string | null; state: 'proposed' | null };
    after: { claimId: string; state: 'accepted'; merged: string; into: string };
  };
  'entity.keep_apart': {
    before: { claims: ClaimStateOf[] };
    after: { claims: ClaimStateOf[] };
  };
  'entity.split': {
    before: { entity: string; claims: ClaimStateOf[] };
    /** `entity` is the new entity; each moved claim's original (`from`) and copy (`to`). */
    after: { entity: string; from: string; moved: Array<{ from: string; to: string }> };
  };
  'ledger.import': {
    before: null;
    /** Counts added; users, apiTokens and auditLines only on the restore of a full backup. */
    after: {
      sources: number;
      entities: number;
      claims: number;
      reviews: number;
      users?: number;
      apiTokens?: number;
      auditLines?: number;
      claimIds: string[];
    };
  };
  'report.ingest': {
    before: null;
    after: {
      sourceId: string;
      events: Array<{ id: string; created: boolean }>;
      claimIds: string[];
    };
  };
  'source.confidential': { before: SourceFlag; after: SourceFlag };
  'user.add': {
    before: null;
    after: { username: string; role: Role; disabled: boolean };
  };
  'user.role': {
    before: { username: string; role: Role };
    after: { username: string; role: Role };
  };
  'user.disable': {
    before: { username: string; disabled: boolean };
    after: { username: string; disabled: boolean };
  };
  'user.token': {
    before: null;
    /** Never the token: its id and label. */
    after: { username: string; tokenId: string; name: string };
  };
  'user.signin': { before: null; after: { username: string } };
  'user.signin_refused': {
    before: null;
    /** What was typed as the username (never the password) and why it was refused. */
    after: { username: string; reason: string };
  };
  'user.signout': { before: null; after: { username: string } };
  'watch.add': { before: null; after: WatchedSettings };
  'watch.pause': { before: WatchedPaused; after: WatchedPaused };
  'watch.resume': { before: WatchedPaused; after: WatchedPaused };
  /** The source as it was; what it brought in stays (its reports, its items read). */
  'watch.remove': { before: WatchedSettings; after: null };
  'audit.revert': {
    /** Claims as the revert found them; a source flag as it found it. */
    before: { claims: ClaimStateOf[]; source?: SourceFlag };
    after: {
      claims: ClaimStateOf[];
      /** Claims a later change touched, left as they are (bulk changes only). */
      skipped: Array<{ claimId: string; state: ReviewState; reason: string }>;
      /** A split's new entity merged back by a new mergedInto claim. */
      mergedBack?: { claimId: string; id: string; into: string };
      source?: SourceFlag;
    };
  };
}

/** The action of a line and its payloads, one member per action: narrow on `action`. */
export type AuditEntry = {
  [A in AuditAction]: {
    action: A;
    before: AuditPayloads[A]['before'];
    after: AuditPayloads[A]['after'];
  };
}[AuditAction];

/** The entry of one action (or of some actions, as a union). */
export type AuditEntryOf<A extends AuditAction> = Extract<AuditEntry, { action: A }>;

/** What every line holds besides its entry. */
export interface AuditLineMeta {
  id: string;
  /** ISO 8601 UTC, from the clock of the store that recorded it. */
  at: string;
  actor: string;
  actorRole: string | null;
  origin: string;
  /** Claims, entities, sources or users the change touched: what `subject` filters on. */
  subjectIds: string[];
  summary: string;
  /** For audit.revert: the line it undoes. */
  reverts: string | null;
}

/** A line whose payloads fit its action: written here, or read and checked. */
export type AuditLine = AuditLineMeta & AuditEntry;

/**
 * A line as the database or a backup holds it: any action, payloads unchecked. Reading turns it
 * into an AuditLine or, when it does not fit, an UnfitAuditLine (app/audit-payloads.ts).
 */
export interface StoredAuditLine extends AuditLineMeta {
  action: string;
  before: unknown;
  after: unknown;
}

/** A stored line that does not fit its action (unknown action, missing or mistyped field). */
export interface UnfitAuditLine extends StoredAuditLine {
  /** What does not fit and where, e.g. "after.state: expected 'proposed', ...". */
  problem: string;
}

/** What readers get: a line, typed, or one that does not fit, shown as it is with its problem. */
export type ReadAuditLine = AuditLine | UnfitAuditLine;

export function isUnfit(line: ReadAuditLine): line is UnfitAuditLine {
  return 'problem' in line;
}

/** A line to record, typed by its action; the store gives it its id, time and actor. */
export type NewAuditLine = Omit<AuditLineMeta, 'id' | 'at' | 'actor' | 'actorRole' | 'origin'> &
  AuditEntry;

/** The new line of one action (for helpers that build lines of a few actions). */
export type NewAuditLineOf<A extends AuditAction> = Omit<
  AuditLineMeta,
  'id' | 'at' | 'actor' | 'actorRole' | 'origin'
> &
  AuditEntryOf<A>;

export function authorName(a: Author): string {
  if (a.kind === 'user') return a.id;
  if (a.kind === 'extractor') return `${a.name}@${a.version}`;
  return `import:${a.name}`;
}

export function isActor(by: By): by is Actor {
  return 'origin' in by && 'author' in by;
}

/** A bare author (in-process caller) is recorded with no role and origin 'app'. */
export function actorOf(by: By): Actor {
  return isActor(by) ? by : { name: authorName(by), role: null, origin: 'app', author: by };
}
