/**
 * Reading the ledger's history (docs/whats-new.md): which entities claims and reviews touched
 * after a moment, and each one's claims with their reviews and places in storage order, so
 * core/model/changes.ts can rebuild it as it stood at any cut. A port: the SQL store reads
 * only what changed, by index range (claims.created_at, reviews.at, seq), never the ledger.
 */
import type { SeqCut, TimedClaim } from './model/changes.ts';
import type { EntityType } from './model/claim.ts';

export interface TouchedSubject {
  id: string;
  type: EntityType;
}

/** A report stored in a span of time, as the What is new view lists it. */
export interface ReportStored {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  duplicateOf: string | null;
}

export interface LedgerHistory {
  /**
   * Entities of these types with a claim recorded, or a claim reviewed, after `from` and at or
   * before `to` (ISO times), the most recently touched first, at most `limit`; `total` counts
   * them all.
   */
  touchedBetween(
    from: string,
    to: string,
    types: readonly EntityType[],
    limit: number,
  ): Promise<{ subjects: TouchedSubject[]; total: number }>;
  /**
   * The entities touched by the next claims and reviews after `from` in storage order (at most
   * `limit` of each), and the cut they reach: read in one statement, so the cut holds exactly
   * what was read. `upTo` equals `from` when nothing is new.
   */
  touchedAfter(from: SeqCut, limit: number): Promise<{ subjects: TouchedSubject[]; upTo: SeqCut }>;
  /** The newest claim and review in storage order: the cut of the ledger as it is now. */
  lastCut(): Promise<SeqCut>;
  /** Every claim about these entities, each with all its reviews, in storage order. */
  historyOf(subjectIds: readonly string[]): Promise<TimedClaim[]>;
  /** Reports stored after `from` and at or before `to`, newest first, at most `limit`. */
  reportsBetween(
    from: string,
    to: string,
    limit: number,
  ): Promise<{ items: ReportStored[]; total: number }>;
}

/** Each user's "last looked" mark of the What is new view. */
export interface SeenMarks {
  get(userId: string): Promise<string | null>;
  set(userId: string, at: string): Promise<void>;
}

/** How much one What is new view reads and shows (docs/security.md, "Bounded reads"). */
export const whatsNewLimits = {
  /** Entities whose changes are worked out, the most recently touched first. */
  subjects: 200,
  /** Reports listed (their total is counted). */
  reports: 100,
  /** Without a mark: the view looks this many days back. */
  defaultDays: 7,
  /** How far back a view may look: each day more is more of the ledger read. */
  maxDays: 366,
} as const;
