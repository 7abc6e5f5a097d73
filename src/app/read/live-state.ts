/**
 * State a process keeps for the life of one database (the name index, the release order), per
 * key, brought up to date from what changed (the read models' marks, read-models.ts) instead
 * of rebuilt at each ledger version.
 */
import type { LedgerCache } from '../ledger-cache.ts';

/** What changed since a ledger version (ids marked after it: read-models.ts). */
export type ChangesSince = (version: number) => Promise<string[]>;

/**
 * Whether changes reach answers far from the ids marked: a merge anywhere, or a change of what
 * the public may see (migration 0014 says what marks `merges` and `policy`).
 */
export const reachesEverything = (changed: readonly string[]) =>
  changed.includes('merges') || changed.includes('policy');

interface Live<T> {
  value: T;
  version: number;
  updating: Promise<void> | null;
}

/**
 * The value kept under `key`, at ledger version `now` or later: built once, then each time the
 * version moves, `apply` gets what changed since (a change reaching everything builds it again).
 * One update runs at a time; whoever waited checks the version again.
 */
export async function liveValue<T>(
  cache: LedgerCache,
  key: string,
  now: number,
  changes: ChangesSince,
  build: () => Promise<T>,
  apply: (value: T, changed: readonly string[]) => Promise<T>,
): Promise<T> {
  const live: Live<T> = await cache.keep(key, async () => ({
    value: await build(),
    version: now,
    updating: null,
  }));
  while (live.version < now) {
    live.updating ??= (async () => {
      const changed = await changes(live.version);
      live.value = reachesEverything(changed) ? await build() : await apply(live.value, changed);
      live.version = Math.max(live.version, now);
    })().finally(() => {
      live.updating = null;
    });
    await live.updating;
  }
  return live.value;
}
