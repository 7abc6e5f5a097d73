/**
 * The published ledger as FollowTheMoney entities (docs/open-data.md), built with the FtM model
 * package (@alephdata/followthemoney): every entity is made through the model, so a property the
 * schema does not know throws here rather than reaching a file.
 *
 * Schemata: a person is a Person; an actor a Person, PublicBody, Company or Organization by its
 * kind; a release event, a deal and a concession are Events; a report is an Article. Links that
 * FtM has no property for (a mediator of a release, a release under a deal, a concession of a
 * deal) are UnknownLinks with a role. Every value keeps its source and date: each claim becomes
 * a Documentation linking the report (document) to what the value sits on (entity), with the
 * property as `role`, the value as `summary`, the report's publication day (else the day the
 * claim was recorded) as `date`, the claim's time as `retrievedAt` and its id as `recordId`.
 */
import { defaultModel, type Entity, Model } from '@alephdata/followthemoney';
import type { Claim } from '../../core/model/claim.ts';
import type { LedgerDump } from '../../core/model/dump.ts';
import type { Source } from '../../core/model/source.ts';
import type { Value } from '../../core/model/values.ts';

export const ftmModel = new Model(defaultModel);

/** One FtM entity as written: `{ id, schema, properties: { prop: [values] } }`. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** What a claim's value goes to: a property of its subject, or a link to another entity. */
type Target =
  | { prop: string; as?: (v: Value) => string | null }
  | { link: string; from: 'subject' | 'value' }
  | { report: string };

const countryCode = (v: Value) => (v.type === 'text' ? v.text.trim().toLowerCase() : null);
const countryName = (v: Value) => {
  const code = countryCode(v);
  return code ? (ftmModel.types.country!.values.get(code) ?? code.toUpperCase()) : null;
};
const qualifierWords: Record<string, string> = {
  exact: '',
  more_than: 'more than ',
  at_least: 'at least ',
  about: 'about ',
  almost: 'almost ',
  up_to: 'up to ',
};
const releasedCount = (v: Value) =>
  v.type === 'number' ? `released: ${qualifierWords[v.qualifier] ?? ''}${v.number}` : null;

/** Habeas property -> FtM, per entity type. Properties not listed are not exported. */
const mapping: Record<string, Record<string, Target>> = {
  person: {
    name: { prop: 'name' },
    gender: { prop: 'gender' },
    birthYear: { prop: 'birthDate' },
    occupation: { prop: 'position' },
    affiliation: { prop: 'keywords' },
    citizenship: { prop: 'nationality', as: countryCode },
    description: { prop: 'description' },
  },
  actor: {
    name: { prop: 'name' },
    kind: { prop: 'keywords' },
    country: { prop: 'country', as: countryCode },
    role: { prop: 'summary' },
  },
  release_event: {
    title: { prop: 'name' },
    country: { prop: 'country', as: countryCode },
    date: { prop: 'date' },
    kind: { prop: 'keywords' },
    releasedCount: { prop: 'notes', as: releasedCount },
    released: { prop: 'involved' },
    destination: { prop: 'location', as: countryName },
    description: { prop: 'description' },
    mediator: { link: 'mediator of the release', from: 'value' },
    deal: { link: 'release under the deal', from: 'value' },
    mainReport: { report: 'main report' },
    backgroundReport: { report: 'background report' },
  },
  deal: {
    title: { prop: 'name' },
    party: { prop: 'involved' },
    date: { prop: 'date' },
    release: { link: 'release under the deal', from: 'subject' },
    concession: { link: 'concession of the deal', from: 'value' },
  },
  concession: {
    kind: { prop: 'keywords' },
    grantedBy: { prop: 'organizer' },
    target: { prop: 'summary' },
    date: { prop: 'date' },
    description: { prop: 'description' },
  },
};

function actorSchema(kind: string | undefined): string {
  if (kind === 'person' || kind === 'envoy') return 'Person';
  if (kind === 'government') return 'PublicBody';
  if (kind === 'company') return 'Company';
  return 'Organization';
}

function plain(v: Value): string | null {
  switch (v.type) {
    case 'text':
      return v.text;
    case 'name':
      return v.name.value;
    case 'date':
      return v.date.value;
    case 'number':
      return String(v.number);
    case 'ref':
      return v.id;
    case 'bool':
      return null;
  }
}

/** FtM dates are UTC without a zone and at most to the second: '2025-09-11T10:00:00'. */
const ftmTime = (iso: string) => iso.replace(/(\.\d+)?Z$/, '').slice(0, 19);

/** The entity each id shows under: merged records follow their accepted `mergedInto` claims. */
function mergeTargets(claims: readonly Claim[]): (id: string) => string {
  const into = new Map<string, string>();
  for (const c of claims)
    if (c.property === 'mergedInto' && c.value.type === 'ref') into.set(c.subjectId, c.value.id);
  return (id) => {
    const seen = new Set<string>();
    let at = id;
    while (into.has(at) && !seen.has(at)) {
      seen.add(at);
      at = into.get(at)!;
    }
    return at;
  };
}

const editorialId = 'habeas-ledger-staff';

/**
 * The dump (the published ledger: `exportLedger` without `all`) as FtM entities, in a stable
 * order: reports, then records by type, then links, then one Documentation per claim.
 */
export function ledgerToFtm(dump: LedgerDump): FtmEntity[] {
  const canonical = mergeTargets(dump.claims);
  const types = new Map(dump.entities.map((e) => [e.id, e.type]));
  const exported = (id: string) => canonical(id) === id && (types.get(id) ?? '') in mapping;
  const sources = new Map(dump.sources.map((s) => [s.id, s]));
  const entities = new Map<string, Entity>();
  const make = (id: string, schema: string) => {
    const e = ftmModel.getEntity({ id, schema, properties: {} });
    entities.set(id, e);
    return e;
  };
  const add = (e: Entity, prop: string, value: string) => {
    if (!e.getProperty(prop).includes(value)) e.setProperty(prop, value);
  };

  for (const s of dump.sources) article(make(s.id, 'Article'), s, add);
  const actorKind = new Map<string, string>();
  for (const c of dump.claims)
    if (c.subjectType === 'actor' && c.property === 'kind' && c.value.type === 'text')
      actorKind.set(canonical(c.subjectId), c.value.text);
  for (const e of dump.entities) {
    if (!exported(e.id)) continue;
    make(
      e.id,
      e.type === 'person'
        ? 'Person'
        : e.type === 'actor'
          ? actorSchema(actorKind.get(e.id))
          : 'Event',
    );
  }

  const documented: Array<{ claim: Claim; on: string; role: string; value: string }> = [];
  for (const claim of dump.claims) {
    const subjectId = canonical(claim.subjectId);
    const subject = entities.get(subjectId);
    const target = mapping[claim.subjectType]?.[claim.property];
    if (!subject || !target || !exported(subjectId)) continue;
    if ('report' in target) {
      // A report named as main or background: documentation of the event by that report.
      if (claim.value.type === 'text' && sources.has(claim.value.text))
        documented.push({ claim, on: subjectId, role: target.report, value: claim.value.text });
      continue;
    }
    if ('link' in target) {
      // FtM documents Things only, and a link is an Interval: each claim is its own link,
      // carrying its report and date itself.
      if (claim.value.type !== 'ref') continue;
      const other = canonical(claim.value.id);
      if (!entities.has(other) || !exported(other)) continue;
      const [from, to] = target.from === 'subject' ? [subjectId, other] : [other, subjectId];
      const link = make(`lnk-${claim.id}`, 'UnknownLink');
      add(link, 'subject', from);
      add(link, 'object', to);
      add(link, 'role', target.link);
      provenance(link, claim, claim.sourceId ? sources.get(claim.sourceId) : undefined, add);
      continue;
    }
    let value: string | null;
    if (claim.value.type === 'ref') {
      const other = canonical(claim.value.id);
      value = entities.has(other) && exported(other) ? other : null;
    } else value = target.as ? target.as(claim.value) : plain(claim.value);
    if (value === null || value === '') continue;
    add(subject, target.prop, value);
    documented.push({ claim, on: subjectId, role: target.prop, value });
  }
  requiredNames(entities, types, add);

  let editorial: Entity | undefined;
  for (const { claim, on, role, value } of documented) {
    const source = claim.sourceId ? sources.get(claim.sourceId) : undefined;
    if (!source && !editorial) {
      editorial = make(editorialId, 'Document');
      add(editorial, 'title', 'Entered in the Habeas ledger by its staff, without a report');
      add(editorial, 'fileName', 'habeas-ledger');
    }
    const doc = make(`doc-${claim.id}`, 'Documentation');
    add(doc, 'document', source?.id ?? editorialId);
    add(doc, 'entity', on);
    add(doc, 'role', role);
    add(doc, 'summary', value);
    provenance(doc, claim, source, add);
  }
  return [...entities.values()].map((e) => e.toJSON() as FtmEntity);
}

/** A value's report and date on a Documentation or a link (FtM Interval properties). */
function provenance(
  e: Entity,
  claim: Claim,
  source: Source | undefined,
  add: (e: Entity, p: string, v: string) => void,
): void {
  add(e, 'date', source?.publishedAt ?? claim.createdAt.slice(0, 10));
  add(e, 'retrievedAt', ftmTime(claim.createdAt));
  add(e, 'recordId', claim.id);
  if (e.schema.name !== 'Documentation')
    add(e, 'description', `source: ${source?.id ?? editorialId}`);
  if (source?.url) add(e, 'sourceUrl', source.url);
  if (source?.publisher) add(e, 'publisher', source.publisher);
}

function article(e: Entity, s: Source, add: (e: Entity, p: string, v: string) => void): void {
  const title = s.title ?? s.url ?? s.id;
  add(e, 'title', title);
  add(e, 'name', title);
  // FtM documents need a file name: the text Habeas stored of the report.
  add(e, 'fileName', `${s.id}.txt`);
  if (s.url) add(e, 'sourceUrl', s.url);
  if (s.publisher) add(e, 'publisher', s.publisher);
  if (s.publishedAt) add(e, 'publishedAt', s.publishedAt);
}

/**
 * FtM requires a name of every Person, Organization and Event. A record whose published
 * claims give none gets a label made from its id (not a claim, so no Documentation).
 */
function requiredNames(
  entities: Map<string, Entity>,
  types: Map<string, string>,
  add: (e: Entity, p: string, v: string) => void,
): void {
  const labels: Record<string, string> = {
    person: 'unnamed person',
    actor: 'unnamed actor',
    release_event: 'release',
    deal: 'deal',
    concession: 'concession',
  };
  for (const [id, e] of entities) {
    const type = types.get(id);
    if (!type || !labels[type] || e.getProperty('name').length) continue;
    const when = e.getFirst('date');
    add(e, 'name', `${labels[type]} ${id}${typeof when === 'string' ? ` (${when})` : ''}`);
  }
}

/** JSON lines, one entity per line: what `ftm` tools and Aleph read. */
export function ftmLines(entities: readonly FtmEntity[]): string {
  return entities.map((e) => `${JSON.stringify(e)}\n`).join('');
}
