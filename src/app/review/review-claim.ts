import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { actorOf, type By } from '../../core/model/audit.ts';
import type { Author, ClaimWithState, ReviewState } from '../../core/model/claim.ts';
import type { AppContext } from '../context.ts';

/**
 * Records a reviewer's decision as a new review; the claim itself is never changed. The
 * decision and its audit line (before and after state) commit together.
 */
export async function reviewClaim(
  ctx: AppContext,
  input: { claimId: string; state: ReviewState; author: By; note?: string | null },
): Promise<ClaimWithState> {
  const actor = actorOf(input.author);
  return ctx.db.transaction(async (tx) => {
    const claim = await tx.claims.getClaim(input.claimId);
    if (!claim) throw new NotFoundError('claim', input.claimId);
    if (claim.state === input.state) {
      throw new ValidationError(`claim '${claim.id}' is already ${input.state}`, 'state');
    }
    const reviewId = ctx.ids.next('rev');
    await tx.claims.appendReviews([
      {
        id: reviewId,
        claimId: claim.id,
        state: input.state,
        author: actor.author,
        at: ctx.clock.now(),
        note: input.note ?? null,
      },
    ]);
    await tx.audit.record(actor, {
      action: 'claim.review',
      subjectIds: [claim.id, claim.subjectId],
      before: { claimId: claim.id, state: claim.state },
      after: { claimId: claim.id, state: input.state, reviewId, note: input.note ?? null },
      summary: `${input.state} ${claim.property} of ${claim.subjectId} (${claim.id}), was ${claim.state}`,
      reverts: null,
    });
    return { ...claim, state: input.state };
  });
}

/**
 * Accepts every proposed claim at or above a confidence; returns how many were accepted.
 * One audit line names every claim it accepted.
 */
export async function acceptAbove(ctx: AppContext, threshold: number, by: By): Promise<number> {
  if (!(threshold >= 0 && threshold <= 1))
    throw new ValidationError('must be between 0 and 1', 'threshold');
  const actor = actorOf(by);
  const author: Author = actor.author;
  return ctx.db.transaction(async (tx) => {
    const proposed = await tx.claims.listClaims({ state: 'proposed', limit: 1_000_000 });
    const chosen = proposed.filter((c) => c.confidence >= threshold);
    if (chosen.length === 0) return 0;
    const at = ctx.clock.now();
    await tx.claims.appendReviews(
      chosen.map((c) => ({
        id: ctx.ids.next('rev'),
        claimId: c.id,
        state: 'accepted' as const,
        author,
        at,
        note: `bulk accept >= ${threshold}`,
      })),
    );
    const ids = chosen.map((c) => c.id);
    await tx.audit.record(actor, {
      action: 'claims.accept_above',
      subjectIds: ids,
      before: { state: 'proposed', claimIds: ids },
      after: { state: 'accepted', claimIds: ids, threshold },
      summary: `accepted ${ids.length} proposed claims with confidence >= ${threshold}`,
      reverts: null,
    });
    return chosen.length;
  });
}
