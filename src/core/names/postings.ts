/**
 * A compact multimap from 32-bit key hashes to alias numbers: chained entries in typed arrays
 * (12 bytes per posting), no per-key objects, so a million aliases with a few keys each stay
 * small. Different keys with equal hashes share a chain; callers verify candidates by scoring.
 * An entry's hash, alias and next link sit side by side (stride 3), so walking a chain costs
 * one cache miss per entry, not three: at a million aliases the arrays are far larger than
 * any CPU cache, and lookups were bound by memory latency.
 */
const HASH = 0;
const ALIAS = 1;
const NEXT = 2;
const STRIDE = 3;

export class Postings {
  private heads = new Int32Array(1 << 16).fill(-1);
  private entries = new Int32Array(STRIDE << 16);
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(hash: number, alias: number): void {
    if (this.count * STRIDE === this.entries.length) this.growEntries();
    if (this.count >= this.heads.length) this.rehash(this.heads.length * 2);
    const e = this.entries;
    const h = hash | 0;
    const bucket = hash & (this.heads.length - 1);
    const head = this.heads[bucket]!;
    // The same alias often yields the same key twice (two spellings of one given name).
    if (head >= 0 && e[head * STRIDE + ALIAS] === alias && e[head * STRIDE + HASH] === h) return;
    const i = this.count++;
    e[i * STRIDE + HASH] = h;
    e[i * STRIDE + ALIAS] = alias;
    e[i * STRIDE + NEXT] = head;
    this.heads[bucket] = i;
  }

  /** Calls `fn` for each alias filed under `hash`; stops early when `fn` returns false. */
  forEach(hash: number, fn: (alias: number) => boolean | undefined): void {
    const e = this.entries;
    const h = hash | 0;
    let i = this.heads[hash & (this.heads.length - 1)]!;
    while (i >= 0) {
      const at = i * STRIDE;
      if (e[at + HASH] === h && fn(e[at + ALIAS]!) === false) return;
      i = e[at + NEXT]!;
    }
  }

  /**
   * Appends the aliases filed under `hash` to `out` (from `n` on), skipping those `skip` marks,
   * and marks them; stops at `max`. Returns the new length. No closure per key.
   */
  collect(hash: number, out: Int32Array, n: number, max: number, skip: Set<number>): number {
    const e = this.entries;
    const h = hash | 0;
    let i = this.heads[hash & (this.heads.length - 1)]!;
    while (i >= 0 && n < max) {
      const at = i * STRIDE;
      if (e[at + HASH] === h) {
        const alias = e[at + ALIAS]!;
        if (!skip.has(alias)) {
          skip.add(alias);
          out[n++] = alias;
        }
      }
      i = e[at + NEXT]!;
    }
    return n;
  }

  private growEntries(): void {
    const grown = new Int32Array(this.entries.length * 2);
    grown.set(this.entries);
    this.entries = grown;
  }

  private rehash(size: number): void {
    this.heads = new Int32Array(size).fill(-1);
    const mask = size - 1;
    const e = this.entries;
    // Re-link in insertion order so each chain stays newest-first.
    for (let i = 0; i < this.count; i++) {
      const bucket = e[i * STRIDE + HASH]! & mask;
      e[i * STRIDE + NEXT] = this.heads[bucket]!;
      this.heads[bucket] = i;
    }
  }
}

/** FNV-1a, 32 bits: fast, deterministic, good enough spread for short keys. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a of `a + b + '|' + c` without building the string (hot path of index keys). */
export function hashParts(a: string, b: string, c: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 124, 0x01000193);
  for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** hashParts(a, b without its character at `skip`, c): a deletion key without the string. */
export function hashPartsSkip(a: string, b: string, skip: number, c: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  for (let i = 0; i < b.length; i++) if (i !== skip) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 124, 0x01000193);
  for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
