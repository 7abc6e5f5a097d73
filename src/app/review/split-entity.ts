/**
 * A reviewer says some claims of a person (or release event) are about someone else: a new
 * entity of the same type gets copies of those claims (same value, source and evidence; each
 * `supersedes` the claim it moves, keeping its review state), and the moved claims are
 * rejected with a note naming the new entity. Recorded with who and when; nothing is deleted.
 */
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { actorOf, type By } from '../../core/model/audit.ts';
import type { Claim } from '../../core/model/claim.ts';
import type { AppContext } from '../context.ts';

export interface SplitInput {
  id: string;
  claimIds: readonly string[];
  /** Who decides: an Actor (recorded in the audit log) or just the author. */
  author: By;
  note?: string | null;
}

export interface SplitResult {
  id: string;
  from: string;
  moved: Array<{ from: string; to: string }>;
}

const prefixes: Record<string, string> = { person: 'per', release_event: 'rel' };

export async function splitEntity(ctx: AppContext, input: SplitInput): Promise<SplitResult> {
  if (input.claimIds.length === 0) throw new ValidationError('name at least one claim', 'claimIds');
  const actor = actorOf(input.author);
  const author = actor.author;
  const result = await ctx.db.transaction(async (tx) => {
    const entity = await tx.entities.getEntity(input.id);
    if (!entity) throw new NotFoundError('entity', input.id);
    const prefix = prefixes[entity.type];
    if (!prefix) throw new ValidationError(`${entity.type} entities cannot be split`);
    const own = new Map((await tx.claims.claimsFor([input.id])).map((c) => [c.id, c]));
    const chosen = [...new Set(input.claimIds)].map((id, i) => {
      const c = own.get(id);
      if (!c)
        throw new ValidationError(`'${id}' is not a claim about '${input.id}'`, `claimIds.${i}`);
      if (c.state === 'rejected') {
        throw new ValidationError(`claim '${id}' is rejected; nothing to move`, `claimIds.${i}`);
      }
      return c;
    });
    if (chosen.length === own.size) {
      throw new ValidationError('moving every claim would leave an empty entity', 'claimIds');
    }
    const now = ctx.clock.now();
    const newId = ctx.ids.next(prefix);
    const copies: Claim[] = chosen.map((c) => ({
      id: ctx.ids.next('clm'),
      subjectId: newId,
      subjectType: c.subjectType,
      property: c.property,
      value: c.value,
      sourceId: c.sourceId,
      evidence: c.evidence,
      author,
      createdAt: now,
      confidence: c.confidence,
      initialState: c.state,
      supersedes: c.id,
    }));
    await tx.entities.createEntities([{ id: newId, type: entity.type, createdAt: now }]);
    await tx.claims.appendClaims(copies);
    await tx.claims.appendReviews(
      chosen.map((c, i) => ({
        id: ctx.ids.next('rev'),
        claimId: c.id,
        state: 'rejected' as const,
        author,
        at: now,
        note: input.note ?? `moved to ${newId} as ${copies[i]!.id} (split)`,
      })),
    );
    const moved = chosen.map((c, i) => ({ from: c.id, to: copies[i]!.id }));
    await tx.audit.record(actor, {
      action: 'entity.split',
      subjectIds: [input.id, newId, ...moved.flatMap((m) => [m.from, m.to])],
      before: { entity: input.id, claims: chosen.map((c) => ({ claimId: c.id, state: c.state })) },
      after: { entity: newId, from: input.id, moved },
      summary: `split ${moved.length} claims of ${input.id} off into ${newId}`,
      reverts: null,
    });
    return { id: newId, from: input.id, moved };
  });
  return result;
}
