/**
 * The one seeded generator of the tests and benches: the same seed gives the same numbers on
 * every run and machine, so fuzz cases replay and a bench builds the same data each time.
 */

/** mulberry32: small, fast, good enough to spread cases. */
export class Rng {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/**
 * `count` words, each 0 to `maxParts` pieces of `pool` run together, from `seed`: the
 * generated inputs on which a fast path is checked against its plain definition.
 */
export function pieceWords(
  seed: number,
  pool: readonly string[],
  count: number,
  maxParts: number,
): string[] {
  const rng = new Rng(seed);
  return Array.from({ length: count }, () => {
    let w = '';
    for (let i = 0, n = rng.int(0, maxParts); i < n; i++) w += rng.pick(pool);
    return w;
  });
}
