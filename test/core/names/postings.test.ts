import { describe, expect, it } from 'vitest';
import { Postings } from '../../../src/core/names/postings.ts';

describe('Postings', () => {
  it('files aliases under hashes, keeps equal-bucket hashes apart, newest first', () => {
    const p = new Postings();
    // 5 and 5 + 2^16 share a bucket of the initial table; 0xffffffff is above int32.
    p.add(5, 1);
    p.add(5 + (1 << 16), 2);
    p.add(5, 3);
    p.add(0xffffffff, 4);
    const under = (h: number) => {
      const out: number[] = [];
      p.forEach(h, (a) => {
        out.push(a);
        return true;
      });
      return out;
    };
    expect(under(5)).toEqual([3, 1]);
    expect(under(5 + (1 << 16))).toEqual([2]);
    expect(under(0xffffffff)).toEqual([4]);
    expect(under(6)).toEqual([]);
  });

  it('skips an alias filed twice in a row under one hash', () => {
    const p = new Postings();
    p.add(7, 1);
    p.add(7, 1);
    expect(p.size).toBe(1);
  });

  it('collects into a buffer without repeats, marking what it took, up to a maximum', () => {
    const p = new Postings();
    for (let a = 0; a < 10; a++) p.add(9, a);
    p.add(10, 3);
    p.add(10, 42);
    const out = new Int32Array(8);
    const taken = new Set<number>([8]);
    let n = p.collect(10, out, 0, 8, taken);
    expect([...out.subarray(0, n)]).toEqual([42, 3]);
    n = p.collect(9, out, n, 8, taken);
    // 3 and 8 were already taken; the buffer holds at most 8.
    expect(n).toBe(8);
    expect([...out.subarray(2, n)]).toEqual([9, 7, 6, 5, 4, 2]);
    expect(taken.has(2)).toBe(true);
    expect(taken.has(1)).toBe(false);
  });

  it('grows and rehashes past its initial capacity without losing postings', () => {
    const p = new Postings();
    for (let a = 0; a < 200_000; a++) p.add((a * 2654435761) >>> 0, a);
    expect(p.size).toBe(200_000);
    for (const a of [0, 65_535, 65_536, 199_999]) {
      const found: number[] = [];
      p.forEach((a * 2654435761) >>> 0, (x) => {
        found.push(x);
        return true;
      });
      expect(found).toContain(a);
    }
  });
});

describe('Postings compaction', () => {
  it('answers the same, in the same order, before and after compacting', () => {
    const merged = new Postings();
    const packed = new Postings();
    // Few distinct hashes, so buckets hold several keys and keys many aliases.
    const hashOf = (a: number) => ((a % 97) * 40503 + ((a % 7) << 20)) >>> 0;
    for (let a = 0; a < 150_000; a++) {
      merged.add(hashOf(a), a);
      packed.add(hashOf(a), a);
      if (a === 99_999) packed.compact();
    }
    const list = (p: Postings, h: number) => {
      const out: number[] = [];
      p.forEach(h, (x) => {
        out.push(x);
        return true;
      });
      return out;
    };
    packed.compact();
    expect(packed.size).toBe(150_000);
    for (const a of [0, 1, 96, 500, 149_999]) {
      const h = hashOf(a);
      const want = list(merged, h);
      expect(want.length).toBeGreaterThan(100);
      expect(list(packed, h)).toEqual(want);
      // Newest first.
      expect(want[0]).toBeGreaterThan(want[1]!);
      const out = new Int32Array(50);
      expect([...out.subarray(0, packed.collect(h, out, 0, 50, new Set()))]).toEqual(
        want.slice(0, 50),
      );
    }
  });

  it('keeps postings added after compacting ahead of the packed ones', () => {
    const p = new Postings();
    p.add(11, 1);
    p.compact();
    p.add(11, 2);
    const out = new Int32Array(4);
    expect([...out.subarray(0, p.collect(11, out, 0, 4, new Set()))]).toEqual([2, 1]);
  });

  it('collects several keys at once exactly as one key after another', () => {
    const p = new Postings();
    for (let a = 0; a < 150_000; a++) p.add((a % 5000) * 2654435761, a);
    p.compact();
    // Some postings stay in the chained part, which is read before the packed one.
    for (let a = 150_000; a < 150_100; a++) p.add((a % 5000) * 2654435761, a);
    const keys = new Int32Array([0, 1, 7, 4999, 5000, 3].map((k) => k * 2654435761));
    for (const max of [1, 40, 400]) {
      const one = new Int32Array(max);
      const taken1 = new Set<number>([31, 5000 * 2]);
      let n1 = 0;
      for (const h of keys) n1 = p.collect(h, one, n1, max, taken1);
      const all = new Int32Array(max);
      const taken2 = new Set<number>([31, 5000 * 2]);
      const n2 = p.collectKeys(keys, keys.length, all, 0, max, taken2);
      expect(n2).toBe(n1);
      expect([...all.subarray(0, n2)]).toEqual([...one.subarray(0, n1)]);
      expect([...taken2].sort()).toEqual([...taken1].sort());
    }
  });
});
