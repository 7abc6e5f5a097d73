import { ValidationError } from '../errors.ts';
import { overlongText, type TextKind } from '../limits.ts';
import type { EntityType } from './claim.ts';
import type { Value, ValueType } from './values.ts';

/**
 * The property schema: which properties each entity type has, the value type each takes,
 * and whether one value is expected ('one': disagreement is a conflict) or many ('many':
 * accepted values accumulate, e.g. a person's names or a release's released people).
 */
export interface PropertySpec {
  type: ValueType;
  cardinality: 'one' | 'many';
  /** For 'text' properties with a closed vocabulary. */
  allowed?: readonly string[];
  /** For 'text' properties: what the text is, which sets its longest length (core/limits.ts); default label. */
  text?: TextKind;
  /** For 'ref' properties: the entity type referred to. */
  refType?: EntityType;
  /** Never shown to the public: staff pages, the API for signed-in staff and `export --all` only (docs/privacy.md). */
  private?: true;
}

export const statuses = [
  'detained',
  'sentenced',
  'recognised',
  'released',
  'pardoned',
  'expelled',
  'refused_exile',
  're_arrested',
  'died_in_custody',
  'sentence_served',
] as const;
export type Status = (typeof statuses)[number];

export const releaseKinds = ['pardon', 'negotiated_release', 'swap', 'end_of_sentence'] as const;
export const concessionKinds = [
  'sanctions_relief',
  'diplomatic_step',
  'prisoner_exchange',
  'financial',
  'other',
] as const;
export const actorKinds = [
  'government',
  'envoy',
  'ngo',
  'company',
  'person',
  'church',
  'other',
] as const;

const one = (type: ValueType, extra: Partial<PropertySpec> = {}): PropertySpec => ({
  type,
  cardinality: 'one',
  ...extra,
});
const many = (type: ValueType, extra: Partial<PropertySpec> = {}): PropertySpec => ({
  type,
  cardinality: 'many',
  ...extra,
});

export const schema: Record<EntityType, Record<string, PropertySpec>> = {
  person: {
    name: many('name'),
    gender: one('text', { allowed: ['female', 'male'] }),
    birthYear: one('number'),
    occupation: many('text'),
    affiliation: many('text'),
    citizenship: many('text'),
    description: one('text', { text: 'note' }),
    /** Accepted: this person is the same as the target and shows under it (see merge-entities). */
    mergedInto: one('ref', { refType: 'person' }),
    /**
     * How a report's mention was linked to this person: JSON {mention, alias, score, decision,
     * evidence}. Private: it quotes the report (perhaps a confidential one); staff review it.
     */
    resolution: many('text', { private: true, text: 'record' }),
    /** Private (docs/privacy.md): how to reach the family, the lawyer; staff notes. */
    familyContact: many('text', { private: true, text: 'note' }),
    lawyerContact: many('text', { private: true, text: 'note' }),
    privateNote: many('text', { private: true, text: 'note' }),
  },
  detention: {
    person: one('ref', { refType: 'person' }),
    country: one('text'),
    arrestDate: one('date'),
    charge: many('text'),
    sentence: one('text'),
    place: one('text'),
    recognisedBy: many('text'),
    recognisedAt: one('date'),
  },
  status_change: {
    person: one('ref', { refType: 'person' }),
    date: one('date'),
    status: one('text', { allowed: statuses }),
    country: one('text'),
    release: one('ref', { refType: 'release_event' }),
    destination: one('text'),
  },
  release_event: {
    title: one('text', { text: 'title' }),
    country: one('text'),
    date: one('date'),
    kind: one('text', { allowed: releaseKinds }),
    releasedCount: one('number'),
    released: many('ref', { refType: 'person' }),
    mediator: many('ref', { refType: 'actor' }),
    destination: many('text'),
    deal: one('ref', { refType: 'deal' }),
    description: one('text', { text: 'note' }),
    /** Source ids of reports mainly about this release, and of reports that only recall it. */
    mainReport: many('text'),
    backgroundReport: many('text'),
    /** Why a report joined (or started) this event: JSON {sourceId, role, score, explanation}. Private, as resolution. */
    assignment: many('text', { private: true, text: 'record' }),
    /** Accepted: this event is the same as the target and shows under it (see merge-entities). */
    mergedInto: one('ref', { refType: 'release_event' }),
  },
  deal: {
    title: one('text', { text: 'title' }),
    party: many('ref', { refType: 'actor' }),
    release: many('ref', { refType: 'release_event' }),
    concession: many('ref', { refType: 'concession' }),
    date: one('date'),
  },
  concession: {
    kind: one('text', { allowed: concessionKinds }),
    grantedBy: one('ref', { refType: 'actor' }),
    target: one('text'),
    date: one('date'),
    description: one('text', { text: 'note' }),
  },
  actor: {
    name: many('name'),
    kind: one('text', { allowed: actorKinds }),
    country: one('text'),
    role: one('text'),
  },
  count_claim: {
    country: one('text'),
    count: one('number'),
    attributedTo: one('text'),
    asOf: one('date'),
  },
  aggregate: {
    release: one('ref', { refType: 'release_event' }),
    count: one('number'),
    status: one('text', { allowed: statuses }),
    country: one('text'),
    date: one('date'),
    description: one('text', { text: 'note' }),
    member: many('ref', { refType: 'person' }),
  },
};

export const visibilities = ['public', 'private'] as const;

/**
 * Every entity type may carry `visibility` (public|private; the latest accepted claim wins): a
 * private record is withheld from the public (docs/privacy.md). The claim itself is private.
 */
for (const props of Object.values(schema)) {
  props.visibility = one('text', { allowed: visibilities, private: true });
}

/** A property only staff may read (its claims are left out of everything public). */
export function isPrivateProperty(type: EntityType, property: string): boolean {
  const props = Object.hasOwn(schema, type) ? schema[type] : undefined;
  return (props && Object.hasOwn(props, property) && props[property]?.private === true) || false;
}

/** Every private property of every entity type, as data: the store's SQL leaves their claims out. */
export function privateProperties(): Array<{ subjectType: EntityType; property: string }> {
  return Object.entries(schema).flatMap(([subjectType, props]) =>
    Object.entries(props).flatMap(([property, spec]) =>
      spec.private ? [{ subjectType: subjectType as EntityType, property }] : [],
    ),
  );
}

export class InvalidClaimError extends ValidationError {}

/** Checks a property and value against the schema; the message names what is wrong. */
export function checkPropertyValue(type: EntityType, property: string, value: Value): PropertySpec {
  // Own keys only: 'constructor' or 'toString' are not properties of any entity type.
  const props = Object.hasOwn(schema, type) ? schema[type] : undefined;
  const spec = props && Object.hasOwn(props, property) ? props[property] : undefined;
  if (!spec) {
    if (!props) throw new InvalidClaimError(`unknown entity type '${type}'`);
    const known = Object.keys(props).join(', ');
    throw new InvalidClaimError(`unknown property '${property}' for ${type} (known: ${known})`);
  }
  if (value.type !== spec.type) {
    throw new InvalidClaimError(
      `${type}.${property} takes a ${spec.type} value, got ${value.type}`,
    );
  }
  if (spec.allowed && value.type === 'text' && !spec.allowed.includes(value.text)) {
    throw new InvalidClaimError(
      `${type}.${property} must be one of ${spec.allowed.join(', ')}; got '${value.text}'`,
    );
  }
  const tooLong =
    value.type === 'name'
      ? (overlongText('name', value.name.value) ??
        (value.name.language === null ? null : overlongText('code', value.name.language)))
      : value.type === 'text'
        ? overlongText(spec.text ?? 'label', value.text)
        : null;
  if (tooLong) throw new InvalidClaimError(`${type}.${property}: ${tooLong}`);
  if (value.type === 'number' && !Number.isFinite(value.number)) {
    throw new InvalidClaimError(`${type}.${property} must be a finite number`);
  }
  return spec;
}
