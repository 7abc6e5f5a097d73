/**
 * The records one report adds to the ledger: entities and proposed claims, built in memory so
 * the whole report is written in one transaction with a few batched statements.
 */
import type { Author, Claim, EntityType, Evidence } from '../../core/model/claim.ts';
import { checkPropertyValue } from '../../core/model/properties.ts';
import type { Value } from '../../core/model/values.ts';
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

export class IngestPlan {
  readonly entities: EntityRecord[] = [];
  readonly claims: Claim[] = [];
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
}
