/**
 * Entities are projections of their claims. This file turns the claims about one entity into
 * reconciled property values, keeping every reported value and flagging conflicts instead of
 * silently picking a winner.
 *
 * Rules (tested in test/core/model/reconcile.test.ts):
 * - Rejected claims are ignored; they live on only in the claim history.
 * - An ACCEPTED claim with `supersedes` hides the claim it corrects (from values and from
 *   `reported`); a proposed correction hides nothing until it is accepted.
 * - Only accepted claims make values and conflicts; proposed claims appear in `reported` only.
 * - 'one' properties: accepted values that can all be true together (see valuesCompatible:
 *   123 and 'more than 100', June 2025 and 2025-06-21) reconcile to the most specific one,
 *   ties broken by more distinct sources, then the earliest claim. If any two accepted values
 *   cannot both be true (123 and 114), the property is in conflict: its value is the one
 *   with most distinct sources (ties: earliest claim) and the conflict lists every accepted
 *   value side by side.
 * - 'many' properties: the distinct accepted values, in the order first claimed; no conflicts.
 * - Properties missing from the schema are kept and treated as 'many', so unexpected data
 *   stays visible without inventing conflicts.
 * "Earliest" is by createdAt, then claim id, so the result never depends on input order.
 */
import type { ClaimWithState, EntityType, ReviewState } from './claim.ts';
import { specificity, valuesCompatible } from './compatible.ts';
import { schema } from './properties.ts';
import type { NameKind, Value, ValueType } from './values.ts';
import { valueKey } from './values.ts';

/** One distinct value and everything that reported it. */
export interface ReportedValue {
  value: Value;
  claimIds: string[];
  /** Distinct source ids of those claims (claims without a source add none). */
  sourceIds: string[];
  /** states[i] is the current state of claimIds[i]. */
  states: ReviewState[];
}

export interface ReconciledProperty {
  property: string;
  cardinality: 'one' | 'many';
  /** For 'one': the reconciled accepted value, or null if none is accepted. For 'many': null. */
  value: Value | null;
  /** For 'many': the accepted distinct values in order. For 'one': [value] or []. */
  values: Value[];
  /** Every distinct value from accepted and proposed claims, in the order first claimed. */
  reported: ReportedValue[];
  conflict: boolean;
}

/** Accepted values of a 'one' property that cannot all be true; only accepted claims listed. */
export interface Conflict {
  property: string;
  values: ReportedValue[];
}

export interface Projection {
  properties: Record<string, ReconciledProperty>;
  conflicts: Conflict[];
}

/** Claims sharing one value (by valueKey), in claim order. */
interface ValueGroup {
  value: Value;
  claims: ClaimWithState[];
}

function claimOrder(a: ClaimWithState, b: ClaimWithState): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Drops rejected claims and claims corrected by an accepted correction; sorts the rest. */
function visibleClaims(claims: readonly ClaimWithState[]): ClaimWithState[] {
  const corrected = new Set<string>();
  for (const c of claims) {
    if (c.state === 'accepted' && c.supersedes) corrected.add(c.supersedes);
  }
  return claims.filter((c) => c.state !== 'rejected' && !corrected.has(c.id)).sort(claimOrder);
}

// When one spelling was claimed with several kinds, show the most authoritative kind.
const nameKindRank: Record<NameKind, number> = {
  official: 0,
  transliteration: 1,
  press: 2,
  alias: 3,
  misspelling: 4,
};

function representative(group: ClaimWithState[]): Value {
  let best = group[0]!.value;
  for (const c of group) {
    if (c.value.type === 'name' && best.type === 'name') {
      if (nameKindRank[c.value.name.kind] < nameKindRank[best.name.kind]) best = c.value;
    }
  }
  return best;
}

function groupValues(claims: readonly ClaimWithState[]): ValueGroup[] {
  const byKey = new Map<string, ClaimWithState[]>();
  for (const c of claims) {
    const key = valueKey(c.value);
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  return [...byKey.values()].map((group) => ({ value: representative(group), claims: group }));
}

function toReported(g: ValueGroup): ReportedValue {
  const sourceIds: string[] = [];
  for (const c of g.claims) {
    if (c.sourceId !== null && !sourceIds.includes(c.sourceId)) sourceIds.push(c.sourceId);
  }
  return {
    value: g.value,
    claimIds: g.claims.map((c) => c.id),
    sourceIds,
    states: g.claims.map((c) => c.state),
  };
}

/** Distinct sources behind a value; a claim without a source (a user's entry) counts once. */
function support(g: ValueGroup): number {
  return new Set(g.claims.map((c) => c.sourceId ?? `claim:${c.id}`)).size;
}

/** Groups are built in claim order, so a lower index means an earlier first claim. */
function pickBest(groups: ValueGroup[], bySpecificity: boolean): ValueGroup {
  let best = groups[0]!;
  for (const g of groups.slice(1)) {
    const ds = bySpecificity ? specificity(g.value) - specificity(best.value) : 0;
    const d = ds !== 0 ? ds : support(g) - support(best);
    if (d > 0) best = g;
  }
  return best;
}

function allCompatible(groups: ValueGroup[]): boolean {
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      if (!valuesCompatible(groups[i]!.value, groups[j]!.value)) return false;
    }
  }
  return true;
}

function reconcileProperty(
  property: string,
  cardinality: 'one' | 'many',
  claims: ClaimWithState[],
): { prop: ReconciledProperty; conflict: Conflict | null } {
  const reported = groupValues(claims).map(toReported);
  const accepted = groupValues(claims.filter((c) => c.state === 'accepted'));
  if (cardinality === 'many') {
    const values = accepted.map((g) => g.value);
    return {
      prop: { property, cardinality, value: null, values, reported, conflict: false },
      conflict: null,
    };
  }
  if (accepted.length === 0) {
    return {
      prop: { property, cardinality, value: null, values: [], reported, conflict: false },
      conflict: null,
    };
  }
  const compatible = allCompatible(accepted);
  const value = pickBest(accepted, compatible).value;
  const prop = { property, cardinality, value, values: [value], reported, conflict: !compatible };
  return {
    prop,
    conflict: compatible ? null : { property, values: accepted.map(toReported) },
  };
}

/**
 * Reconciles the claims about one entity of the given type. Claims about other subjects are
 * not filtered out here: pass only the entity's own claims.
 */
export function reconcileEntity(type: EntityType, claims: readonly ClaimWithState[]): Projection {
  const specs = Object.hasOwn(schema, type) ? schema[type] : {};
  const byProperty = new Map<string, ClaimWithState[]>();
  // Schema order first so views and exports list properties the same way every time.
  for (const p of Object.keys(specs)) byProperty.set(p, []);
  for (const c of visibleClaims(claims)) {
    const list = byProperty.get(c.property);
    if (list) list.push(c);
    else byProperty.set(c.property, [c]);
  }
  const projection: Projection = { properties: {}, conflicts: [] };
  for (const [property, list] of byProperty) {
    if (list.length === 0) continue;
    const spec = Object.hasOwn(specs, property) ? specs[property] : undefined;
    const { prop, conflict } = reconcileProperty(property, spec?.cardinality ?? 'many', list);
    projection.properties[property] = prop;
    if (conflict) projection.conflicts.push(conflict);
  }
  return projection;
}

/** The Value variant of one value type, e.g. ValueOf<'number'> has `number` and `qualifier`. */
export type ValueOf<T extends ValueType> = Extract<Value, { type: T }>;

/**
 * The reconciled value of a 'one' property (of a 'many' property: its first value), or null;
 * with `type`, null unless the value has that type.
 */
export function getOne(projection: Projection, property: string): Value | null;
export function getOne<T extends ValueType>(
  projection: Projection,
  property: string,
  type: T,
): ValueOf<T> | null;
export function getOne(projection: Projection, property: string, type?: ValueType): Value | null {
  const p = projection.properties[property];
  const v = p ? (p.cardinality === 'one' ? p.value : (p.values[0] ?? null)) : null;
  if (v && type && v.type !== type) return null;
  return v;
}

/** The accepted values of a property (for 'one': zero or one); with `type`, only that type. */
export function getMany(projection: Projection, property: string): Value[];
export function getMany<T extends ValueType>(
  projection: Projection,
  property: string,
  type: T,
): ValueOf<T>[];
export function getMany(projection: Projection, property: string, type?: ValueType): Value[] {
  const values = projection.properties[property]?.values ?? [];
  return type ? values.filter((v) => v.type === type) : values;
}

/** Names of the properties in conflict, for badges and summaries. */
export function conflictedProperties(projection: Projection): string[] {
  return projection.conflicts.map((c) => c.property);
}
