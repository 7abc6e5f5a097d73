/**
 * A small deterministic builder for hand-written ledgers (the sample data). Every fact names
 * the words of its source that support it; the builder finds them and fills the evidence, so
 * a hand-written dataset can never carry a wrong offset. Ids and timestamps are fixed.
 */
import { sha256Hex } from '../../src/adapters/digest.ts';
import { normaliseForHash } from '../../src/core/extract/normalise-text.ts';
import {
  type Author,
  type Claim,
  type EntityType,
  entityTypes,
  type Review,
  type ReviewState,
} from '../../src/core/model/claim.ts';
import type { LedgerDump } from '../../src/core/model/dump.ts';
import { checkPropertyValue } from '../../src/core/model/properties.ts';
import type { Source } from '../../src/core/model/source.ts';
import type { Value } from '../../src/core/model/values.ts';
import type { EntityRecord } from '../../src/core/ports.ts';
import { type SampleSource, samplePublisher } from './sample-source.ts';

export class SampleDataError extends Error {}

export interface FactOptions {
  /** Initial review state; 'accepted' unless said. */
  state?: ReviewState;
  confidence?: number;
  /** Find the quote only after this anchor text, for quotes that occur more than once. */
  after?: string;
}

/** [property, value, quote] or [property, value, quote, options]: one fact of a batch. */
export type FactRow = [string, Value, string] | [string, Value, string, FactOptions];

export interface BuilderClock {
  /** When the sample says it was made: entities and sources carry this time. */
  base: string;
}

/** Offsets of `quote` in `text` (first occurrence after `after`, if given), or a clear error. */
export function locateQuote(
  text: string,
  quote: string,
  sourceId: string,
  after?: string,
): { start: number; end: number } {
  let from = 0;
  if (after !== undefined) {
    const a = text.indexOf(after);
    if (a < 0) throw new SampleDataError(`anchor ${JSON.stringify(after)} not in ${sourceId}`);
    from = a;
  }
  const start = quote === '' ? -1 : text.indexOf(quote, from);
  if (start < 0) {
    throw new SampleDataError(`quote ${JSON.stringify(quote)} not found in source ${sourceId}`);
  }
  return { start, end: start + quote.length };
}

export class LedgerBuilder {
  private readonly sources = new Map<string, Source>();
  private readonly types = new Map<string, EntityType>();
  private readonly entities: EntityRecord[] = [];
  private readonly claims: Claim[] = [];
  private readonly reviews: Review[] = [];

  constructor(
    private readonly author: Author,
    private readonly clock: BuilderClock,
  ) {}

  addSources(list: readonly SampleSource[]): void {
    for (const s of list) {
      if (this.sources.has(s.id)) throw new SampleDataError(`source ${s.id} added twice`);
      // Stored and hashed as ingest stores and hashes a report (the core's one normalisation),
      // so ingesting a sample text again is recognised as a duplicate of its source.
      const text = normaliseForHash(s.text);
      this.sources.set(s.id, {
        id: s.id,
        url: null,
        title: s.title,
        publisher: samplePublisher,
        publishedAt: s.publishedAt,
        language: s.language,
        contentHash: sha256Hex(text),
        text,
        ingestedAt: this.clock.base,
        duplicateOf: null,
      });
    }
  }

  /** The text of a source already added, for helpers that pick their quote from it. */
  sourceText(id: string): string {
    const s = this.sources.get(id);
    if (!s) throw new SampleDataError(`unknown source ${id}`);
    return s.text;
  }

  entity(id: string, type: EntityType): string {
    if (this.types.has(id)) throw new SampleDataError(`entity ${id} declared twice`);
    this.types.set(id, type);
    this.entities.push({ id, type, createdAt: this.clock.base });
    return id;
  }

  /** One claim: subject, property, value, and the exact words of the source that support it. */
  fact(
    subjectId: string,
    property: string,
    value: Value,
    sourceId: string,
    quote: string,
    opts: FactOptions = {},
  ): string {
    const subjectType = this.types.get(subjectId);
    if (!subjectType) throw new SampleDataError(`fact about undeclared entity ${subjectId}`);
    checkPropertyValue(subjectType, property, value);
    const source = this.sources.get(sourceId);
    if (!source) throw new SampleDataError(`fact cites unknown source ${sourceId}`);
    const at = locateQuote(source.text, quote, sourceId, opts.after);
    const n = this.claims.length + 1;
    const id = `clm_${String(n).padStart(6, '0')}`;
    const state = opts.state ?? 'accepted';
    this.claims.push({
      id,
      subjectId,
      subjectType,
      property,
      value,
      sourceId,
      evidence: { ...at, quote },
      author: this.author,
      createdAt: this.claimTime(n),
      confidence: opts.confidence ?? (state === 'accepted' ? 1 : 0.6),
      initialState: state,
      supersedes: null,
    });
    return id;
  }

  /** Several facts about one subject from one source. */
  facts(subjectId: string, sourceId: string, rows: readonly FactRow[]): string[] {
    return rows.map(([property, value, quote, opts]) =>
      this.fact(subjectId, property, value, sourceId, quote, opts),
    );
  }

  review(claimId: string, state: ReviewState, note: string): void {
    if (!this.claims.some((c) => c.id === claimId)) {
      throw new SampleDataError(`review of unknown claim ${claimId}`);
    }
    const n = this.reviews.length + 1;
    this.reviews.push({
      id: `rev_${String(n).padStart(6, '0')}`,
      claimId,
      state,
      author: this.author,
      at: this.claimTime(this.claims.length + n),
      note,
    });
  }

  /** The finished ledger; refuses one whose references do not resolve to the right types. */
  dump(): LedgerDump {
    for (const c of this.claims) {
      if (c.value.type !== 'ref') continue;
      const spec = checkPropertyValue(c.subjectType, c.property, c.value);
      const target = this.types.get(c.value.id);
      if (!target) throw new SampleDataError(`${c.id} refers to undeclared ${c.value.id}`);
      if (spec.refType && spec.refType !== target) {
        throw new SampleDataError(`${c.id}: ${c.property} wants a ${spec.refType}, got ${target}`);
      }
    }
    return {
      format: 'habeas-ledger',
      version: 1,
      sources: [...this.sources.values()],
      // Grouped by type in the order exports list them, so export(import(x)) lists them alike.
      entities: entityTypes.flatMap((t) => this.entities.filter((e) => e.type === t)),
      claims: [...this.claims],
      reviews: [...this.reviews],
    };
  }

  /** Claims one second apart after the base time, so 'latest' is well defined and stable. */
  private claimTime(n: number): string {
    return new Date(Date.parse(this.clock.base) + n * 1000).toISOString();
  }
}
