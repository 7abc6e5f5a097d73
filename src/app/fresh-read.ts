/**
 * One read shared by the callers that ask for it at once, never older than the call: a caller
 * gets the result of a read that started after it called. While a read runs, new callers wait
 * for the next one, which starts as soon as the running one settles and serves them all. So
 * however many requests arrive together, at most one read is running and one is waiting, and a
 * request that follows a commit (a page refetching after its own write) never gets a value read
 * before that commit, as joining the running read could give it.
 */
export class FreshRead<T> {
  private running: Promise<T> | null = null;
  private waiting: Promise<T> | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  /** A value read after this call: the next read, shared with everyone else waiting for it. */
  get(): Promise<T> {
    if (this.running === null) return this.start();
    this.waiting ??= this.running.then(this.next, this.next);
    return this.waiting;
  }

  private readonly next = (): Promise<T> => {
    this.waiting = null;
    return this.start();
  };

  private start(): Promise<T> {
    // Async, so a read that throws instead of rejecting still settles and frees the slot.
    const read = (async () => this.read())();
    this.running = read;
    const done = () => {
      if (this.running === read) this.running = null;
    };
    read.then(done, done);
    return read;
  }
}
