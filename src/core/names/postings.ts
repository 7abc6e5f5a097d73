/**
 * A compact multimap from 32-bit key hashes to alias numbers, in typed arrays (no per-key
 * objects), so a million aliases with a dozen keys each stay small. Different keys with equal
 * hashes may share a bucket; callers verify candidates by scoring.
 *
 * Two parts. New postings are appended to a chained hash table (`pending`: an entry's hash,
 * alias and next link side by side, 12 bytes), whose chains are linked only when a lookup
 * reads them: building a large index appends in order and touches no bucket at random. From
 * time to time, and on `compact()`, everything is merged into a frozen table where each
 * bucket's postings are contiguous (8 bytes each, found through an offsets array). At a
 * million aliases the arrays are far larger than any CPU cache and a lookup is bound by
 * memory latency: a frozen bucket costs one or two cache misses where a chain cost one per
 * posting. Lookups see the newest postings first, as before.
 */
const HASH = 0;
const ALIAS = 1;
const NEXT = 2;
const STRIDE = 3;
const MIN_TABLE = 1 << 16;

/** Aliases already taken by a search (a Set in tests, IntMarks in the index). */
export interface AliasSkip {
  has(alias: number): boolean;
  add(alias: number): unknown;
}

export class Postings {
  private heads = new Int32Array(MIN_TABLE).fill(-1);
  private entries = new Int32Array(STRIDE * MIN_TABLE);
  private pending = 0;
  /** Pending entries [0, linked) are in the chains of `heads`; the rest are not yet. */
  private linked = 0;
  /** Frozen part: bucket b holds packed[2 * offsets[b] .. 2 * offsets[b + 1]) (hash, alias). */
  private offsets = new Int32Array(2);
  private packed = new Int32Array(0);
  private frozen = 0;
  private frozenMask = 0;
  /** Scratch for collectKeys: each key's packed bucket bounds. */
  private lo = new Int32Array(64);
  private hi = new Int32Array(64);
  /** Sink for the loads that only bring buckets into the cache (kept so they are not elided). */
  touched = 0;

  get size(): number {
    return this.pending + this.frozen;
  }

  add(hash: number, alias: number): void {
    if (this.pending * STRIDE === this.entries.length) this.growEntries();
    const e = this.entries;
    const h = hash | 0;
    // An alias filed twice in a row under one hash is filed once.
    const last = (this.pending - 1) * STRIDE;
    if (last >= 0 && e[last + ALIAS] === alias && e[last + HASH] === h) return;
    const i = this.pending++;
    e[i * STRIDE + HASH] = h;
    e[i * STRIDE + ALIAS] = alias;
    // Merging whenever the new part reaches the size of the frozen one keeps the total work
    // of all merges within about twice the final size.
    if (this.pending >= MIN_TABLE && this.pending >= this.frozen) this.compact();
  }

  /** Links the pending entries not yet in the chains (each chain stays newest first). */
  private link(): void {
    if (this.linked === this.pending) return;
    if (this.pending > this.heads.length) {
      let size = this.heads.length;
      while (size < this.pending) size *= 2;
      this.heads = new Int32Array(size).fill(-1);
      this.linked = 0;
    }
    const mask = this.heads.length - 1;
    const e = this.entries;
    for (let i = this.linked; i < this.pending; i++) {
      const bucket = e[i * STRIDE + HASH]! & mask;
      e[i * STRIDE + NEXT] = this.heads[bucket]!;
      this.heads[bucket] = i;
    }
    this.linked = this.pending;
  }

  /** Calls `fn` for each alias filed under `hash`; stops early when `fn` returns false. */
  forEach(hash: number, fn: (alias: number) => boolean | undefined): void {
    this.link();
    const e = this.entries;
    const h = hash | 0;
    let i = this.pending ? this.heads[hash & (this.heads.length - 1)]! : -1;
    while (i >= 0) {
      const at = i * STRIDE;
      if (e[at + HASH] === h && fn(e[at + ALIAS]!) === false) return;
      i = e[at + NEXT]!;
    }
    if (this.frozen === 0) return;
    const b = hash & this.frozenMask;
    const p = this.packed;
    for (let k = this.offsets[b]!, end = this.offsets[b + 1]!; k < end; k++) {
      if (p[2 * k] === h && fn(p[2 * k + 1]!) === false) return;
    }
  }

  /**
   * Appends the aliases filed under `hash` to `out` (from `n` on), skipping those `skip` marks,
   * and marks them; stops at `max`. Returns the new length. No closure per key.
   */
  collect(hash: number, out: Int32Array, n: number, max: number, skip: AliasSkip): number {
    if (this.frozen === 0) return this.collectPending(hash, out, n, max, skip);
    const b = hash & this.frozenMask;
    return this.collectKey(hash, this.offsets[b]!, this.offsets[b + 1]!, out, n, max, skip);
  }

  /**
   * collect() for each of `keys[0 .. count)` in turn, until `max`. At a million aliases every
   * bucket is a cache miss (and, with 4 KB pages in a virtual machine, a TLB miss costing
   * about half a microsecond). Looked up one after the other, each miss waits for the last;
   * here the bucket bounds of all keys are read first, then the first posting of each bucket,
   * in loops whose loads do not depend on one another, so the processor overlaps the misses.
   */
  collectKeys(
    keys: Int32Array,
    count: number,
    out: Int32Array,
    n: number,
    max: number,
    skip: AliasSkip,
  ): number {
    if (this.frozen === 0) {
      for (let k = 0; k < count && n < max; k++)
        n = this.collectPending(keys[k]!, out, n, max, skip);
      return n;
    }
    if (this.lo.length < count) {
      this.lo = new Int32Array(count * 2);
      this.hi = new Int32Array(count * 2);
    }
    const lo = this.lo;
    const hi = this.hi;
    const offsets = this.offsets;
    const mask = this.frozenMask;
    for (let k = 0; k < count; k++) {
      const b = keys[k]! & mask;
      lo[k] = offsets[b]!;
      hi[k] = offsets[b + 1]!;
    }
    const p = this.packed;
    let touched = 0;
    for (let k = 0; k < count; k++) if (lo[k]! < hi[k]!) touched ^= p[2 * lo[k]!]!;
    this.touched = touched;
    for (let k = 0; k < count && n < max; k++)
      n = this.collectKey(keys[k]!, lo[k]!, hi[k]!, out, n, max, skip);
    return n;
  }

  /** The chained (newest) part, then the packed bucket `[from, to)`, as collect() reads it. */
  private collectKey(
    hash: number,
    from: number,
    to: number,
    out: Int32Array,
    n: number,
    max: number,
    skip: AliasSkip,
  ): number {
    n = this.collectPending(hash, out, n, max, skip);
    const h = hash | 0;
    const p = this.packed;
    for (let k = from; k < to && n < max; k++) {
      if (p[2 * k] !== h) continue;
      const alias = p[2 * k + 1]!;
      if (!skip.has(alias)) {
        skip.add(alias);
        out[n++] = alias;
      }
    }
    return n;
  }

  private collectPending(
    hash: number,
    out: Int32Array,
    n: number,
    max: number,
    skip: AliasSkip,
  ): number {
    if (this.pending === 0) return n;
    this.link();
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

  /** Merges when the chained part has grown large enough to slow lookups down. */
  settle(): void {
    if (this.pending >= MIN_TABLE) this.compact();
  }

  /**
   * Merges the new postings into the frozen table (a counting sort by bucket). Newest first
   * within a bucket: the new part newest to oldest, then the old frozen buckets in order.
   */
  compact(): void {
    if (this.pending === 0) return;
    const total = this.pending + this.frozen;
    let buckets = MIN_TABLE;
    while (buckets < total / 2) buckets *= 2;
    const mask = buckets - 1;
    const offsets = new Int32Array(buckets + 1);
    const e = this.entries;
    const old = this.packed;
    for (let i = 0; i < this.pending; i++) offsets[(e[i * STRIDE + HASH]! & mask) + 1]!++;
    for (let k = 0; k < this.frozen; k++) offsets[(old[2 * k]! & mask) + 1]!++;
    for (let b = 0; b < buckets; b++) offsets[b + 1]! += offsets[b]!;
    const cursor = offsets.slice(0, buckets);
    const packed = new Int32Array(2 * total);
    const put = (h: number, alias: number) => {
      const at = cursor[h & mask]!++;
      packed[2 * at] = h;
      packed[2 * at + 1] = alias;
    };
    for (let i = this.pending - 1; i >= 0; i--) put(e[i * STRIDE + HASH]!, e[i * STRIDE + ALIAS]!);
    for (let k = 0; k < this.frozen; k++) put(old[2 * k]!, old[2 * k + 1]!);
    this.offsets = offsets;
    this.packed = packed;
    this.frozen = total;
    this.frozenMask = mask;
    this.pending = 0;
    this.linked = 0;
    this.heads = new Int32Array(MIN_TABLE).fill(-1);
    this.entries = new Int32Array(STRIDE * MIN_TABLE);
  }

  private growEntries(): void {
    const grown = new Int32Array(this.entries.length * 2);
    grown.set(this.entries);
    this.entries = grown;
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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a state `h` carried on over `s[from .. s.length)`. */
export function hashOn(h: number, s: string, from = 0): number {
  for (let i = from; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a state after the string `a`, from scratch. */
export function hashStart(a: string): number {
  return hashOn(FNV_OFFSET, a);
}

/** State `h` carried on over the separator '|' (between a key's two parts). */
export function hashBar(h: number): number {
  return Math.imul(h ^ 124, FNV_PRIME);
}

/** State `h` carried on over one character code. */
export function hashChar(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

/**
 * FNV-1a of `a + b + '|' + c` without building the string (hot path of index keys). The
 * state after `a + b + '|'` (hashBar(hashOn(hashStart(a), b))) can be carried on over several
 * `c` with hashEnd, as the key builders do.
 */
export function hashParts(a: string, b: string, c: string): number {
  return hashEnd(hashBar(hashOn(hashStart(a), b)), c);
}

/** The key hash from the state after its first part and '|': `c` hashed on, unsigned. */
export function hashEnd(h: number, c: string): number {
  return hashOn(h, c) >>> 0;
}

/** hashParts(a, b without its character at `skip`, c): a deletion key without the string. */
export function hashPartsSkip(a: string, b: string, skip: number, c: string): number {
  let h = hashStart(a);
  for (let i = 0; i < b.length; i++) if (i !== skip) h = hashChar(h, b.charCodeAt(i));
  return hashEnd(hashBar(h), c);
}
