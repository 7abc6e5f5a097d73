import { describe, expect, it } from 'vitest';
import { halfFromEnv, halfOf } from '../../bench/real/annotations.ts';

describe('HABEAS_REAL_HALF: dev split in two by event', () => {
  const keys = Array.from({ length: 200 }, (_, i) => `ev-${i}`);

  it('puts every key in one half, the same one each time', () => {
    for (const k of keys) expect(halfOf(k)).toBe(halfOf(`${k}`));
    const a = keys.filter((k) => halfOf(k) === 'a').length;
    // Neither half is empty or nearly so: a hash that sent everything one way would pass
    // any rule through both "halves" unchecked.
    expect(a).toBeGreaterThan(60);
    expect(a).toBeLessThan(140);
  });

  it('keeps one half when asked and both when unset', () => {
    const inA = halfFromEnv('a');
    const inB = halfFromEnv('b');
    for (const k of keys) expect(inA(k)).toBe(!inB(k));
    expect(keys.every(halfFromEnv(''))).toBe(true);
  });
});
