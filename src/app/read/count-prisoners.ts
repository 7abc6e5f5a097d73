import type { IdPage } from '../../core/cursor.ts';
import { ValidationError } from '../../core/errors.ts';
import { latestReportedCount } from '../../core/model/count-claims.ts';
import { heldAt } from '../../core/model/counts.ts';
import { parsePartialDate } from '../../core/model/dates.ts';
import { heldIdsPlan } from '../../core/model/held-spans.ts';
import type { Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { countingStores } from '../publish/public-view.ts';
import { countInput, reportedCounts } from './count-input.ts';
import { type HeldFigures, heldCount, heldSteps } from './held-count.ts';
import { heldIds, type IdsPage, type IdsRequest, readIdsRequest } from './held-ids.ts';

/** A day as YYYY-MM-DD, else a ValidationError naming `field`. */
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

/** The figures held on `day`, from the read model or (without one) the replay. */
async function figuresOn(
  stores: Stores,
  country: string,
  day: string,
  cache?: LedgerCache,
): Promise<HeldFigures> {
  const counting = countingStores(stores);
  const fromModel = await heldCount(counting, country, day, cache);
  if (fromModel) return fromModel;
  const { personIds: _all, ...figures } = heldAt(await countInput(counting), country, day);
  return figures;
}

/**
 * Political prisoners held on a date: the registry's own count from status changes, and the
 * latest figure reported by others (e.g. Viasna) on or before that date, with its attribution.
 * Unless `ids` is false, `registry.ids` holds one page of the held persons' ids (`limit`, default
 * 100, after `cursor`); the next pages: heldIdsPage with its nextCursor.
 */
export async function countPrisoners(
  stores: Stores,
  country: string,
  at: string,
  opts: { ids?: boolean } & IdsRequest = {},
  cache?: LedgerCache,
) {
  const day = checkDay(at, 'at');
  // Checked before any read: a bad cursor or limit is the caller's mistake, whatever is stored.
  const page = (opts.ids ?? true) ? readIdsRequest(opts) : null;
  const held = figuresOn(stores, country, day, cache);
  // The page is read beside the figures, not after them: one round trip less per request.
  const [figures, reported, ids] = await Promise.all([
    held,
    // Read once per ledger version where a cache is given: the same for every day asked.
    cache
      ? cache.memo(stores, 'reported-counts', () => reportedCounts(stores))
      : reportedCounts(stores),
    page &&
      heldIds(
        stores,
        country,
        day,
        page,
        held.then((f) => f.named),
        heldSteps(countingStores(stores), country, cache)?.then((s) =>
          heldIdsPlan(s, day, page.limit),
        ),
      ),
  ]);
  const latest = latestReportedCount(reported, country, day);
  // Private persons count in every figure, but the public never gets their ids.
  const registry = ids ? { ...figures, ids } : figures;
  return { country, at: day, registry, reported: latest };
}

/** One page of the ids held on `at` without the figures: how a client follows nextCursor. */
export async function heldIdsPage(
  stores: Stores,
  country: string,
  at: string,
  request: IdsRequest,
): Promise<IdPage> {
  const day = checkDay(at, 'at');
  const page: IdsPage = readIdsRequest(request);
  return heldIds(stores, country, day, page);
}
