/**
 * The last few answers of a function of one string, kept. A search compares its query with
 * several candidates and asks the same of the query's words each time; a table of every word
 * would keep each candidate's words alive for nothing, so only a few are kept, the oldest
 * replaced first. Answers are shared: callers must not change them.
 */
export class Recent<T> {
  private readonly keys: Array<string | undefined>;
  private readonly values: Array<T | undefined>;
  private next = 0;

  constructor(size: number) {
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<T | undefined>(size).fill(undefined);
  }

  get(key: string, compute: (key: string) => T): T {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === key) return this.values[i]!;
    const value = compute(key);
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.keys.length;
    return value;
  }
}
