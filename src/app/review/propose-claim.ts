import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { actorOf, type By, type NewAuditLine } from '../../core/model/audit.ts';
import type { Claim, ClaimWithState, Evidence, ReviewState } from '../../core/model/claim.ts';
import { checkEvidence } from '../../core/model/claim.ts';
import { checkPropertyValue } from '../../core/model/properties.ts';
import type { Value } from '../../core/model/values.ts';
import { plainTitle } from '../../core/plain-title.ts';
import type { AppContext } from '../context.ts';

export interface ClaimInput {
  subjectId: string;
  property: string;
  value: Value;
  sourceId?: string | null;
  evidence?: Evidence | null;
  confidence?: number;
  /** A claim this one corrects; the old one is rejected in the same step. */
  supersedes?: string | null;
}

/**
 * Adds a claim after checking it against the schema, its subject, its reference and its
 * evidence. A correction (supersedes) also records the rejection of the corrected claim.
 */
export async function proposeClaim(
  ctx: AppContext,
  input: ClaimInput,
  by: By,
  state: ReviewState = 'proposed',
): Promise<Claim> {
  const actor = actorOf(by);
  const author = actor.author;
  return ctx.db.transaction(async (tx) => {
    const subject = await tx.entities.getEntity(input.subjectId);
    if (!subject) throw new NotFoundError('entity', input.subjectId);
    let value = input.value;
    try {
      const spec = checkPropertyValue(subject.type, input.property, value);
      // A release's or deal's title is plain text, as a report's is (core/plain-title.ts).
      if (spec.text === 'title' && value.type === 'text') {
        const plain = plainTitle(value.text);
        if (plain === null) throw new Error('a title needs words, not only markup');
        value = { type: 'text', text: plain };
      }
    } catch (e) {
      throw new ValidationError((e as Error).message, 'value');
    }
    if (input.value.type === 'ref' && !(await tx.entities.getEntity(input.value.id))) {
      throw new ValidationError(
        `refers to entity '${input.value.id}', which does not exist`,
        'value.id',
      );
    }
    if (input.evidence) {
      if (!input.sourceId) throw new ValidationError('evidence needs a sourceId', 'evidence');
      const source = await tx.sources.getSource(input.sourceId);
      if (!source) throw new NotFoundError('source', input.sourceId);
      try {
        checkEvidence(input.evidence, source.text);
      } catch (e) {
        throw new ValidationError((e as Error).message, 'evidence');
      }
    } else if (input.sourceId && !(await tx.sources.getSource(input.sourceId))) {
      throw new NotFoundError('source', input.sourceId);
    }
    const now = ctx.clock.now();
    const old = input.supersedes ? await tx.claims.getClaim(input.supersedes) : null;
    if (input.supersedes) {
      if (!old || old.subjectId !== input.subjectId) {
        throw new ValidationError(
          `claim '${input.supersedes}' is not a claim about '${input.subjectId}'`,
          'supersedes',
        );
      }
    }
    const claim: Claim = {
      id: ctx.ids.next('clm'),
      subjectId: subject.id,
      subjectType: subject.type,
      property: input.property,
      value,
      sourceId: input.sourceId ?? null,
      evidence: input.evidence ?? null,
      author,
      createdAt: now,
      confidence: input.confidence ?? 1,
      initialState: state,
      supersedes: input.supersedes ?? null,
    };
    await tx.claims.appendClaims([claim]);
    if (input.supersedes) {
      await tx.claims.appendReviews([
        {
          id: ctx.ids.next('rev'),
          claimId: input.supersedes,
          state: 'rejected',
          author,
          at: now,
          note: `corrected by ${claim.id}`,
        },
      ]);
    }
    await tx.audit.record(actor, auditLineOf(claim, old));
    return claim;
  });
}

/** claim.propose, or claim.correct when the claim supersedes another (which it rejects). */
function auditLineOf(claim: Claim, old: ClaimWithState | null): NewAuditLine {
  const after = { claimId: claim.id, state: claim.initialState, value: claim.value };
  if (!old) {
    return {
      action: 'claim.propose',
      subjectIds: [claim.id, claim.subjectId],
      before: null,
      after,
      summary: `${claim.initialState} ${claim.property} of ${claim.subjectId} as ${claim.id}`,
      reverts: null,
    };
  }
  return {
    action: 'claim.correct',
    subjectIds: [claim.id, old.id, claim.subjectId],
    before: { claimId: old.id, state: old.state, value: old.value },
    after: { ...after, rejected: old.id },
    summary: `corrected ${old.property} of ${claim.subjectId}: ${old.id} -> ${claim.id}`,
    reverts: null,
  };
}
