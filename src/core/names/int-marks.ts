/**
 * A reusable set of 32-bit integers (alias numbers, key hashes) for the search path: an
 * open-addressing table in typed arrays, emptied in O(1) by bumping a generation stamp. A
 * lookup used to make three or four Sets and grow them; at thousands of lookups a second that
 * garbage set the pace of collections, whose pauses land on the lookups they interrupt.
 */
export class IntMarks {
  private keys: Int32Array;
  private stamps: Int32Array;
  private gen = 1;
  private count = 0;
  private shift: number;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.stamps = new Int32Array(size);
    this.shift = 32 - Math.log2(size);
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
    if (this.gen < 0x7fffffff) {
      this.gen++;
      return;
    }
    this.stamps.fill(0);
    this.gen = 1;
  }

  has(n: number): boolean {
    const mask = this.keys.length - 1;
    const v = n | 0;
    for (let i = Math.imul(v, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      if (this.stamps[i] !== this.gen) return false;
      if (this.keys[i] === v) return true;
    }
  }

  /** Adds `n`; true when it was not there yet. */
  add(n: number): boolean {
    const mask = this.keys.length - 1;
    const v = n | 0;
    let i = Math.imul(v, 0x9e3779b1) >>> this.shift;
    for (; this.stamps[i] === this.gen; i = (i + 1) & mask) if (this.keys[i] === v) return false;
    this.keys[i] = v;
    this.stamps[i] = this.gen;
    if (++this.count * 2 > this.keys.length) this.grow();
    return true;
  }

  private grow(): void {
    const keys = this.keys;
    const stamps = this.stamps;
    const gen = this.gen;
    this.keys = new Int32Array(keys.length * 2);
    this.stamps = new Int32Array(keys.length * 2);
    this.shift--;
    this.gen = 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (stamps[i] === gen) this.add(keys[i]!);
  }
}
