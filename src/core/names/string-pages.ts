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

  constructor(private readonly pageSize = 4096) {}

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

  private seal(): void {
    const offs = new Int32Array(this.pending.length + 1);
    let at = 0;
    this.pending.forEach((s, k) => {
      offs[k] = at;
      at += s.length;
    });
    offs[this.pending.length] = at;
    // join builds one flat string; the parts become garbage.
    this.pages.push(this.pending.join(''));
    this.offsets.push(offs);
    this.pending = [];
  }
}
