/**
 * Typed views of reconciled entities, shared by the API, the CLI and the exports so that all
 * of them read a projection the same way. One function per entity type; each view also lists
 * its properties in conflict so a surface can flag them (details are in projection.conflicts).
 * Views show accepted values only; proposed ones stay in projection.properties[p].reported.
 */
import type { PartialDate } from './dates.ts';
import type { Status } from './properties.ts';
import { statuses } from './properties.ts';
import type { Projection, ReportedValue } from './reconcile.ts';
import { conflictedProperties, getMany, getOne } from './reconcile.ts';
import type { NameValue, Qualifier } from './values.ts';

export interface NumberView {
  value: number;
  qualifier: Qualifier;
}

const textOf = (p: Projection, prop: string) => getOne(p, prop, 'text')?.text ?? null;
const textsOf = (p: Projection, prop: string) => getMany(p, prop, 'text').map((v) => v.text);
const dateOf = (p: Projection, prop: string) => getOne(p, prop, 'date')?.date ?? null;
const refOf = (p: Projection, prop: string) => getOne(p, prop, 'ref')?.id ?? null;
const refsOf = (p: Projection, prop: string) => getMany(p, prop, 'ref').map((v) => v.id);
const namesOf = (p: Projection) => getMany(p, 'name', 'name').map((v) => v.name);

function numberOf(p: Projection, prop: string): NumberView | null {
  const v = getOne(p, prop, 'number');
  return v ? { value: v.number, qualifier: v.qualifier } : null;
}

function statusOf(p: Projection): Status | null {
  const s = textOf(p, 'status');
  return s !== null && (statuses as readonly string[]).includes(s) ? (s as Status) : null;
}

/**
 * The name to show: an official Latin spelling, else any official one, else the first accepted
 * name, else the first proposed one (so a person awaiting review has a label), else the id.
 */
export function primaryNameOf(id: string, projection: Projection): string {
  const names = namesOf(projection);
  const pick =
    names.find((n) => n.kind === 'official' && n.script === 'latin') ??
    names.find((n) => n.kind === 'official') ??
    names[0];
  if (pick) return pick.value;
  for (const r of projection.properties.name?.reported ?? []) {
    if (r.value.type === 'name') return r.value.name.value;
  }
  return id;
}

export interface PersonView {
  id: string;
  names: NameValue[];
  primaryName: string;
  gender: string | null;
  birthYear: number | null;
  occupations: string[];
  affiliations: string[];
  citizenships: string[];
  description: string | null;
  conflicts: string[];
}

export function toPersonView(id: string, p: Projection): PersonView {
  return {
    id,
    names: namesOf(p),
    primaryName: primaryNameOf(id, p),
    gender: textOf(p, 'gender'),
    birthYear: numberOf(p, 'birthYear')?.value ?? null,
    occupations: textsOf(p, 'occupation'),
    affiliations: textsOf(p, 'affiliation'),
    citizenships: textsOf(p, 'citizenship'),
    description: textOf(p, 'description'),
    conflicts: conflictedProperties(p),
  };
}

export interface DetentionView {
  id: string;
  personId: string | null;
  country: string | null;
  arrestDate: PartialDate | null;
  charges: string[];
  sentence: string | null;
  place: string | null;
  recognisedBy: string[];
  recognisedAt: PartialDate | null;
  conflicts: string[];
}

export function toDetentionView(id: string, p: Projection): DetentionView {
  return {
    id,
    personId: refOf(p, 'person'),
    country: textOf(p, 'country'),
    arrestDate: dateOf(p, 'arrestDate'),
    charges: textsOf(p, 'charge'),
    sentence: textOf(p, 'sentence'),
    place: textOf(p, 'place'),
    recognisedBy: textsOf(p, 'recognisedBy'),
    recognisedAt: dateOf(p, 'recognisedAt'),
    conflicts: conflictedProperties(p),
  };
}

export interface StatusChangeView {
  id: string;
  personId: string | null;
  date: PartialDate | null;
  /** Null when missing or not one of the known statuses. */
  status: Status | null;
  country: string | null;
  releaseId: string | null;
  destination: string | null;
  conflicts: string[];
}

export function toStatusChangeView(id: string, p: Projection): StatusChangeView {
  return {
    id,
    personId: refOf(p, 'person'),
    date: dateOf(p, 'date'),
    status: statusOf(p),
    country: textOf(p, 'country'),
    releaseId: refOf(p, 'release'),
    destination: textOf(p, 'destination'),
    conflicts: conflictedProperties(p),
  };
}

export interface ReleaseEventView {
  id: string;
  title: string | null;
  country: string | null;
  date: PartialDate | null;
  kind: string | null;
  releasedCount: NumberView | null;
  /** Every figure reported for the count (accepted and proposed), with its claims and sources. */
  releasedCountReported: ReportedValue[];
  releasedIds: string[];
  mediatorIds: string[];
  destinations: string[];
  dealId: string | null;
  description: string | null;
  conflicts: string[];
}

export function toReleaseEventView(id: string, p: Projection): ReleaseEventView {
  return {
    id,
    title: textOf(p, 'title'),
    country: textOf(p, 'country'),
    date: dateOf(p, 'date'),
    kind: textOf(p, 'kind'),
    releasedCount: numberOf(p, 'releasedCount'),
    releasedCountReported: p.properties.releasedCount?.reported ?? [],
    releasedIds: refsOf(p, 'released'),
    mediatorIds: refsOf(p, 'mediator'),
    destinations: textsOf(p, 'destination'),
    dealId: refOf(p, 'deal'),
    description: textOf(p, 'description'),
    conflicts: conflictedProperties(p),
  };
}

export interface DealView {
  id: string;
  title: string | null;
  partyIds: string[];
  releaseIds: string[];
  concessionIds: string[];
  date: PartialDate | null;
  conflicts: string[];
}

export function toDealView(id: string, p: Projection): DealView {
  return {
    id,
    title: textOf(p, 'title'),
    partyIds: refsOf(p, 'party'),
    releaseIds: refsOf(p, 'release'),
    concessionIds: refsOf(p, 'concession'),
    date: dateOf(p, 'date'),
    conflicts: conflictedProperties(p),
  };
}

export interface ConcessionView {
  id: string;
  kind: string | null;
  grantedById: string | null;
  target: string | null;
  date: PartialDate | null;
  description: string | null;
  conflicts: string[];
}

export function toConcessionView(id: string, p: Projection): ConcessionView {
  return {
    id,
    kind: textOf(p, 'kind'),
    grantedById: refOf(p, 'grantedBy'),
    target: textOf(p, 'target'),
    date: dateOf(p, 'date'),
    description: textOf(p, 'description'),
    conflicts: conflictedProperties(p),
  };
}

export interface ActorView {
  id: string;
  names: NameValue[];
  primaryName: string;
  kind: string | null;
  country: string | null;
  role: string | null;
  conflicts: string[];
}

export function toActorView(id: string, p: Projection): ActorView {
  return {
    id,
    names: namesOf(p),
    primaryName: primaryNameOf(id, p),
    kind: textOf(p, 'kind'),
    country: textOf(p, 'country'),
    role: textOf(p, 'role'),
    conflicts: conflictedProperties(p),
  };
}

export interface CountClaimView {
  id: string;
  country: string | null;
  count: NumberView | null;
  attributedTo: string | null;
  asOf: PartialDate | null;
  conflicts: string[];
}

export function toCountClaimView(id: string, p: Projection): CountClaimView {
  return {
    id,
    country: textOf(p, 'country'),
    count: numberOf(p, 'count'),
    attributedTo: textOf(p, 'attributedTo'),
    asOf: dateOf(p, 'asOf'),
    conflicts: conflictedProperties(p),
  };
}

export interface AggregateView {
  id: string;
  releaseId: string | null;
  count: NumberView | null;
  status: Status | null;
  country: string | null;
  date: PartialDate | null;
  description: string | null;
  memberIds: string[];
  conflicts: string[];
}

export function toAggregateView(id: string, p: Projection): AggregateView {
  return {
    id,
    releaseId: refOf(p, 'release'),
    count: numberOf(p, 'count'),
    status: statusOf(p),
    country: textOf(p, 'country'),
    date: dateOf(p, 'date'),
    description: textOf(p, 'description'),
    memberIds: refsOf(p, 'member'),
    conflicts: conflictedProperties(p),
  };
}
