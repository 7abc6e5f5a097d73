/**
 * A report's detentions (arrests, charges, sentences, transfers, recognitions, extensions) ->
 * proposed claims: the person (new or found by the name engine, as released people are), one
 * `detention` entity per person and report with what the report says of it, and a
 * `status_change` per event that moves the count (detained, sentenced, recognised); unnamed
 * counts become `aggregate` entities. Every claim keeps its evidence (docs/ingest.md).
 */
import type { DateWithPrecision, ExtractedDetention } from '../../core/extract/index.ts';
import type { PartialDate } from '../../core/model/dates.ts';
import type { Status } from '../../core/model/properties.ts';
import { date, num, ref, text } from '../../core/model/values.ts';
import { resolvePeople } from './ingest-people.ts';
import { CONFIDENCE, type IngestPlan } from './ingest-plan.ts';
import type { ReportInfo } from './ingest-release.ts';
import type { IngestSession } from './ingest-session.ts';
import { aggregateKey, personChangeKey } from './ingest-state.ts';

/** The status an event moves a person to; charges and transfers change no status. */
const STATUS: Record<ExtractedDetention['kind'], Status | null> = {
  arrest: 'detained',
  charge: null,
  sentence: 'sentenced',
  transfer: null,
  recognition: 'recognised',
  extension: 'sentenced',
};

export interface DetentionOutcome {
  persons: number;
  statusChanges: number;
  aggregates: number;
}

/**
 * The day an event counts from: its own date, else (for what the report is about) the day the
 * report was published, the latest it can have happened. A recalled event without a date, or
 * any event of a report without a day, has none: it adds no status change.
 */
function eventDate(d: ExtractedDetention, publishedAt: string | null): DateWithPrecision | null {
  if (d.date) return d.date;
  return d.role === 'main' && publishedAt ? { value: publishedAt, precision: 'day' } : null;
}

function termText(s: NonNullable<ExtractedDetention['sentence']>): string {
  if (s.life) return s.regime ? `life, ${s.regime}` : 'life';
  const parts = [
    s.years ? `${s.years} ${s.years === 1 ? 'year' : 'years'}` : '',
    s.months ? `${s.months} ${s.months === 1 ? 'month' : 'months'}` : '',
    s.days ? `${s.days} ${s.days === 1 ? 'day' : 'days'}` : '',
  ].filter(Boolean);
  return [parts.join(' '), s.regime].filter(Boolean).join(', ');
}

class DetentionPlan {
  private readonly detentionOf = new Map<string, string>();
  private readonly changes = new Set<string>();
  readonly outcome: DetentionOutcome = { persons: 0, statusChanges: 0, aggregates: 0 };
  /** Persons of each event's words, for the members of an aggregate stated with them. */
  readonly personsAt = new Map<number, string[]>();

  constructor(
    private readonly plan: IngestPlan,
    private readonly session: IngestSession,
    private readonly report: ReportInfo,
  ) {}

  person(d: ExtractedDetention): void {
    const [resolved] = resolvePeople(this.plan, this.session, [d.person!], this.report.language);
    if (!resolved) return;
    const personId = resolved.personId;
    const confidence =
      resolved.resolution.decision === 'match' ? resolved.resolution.score : CONFIDENCE.link;
    const at = this.personsAt.get(d.evidence.start) ?? [];
    this.personsAt.set(d.evidence.start, [...at, personId]);
    const when = eventDate(d, this.report.publishedAt);
    this.detentionClaims(d, personId, confidence, when);
    const status = this.statusOf(d, personId, when);
    if (!status || !when) return;
    const key = personChangeKey(this.session.persons.survivor(personId), status, when.value);
    if (this.changes.has(key)) return;
    this.changes.add(key);
    // Told by an earlier report: this one's evidence goes to that change, which counts once.
    let sc = this.session.personChanges.get(key);
    if (!sc) {
      sc = this.plan.entity('status_change', 'sc');
      this.session.personChanges.set(key, sc);
      this.outcome.statusChanges += 1;
    }
    this.plan.claim(sc, 'status_change', 'person', ref(personId), confidence, d.person!.evidence);
    this.plan.claim(sc, 'status_change', 'status', text(status), CONFIDENCE.link, d.evidence);
    this.plan.claim(sc, 'status_change', 'date', date(when as PartialDate), CONFIDENCE.date);
    if (d.country)
      this.plan.claim(sc, 'status_change', 'country', text(d.country), CONFIDENCE.country);
  }

  /** An arrest of someone freed before it is a re-arrest. */
  private statusOf(d: ExtractedDetention, personId: string, when: DateWithPrecision | null) {
    const status = STATUS[d.kind];
    const person = this.session.persons.survivor(personId);
    if (status === 'detained' && this.session.episodes.freedBefore(person, when?.value ?? null))
      return 're_arrested';
    return status;
  }

  /**
   * The person's detention this report adds to: the one it already named, else the stored one
   * it is still part of (detention-episodes.ts), else a new one. Each report claims the person
   * and country again with its own evidence, so every source of a detention shows on it.
   */
  private detentionFor(personId: string, when: DateWithPrecision | null) {
    const known = this.detentionOf.get(personId);
    if (known) return known;
    const person = this.session.persons.survivor(personId);
    const joined = this.session.episodes.joinable(person, when?.value ?? null);
    const id = joined ?? this.plan.entity('detention', 'det');
    if (!joined) this.outcome.persons += 1;
    this.detentionOf.set(personId, id);
    this.session.episodes.addEpisode(person, id, null);
    return id;
  }

  /** What the report says of the person's detention, as claims on it. */
  private detentionClaims(
    d: ExtractedDetention,
    personId: string,
    confidence: number,
    when: DateWithPrecision | null,
  ): void {
    const c = CONFIDENCE.detention;
    const fresh = !this.detentionOf.has(personId);
    const id = this.detentionFor(personId, when);
    if (fresh) {
      this.plan.claim(id, 'detention', 'person', ref(personId), confidence, d.person!.evidence);
      if (d.country) this.plan.claim(id, 'detention', 'country', text(d.country), c);
    }
    // The day it began, as the loaded session reads it back (ingest-load.ts loadEpisodes).
    const began = (d.kind === 'arrest' || d.kind === 'recognition') && d.date ? d.date.value : null;
    if (began) this.session.episodes.addEpisode(this.session.persons.survivor(personId), id, began);
    if (d.kind === 'arrest' && d.date)
      this.plan.claim(id, 'detention', 'arrestDate', date(d.date as PartialDate), c, d.evidence);
    for (const ch of d.charges) {
      const what = ch.description
        ? `article ${ch.article}: ${ch.description}`
        : `article ${ch.article}`;
      this.plan.claim(id, 'detention', 'charge', text(what), c, ch.evidence);
    }
    if (d.sentence) {
      const term = termText(d.sentence);
      if (term) this.plan.claim(id, 'detention', 'sentence', text(term), c, d.sentence.evidence);
    }
    if (d.place) this.plan.claim(id, 'detention', 'place', text(d.place.name), c, d.place.evidence);
    if (d.kind === 'recognition') {
      if (d.recognisedBy)
        this.plan.claim(
          id,
          'detention',
          'recognisedBy',
          text(d.recognisedBy.name),
          c,
          d.recognisedBy.evidence,
        );
      if (d.date)
        this.plan.claim(
          id,
          'detention',
          'recognisedAt',
          date(d.date as PartialDate),
          c,
          d.evidence,
        );
    }
  }

  /** An unnamed count with the status it moves to; people named with it are its members. */
  aggregate(d: ExtractedDetention): void {
    const status = STATUS[d.kind];
    const when = eventDate(d, this.report.publishedAt);
    if (!status || !when || !d.count || d.role !== 'main') return;
    // The same count of the same people on the same day, told by another report: its evidence
    // goes to the stored aggregate, which counts them once.
    const key = aggregateKey(d.country, status, when.value, d.count.value);
    let id = this.session.aggregates.get(key);
    if (!id) {
      id = this.plan.entity('aggregate', 'agg');
      this.session.aggregates.set(key, id);
      this.outcome.aggregates += 1;
    }
    const c = CONFIDENCE.count;
    this.plan.claim(
      id,
      'aggregate',
      'count',
      num(d.count.value, d.count.qualifier),
      c,
      d.count.evidence,
    );
    this.plan.claim(id, 'aggregate', 'status', text(status), CONFIDENCE.link, d.evidence);
    this.plan.claim(id, 'aggregate', 'date', date(when as PartialDate), CONFIDENCE.date);
    if (d.country) this.plan.claim(id, 'aggregate', 'country', text(d.country), CONFIDENCE.country);
    const by = d.recognisedBy ? ` (${d.recognisedBy.name})` : '';
    this.plan.claim(
      id,
      'aggregate',
      'description',
      text(`${d.count.evidence.quote} ${d.evidence.quote}${by}`),
      c,
      d.evidence,
    );
    for (const member of new Set(this.personsAt.get(d.evidence.start) ?? []))
      this.plan.claim(id, 'aggregate', 'member', ref(member), CONFIDENCE.link, d.evidence);
  }
}

/**
 * Plans the claims of a report's detentions; named people first, so aggregates know them. A
 * near-copy of a stored report adds no aggregate: its count is the stored one's, and two
 * accepted aggregates would count the same people twice.
 */
export function planDetentions(
  plan: IngestPlan,
  session: IngestSession,
  detentions: readonly ExtractedDetention[],
  report: ReportInfo,
  isCopy: boolean,
): DetentionOutcome {
  const p = new DetentionPlan(plan, session, report);
  for (const d of detentions) {
    // A recalled event needs its own date to say anything about the count.
    if (d.person && (d.role === 'main' || d.date)) p.person(d);
  }
  if (!isCopy) for (const d of detentions) if (!d.person) p.aggregate(d);
  return p.outcome;
}
