/**
 * Undoing a change by NEW records, never by deleting: reviews that put each claim the change
 * touched back in the state it had (a proposal rejected, a review undone, a correction's
 * original restored and the correction rejected, a merge's claim rejected or back to proposed,
 * a split's copies rejected and originals restored, an import's or ingest's claims rejected).
 * The revert is itself a line (audit.revert) pointing at the original. See docs/audit.md.
 */
import { ConflictError, NotFoundError, ValidationError } from '../core/errors.ts';
import { type Actor, type AuditLine, actorOf, type By } from '../core/model/audit.ts';
import type { ReviewState } from '../core/model/claim.ts';
import { ref } from '../core/model/values.ts';
import type { Stores } from '../core/ports.ts';
import type { AppContext } from './context.ts';

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

const states = new Set<string>(['proposed', 'accepted', 'rejected']);

function obj(v: unknown, what: string): Record<string, unknown> {
  if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  throw new ValidationError(`the audit line's ${what} is not a record; cannot revert it`);
}

function str(o: Record<string, unknown>, key: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new ValidationError(`the audit line lacks ${key}`);
  return v;
}

function state(o: Record<string, unknown>, key: string): ReviewState {
  const v = str(o, key);
  if (!states.has(v)) throw new ValidationError(`the audit line's ${key} is not a state`);
  return v as ReviewState;
}

function ids(o: Record<string, unknown>, key: string): string[] {
  const v = o[key];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    throw new ValidationError(`the audit line lacks the list ${key}`);
  }
  return v as string[];
}

function claimStates(o: Record<string, unknown>): Array<{ claimId: string; state: ReviewState }> {
  const list = o.claims;
  if (!Array.isArray(list)) throw new ValidationError('the audit line lacks its claims');
  return list.map((x) => {
    const c = obj(x, 'claim');
    return { claimId: str(c, 'claimId'), state: state(c, 'state') };
  });
}

const refusals: Record<string, string> = {
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
};

/** What undoes a line, by its action; refuses (saying why) what cannot be undone. */
export function planRevert(line: AuditLine): Plan {
  const refusal = refusals[line.action];
  if (refusal) throw new ValidationError(`cannot revert ${line.action} '${line.id}': ${refusal}`);
  const before = line.before === null ? {} : obj(line.before, 'before');
  const after = obj(line.after, 'after');
  switch (line.action) {
    case 'claim.propose':
      return {
        bulk: false,
        steps: [{ claimId: str(after, 'claimId'), to: 'rejected', expect: null }],
      };
    case 'claim.review':
      return {
        bulk: false,
        steps: [
          {
            claimId: str(after, 'claimId'),
            to: state(before, 'state'),
            expect: state(after, 'state'),
          },
        ],
      };
    case 'claim.correct':
      return {
        bulk: false,
        steps: [
          { claimId: str(after, 'claimId'), to: 'rejected', expect: null },
          { claimId: str(before, 'claimId'), to: state(before, 'state'), expect: 'rejected' },
        ],
      };
    case 'claims.accept_above':
      return {
        bulk: true,
        steps: ids(after, 'claimIds').map((claimId) => ({
          claimId,
          to: 'proposed' as const,
          expect: 'accepted' as const,
        })),
      };
    case 'entity.merge': {
      const wasProposed = before.state === 'proposed';
      const to: ReviewState = wasProposed ? 'proposed' : 'rejected';
      return { bulk: false, steps: [{ claimId: str(after, 'claimId'), to, expect: 'accepted' }] };
    }
    case 'entity.keep_apart':
      return {
        bulk: false,
        steps: claimStates(before).map((c) => ({
          claimId: c.claimId,
          to: c.state,
          expect: 'rejected' as const,
        })),
      };
    case 'entity.split': {
      const moved = Array.isArray(after.moved) ? after.moved.map((m) => obj(m, 'moved')) : [];
      return {
        bulk: false,
        steps: [
          ...moved.map((m) => ({ claimId: str(m, 'to'), to: 'rejected' as const, expect: null })),
          ...claimStates(before).map((c) => ({
            claimId: c.claimId,
            to: c.state,
            expect: 'rejected' as const,
          })),
        ],
        mergeBack: { id: str(after, 'entity'), into: str(after, 'from') },
      };
    }
    case 'source.confidential': {
      const to = before.confidential;
      const from = after.confidential;
      if (typeof to !== 'boolean' || typeof from !== 'boolean') {
        throw new ValidationError('the audit line lacks the confidential flags');
      }
      return { bulk: false, steps: [], sourceFlag: { id: str(after, 'sourceId'), from, to } };
    }
    case 'ledger.import':
    case 'report.ingest':
      return {
        bulk: true,
        steps: ids(after, 'claimIds').map((claimId) => ({
          claimId,
          to: 'rejected' as const,
          expect: null,
        })),
      };
    default:
      throw new ValidationError(
        `cannot revert ${line.action} '${line.id}': no revert is defined for that action`,
      );
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
    const line = await tx.audit.getLine(id);
    if (!line) throw new NotFoundError('audit line', id);
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
        ...(merged ? { mergedBack: { claimId: merged, ...plan.mergeBack } } : {}),
        ...(flag ? { source: { sourceId: flag.id, confidential: flag.to } } : {}),
      },
      summary: `reverted ${line.action} ${line.id} (${line.summary}): ${flag ? `source ${flag.id} ${flag.to ? 'confidential' : 'not confidential'} again` : `${restored.length} claims restored`}${skipped.length ? `, ${skipped.length} left as a later change set them` : ''}`,
      reverts: line.id,
    });
    return { line: revert, reverted: line.id, restored, skipped };
  });
  return result;
}
