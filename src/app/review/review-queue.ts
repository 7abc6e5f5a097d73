import type { ClaimWithState, EntityType, ReviewState } from '../../core/model/claim.ts';
import type { Projection } from '../../core/model/reconcile.ts';
import type { Source } from '../../core/model/source.ts';
import type { NameValue } from '../../core/model/values.ts';
import { bestOf, displayName, namesOf, textOf } from '../../core/model/views.ts';
import type { Page, Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { cachedDerived } from '../read/count-cache.ts';
import { type LoadedEntity, loadEntities } from '../read/load-entity.ts';

export interface EvidenceContext {
  before: string;
  quote: string;
  after: string;
}

/**
 * What a label of an entity without a name or title is made of, for clients that say it in
 * their reader's language (the web app); `label` says the same in English.
 */
export type SubjectParts =
  | { kind: 'unnamed'; count: number | null; description: string | null }
  | { kind: 'figure'; country: string | null; attributedTo: string | null };

export interface QueueItem {
  claim: ClaimWithState;
  /** `names`: when the label is a person's name, every spelling, for a reader's own. */
  subject: {
    id: string;
    type: EntityType;
    label: string;
    parts?: SubjectParts;
    names?: NameValue[];
  };
  /** Label of the entity a reference value points to (a released person, a mediator...). */
  valueLabel: string | null;
  /** The spellings of that entity when its label is a person's name. */
  valueNames?: NameValue[];
  source: { id: string; title: string | null; url: string | null } | null;
  /** The evidence with the words around it, so a reviewer can judge it without opening the report. */
  context: EvidenceContext | null;
}

const contextChars = 160;

/** The evidence quote with up to `contextChars` characters either side, cut at word boundaries. */
export function evidenceContext(text: string, start: number, end: number): EvidenceContext {
  let from = Math.max(0, start - contextChars);
  let to = Math.min(text.length, end + contextChars);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    quote: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}

/** A value as the queue shows it: accepted, else the one the proposed claims give. */
function best(p: Projection, name: string) {
  return bestOf(p, name)?.value ?? null;
}

const bestText = (p: Projection, name: string) => {
  const v = best(p, name);
  return v?.type === 'text' ? v.text : null;
};

/**
 * What the entities that have no name or title are labelled by: unnamed groups and reported
 * figures, by their accepted values or, waiting in the queue, their proposed ones.
 */
function partsOf(l: LoadedEntity): SubjectParts | null {
  const p = l.projection;
  if (l.entity.type === 'aggregate') {
    const count = best(p, 'count');
    return {
      kind: 'unnamed',
      count: count?.type === 'number' ? count.number : null,
      description: bestText(p, 'description'),
    };
  }
  if (l.entity.type === 'count_claim')
    return {
      kind: 'figure',
      country: bestText(p, 'country'),
      attributedTo: bestText(p, 'attributedTo'),
    };
  return null;
}

/** Those parts in English words: '114 unnamed: handed over', 'reported figure for BY, Viasna'. */
function partsLabel(parts: SubjectParts): string {
  if (parts.kind === 'unnamed')
    return [parts.count !== null ? `${parts.count} unnamed` : 'unnamed group', parts.description]
      .filter(Boolean)
      .join(': ');
  const { country, attributedTo } = parts;
  return `reported figure${country ? ` for ${country}` : ''}${attributedTo ? `, ${attributedTo}` : ''}`;
}

interface EntityLabel {
  type: EntityType;
  label: string;
  parts?: SubjectParts;
  /** When the label is a person's name: every spelling of it. */
  names?: NameValue[];
}

/**
 * The person a status change or detention is about: the accepted one, else (a freshly ingested
 * one, waiting in the queue) the one its proposed claims name.
 */
function personOfEntity(p: Projection): string | null {
  const best = bestOf(p, 'person');
  return best?.value.type === 'ref' ? best.value.id : null;
}

/** Human labels for entities: a title or name; a status change or detention by its person. */
async function entityLabels(stores: Stores, ids: readonly string[]) {
  const loaded = await loadEntities(stores, [...new Set(ids)]);
  const people = await loadEntities(
    stores,
    loaded.flatMap((l) => personOfEntity(l.projection) ?? []),
  );
  const personOf = new Map(
    people.map((p) => [
      p.entity.id,
      { name: displayName(p.projection, p.entity.id), names: namesOf(p.projection) },
    ]),
  );
  const labels = new Map<string, EntityLabel>();
  for (const l of loaded) {
    const ref = personOfEntity(l.projection);
    // A person by their names; a status change or detention by its person's.
    const person =
      l.entity.type === 'person'
        ? { name: displayName(l.projection, l.entity.id), names: namesOf(l.projection) }
        : ref
          ? (personOf.get(ref) ?? { name: ref, names: [] })
          : null;
    const title = textOf(l.projection, 'title');
    const parts = title === null && person === null ? partsOf(l) : null;
    const label =
      title ?? person?.name ?? (parts ? partsLabel(parts) : displayName(l.projection, l.entity.id));
    labels.set(l.entity.id, {
      type: l.entity.type,
      label,
      ...(parts ? { parts } : {}),
      ...(title === null && person?.names.length ? { names: person.names } : {}),
    });
  }
  return labels;
}

/**
 * Claims in a review state (the queue: 'proposed'; 'any' for all, e.g. every claim of one
 * report), each with its subject, source and the evidence in context.
 */
export async function reviewQueue(
  stores: Stores,
  filter: Page & { state?: ReviewState | 'any'; sourceId?: string } = {},
  cache?: LedgerCache,
): Promise<{ items: QueueItem[]; total: number }> {
  const state = filter.state ?? 'proposed';
  const where = {
    ...(state === 'any' ? {} : { state }),
    ...(filter.sourceId ? { sourceId: filter.sourceId } : {}),
  };
  // The whole queue's size is the pending count the nav shows: reuse it when it is kept.
  const whole = state === 'proposed' && !filter.sourceId && cache !== undefined;
  const [claims, total] = await Promise.all([
    stores.claims.listClaims({ ...where, limit: filter.limit ?? 50, offset: filter.offset ?? 0 }),
    whole ? pendingCount(cache, stores).then((p) => p.total) : stores.claims.countClaims(where),
  ]);
  const refIds = claims.flatMap((c) => (c.value.type === 'ref' ? [c.value.id] : []));
  const labels = await entityLabels(stores, [...claims.map((c) => c.subjectId), ...refIds]);
  const sources = new Map<string, Source | null>();
  for (const id of new Set(claims.flatMap((c) => (c.sourceId ? [c.sourceId] : [])))) {
    sources.set(id, await stores.sources.getSource(id));
  }
  const items = claims.map((claim): QueueItem => {
    const source = claim.sourceId ? (sources.get(claim.sourceId) ?? null) : null;
    const subject = labels.get(claim.subjectId);
    const target = claim.value.type === 'ref' ? labels.get(claim.value.id) : undefined;
    return {
      claim,
      subject: {
        id: claim.subjectId,
        type: subject?.type ?? claim.subjectType,
        label: subject?.label ?? claim.subjectId,
        ...(subject?.parts ? { parts: subject.parts } : {}),
        ...(subject?.names ? { names: subject.names } : {}),
      },
      valueLabel: target?.label ?? null,
      ...(target?.names ? { valueNames: target.names } : {}),
      source: source ? { id: source.id, title: source.title, url: source.url } : null,
      context:
        source && claim.evidence
          ? evidenceContext(source.text, claim.evidence.start, claim.evidence.end)
          : null,
    };
  });
  return { items, total };
}

/** How many claims await review; kept with the counts (see count-cache.ts), as the nav shows it on every page. */
export async function pendingCount(cache: LedgerCache, stores: Stores): Promise<{ total: number }> {
  return cachedDerived(cache, stores, 'pending', async () => ({
    total: await stores.claims.countClaims({ state: 'proposed' }),
  }));
}
