import { describe, expect, it } from 'vitest';
import { IntMarks } from '../../../src/core/names/int-marks.ts';

describe('IntMarks', () => {
  it('behaves like a set of 32-bit integers, growing and clearing', () => {
    const marks = new IntMarks(4);
    const ref = new Set<number>();
    let x = 12345;
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5000; i++) {
        x = (Math.imul(x, 1103515245) + 12345) | 0;
        // Negative, repeated and large values alike (key hashes are signed 32-bit).
        const v = i % 3 === 0 ? x % 50 : x;
        expect(marks.add(v)).toBe(!ref.has(v));
        ref.add(v);
      }
      expect(marks.size).toBe(ref.size);
      for (const v of ref) expect(marks.has(v)).toBe(true);
      expect(marks.has(0x7fffffff)).toBe(ref.has(0x7fffffff));
      marks.clear();
      ref.clear();
      expect(marks.size).toBe(0);
      expect(marks.has(x)).toBe(false);
    }
  });
});
