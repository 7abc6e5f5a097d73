/**
 * The application context a test or bench builds for the use cases and the server: the parts
 * `habeas serve` wires (src/wiring.ts), with the system clock and random ids unless the test
 * gives its own (a FixedClock and SequentialIds where answers must not move between runs).
 * Anything else (htmlToText, fetchReport, the news ports, a cache with other limits) is passed
 * in `parts` and kept as given.
 */
import { sha256Hex } from '../../src/adapters/digest.ts';
import { RandomIds, SystemClock } from '../../src/adapters/system.ts';
import type { AppContext } from '../../src/app/context.ts';
import { LedgerCache } from '../../src/app/ledger-cache.ts';
import type { Clock, Database } from '../../src/core/ports.ts';
import type { Backend } from './databases.ts';
import { FixedClock, SequentialIds } from './factories.ts';

export function appContext(db: Database, parts: Partial<Omit<AppContext, 'db'>> = {}): AppContext {
  return {
    ...parts,
    db,
    clock: parts.clock ?? new SystemClock(),
    ids: parts.ids ?? new RandomIds(),
    digest: parts.digest ?? sha256Hex,
    // A new cache each call: nothing kept from what another context has read.
    cache: parts.cache ?? new LedgerCache(db),
  };
}

/**
 * A fresh database of `backend` and its context on one clock (fixed unless given) and
 * sequential ids, so the ids and times a test sees are the same on every backend and run.
 */
export async function openAppContext(
  backend: Backend,
  clock: Clock = new FixedClock(),
): Promise<AppContext> {
  const ids = new SequentialIds();
  return appContext(await backend.open({ clock, ids }), { clock, ids });
}
