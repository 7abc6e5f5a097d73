import { describe, expect, it } from 'vitest';
import { SHUFFLE_SEEDS, shuffled, spread } from '../../bench/real/shuffle.ts';

describe('bench:real shuffled orders', () => {
  const items = Array.from({ length: 40 }, (_, i) => `r${i}`);

  it('gives the same order for a seed, run after run, and keeps every item once', () => {
    for (const seed of SHUFFLE_SEEDS) {
      const a = shuffled(items, seed);
      expect(shuffled(items, seed)).toEqual(a);
      expect([...a].sort()).toEqual([...items].sort());
    }
  });

  it('gives different orders for different seeds, none of them the id order', () => {
    const orders = SHUFFLE_SEEDS.map((s) => shuffled(items, s).join(','));
    expect(new Set(orders).size).toBe(SHUFFLE_SEEDS.length);
    expect(orders).not.toContain(items.join(','));
  });

  it('summarises the orders by mean and range', () => {
    expect(spread([0.8, 0.9, 1])).toEqual({ mean: 0.9, min: 0.8, max: 1 });
    expect(spread([])).toEqual({ mean: 0, min: 0, max: 0 });
  });
});
