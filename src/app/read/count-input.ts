/**
 * What every count is computed from when there is no read model to ask: every status change and
 * unnamed aggregate as count events, and every figure reported by others.
 */
import type { ReportedCount } from '../../core/model/count-claims.ts';
import { toAggregateEvent, toReportedCount, toStatusEvent } from '../../core/model/count-inputs.ts';
import type { AggregateEvent, StatusEvent } from '../../core/model/counts.ts';
import {
  toAggregateView,
  toCountClaimView,
  toStatusChangeView,
} from '../../core/model/entities.ts';
import type { Stores } from '../../core/ports.ts';
import { loadAllOfType } from './load-entity.ts';

export async function countInput(
  stores: Stores,
): Promise<{ events: StatusEvent[]; aggregates: AggregateEvent[] }> {
  const [changes, groups] = await Promise.all([
    loadAllOfType(stores, 'status_change'),
    loadAllOfType(stores, 'aggregate'),
  ]);
  return {
    events: changes.flatMap(
      (c) => toStatusEvent(toStatusChangeView(c.entity.id, c.projection)) ?? [],
    ),
    aggregates: groups.flatMap(
      (a) => toAggregateEvent(toAggregateView(a.entity.id, a.projection)) ?? [],
    ),
  };
}

export async function reportedCounts(stores: Stores): Promise<ReportedCount[]> {
  return (await loadAllOfType(stores, 'count_claim')).flatMap(({ entity, projection, claims }) => {
    // Cite the source of the accepted figure itself, not of the attribution or date.
    const sourceId =
      claims.find((c) => c.property === 'count' && c.state === 'accepted')?.sourceId ?? null;
    return toReportedCount(toCountClaimView(entity.id, projection), sourceId) ?? [];
  });
}
