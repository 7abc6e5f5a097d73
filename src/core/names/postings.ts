/**
 * A compact multimap from 32-bit key hashes to alias numbers: chained entries in typed arrays
 * (12 bytes per posting), no per-key objects, so a million aliases with a few keys each stay
 * small. Different keys with equal hashes share a chain; callers verify candidates by scoring.
 */
export class Postings {
  private heads = new Int32Array(1 << 16).fill(-1);
  private hashes = new Uint32Array(1 << 16);
  private aliases = new Int32Array(1 << 16);
  private next = new Int32Array(1 << 16);
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(hash: number, alias: number): void {
    if (this.count === this.hashes.length) this.growEntries();
    if (this.count >= this.heads.length) this.rehash(this.heads.length * 2);
    const bucket = hash & (this.heads.length - 1);
    const head = this.heads[bucket]!;
    // The same alias often yields the same key twice (two spellings of one given name).
    if (head >= 0 && this.aliases[head] === alias && this.hashes[head] === hash) return;
    const i = this.count++;
    this.hashes[i] = hash;
    this.aliases[i] = alias;
    this.next[i] = head;
    this.heads[bucket] = i;
  }

  /** Calls `fn` for each alias filed under `hash`; stops early when `fn` returns false. */
  forEach(hash: number, fn: (alias: number) => boolean | undefined): void {
    let i = this.heads[hash & (this.heads.length - 1)]!;
    while (i >= 0) {
      if (this.hashes[i] === hash && fn(this.aliases[i]!) === false) return;
      i = this.next[i]!;
    }
  }

  private growEntries(): void {
    const n = this.hashes.length * 2;
    const grow = <T extends Int32Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes, (k) => new Uint32Array(k));
    this.aliases = grow(this.aliases, (k) => new Int32Array(k));
    this.next = grow(this.next, (k) => new Int32Array(k));
  }

  private rehash(size: number): void {
    this.heads = new Int32Array(size).fill(-1);
    const mask = size - 1;
    // Re-link in insertion order so each chain stays newest-first.
    for (let i = 0; i < this.count; i++) {
      const bucket = this.hashes[i]! & mask;
      this.next[i] = this.heads[bucket]!;
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
