/**
 * Everything a process keeps in memory about one database's ledger (the counts input, the
 * release list, the person name index, the public view, the ingest session), in one object on
 * the application context (AppContext.cache), made once per opened database.
 *
 * Entries are keyed by the ledger version (ChangeStamps.ledger, kept by the database itself:
 * docs/storage.md). Each use reads the version (one primary-key read) and finds its entry only
 * if nothing was committed since it was made, by this process or any other; when the version
 * has moved, every entry is dropped and rebuilt on demand. Stores without a version (fakes)
 * get nothing cached.
 */
import type { Stores } from '../core/ports.ts';
import { FreshRead } from './fresh-read.ts';

/** Bound on the entries of one scope (a client asking for many ranges, say). */
const maxEntriesPerScope = 200;

/** What HABEAS_READ_MEMORY_MB gives by default (src/config.ts). */
export const defaultKeptBytes = 64 * 1024 * 1024;

export interface LedgerCacheOptions {
  /** Bytes of kept answers held in memory (read/kept-mirror.ts); 0: none, every hot read asks the database. */
  keptBytes: number;
}

/** What every view of one database's cache shares (LedgerCache.pinned). */
interface Shared {
  /** The version the entries were made at; -1 before the first read. */
  version: number;
  /** Entries by scope (a stores object: the database, or a view of it) and key. */
  scopes: WeakMap<object, Map<string, Promise<unknown>>>;
  /** Values kept across versions; their owner checks freshness itself (the ingest session). */
  readonly lasting: Map<string, Promise<unknown>>;
  /**
   * The version read shared by callers asking at once (a burst of requests asks once), never
   * a read older than the call: a request after its own commit sees that commit.
   */
  readonly versionRead: FreshRead<number> | null;
}

export class LedgerCache {
  private readonly shared: Shared;
  /** A pinned view's one version read (null until its first use); undefined: not pinned. */
  private pin: Promise<number | null> | null | undefined;

  constructor(
    stores: Pick<Stores, 'stamps'>,
    readonly options: LedgerCacheOptions = { keptBytes: defaultKeptBytes },
    shared?: Shared,
  ) {
    const stamps = stores.stamps;
    this.shared = shared ?? {
      version: -1,
      scopes: new WeakMap(),
      lasting: new Map(),
      versionRead: stamps ? new FreshRead(() => stamps.ledger()) : null,
    };
  }

  /**
   * A view of this cache that reads the ledger version once, on first use, and answers every
   * later use with it: for one read-only request, whose steps would otherwise each wait for a
   * read of their own. It shares every entry with this cache. Never for a request that
   * writes: it would not see its own commit.
   */
  pinned(): LedgerCache {
    const view = new LedgerCache({}, this.options, this.shared);
    view.pin = null;
    return view;
  }

  /** The committed ledger version now, or null where the stores keep none. */
  current(): Promise<number | null> {
    if (this.pin !== undefined) {
      this.pin ??= this.read();
      return this.pin;
    }
    return this.read();
  }

  private read(): Promise<number | null> {
    const r = this.shared.versionRead;
    return r ? r.get() : Promise.resolve(null);
  }

  /**
   * compute's result for (scope, key) at the current ledger version: computed once per version,
   * shared by concurrent callers; a failed computation is not kept.
   */
  async memo<T>(scope: object, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.current();
    const s = this.shared;
    if (version === null || version < s.version) {
      // No version, or a read older than the entries (it finished late): not cached.
      return compute();
    }
    if (version > s.version) {
      s.version = version;
      s.scopes = new WeakMap();
    }
    let entries = s.scopes.get(scope);
    if (!entries) {
      entries = new Map();
      s.scopes.set(scope, entries);
    }
    const value = shared(entries, key, compute);
    if (entries.size > maxEntriesPerScope) entries.delete(entries.keys().next().value!);
    return value;
  }

  /**
   * A value made once and kept whatever the version (create's failure is not kept): for state
   * that follows the ledger itself, such as the ingest session, which its own writes update.
   */
  keep<T>(key: string, create: () => Promise<T>): Promise<T> {
    return shared(this.shared.lasting, key, create);
  }
}

/** The promise `entries` holds for `key`, or `make`'s kept there until it fails. */
function shared<T>(
  entries: Map<string, Promise<unknown>>,
  key: string,
  make: () => Promise<T>,
): Promise<T> {
  const hit = entries.get(key);
  if (hit) return hit as Promise<T>;
  const value = make();
  entries.set(key, value);
  value.catch(() => {
    if (entries.get(key) === value) entries.delete(key);
  });
  return value;
}
