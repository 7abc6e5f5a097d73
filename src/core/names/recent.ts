/**
 * The last few answers of a function of one string, kept. A search compares its query with
 * several candidates and asks the same of the query's words each time; a table of every word
 * would keep each candidate's words alive for nothing, so only a few are kept, the one used
 * longest ago replaced first (the query's words, asked for every candidate, stay). Answers are
 * shared: callers must not change them.
 */
export class Recent<T> {
  private readonly keys: Array<string | undefined>;
  private readonly values: Array<T | undefined>;
  private readonly used: Float64Array;
  private clock = 0;

  constructor(size: number) {
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<T | undefined>(size).fill(undefined);
    this.used = new Float64Array(size);
  }

  get(key: string, compute: (key: string) => T): T {
    const tick = ++this.clock;
    let oldest = 0;
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === key) {
        this.used[i] = tick;
        return this.values[i]!;
      }
      if (this.used[i]! < this.used[oldest]!) oldest = i;
    }
    const value = compute(key);
    this.keys[oldest] = key;
    this.values[oldest] = value;
    this.used[oldest] = tick;
    return value;
  }
}
