import { ValidationError } from '../../core/errors.ts';
import { latestReportedCount, type ReportedCount } from '../../core/model/count-claims.ts';
import { toAggregateEvent, toReportedCount, toStatusEvent } from '../../core/model/count-inputs.ts';
import { type AggregateEvent, heldAt, type StatusEvent } from '../../core/model/counts.ts';
import { parsePartialDate } from '../../core/model/dates.ts';
import {
  toAggregateView,
  toCountClaimView,
  toStatusChangeView,
} from '../../core/model/entities.ts';
import type { Stores } from '../../core/ports.ts';
import { countingStores, hiddenIds } from '../publish/public-view.ts';
import { heldCount } from './held-count.ts';
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

function checkDay(at: string, field: string): string {
  const d = (() => {
    try {
      return parsePartialDate(at);
    } catch {
      return null;
    }
  })();
  if (d?.precision !== 'day')
    throw new ValidationError(`expected a day as YYYY-MM-DD, got '${at}'`, field);
  return d.value;
}

/**
 * Political prisoners held on a date: the registry's own count from status changes, and the
 * latest figure reported by others (e.g. Viasna) on or before that date, with its attribution.
 */
export async function countPrisoners(
  stores: Stores,
  country: string,
  at: string,
  opts: { ids?: boolean } = {},
) {
  const day = checkDay(at, 'at');
  const ids = opts.ids ?? true;
  // Private persons count in every figure, but the public never gets their ids.
  const hidden = hiddenIds(stores);
  const counting = countingStores(stores);
  const held =
    (await heldCount(counting, country, day, ids)) ??
    heldAt(await countInput(counting), country, day);
  const { personIds, ...figures } = held;
  // Without ids the answer is a few numbers, however many are held (tens of thousands of ids
  // otherwise).
  const registry = ids
    ? { ...figures, personIds: personIds.filter((id) => !hidden.has(id)) }
    : figures;
  const reported = latestReportedCount(await reportedCounts(stores), country, day);
  return { country, at: day, registry, reported };
}
