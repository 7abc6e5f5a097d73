/**
 * The audit log's vocabulary: who made a change (an Actor) and the line recorded for it.
 * Use cases write one line per change inside the change's own transaction (docs/audit.md).
 */
import type { Author } from './claim.ts';

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
  'user.add',
  'user.role',
  'user.disable',
  'user.token',
  'user.signin',
  'user.signin_refused',
  'user.signout',
  'audit.revert',
] as const;

export type AuditAction = (typeof auditActions)[number] | `source.${string}`;

export interface AuditLine {
  id: string;
  /** ISO 8601 UTC, from the clock of the store that recorded it. */
  at: string;
  actor: string;
  actorRole: string | null;
  origin: string;
  action: string;
  /** Claims, entities, sources or users the change touched: what `subject` filters on. */
  subjectIds: string[];
  before: unknown;
  after: unknown;
  summary: string;
  /** For audit.revert: the line it undoes. */
  reverts: string | null;
}

/** A line to record; the store gives it its id and time. */
export type NewAuditLine = Omit<AuditLine, 'id' | 'at' | 'actor' | 'actorRole' | 'origin'>;

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
