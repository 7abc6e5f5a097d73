/**
 * Undoing a change by NEW records, never by deleting: reviews that put each claim the change
 * touched back in the state it had (a proposal rejected, a review undone, a correction's
 * original restored and the correction rejected, a merge's claim rejected or back to proposed,
 * a split's copies rejected and originals restored, an import's or ingest's claims rejected).
 * The revert is itself a line (audit.revert) pointing at the original. See docs/audit.md.
 */
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import {
  type Actor,
  type AuditLine,
  actorOf,
  type By,
  type ClaimStateOf,
  isUnfit,
} from '../../core/model/audit.ts';
import type { ReviewState } from '../../core/model/claim.ts';
import { ref } from '../../core/model/values.ts';
import type { Stores } from '../../core/ports.ts';
import type { AppContext } from '../context.ts';
import { readAuditLine } from './audit-payloads.ts';

/** Put claim back in state `to`; `expect` is the state the change left it in. */
interface Step {
  claimId: string;
  to: ReviewState;
  expect: ReviewState | null;
}

interface Plan {
  steps: Step[];
  /** Many claims (bulk accept, import, ingest): a claim changed since is left, not refused. */
  bulk: boolean;
  /** A split's new entity is merged back into the one it came from, so no empty husk shows. */
  mergeBack?: { id: string; into: string };
  /** A source's confidential flag set back (the flag is the one stored value that is a state). */
  sourceFlag?: { id: string; from: boolean; to: boolean };
}

export interface RevertResult {
  line: AuditLine;
  reverted: string;
  restored: Array<{ claimId: string; from: ReviewState; to: ReviewState }>;
  /** Claims a later change touched, left as they are (bulk changes only). */
  skipped: Array<{ claimId: string; state: ReviewState; reason: string }>;
}

/** The actions that are not undone here, and why (the refusal names what to do instead). */
const refusals = {
  'audit.revert':
    'a revert is not reverted: make the change again instead (it is audited like any other)',
  'user.add': 'accounts are not claims: lock the user out with `habeas user disable NAME`',
  'user.role': 'accounts are not claims: set the role back with `habeas user role NAME ROLE`',
  'user.disable':
    'accounts are not claims: use `habeas user enable NAME` (or `disable NAME`) instead',
  'user.token': 'accounts are not claims: disabling the user revokes every API token',
  'user.signin': 'a sign-in is not a change of the ledger: disable the user to end their sessions',
  'user.signin_refused': 'a refused sign-in changed nothing',
  'user.signout': 'a sign-out is not a change of the ledger: the user signs in again',
  'watch.add':
    'watched sources are configuration, not the ledger: stop watching with `habeas sources remove ID`',
  'watch.pause':
    'watched sources are configuration, not the ledger: use `habeas sources resume ID` instead',
  'watch.resume':
    'watched sources are configuration, not the ledger: use `habeas sources pause ID` instead',
  'watch.remove':
    'watched sources are configuration, not the ledger: add it again with `habeas sources add URL` (what it read before is still known, and not read again)',
} as const;

/** The refusal of a line nothing undoes here. */
function refused(line: AuditLine & { action: keyof typeof refusals }): ValidationError {
  return new ValidationError(`cannot revert ${line.action} '${line.id}': ${refusals[line.action]}`);
}

/** Claims back to the states they had before; the change had left each one `expect`. */
function restore(claims: ClaimStateOf[], expect: ReviewState): Step[] {
  return claims.map((c) => ({ claimId: c.claimId, to: c.state, expect }));
}

/** Claims a change added, rejected. */
function rejectAll(claimIds: string[]): Step[] {
  return claimIds.map((claimId) => ({ claimId, to: 'rejected' as const, expect: null }));
}

/**
 * What undoes a line, by its action; refuses (saying why) what cannot be undone. Each case
 * reads the payloads of its own action: a change to one breaks this switch at compile time.
 */
export function planRevert(line: AuditLine): Plan {
  switch (line.action) {
    case 'claim.propose':
      return { bulk: false, steps: rejectAll([line.after.claimId]) };
    case 'claim.review':
      return {
        bulk: false,
        steps: [{ claimId: line.after.claimId, to: line.before.state, expect: line.after.state }],
      };
    case 'claim.correct':
      return {
        bulk: false,
        steps: [
          ...rejectAll([line.after.claimId]),
          { claimId: line.before.claimId, to: line.before.state, expect: 'rejected' },
        ],
      };
    case 'claims.accept_above':
      return {
        bulk: true,
        steps: line.after.claimIds.map((claimId) => ({
          claimId,
          to: 'proposed',
          expect: 'accepted',
        })),
      };
    case 'entity.merge': {
      // A merge that accepted an ingest proposal puts it back to proposed; its own claim goes.
      const to: ReviewState = line.before.state === 'proposed' ? 'proposed' : 'rejected';
      return { bulk: false, steps: [{ claimId: line.after.claimId, to, expect: 'accepted' }] };
    }
    case 'entity.keep_apart':
      return { bulk: false, steps: restore(line.before.claims, 'rejected') };
    case 'entity.split':
      return {
        bulk: false,
        steps: [
          ...rejectAll(line.after.moved.map((m) => m.to)),
          ...restore(line.before.claims, 'rejected'),
        ],
        mergeBack: { id: line.after.entity, into: line.after.from },
      };
    case 'source.confidential':
      return {
        bulk: false,
        steps: [],
        sourceFlag: {
          id: line.after.sourceId,
          from: line.after.confidential,
          to: line.before.confidential,
        },
      };
    case 'ledger.import':
    case 'report.ingest':
      return { bulk: true, steps: rejectAll(line.after.claimIds) };
    case 'audit.revert':
    case 'user.add':
    case 'user.role':
    case 'user.disable':
    case 'user.token':
    case 'user.signin':
    case 'user.signin_refused':
    case 'user.signout':
    case 'watch.add':
    case 'watch.pause':
    case 'watch.resume':
    case 'watch.remove':
      throw refused(line);
    default: {
      // Every action is planned or refused above: a new action fails to compile here.
      const unplanned: never = line;
      throw new ValidationError(`no revert is defined for ${(unplanned as AuditLine).action}`);
    }
  }
}

async function stateOf(tx: Stores, claimId: string): Promise<ReviewState> {
  const c = await tx.claims.getClaim(claimId);
  if (!c) throw new NotFoundError('claim', claimId);
  return c.state;
}

/** Checks every step against the claims as they are now: what to do, what to leave. */
async function resolveSteps(tx: Stores, line: AuditLine, plan: Plan) {
  const restored: RevertResult['restored'] = [];
  const skipped: RevertResult['skipped'] = [];
  for (const s of plan.steps) {
    const now = await stateOf(tx, s.claimId);
    if (now === s.to) continue;
    if (s.expect !== null && now !== s.expect) {
      const reason = `it is ${now} now, not ${s.expect} as ${line.id} left it: a later change touched it`;
      if (plan.bulk) {
        skipped.push({ claimId: s.claimId, state: now, reason });
        continue;
      }
      throw new ConflictError(
        `cannot revert '${line.id}': claim '${s.claimId}' ${reason}; revert that change first (GET /api/audit?subject=${s.claimId})`,
      );
    }
    restored.push({ claimId: s.claimId, from: now, to: s.to });
  }
  return { restored, skipped };
}

async function mergeHusk(
  ctx: AppContext,
  tx: Stores,
  actor: Actor,
  m: { id: string; into: string },
) {
  const e = await tx.entities.getEntity(m.id);
  if (!e) return null;
  const claimId = ctx.ids.next('clm');
  await tx.claims.appendClaims([
    {
      id: claimId,
      subjectId: m.id,
      subjectType: e.type,
      property: 'mergedInto',
      value: ref(m.into),
      sourceId: null,
      evidence: null,
      author: actor.author,
      createdAt: ctx.clock.now(),
      confidence: 1,
      initialState: 'accepted',
      supersedes: null,
    },
  ]);
  return claimId;
}

/** Sets a source's confidential flag back, if nothing changed it since. */
async function revertFlag(tx: Stores, line: AuditLine, f: NonNullable<Plan['sourceFlag']>) {
  const source = await tx.sources.getSource(f.id);
  if (!source) throw new NotFoundError('source', f.id);
  const now = source.confidential === true;
  if (now === f.to) return null;
  if (now !== f.from) {
    throw new ConflictError(
      `cannot revert '${line.id}': source '${f.id}' changed since; revert that change first`,
    );
  }
  await tx.sources.setConfidential(f.id, f.to);
  return f;
}

/** Reverts the change an audit line records, in one transaction with its own audit line. */
export async function revertChange(ctx: AppContext, id: string, by: By): Promise<RevertResult> {
  const actor = actorOf(by);
  const result = await ctx.db.transaction(async (tx) => {
    const stored = await tx.audit.getLine(id);
    if (!stored) throw new NotFoundError('audit line', id);
    const line = readAuditLine(stored);
    if (isUnfit(line)) {
      throw new ValidationError(`cannot revert ${line.action} '${id}': ${line.problem}`);
    }
    const done = await tx.audit.revertOf(id);
    if (done) {
      throw new ConflictError(
        `audit line '${id}' was already reverted by '${done.id}' (${done.at})`,
      );
    }
    const plan = planRevert(line);
    const { restored, skipped } = await resolveSteps(tx, line, plan);
    const flag = plan.sourceFlag ? await revertFlag(tx, line, plan.sourceFlag) : null;
    if (restored.length === 0 && !flag) {
      throw new ConflictError(
        `nothing to revert for '${id}': every claim it touched is already back as it was${skipped.length ? ` or was changed later (${skipped.length})` : ''}`,
      );
    }
    const at = ctx.clock.now();
    await tx.claims.appendReviews(
      restored.map((r) => ({
        id: ctx.ids.next('rev'),
        claimId: r.claimId,
        state: r.to,
        author: actor.author,
        at,
        note: `revert of ${line.action} ${line.id}`,
      })),
    );
    const merged = plan.mergeBack ? await mergeHusk(ctx, tx, actor, plan.mergeBack) : null;
    const touched = restored.map((r) => r.claimId);
    const revert = await tx.audit.record(actor, {
      action: 'audit.revert',
      subjectIds: [...new Set([line.id, ...line.subjectIds, ...touched])],
      before: {
        claims: restored.map((r) => ({ claimId: r.claimId, state: r.from })),
        ...(flag ? { source: { sourceId: flag.id, confidential: flag.from } } : {}),
      },
      after: {
        claims: restored.map((r) => ({ claimId: r.claimId, state: r.to })),
        skipped,
        ...(merged && plan.mergeBack ? { mergedBack: { claimId: merged, ...plan.mergeBack } } : {}),
        ...(flag ? { source: { sourceId: flag.id, confidential: flag.to } } : {}),
      },
      summary: `reverted ${line.action} ${line.id} (${line.summary}): ${flag ? `source ${flag.id} ${flag.to ? 'confidential' : 'not confidential'} again` : `${restored.length} claims restored`}${skipped.length ? `, ${skipped.length} left as a later change set them` : ''}`,
      reverts: line.id,
    });
    return { line: revert, reverted: line.id, restored, skipped };
  });
  return result;
}
