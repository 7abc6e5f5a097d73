/**
 * The records one report adds to the ledger: entities and proposed claims, built in memory so
 * the whole report is written in one transaction with a few batched statements.
 */
import type { Author, Claim, EntityType, Evidence } from '../../core/model/claim.ts';
import { checkPropertyValue } from '../../core/model/properties.ts';
import { ref, type Value } from '../../core/model/values.ts';
import type { EntityRecord } from '../../core/ports.ts';
import type { AppContext } from '../context.ts';

/** Confidence of extracted facts by kind (people and links carry the name engine's score). */
export const CONFIDENCE = {
  country: 0.8,
  date: 0.8,
  count: 0.8,
  destination: 0.7,
  mediator: 0.7,
  concession: 0.7,
  remaining: 0.8,
  detention: 0.7,
  link: 0.9,
} as const;

/** An event merge a report called for (ingest-merge.ts): its claim, and why, for the audit. */
export interface PlannedMerge {
  claimId: string;
  merged: string;
  into: string;
  why: string;
}

export class IngestPlan {
  readonly entities: EntityRecord[] = [];
  readonly claims: Claim[] = [];
  readonly merges: PlannedMerge[] = [];
  /** Keys of the claims planned so far (subject, property, value, evidence span). */
  private readonly said = new Set<string>();
  private readonly now: string;

  constructor(
    private readonly ctx: AppContext,
    private readonly author: Author,
    readonly sourceId: string,
  ) {
    this.now = ctx.clock.now();
  }

  entity(type: EntityType, prefix: string): string {
    const id = this.ctx.ids.next(prefix);
    this.entities.push({ id, type, createdAt: this.now });
    return id;
  }

  /** One proposed claim from this report; the schema is checked here, not at the database. */
  claim(
    subjectId: string,
    subjectType: EntityType,
    property: string,
    value: Value,
    confidence: number,
    evidence: Evidence | null = null,
  ): void {
    checkPropertyValue(subjectType, property, value);
    // One report says a thing once: a person named in a release and in a detention of the same
    // report is one mention, and its name claim is made by whichever step reads it first.
    const key = JSON.stringify([subjectId, property, value, evidence?.start, evidence?.end]);
    if (this.said.has(key)) return;
    this.said.add(key);
    this.claims.push({
      id: this.ctx.ids.next('clm'),
      subjectId,
      subjectType,
      property,
      value,
      sourceId: this.sourceId,
      evidence: evidence
        ? { start: evidence.start, end: evidence.end, quote: evidence.quote }
        : null,
      author: this.author,
      createdAt: this.now,
      confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000,
      initialState: 'proposed',
      supersedes: null,
    });
  }

  /**
   * Release event `merged` is one with `into`: an accepted `mergedInto` claim, as a reviewer's
   * merge writes (merge-entities.ts), here by ingest and resting on this report. Rejecting it
   * (keep apart, or reverting its audit line) undoes the merge.
   */
  merge(merged: string, into: string, confidence: number, why: string): void {
    const value = ref(into);
    checkPropertyValue('release_event', 'mergedInto', value);
    const claimId = this.ctx.ids.next('clm');
    this.claims.push({
      id: claimId,
      subjectId: merged,
      subjectType: 'release_event',
      property: 'mergedInto',
      value,
      sourceId: this.sourceId,
      evidence: null,
      author: this.author,
      createdAt: this.now,
      confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000,
      initialState: 'accepted',
      supersedes: null,
    });
    this.merges.push({ claimId, merged, into, why });
  }
}
