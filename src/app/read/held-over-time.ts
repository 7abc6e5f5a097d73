import { ValidationError } from '../../core/errors.ts';
import { type ReportedCount, reportedCountHistory } from '../../core/model/count-claims.ts';
import {
  type HeldPoint,
  heldSeries,
  type MonthFlow,
  monthlyFlow,
} from '../../core/model/counts.ts';
import type { Stores } from '../../core/ports.ts';
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

const monthRe = /^\d{4}-(0[1-9]|1[0-2])$/;

function checkRange(from: string, to: string): void {
  if (!monthRe.test(from))
    throw new ValidationError(`expected a month as YYYY-MM, got '${from}'`, 'from');
  if (!monthRe.test(to))
    throw new ValidationError(`expected a month as YYYY-MM, got '${to}'`, 'to');
  if (from > to) throw new ValidationError(`'from' (${from}) is after 'to' (${to})`, 'from');
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12;
  if (months > 600) throw new ValidationError('the range may span at most 50 years', 'from');
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
  checkRange(from, to);
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
