// Seeded report orders for bench:real's grouping: ingest is fed the dev reports in id order,
// where each event's reports come together, which is the kindest order there is. The same
// reports in a few fixed shuffled orders show how much grouping depends on arrival order (a
// watched feed brings reports as they are published, events interleaved). Pure.

/** The seeds of the shuffled orders: fixed, so every run scores the same orders. */
export const SHUFFLE_SEEDS = [1, 2, 3, 4, 5] as const;

/** mulberry32: a small seeded generator, enough to fix an order (not for anything secret). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A copy of `items` in the order the seed gives (Fisher-Yates). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = generator(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface Spread {
  mean: number;
  min: number;
  max: number;
}

/** Mean and range of the values (one per shuffled order). */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { mean: 0, min: 0, max: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean, min: Math.min(...values), max: Math.max(...values) };
}
