/**
 * A reviewer says two persons (or two release events) are one: recorded as an accepted
 * `mergedInto` claim by that reviewer, at that time. If ingest had proposed the same merge
 * (a 'review' name score), that proposal is accepted instead, so its score and evidence stay
 * with the decision. Saying they are different rejects the proposal. Nothing is deleted;
 * rejecting the accepted claim later undoes the merge.
 */
import { NotFoundError, ValidationError } from '../core/errors.ts';
import type { Author, EntityType } from '../core/model/claim.ts';
import { ref } from '../core/model/values.ts';
import type { AppContext } from './context.ts';
import { forgetSession } from './ingest-session.ts';
import { mergeMap, survivorIn } from './merged.ts';

const mergeable: readonly EntityType[] = ['person', 'release_event'];

export interface MergeInput {
  id: string;
  into: string;
  author: Author;
  note?: string | null;
}

export interface MergeResult {
  claimId: string;
  merged: string;
  into: string;
}

async function checkPair(ctx: AppContext, id: string, into: string): Promise<EntityType> {
  if (id === into) throw new ValidationError('an entity cannot be merged into itself', 'into');
  const [a, b] = await Promise.all([
    ctx.db.entities.getEntity(id),
    ctx.db.entities.getEntity(into),
  ]);
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
  const type = await checkPair(ctx, input.id, input.into);
  const map = await mergeMap(ctx.db, type);
  if (survivorIn(map.into, input.into) === input.id) {
    throw new ValidationError(`'${input.into}' is already merged into '${input.id}'`, 'into');
  }
  if (map.into.has(input.id)) {
    throw new ValidationError(`'${input.id}' is already merged into '${map.into.get(input.id)}'`);
  }
  const now = ctx.clock.now();
  const proposed = (await ctx.db.claims.claimsFor([input.id])).find(
    (c) =>
      c.property === 'mergedInto' &&
      c.state === 'proposed' &&
      c.value.type === 'ref' &&
      c.value.id === input.into,
  );
  if (proposed) {
    await ctx.db.claims.appendReviews([
      {
        id: ctx.ids.next('rev'),
        claimId: proposed.id,
        state: 'accepted',
        author: input.author,
        at: now,
        note: input.note ?? 'merged by reviewer',
      },
    ]);
    forgetSession(ctx.db);
    return { claimId: proposed.id, merged: input.id, into: input.into };
  }
  const claimId = ctx.ids.next('clm');
  await ctx.db.claims.appendClaims([
    {
      id: claimId,
      subjectId: input.id,
      subjectType: type,
      property: 'mergedInto',
      value: ref(input.into),
      sourceId: null,
      evidence: null,
      author: input.author,
      createdAt: now,
      confidence: 1,
      initialState: 'accepted',
      supersedes: null,
    },
  ]);
  forgetSession(ctx.db);
  return { claimId, merged: input.id, into: input.into };
}

/** A reviewer says two entities are NOT the same: rejects the proposed merge between them. */
export async function keepApart(
  ctx: AppContext,
  input: MergeInput,
): Promise<{ rejected: string[] }> {
  await checkPair(ctx, input.id, input.into);
  const claims = await ctx.db.claims.claimsFor([input.id, input.into]);
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
  await ctx.db.claims.appendReviews(
    pending.map((c) => ({
      id: ctx.ids.next('rev'),
      claimId: c.id,
      state: 'rejected' as const,
      author: input.author,
      at,
      note: input.note ?? 'different, said by reviewer',
    })),
  );
  forgetSession(ctx.db);
  return { rejected: pending.map((c) => c.id) };
}
