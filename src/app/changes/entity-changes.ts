/**
 * What changed of the entities a span of the ledger touched, between the cut before it and the
 * cut after it (core/model/changes.ts). Merged entities are followed as the pages show them:
 * a change to an entity merged into another is a change of the one it was merged into, and an
 * entity's claims count with its survivor's from the moment the merge was accepted.
 */
import type { LedgerHistory, TouchedSubject } from '../../core/history.ts';
import {
  type Cut,
  claimsAt,
  type EntityChange,
  entityChanges,
  type TimedClaim,
} from '../../core/model/changes.ts';
import type { ClaimWithState, EntityType } from '../../core/model/claim.ts';
import { type Projection, reconcileEntity } from '../../core/model/reconcile.ts';
import type { Stores } from '../../core/ports.ts';
import { mergeMap, survivorIn } from '../read/merged.ts';

interface Followed {
  id: string;
  type: EntityType;
  members: string[];
}

/** The touched entities as pages show them: each merged one replaced by its survivor, once. */
async function survivors(stores: Stores, touched: readonly TouchedSubject[]): Promise<Followed[]> {
  const out = new Map<string, Followed>();
  for (const type of new Set(touched.map((t) => t.type))) {
    const map = await mergeMap(stores, type);
    for (const t of touched) {
      if (t.type !== type) continue;
      const id = survivorIn(map.into, t.id);
      if (!out.has(id)) out.set(id, { id, type, members: map.members.get(id) ?? [] });
    }
  }
  return [...out.values()];
}

/** An entity's claims at a cut, with those of the entities merged into it by then. */
function claimsOf(
  f: Followed,
  bySubject: ReadonlyMap<string, TimedClaim[]>,
  cut: Cut,
): ClaimWithState[] {
  const own = claimsAt(bySubject.get(f.id) ?? [], cut);
  const merged = f.members.flatMap((m) => {
    const claims = claimsAt(bySubject.get(m) ?? [], cut);
    const mergedThen = claims.some((c) => c.property === 'mergedInto' && c.state === 'accepted');
    return mergedThen ? claims.filter((c) => c.property !== 'mergedInto') : [];
  });
  return [...own, ...merged];
}

function projectionAt(
  f: Followed,
  bySubject: ReadonlyMap<string, TimedClaim[]>,
  cut: Cut,
): Projection | null {
  const claims = claimsOf(f, bySubject, cut);
  return claims.length ? reconcileEntity(f.type, claims) : null;
}

/**
 * The changes of the touched entities of these types from `before` to `after`, in the order
 * they were touched (the first touched entity's changes first).
 */
export async function changesBetween(
  stores: Stores,
  history: LedgerHistory,
  touched: readonly TouchedSubject[],
  cuts: { before: Cut; after: Cut },
  types: readonly EntityType[],
): Promise<EntityChange[]> {
  const followed = await survivors(
    stores,
    touched.filter((t) => types.includes(t.type)),
  );
  const claims = await history.historyOf(followed.flatMap((f) => [f.id, ...f.members]));
  const bySubject = new Map<string, TimedClaim[]>();
  for (const c of claims) {
    const list = bySubject.get(c.subjectId);
    if (list) list.push(c);
    else bySubject.set(c.subjectId, [c]);
  }
  return followed.flatMap((f) => {
    const after = projectionAt(f, bySubject, cuts.after);
    if (!after) return [];
    return entityChanges(f.type, f.id, projectionAt(f, bySubject, cuts.before), after);
  });
}
