/**
 * What the public may see (docs/privacy.md), said once: `publicRules` is the policy as data, which
 * the SQL stores (src/adapters/db/published.ts) turn into the conditions of every query the public
 * makes, so no public read loads rows to drop them afterwards. The functions below state the same
 * rules over claims in memory: the reference the store tests check the SQL against, and the
 * projections (a confidential source's quote, the source itself) applied to the rows read.
 *
 * Published = accepted claims, not of a private property, about an entity that is not withheld,
 * not pointing at one that is. Everything else (proposed and rejected claims, reviews, private
 * properties, private records, the text of confidential sources) is for signed-in staff only.
 */
import type { Claim, ClaimWithState, EntityType, ReviewState } from './claim.ts';
import { isPrivateProperty, privateProperties } from './properties.ts';
import type { Source } from './source.ts';

export interface PublicPolicy {
  /** Entities the public never sees: private ones and the records that only describe them. */
  hidden: ReadonlySet<string>;
  /** Sources whose text, url, title and publisher are withheld (and quotes drawn from them). */
  confidentialSources: ReadonlySet<string>;
}

export const emptyPolicy: PublicPolicy = { hidden: new Set(), confidentialSources: new Set() };

/** What the public sees instead of a confidential source's title. */
export const confidentialLabel = 'confidential source';

/**
 * Entities whose latest accepted `visibility` claim says 'private' (latest by createdAt, then
 * id, the order reviews and claims are compared everywhere).
 */
export function privateEntities(visibilityClaims: readonly ClaimWithState[]): Set<string> {
  const latest = new Map<string, ClaimWithState>();
  for (const c of visibilityClaims) {
    if (c.property !== publicRules.visibility.property) continue;
    if (c.state !== publicRules.state || c.value.type !== 'text') continue;
    const prev = latest.get(c.subjectId);
    if (!prev || `${c.createdAt}|${c.id}` > `${prev.createdAt}|${prev.id}`)
      latest.set(c.subjectId, c);
  }
  const out = new Set<string>();
  for (const [id, c] of latest)
    if (c.value.type === 'text' && c.value.text === publicRules.visibility.private) out.add(id);
  return out;
}

/**
 * Records that exist only to describe a person (detentions, status changes): withheld with the
 * person, found by their accepted `person` claims. Entities merged into a withheld entity are
 * withheld too: they are the same person (or event) under another record.
 */
export const dependentTypes: readonly EntityType[] = ['detention', 'status_change'];

export function dependentsOf(
  refClaims: readonly ClaimWithState[],
  hidden: ReadonlySet<string>,
): string[] {
  const follows = (c: ClaimWithState) =>
    publicRules.withheldWith.some(
      (w) =>
        w.property === c.property &&
        (w.subjectTypes === 'any' || w.subjectTypes.includes(c.subjectType)),
    );
  return refClaims.flatMap((c) =>
    c.state === publicRules.state && c.value.type === 'ref' && hidden.has(c.value.id) && follows(c)
      ? [c.subjectId]
      : [],
  );
}

/**
 * The policy as data, for stores that apply it in their queries:
 * - a claim is published when its state is `state`, its (subject type, property) is not among
 *   `privateProperties`, and neither its subject nor its ref value is withheld;
 * - an entity is withheld when its latest `state` claim of `visibility.property` (by createdAt,
 *   then id) has the text `visibility.private`, or when a `state` claim of it refers to a withheld
 *   entity through one of `withheldWith` (its person, for the types listed; mergedInto, any type).
 */
export const publicRules: {
  state: ReviewState;
  privateProperties: ReadonlyArray<{ subjectType: EntityType; property: string }>;
  visibility: { property: string; private: string };
  withheldWith: ReadonlyArray<{ property: string; subjectTypes: readonly EntityType[] | 'any' }>;
} = {
  state: 'accepted',
  privateProperties: privateProperties(),
  visibility: { property: 'visibility', private: 'private' },
  withheldWith: [
    { property: 'person', subjectTypes: dependentTypes },
    { property: 'mergedInto', subjectTypes: 'any' },
  ],
};

/** Whether the public may read this claim. */
export function isPublished(c: ClaimWithState, policy: PublicPolicy): boolean {
  if (c.state !== publicRules.state) return false;
  if (isPrivateProperty(c.subjectType, c.property)) return false;
  if (policy.hidden.has(c.subjectId)) return false;
  return !(c.value.type === 'ref' && policy.hidden.has(c.value.id));
}

/** A published claim as the public sees it: the quote from a confidential source withheld. */
export function publicClaim<C extends Claim>(c: C, policy: PublicPolicy): C {
  if (c.evidence && c.sourceId && policy.confidentialSources.has(c.sourceId))
    return { ...c, evidence: null };
  return c;
}

/** A source as the public sees it: a confidential one keeps only its id and dates of storage. */
export function publicSource(s: Source, policy: PublicPolicy): Source {
  if (!s.confidential && !policy.confidentialSources.has(s.id)) return s;
  return {
    id: s.id,
    url: null,
    title: confidentialLabel,
    publisher: null,
    publishedAt: null,
    language: null,
    // Unique like a real hash (a public export imports), yet says nothing of the text.
    contentHash: `confidential:${s.id}`,
    text: '',
    ingestedAt: s.ingestedAt,
    duplicateOf: null,
    confidential: true,
  };
}
