/**
 * Event merges during ingest (issue 13, grp40): a report that fits two or more events well shows
 * they are one release (core/resolve/merge-events.ts decides which). Written as a reviewer's
 * merge is: an accepted `mergedInto` claim on each merged event, pointing at the oldest, with an
 * `entity.merge` audit line attributed to ingest; reads show the merged events inside their
 * survivor (read/merged.ts), and rejecting the claim (keep apart, or reverting the line) undoes
 * it. Nothing is moved or deleted: the survivor shows the claims, reports and links of the events
 * merged into it, and the session files them under it (SessionState.foldEvent).
 */
import type { Actor, NewAuditLine } from '../../core/model/audit.ts';
import type { EventMerge } from '../../core/resolve/index.ts';
import type { IngestPlan } from './ingest-plan.ts';
import type { SessionState } from './ingest-state.ts';

/** Plans the merge's claims and folds the merged events into the survivor in the session. */
export function planMerge(
  plan: IngestPlan,
  session: SessionState,
  m: EventMerge,
  score: number,
): void {
  const why = `fits ${m.fits.map((f) => `${f.id} (score ${f.score})`).join(' and ')}`;
  for (const id of m.merged) {
    plan.merge(id, m.survivor, score, why);
    session.foldEvent(id, m.survivor);
  }
}

/** The audit lines of a report's merges: one `entity.merge` each, as a reviewer's merge writes. */
export function mergeAuditLines(
  plan: IngestPlan,
  actor: Actor,
): Array<{ actor: Actor; line: NewAuditLine }> {
  return plan.merges.map((m) => ({
    actor,
    line: {
      action: 'entity.merge',
      subjectIds: [m.merged, m.into, m.claimId, plan.sourceId],
      before: { claimId: null, state: null },
      after: { claimId: m.claimId, state: 'accepted', merged: m.merged, into: m.into },
      summary: `ingest merged ${m.merged} into ${m.into}: report ${plan.sourceId} ${m.why}`,
      reverts: null,
    },
  }));
}
