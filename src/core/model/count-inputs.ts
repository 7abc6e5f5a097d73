/**
 * Maps entity views to the plain inputs of counts.ts and count-claims.ts, so the app layer
 * does not decide on its own which incomplete entities can be counted.
 */

import type { ReportedCount } from './count-claims.ts';
import type { AggregateEvent, StatusEvent } from './counts.ts';
import type { AggregateView, CountClaimView, NumberView, StatusChangeView } from './entities.ts';

/** The input counts.ts needs, or null when person, date or status is not accepted yet. */
export function toStatusEvent(v: StatusChangeView): StatusEvent | null {
  if (!v.personId || !v.date || !v.status) return null;
  return {
    personId: v.personId,
    date: v.date,
    status: v.status,
    country: v.country,
    releaseId: v.releaseId,
  };
}

/**
 * The people an unnamed group certainly has: '25 pardoned' and 'at least 25' give 25, 'more
 * than 25' gives 26. 'About', 'almost' and 'up to' give no safe number to add up: null.
 */
export function certainCount(n: NumberView): number | null {
  if (n.qualifier === 'exact' || n.qualifier === 'at_least') return Math.ceil(n.value);
  if (n.qualifier === 'more_than') return Math.floor(n.value) + 1;
  return null;
}

/** The input counts.ts needs, or null without a certain count, a date or a status. */
export function toAggregateEvent(v: AggregateView): AggregateEvent | null {
  const count = v.count ? certainCount(v.count) : null;
  if (count === null || count < 0 || !v.date || !v.status) return null;
  return {
    id: v.id,
    count,
    status: v.status,
    date: v.date,
    country: v.country,
    releaseId: v.releaseId,
    memberIds: v.memberIds,
  };
}

/** The input count-claims.ts needs, or null without country, count or as-of date. */
export function toReportedCount(v: CountClaimView, sourceId: string | null): ReportedCount | null {
  if (!v.country || !v.count || !v.asOf) return null;
  return {
    id: v.id,
    country: v.country,
    value: v.count.value,
    qualifier: v.count.qualifier,
    attributedTo: v.attributedTo,
    asOf: v.asOf,
    sourceId,
  };
}
