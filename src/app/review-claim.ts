import { NotFoundError, ValidationError } from '../core/errors.ts';
import type { Author, ClaimWithState, ReviewState } from '../core/model/claim.ts';
import type { AppContext } from './context.ts';

/**
 * Records a reviewer's decision as a new review; the claim itself is never changed, so the
 * history of decisions is the audit log.
 */
export async function reviewClaim(
  ctx: AppContext,
  input: { claimId: string; state: ReviewState; author: Author; note?: string | null },
): Promise<ClaimWithState> {
  const claim = await ctx.db.claims.getClaim(input.claimId);
  if (!claim) throw new NotFoundError('claim', input.claimId);
  if (claim.state === input.state) {
    throw new ValidationError(`claim '${claim.id}' is already ${input.state}`, 'state');
  }
  await ctx.db.claims.appendReviews([
    {
      id: ctx.ids.next('rev'),
      claimId: claim.id,
      state: input.state,
      author: input.author,
      at: ctx.clock.now(),
      note: input.note ?? null,
    },
  ]);
  return { ...claim, state: input.state };
}

/** Accepts every proposed claim at or above a confidence; returns how many were accepted. */
export async function acceptAbove(
  ctx: AppContext,
  threshold: number,
  author: Author,
): Promise<number> {
  if (!(threshold >= 0 && threshold <= 1))
    throw new ValidationError('must be between 0 and 1', 'threshold');
  const proposed = await ctx.db.claims.listClaims({ state: 'proposed', limit: 1_000_000 });
  const chosen = proposed.filter((c) => c.confidence >= threshold);
  const at = ctx.clock.now();
  await ctx.db.claims.appendReviews(
    chosen.map((c) => ({
      id: ctx.ids.next('rev'),
      claimId: c.id,
      state: 'accepted' as const,
      author,
      at,
      note: `bulk accept >= ${threshold}`,
    })),
  );
  return chosen.length;
}
