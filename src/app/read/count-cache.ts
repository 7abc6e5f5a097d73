/**
 * The read behind every count figure (all status changes, aggregates and reported counts) takes
 * seconds over a large registry, so the dashboard keeps it in the ledger cache (ledger-cache.ts)
 * and reuses it while the ledger version stands: any commit, from any process, replaces it.
 */
import type { ReportedCount } from '../../core/model/count-claims.ts';
import type { CountInput } from '../../core/model/counts.ts';
import type { Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { countingStores } from '../publish/public-view.ts';
import { countInput, reportedCounts } from './count-input.ts';

export interface CountData {
  input: CountInput;
  reported: ReportedCount[];
}

/** The count input, from memory while the ledger version stands; concurrent callers share one load. */
export function cachedCountData(cache: LedgerCache, stores: Stores): Promise<CountData> {
  // Per stores (the database, or the public view): the reported figures are the ones these
  // stores may read. The input is the whole ledger's for both: private persons count
  // (anonymously) in the public's figures too (docs/privacy.md).
  return cache.memo(stores, 'count-data', async () => {
    const [input, reported] = await Promise.all([
      countInput(countingStores(stores)),
      reportedCounts(stores),
    ]);
    return { input, reported };
  });
}

/**
 * A result computed from the count input (e.g. a series for one range), kept as long as the
 * count input is: the same version keys both, so it is never staler than the counts.
 */
export function cachedDerived<T>(
  cache: LedgerCache,
  stores: Stores,
  key: string,
  compute: (data: CountData) => Promise<T> | T,
): Promise<T> {
  return cache.memo(stores, `derived|${key}`, async () =>
    compute(await cachedCountData(cache, stores)),
  );
}
