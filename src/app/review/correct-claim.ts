/**
 * A reviewer corrects a claim: a new accepted claim with the right value `supersedes` the old
 * one, which is rejected in the same step (see propose-claim.ts). The source and evidence stay
 * those of the corrected claim unless new ones are given, so the correction still cites the
 * words it rests on. Recorded with who and when.
 */
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import type { By } from '../../core/model/audit.ts';
import type { Claim, Evidence } from '../../core/model/claim.ts';
import type { Value } from '../../core/model/values.ts';
import type { AppContext } from '../context.ts';
import { proposeClaim } from './propose-claim.ts';

export interface CorrectInput {
  claimId: string;
  value: Value;
  /** Who corrects: an Actor (recorded in the audit log) or just the author. */
  author: By;
  sourceId?: string | null;
  evidence?: Evidence | null;
}

export async function correctClaim(ctx: AppContext, input: CorrectInput): Promise<Claim> {
  const old = await ctx.db.claims.getClaim(input.claimId);
  if (!old) throw new NotFoundError('claim', input.claimId);
  if (old.state === 'rejected') {
    throw new ValidationError(`claim '${old.id}' is rejected; correct a live claim`, 'claimId');
  }
  const keepEvidence = input.sourceId === undefined && input.evidence === undefined;
  return proposeClaim(
    ctx,
    {
      subjectId: old.subjectId,
      property: old.property,
      value: input.value,
      sourceId: keepEvidence ? old.sourceId : (input.sourceId ?? null),
      evidence: keepEvidence ? old.evidence : (input.evidence ?? null),
      confidence: 1,
      supersedes: old.id,
    },
    input.author,
    'accepted',
  );
}
