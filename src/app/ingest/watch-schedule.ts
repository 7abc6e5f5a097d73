/**
 * The watch schedule in a process (docs/watch.md): a timer that runs a tick at once and then
 * `everyMs` after each tick ends (never two at a time), until stopped. `habeas serve` on the
 * embedded database ticks by reading the due sources itself; `habeas worker` on PostgreSQL
 * ticks by taking the due sources and queueing one job each (cli/watch-jobs.ts).
 */

export interface Schedule {
  /** Runs a tick now (unless one is running), for tests and for 'read now'. */
  tickNow(): Promise<void>;
  /**
   * No tick starts after this; waits for the running one to end, up to `waitMs`, so the
   * database can be closed after it.
   */
  stop(waitMs?: number): Promise<void>;
  /** Aborted by stop(): a tick checks it between sources and hands back what it did not read. */
  readonly signal: AbortSignal;
}

export function repeat(
  tick: (signal: AbortSignal) => Promise<unknown>,
  everyMs: number,
  onError: (e: Error) => void,
): Schedule {
  const stopping = new AbortController();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;

  const run = (): Promise<void> => {
    if (running) return running;
    if (timer) clearTimeout(timer);
    timer = null;
    running = (async () => {
      try {
        await tick(stopping.signal);
      } catch (e) {
        // A tick that fails (the database away for a moment) is tried again at the next one.
        onError(e instanceof Error ? e : new Error(String(e)));
      } finally {
        running = null;
        if (!stopping.signal.aborted) timer = setTimeout(run, everyMs);
        // The schedule alone does not keep a process alive: the server or worker does.
        timer?.unref?.();
      }
    })();
    return running;
  };
  void run();

  return {
    tickNow: run,
    signal: stopping.signal,
    async stop(waitMs = 30_000) {
      stopping.abort();
      if (timer) clearTimeout(timer);
      timer = null;
      if (!running) return;
      let giveUp: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        running,
        new Promise<void>((done) => {
          giveUp = setTimeout(done, waitMs);
        }),
      ]);
      clearTimeout(giveUp);
    },
  };
}
