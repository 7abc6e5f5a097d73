/**
 * The kept answers this process has served, held in memory (docs/read-models.md, "In
 * memory"), so a hot read costs no statement beyond the ledger version every read shares.
 * The database stays the keeper: an answer enters the mirror only as it was read valid from
 * read_docs or built, and leaves it when the ledger moves past anything it was read from.
 *
 * Freshness: the mirror is at a ledger version. Each reader brings it up to the version it
 * read first (`advance`): what was marked since (the marks of migration 0014) and the kept
 * answers reading any of it (readersOf) are dropped, everything on a merge or a change of
 * policy. An answer read or built after the reader saw version `now` is known right as of
 * `now` at least, so it is put only while the mirror is not past `now`: a later advance
 * covers every change after it.
 *
 * Memory: bounded in bytes per kind (least recently used out first), so a registry of
 * 100,000 dossiers keeps the ones read most, not all of them.
 */
import type { ReadModelStore } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { reachesEverything } from './live-state.ts';

type Key = { kind: string; scope: string; id: string };
const keyOf = (k: Key) => `${k.kind}|${k.scope}|${k.id}`;

/** Shares of the memory budget by kind: dossiers are large and many, deals few. */
const shares: Record<string, number> = { dossier: 0.5, summary: 0.25, release: 0.15, deal: 0.1 };

class Lru {
  private readonly bodies = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly budget: number) {}

  get(key: string): string | undefined {
    const body = this.bodies.get(key);
    if (body === undefined) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.bodies.delete(key);
    this.bodies.set(key, body);
    return body;
  }

  set(key: string, body: string): void {
    // A string's bytes in memory: two per UTF-16 unit is near enough for a budget.
    const size = body.length * 2;
    if (size > this.budget) return;
    this.delete(key);
    this.bodies.set(key, body);
    this.bytes += size;
    for (const [old, b] of this.bodies) {
      if (this.bytes <= this.budget) break;
      this.bodies.delete(old);
      this.bytes -= b.length * 2;
    }
  }

  delete(key: string): void {
    const old = this.bodies.get(key);
    if (old === undefined) return;
    this.bodies.delete(key);
    this.bytes -= old.length * 2;
  }

  clear(): void {
    this.bodies.clear();
    this.bytes = 0;
  }
}

export class KeptMirror {
  /** The ledger version every answer held is right at; -1 before the first advance. */
  private version = -1;
  private advancing: Promise<void> | null = null;
  private readonly byKind = new Map<string, Lru>();

  constructor(
    private readonly reads: Pick<ReadModelStore, 'changedSince' | 'readersOf'>,
    private readonly budgetBytes: number,
  ) {}

  /** Brings the mirror up to ledger version `now` (one catch-up at a time, shared). */
  async advance(now: number): Promise<void> {
    while (this.version < now) {
      this.advancing ??= this.catchUp(now).finally(() => {
        this.advancing = null;
      });
      await this.advancing;
    }
  }

  private async catchUp(now: number): Promise<void> {
    if (this.version < 0) {
      this.version = now;
      return;
    }
    const changed = await this.reads.changedSince(this.version);
    if (reachesEverything(changed)) this.clear();
    else if (changed.length > 0)
      for (const k of await this.reads.readersOf(changed)) this.lru(k.kind).delete(keyOf(k));
    this.version = Math.max(this.version, now);
  }

  get(key: Key): string | undefined {
    return this.lru(key.kind).get(keyOf(key));
  }

  /** Keeps `body`, known right as of ledger version `asOf`, unless the mirror moved past it. */
  put(key: Key, body: string, asOf: number): void {
    if (this.version > asOf) return;
    this.lru(key.kind).set(keyOf(key), body);
  }

  private clear(): void {
    for (const lru of this.byKind.values()) lru.clear();
  }

  private lru(stored: string): Lru {
    let lru = this.byKind.get(stored);
    if (!lru) {
      const kind = stored.split('.')[0] ?? stored;
      lru = new Lru(this.budgetBytes * (shares[kind] ?? 0.1));
      this.byKind.set(stored, lru);
    }
    return lru;
  }
}

/** The mirror of this database's kept answers, or null where none is kept (no budget, fakes). */
export function keptMirror(cache: LedgerCache, reads: ReadModelStore): Promise<KeptMirror> | null {
  const budget = cache.options.keptBytes;
  if (!budget) return null;
  return cache.keep('kept-mirror', async () => new KeptMirror(reads, budget));
}
