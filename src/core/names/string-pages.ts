/**
 * Append-only list of strings stored as a few large joined pages instead of one heap object
 * per string: a million aliases become a few hundred strings, which keeps garbage-collection
 * pauses short when the index is large.
 */
export class StringPages {
  private readonly pages: string[] = [];
  private readonly offsets: Int32Array[] = [];
  private pending: string[] = [];
  private count = 0;
  /** Scratch for touchOffsets(): where each string starts in its page. */
  private starts = new Int32Array(16);
  /** Sink for touchChars(), so its loads are kept. */
  touched = 0;

  private readonly pageSize: number;

  constructor(pageSize = 4096) {
    this.pageSize = pageSize;
  }

  get size(): number {
    return this.count;
  }

  push(s: string): number {
    this.pending.push(s);
    if (this.pending.length === this.pageSize) this.seal();
    return this.count++;
  }

  get(i: number): string {
    const page = Math.floor(i / this.pageSize);
    const k = i % this.pageSize;
    if (page === this.pages.length) return this.pending[k]!;
    const offs = this.offsets[page]!;
    return this.pages[page]!.slice(offs[k], offs[k + 1]);
  }

  /**
   * Reading ahead, in two steps so that a caller can interleave several pages' steps: first
   * touchOffsets() reads where each of `list[0 .. count)` starts, then touchChars() reads its
   * first character. Each loop's loads are independent of one another, so their cache misses
   * overlap instead of queueing (a large index's pages are far out of cache).
   */
  touchOffsets(list: Int32Array, count: number): void {
    if (this.starts.length < count) this.starts = new Int32Array(count * 2);
    const starts = this.starts;
    const size = this.pageSize;
    for (let i = 0; i < count; i++) {
      const page = Math.floor(list[i]! / size);
      starts[i] = page < this.pages.length ? this.offsets[page]![list[i]! % size]! : -1;
    }
  }

  /** The second step of reading ahead (see touchOffsets, called first with the same list). */
  touchChars(list: Int32Array, count: number): void {
    const starts = this.starts;
    let t = 0;
    for (let i = 0; i < count; i++) {
      if (starts[i]! < 0) continue;
      t ^= this.pages[Math.floor(list[i]! / this.pageSize)]!.charCodeAt(starts[i]!);
    }
    this.touched = t;
  }

  private seal(): void {
    const pending = this.pending;
    const offs = new Int32Array(pending.length + 1);
    let at = 0;
    for (let k = 0; k < pending.length; k++) {
      offs[k] = at;
      at += pending[k]!.length;
    }
    offs[pending.length] = at;
    // join builds one flat string; the parts become garbage.
    this.pages.push(this.pending.join(''));
    this.offsets.push(offs);
    this.pending = [];
  }
}
