/**
 * A reviewer says two persons (or two release events) are one: recorded as an accepted
 * `mergedInto` claim by that reviewer, at that time. If ingest had proposed the same merge
 * (a 'review' name score), that proposal is accepted instead, so its score and evidence stay
 * with the decision. Saying they are different rejects the proposal. Nothing is deleted;
 * rejecting the accepted claim later undoes the merge.
 */
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { type Actor, actorOf, type By } from '../../core/model/audit.ts';
import type { EntityType } from '../../core/model/claim.ts';
import { ref } from '../../core/model/values.ts';
import type { Stores } from '../../core/ports.ts';
import type { AppContext } from '../context.ts';
import { mergeMap, survivorIn } from '../read/merged.ts';

const mergeable: readonly EntityType[] = ['person', 'release_event'];

export interface MergeInput {
  id: string;
  into: string;
  /** Who decides: an Actor (recorded in the audit log) or just the author. */
  author: By;
  note?: string | null;
}

export interface MergeResult {
  claimId: string;
  merged: string;
  into: string;
}

async function checkPair(tx: Stores, id: string, into: string): Promise<EntityType> {
  if (id === into) throw new ValidationError('an entity cannot be merged into itself', 'into');
  const a = await tx.entities.getEntity(id);
  const b = await tx.entities.getEntity(into);
  if (!a) throw new NotFoundError('entity', id);
  if (!b) throw new NotFoundError('entity', into);
  if (!mergeable.includes(a.type)) {
    throw new ValidationError(`${a.type} entities cannot be merged (persons and releases can)`);
  }
  if (a.type !== b.type) {
    throw new ValidationError(`'${into}' is a ${b.type}, not a ${a.type}`, 'into');
  }
  return a.type;
}

export async function mergeEntities(ctx: AppContext, input: MergeInput): Promise<MergeResult> {
  const actor = actorOf(input.author);
  const result = await ctx.db.transaction((tx) => merge(ctx, tx, input, actor));
  return result;
}

/** The merge and its audit line, in the caller's transaction. */
async function merge(
  ctx: AppContext,
  tx: Stores,
  input: MergeInput,
  actor: Actor,
): Promise<MergeResult> {
  const type = await checkPair(tx, input.id, input.into);
  const map = await mergeMap(tx, type);
  if (survivorIn(map.into, input.into) === input.id) {
    throw new ValidationError(`'${input.into}' is already merged into '${input.id}'`, 'into');
  }
  if (map.into.has(input.id)) {
    throw new ValidationError(`'${input.id}' is already merged into '${map.into.get(input.id)}'`);
  }
  const now = ctx.clock.now();
  const proposed = (await tx.claims.claimsFor([input.id])).find(
    (c) =>
      c.property === 'mergedInto' &&
      c.state === 'proposed' &&
      c.value.type === 'ref' &&
      c.value.id === input.into,
  );
  const claimId = proposed?.id ?? ctx.ids.next('clm');
  if (proposed) {
    await tx.claims.appendReviews([
      {
        id: ctx.ids.next('rev'),
        claimId: proposed.id,
        state: 'accepted',
        author: actor.author,
        at: now,
        note: input.note ?? 'merged by reviewer',
      },
    ]);
  } else {
    await tx.claims.appendClaims([
      {
        id: claimId,
        subjectId: input.id,
        subjectType: type,
        property: 'mergedInto',
        value: ref(input.into),
        sourceId: null,
        evidence: null,
        author: actor.author,
        createdAt: now,
        confidence: 1,
        initialState: 'accepted',
        supersedes: null,
      },
    ]);
  }
  await tx.audit.record(actor, {
    action: 'entity.merge',
    subjectIds: [input.id, input.into, claimId],
    before: { claimId: proposed ? claimId : null, state: proposed ? 'proposed' : null },
    after: { claimId, state: 'accepted', merged: input.id, into: input.into },
    summary: `merged ${input.id} into ${input.into}${proposed ? ' (accepted the proposed merge)' : ''}`,
    reverts: null,
  });
  return { claimId, merged: input.id, into: input.into };
}

/** A reviewer says two entities are NOT the same: rejects the proposed merge between them. */
export async function keepApart(
  ctx: AppContext,
  input: MergeInput,
): Promise<{ rejected: string[] }> {
  const actor = actorOf(input.author);
  const result = await ctx.db.transaction(async (tx) => {
    await checkPair(tx, input.id, input.into);
    const claims = await tx.claims.claimsFor([input.id, input.into]);
    const pending = claims.filter(
      (c) =>
        c.property === 'mergedInto' &&
        c.state !== 'rejected' &&
        c.value.type === 'ref' &&
        (c.value.id === input.into || c.value.id === input.id),
    );
    if (pending.length === 0) {
      throw new ValidationError(`no merge between '${input.id}' and '${input.into}' to reject`);
    }
    const at = ctx.clock.now();
    await tx.claims.appendReviews(
      pending.map((c) => ({
        id: ctx.ids.next('rev'),
        claimId: c.id,
        state: 'rejected' as const,
        author: actor.author,
        at,
        note: input.note ?? 'different, said by reviewer',
      })),
    );
    await tx.audit.record(actor, {
      action: 'entity.keep_apart',
      subjectIds: [input.id, input.into, ...pending.map((c) => c.id)],
      before: { claims: pending.map((c) => ({ claimId: c.id, state: c.state })) },
      after: { claims: pending.map((c) => ({ claimId: c.id, state: 'rejected' })) },
      summary: `kept ${input.id} and ${input.into} apart (rejected ${pending.length} merge claims)`,
      reverts: null,
    });
    return { rejected: pending.map((c) => c.id) };
  });
  return result;
}
