import { type ReportedCount, reportedCountHistory } from '../../core/model/count-claims.ts';
import {
  type HeldPoint,
  heldSeries,
  type MonthFlow,
  monthlyFlow,
} from '../../core/model/counts.ts';
import type { Stores } from '../../core/ports.ts';
import { checkMonthRange } from '../../core/read-limits.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { type CountData, cachedDerived } from './count-cache.ts';

export interface ReportedPoint extends ReportedCount {
  /** Title of the report the figure comes from, so a chart point can cite it. */
  sourceTitle: string | null;
}

export interface HeldOverTime {
  country: string;
  from: string;
  to: string;
  /** The registry's count at the end of each month, from status changes. */
  points: HeldPoint[];
  /** Every figure reported by others for the country, oldest first, with attribution. */
  reported: ReportedPoint[];
  /** Inflow and outflow per month over the same range (one pass over the same input). */
  flow: MonthFlow[];
}

/**
 * Political prisoners held at each month end, the figures reported by NGOs and the press, and
 * the monthly flows: what the dashboard draws, computed from one read of the status changes
 * (kept in memory while valid: see count-cache.ts).
 */
export async function heldOverTime(
  cache: LedgerCache,
  stores: Stores,
  country: string,
  from: string,
  to: string,
): Promise<HeldOverTime> {
  checkMonthRange(from, to);
  return cachedDerived(cache, stores, `series|${country}|${from}|${to}`, (data) =>
    compute(stores, data, country, from, to),
  );
}

async function compute(
  stores: Stores,
  { input, reported: counts }: CountData,
  country: string,
  from: string,
  to: string,
): Promise<HeldOverTime> {
  const history = reportedCountHistory(counts, country);
  const titles = new Map<string, string | null>();
  for (const id of new Set(history.flatMap((c) => (c.sourceId ? [c.sourceId] : [])))) {
    titles.set(id, (await stores.sources.getSource(id))?.title ?? null);
  }
  return {
    country,
    from,
    to,
    points: heldSeries(input, country, from, to, 'month'),
    reported: history.map((c) => ({
      ...c,
      sourceTitle: c.sourceId ? (titles.get(c.sourceId) ?? null) : null,
    })),
    flow: monthlyFlow(input, country, from, to),
  };
}

/**
 * New political prisoners and releases per month between two months, inclusive, from the count
 * input kept in memory (count-cache.ts): a request reads no rows while the ledger stands, and
 * the range is capped (core/read-limits.ts), so the answer has at most that many months.
 */
export async function prisonerFlow(
  cache: LedgerCache,
  stores: Stores,
  country: string,
  from: string,
  to: string,
) {
  checkMonthRange(from, to);
  return cachedDerived(cache, stores, `flow|${country}|${from}|${to}`, ({ input }) => ({
    country,
    from,
    to,
    months: monthlyFlow(input, country, from, to),
  }));
}
