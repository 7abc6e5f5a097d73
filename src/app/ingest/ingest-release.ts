/**
 * One extracted release of a report -> a release event (joined or new) and its claims:
 * country, date, count, released people with their status changes, mediators, concessions
 * (under the event's deal), destinations, and which reports it rests on and why.
 */

import { CASELESS_SCRIPT } from '../../core/extract/caseless-people.ts';
import type { ExtractedRelease } from '../../core/extract/index.ts';
import { firstDay, lastDay, type PartialDate } from '../../core/model/dates.ts';
import { date, name, num, ref, text } from '../../core/model/values.ts';
import {
  actorKey,
  type IndexAssignment,
  type KeyFacts,
  possibleDate,
  type ReleaseFacts,
} from '../../core/resolve/index.ts';
import { planMerge } from './ingest-merge.ts';
import { resolvePeople } from './ingest-people.ts';
import { CONFIDENCE, type IngestPlan } from './ingest-plan.ts';
import type { AssignmentRecord, IngestSession } from './ingest-session.ts';

export interface ReportInfo {
  sourceId: string;
  publishedAt: string | null;
  language: string;
}

export interface EventOutcome {
  id: string;
  role: 'main' | 'background';
  created: boolean;
  explanation: string[];
}

export function keyFacts(r: ExtractedRelease | undefined): KeyFacts {
  const d = r?.date as PartialDate | null | undefined;
  return {
    country: r?.country ?? null,
    window: d ? [firstDay(d), lastDay(d)] : null,
    count: r?.releasedCount?.value ?? null,
  };
}

const concessionKey = (kind: string, target: string | null) =>
  `${kind}|${(target ?? '').toLowerCase()}`;

function facts(
  r: ExtractedRelease,
  report: ReportInfo,
  people: string[],
  mediators: string[],
): ReleaseFacts {
  return {
    country: r.country,
    dates: r.date ? [r.date as PartialDate] : [],
    published: !r.date && report.publishedAt ? [report.publishedAt] : [],
    counts: r.releasedCount
      ? [{ value: r.releasedCount.value, qualifier: r.releasedCount.qualifier }]
      : [],
    people: new Set(people),
    mediators: new Set(mediators),
    concessions: new Set(r.concessions.map((c) => concessionKey(c.kind, c.target))),
    parties: new Set(r.destinations.map((d) => d.country)),
  };
}

function titleOf(r: ExtractedRelease): string {
  const count = r.releasedCount ? `${r.releasedCount.value} released` : 'release';
  return `${r.country ?? 'Unknown country'}: ${count}${r.date ? `, ${r.date.value}` : ''}`;
}

/** Claims every report adds about the release it describes. */
function releaseClaims(plan: IngestPlan, eventId: string, r: ExtractedRelease): void {
  if (r.country)
    plan.claim(eventId, 'release_event', 'country', text(r.country), CONFIDENCE.country);
  if (r.date)
    plan.claim(eventId, 'release_event', 'date', date(r.date as PartialDate), CONFIDENCE.date);
  if (r.releasedCount) {
    const c = r.releasedCount;
    plan.claim(
      eventId,
      'release_event',
      'releasedCount',
      num(c.value, c.qualifier),
      CONFIDENCE.count,
      c.evidence,
    );
  }
}

function mediatorIds(
  plan: IngestPlan,
  session: IngestSession,
  r: ExtractedRelease,
  language: string,
) {
  const ids: Array<{ id: string; evidence: ExtractedRelease['mediators'][number]['evidence'] }> =
    [];
  for (const m of r.mediators) {
    if (!actorKey(m.name)) continue;
    let id = session.actors.resolve(m.name).actorId;
    if (!id) {
      id = plan.entity('actor', 'act');
      session.actors.addName(id, m.name);
      const n = {
        value: m.name,
        script: /[\u0400-\u04FF]/.test(m.name) ? 'cyrillic' : 'latin',
        language,
        kind: 'press',
      } as const;
      plan.claim(id, 'actor', 'name', name(n), CONFIDENCE.mediator, m.evidence);
      if (m.role) plan.claim(id, 'actor', 'role', text(m.role), CONFIDENCE.mediator, m.evidence);
    }
    if (!ids.some((x) => x.id === id)) ids.push({ id, evidence: m.evidence });
  }
  return ids;
}

function concessionClaims(
  plan: IngestPlan,
  session: IngestSession,
  eventId: string,
  r: ExtractedRelease,
) {
  if (r.concessions.length === 0) return;
  let deal = session.deals.get(eventId);
  if (!deal) {
    deal = plan.entity('deal', 'deal');
    session.deals.set(eventId, deal);
    plan.claim(deal, 'deal', 'release', ref(eventId), CONFIDENCE.concession);
    plan.claim(eventId, 'release_event', 'deal', ref(deal), CONFIDENCE.concession);
  }
  for (const c of r.concessions) {
    const key = `${eventId}|${concessionKey(c.kind, c.target)}`;
    if (session.concessions.has(key)) continue;
    const id = plan.entity('concession', 'con');
    session.concessions.set(key, id);
    plan.claim(deal, 'deal', 'concession', ref(id), CONFIDENCE.concession, c.evidence);
    plan.claim(id, 'concession', 'kind', text(c.kind), CONFIDENCE.concession, c.evidence);
    if (c.target)
      plan.claim(id, 'concession', 'target', text(c.target), CONFIDENCE.concession, c.evidence);
    plan.claim(
      id,
      'concession',
      'description',
      text(c.description),
      CONFIDENCE.concession,
      c.evidence,
    );
  }
}

function peopleClaims(
  plan: IngestPlan,
  session: IngestSession,
  eventId: string,
  r: ExtractedRelease,
  people: ReturnType<typeof resolvePeople>,
) {
  for (const p of people) {
    const confidence = p.resolution.decision === 'match' ? p.resolution.score : CONFIDENCE.link;
    plan.claim(
      eventId,
      'release_event',
      'released',
      ref(p.personId),
      confidence,
      p.mention.evidence,
    );
    const key = `${p.personId}|${eventId}`;
    let sc = session.statusChanges.get(key);
    if (!sc) {
      sc = plan.entity('status_change', 'sc');
      session.statusChanges.set(key, sc);
      plan.claim(sc, 'status_change', 'person', ref(p.personId), confidence, p.mention.evidence);
      plan.claim(
        sc,
        'status_change',
        'status',
        text('released'),
        CONFIDENCE.link,
        p.mention.evidence,
      );
      plan.claim(sc, 'status_change', 'release', ref(eventId), CONFIDENCE.link);
      if (r.country)
        plan.claim(sc, 'status_change', 'country', text(r.country), CONFIDENCE.country);
    }
    // The first report that dates the status change gives its date; later ones add nothing
    // new there (their dates support the event's own date claims).
    if (r.date && !session.datedStatusChanges.has(sc)) {
      session.datedStatusChanges.add(sc);
      session.episodes.addRelease(session.persons.survivor(p.personId), r.date.value);
      plan.claim(sc, 'status_change', 'date', date(r.date as PartialDate), CONFIDENCE.date);
    }
  }
}

/**
 * Every named person is written in a script without capitals (Arabic, Persian) and is among no
 * event's freed: the name engine could not tie them to the spellings an event already holds, so
 * for choosing the event they prove nothing either way, as if no one were named (though a report
 * naming them joins on its country alone only where a date ties it to the event: assign-event.ts,
 * bareMatch). They are still
 * claimed, and kept in the event's facts, so later reports in that script find them there. (A
 * person the same report's detentions created first is no event's yet, hence not 'match'.)
 */
function unreadPeopleOnly(
  session: IngestSession,
  people: ReturnType<typeof resolvePeople>,
): boolean {
  return (
    people.length > 0 &&
    people.every((p) => CASELESS_SCRIPT.test(p.mention.name) && !session.events.names(p.personId))
  );
}

/** Background releases start an event only when they say enough to find it again. */
function worthAnEvent(r: ExtractedRelease): boolean {
  return (
    r.role === 'main' ||
    (r.releasedCount !== null && r.date !== null && r.date.precision !== 'year')
  );
}

export function planRelease(
  plan: IngestPlan,
  session: IngestSession,
  read: ExtractedRelease,
  report: ReportInfo,
  copyOf: { id: string; how: string; similarity: number } | null,
): EventOutcome | null {
  // A date after the report was published is no release date: the report counts as undated.
  const r = { ...read, date: possibleDate(read.date, report.publishedAt) };
  const main = r.role === 'main';
  const people = main ? resolvePeople(plan, session, r.released, report.language) : [];
  const mediators = main ? mediatorIds(plan, session, r, report.language) : [];
  const f = facts(
    r,
    report,
    people.map((p) => p.personId),
    mediators.map((m) => m.id),
  );
  const original = copyOf && main ? session.mainEventOf.get(copyOf.id) : undefined;
  let a: IndexAssignment;
  if (original) {
    a = {
      eventId: session.survivingEvent(original),
      score: copyOf!.similarity,
      explanation: [
        `copy (${copyOf!.how}, ${copyOf!.similarity.toFixed(2)}) of report ${copyOf!.id}`,
      ],
    };
  } else
    a = session.events.assign(
      unreadPeopleOnly(session, people) ? { ...f, people: new Set(), unreadNames: true } : f,
    );
  if (!a.eventId && !worthAnEvent(r)) return null;
  // A main report that fits two or more events well makes them one (ingest-merge.ts): it joins
  // the oldest, the others are merged into it.
  if (main && a.merge) {
    planMerge(plan, session, a.merge, a.score);
    a = {
      ...a,
      eventId: a.merge.survivor,
      explanation: [...a.explanation, `made one: ${a.merge.explanation.join(' | ')}`],
    };
  }
  const created = !a.eventId;
  const eventId = a.eventId ?? plan.entity('release_event', 'rel');
  if (created) {
    plan.claim(eventId, 'release_event', 'title', text(titleOf(r)), CONFIDENCE.link);
    session.events.add({
      id: eventId,
      ...f,
      dates: [],
      published: [],
      counts: [],
      people: new Set(),
      mediators: new Set(),
      concessions: new Set(),
    });
  }
  const record: AssignmentRecord = {
    sourceId: report.sourceId,
    role: r.role,
    score: a.score,
    explanation: a.explanation,
    published: report.publishedAt,
    language: report.language,
    facts: keyFacts(r),
    people: r.released.map((p) => p.name),
  };
  plan.claim(
    eventId,
    'release_event',
    'assignment',
    text(JSON.stringify(record)),
    created ? 1 : a.score,
  );
  plan.claim(
    eventId,
    'release_event',
    main ? 'mainReport' : 'backgroundReport',
    text(report.sourceId),
    created ? 1 : Math.min(1, a.score),
  );
  if (main || created) releaseClaims(plan, eventId, r);
  if (main) {
    peopleClaims(plan, session, eventId, r, people);
    for (const m of mediators) {
      plan.claim(eventId, 'release_event', 'mediator', ref(m.id), CONFIDENCE.mediator, m.evidence);
    }
    concessionClaims(plan, session, eventId, r);
    for (const d of r.destinations)
      plan.claim(
        eventId,
        'release_event',
        'destination',
        text(d.country),
        CONFIDENCE.destination,
        d.evidence,
      );
    session.mainEventOf.set(report.sourceId, eventId);
  }
  // Only what was written as claims, so a reloaded session sees the same event.
  if (main || created)
    session.events.update(eventId, main ? f : { ...f, people: new Set(), concessions: new Set() });
  return { id: eventId, role: r.role, created, explanation: a.explanation };
}
