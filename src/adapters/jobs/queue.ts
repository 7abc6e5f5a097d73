/**
 * A job queue in PostgreSQL (pg-boss 12, in its own schema `habeas_jobs` of the ledger's database),
 * so several `habeas worker` processes on several machines share the work of one ingest.
 *
 * - One job per item; its id comes from the item's content (job-key.ts), so enqueueing an item
 *   again while its job is pending or done finds that job instead of adding one; a failed job
 *   is retried instead.
 * - A job a worker took and never finished (the worker was killed) goes back to the queue
 *   once it has been active for `jobTimeoutSeconds`, and another worker does it. Handlers must
 *   therefore be idempotent: ingestion is (reports are stored once per content hash, in one
 *   transaction with their claims).
 * - Jobs are taken in the order they were enqueued.
 */
import { PgBoss } from 'pg-boss';
import { contentKey, jobIdFor } from './job-key.ts';

export const ingestQueueName = 'habeas-ingest';
// pg-boss 11 and later cannot migrate a pg-boss 10 schema (it starts again at a new layout), so
// the queue lives in a schema of its own name; the old `pgboss` schema of pg-boss 10 is left alone.
export const jobSchema = 'habeas_jobs';

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobStatus<O> {
  id: string;
  state: JobState;
  /** The handler's result when completed. */
  output: O | null;
  /** Why it failed, when failed or cancelled. */
  error: string | null;
}

export interface Enqueued {
  id: string;
  key: string;
  /** false when a job for the same content was already there (pending, done, or retried). */
  created: boolean;
  /** The state that job was in before this enqueue (null when created now). */
  previous: JobState | null;
}

export interface JobQueueOptions {
  databaseUrl: string;
  queue?: string;
  /** A job active for longer is taken as lost and retried; default 600. */
  jobTimeoutSeconds?: number;
  /** Attempts after the first; default 3. */
  retryLimit?: number;
  /** How often idle workers look for jobs; at least 0.5. */
  pollSeconds?: number;
  /**
   * pg-boss's queue policy: 'standard' (default), or 'exclusive': at most one job per
   * singleton key queued or active, so a second one for the same key is not added.
   */
  policy?: 'standard' | 'exclusive';
  onError?: (e: Error) => void;
}

const pendingStates = new Set<JobState>(['created', 'retry', 'active']);

export function isSettled(state: JobState): boolean {
  return !pendingStates.has(state);
}

/** Runs a piece of work, e.g. under a lock. */
export type Gate = <T>(fn: () => Promise<T>) => Promise<T>;

export class JobQueue<I extends object, O extends object> {
  private readonly loops: Promise<void>[] = [];
  private readonly wake = new Set<() => void>();
  private stopping = false;

  private constructor(
    private readonly boss: PgBoss,
    readonly name: string,
    private readonly opts: JobQueueOptions,
  ) {}

  static async open<I extends object, O extends object>(
    opts: JobQueueOptions,
  ): Promise<JobQueue<I, O>> {
    const timeout = Math.max(1, Math.round(opts.jobTimeoutSeconds ?? 600));
    const boss = new PgBoss({
      connectionString: opts.databaseUrl,
      schema: jobSchema,
      application_name: 'habeas-jobs',
      max: 4,
      // Expired (lost) jobs are noticed by supervision: run it often enough for the timeout.
      superviseIntervalSeconds: Math.min(60, Math.max(1, Math.floor(timeout / 2))),
      maintenanceIntervalSeconds: Math.min(60, Math.max(1, Math.floor(timeout / 2))),
      monitorIntervalSeconds: 3600,
      schedule: false,
    });
    boss.on('error', (e: Error) => (opts.onError ?? defaultOnError)(e));
    await boss.start();
    const name = opts.queue ?? ingestQueueName;
    if (!(await boss.getQueue(name))) {
      await boss
        .createQueue(name, {
          policy: opts.policy ?? 'standard',
          expireInSeconds: timeout,
          retryLimit: opts.retryLimit ?? 3,
          // A retried job is due at once: it keeps its place, first in enqueued order.
          retryDelay: 0,
          retryBackoff: false,
        })
        .catch(async (e: unknown) => {
          // Another process created it at the same moment.
          if (!(await boss.getQueue(name))) throw e;
        });
    }
    return new JobQueue<I, O>(boss, name, opts);
  }

  /** One job per item, in order; items already queued (same content) are not added twice. */
  async enqueue(items: readonly I[], label?: (item: I) => string | undefined): Promise<Enqueued[]> {
    const out: Enqueued[] = [];
    for (const item of items) {
      const key = contentKey(item);
      const id = jobIdFor(key);
      const singletonKey = label?.(item) ?? key;
      const sent = await this.boss.send(this.name, item, { id, singletonKey });
      if (sent) {
        out.push({ id, key, created: true, previous: null });
        continue;
      }
      const status = (await this.statuses([id])).get(id);
      if (status?.state === 'failed') await this.boss.retry(this.name, id);
      if (status?.state === 'cancelled') await this.boss.resume(this.name, id);
      // Gone between the two statements (deleted after retention): add it afresh.
      const readded = status ? null : await this.boss.send(this.name, item, { id, singletonKey });
      const created = readded !== null && readded !== undefined;
      out.push({ id, key, created, previous: created ? null : (status?.state ?? null) });
    }
    return out;
  }

  /** Current state of these jobs (pg-boss 11+ keeps done jobs in the job table until deleted). */
  async statuses(ids: readonly string[]): Promise<Map<string, JobStatus<O>>> {
    const sql = `
      SELECT id::text AS id, state::text AS state, output FROM ${jobSchema}.job
        WHERE name = $1 AND id = ANY($2::uuid[])`;
    const { rows } = await this.boss.getDb().executeSql(sql, [this.name, ids]);
    const out = new Map<string, JobStatus<O>>();
    for (const row of rows as Array<{ id: string; state: JobState; output: unknown }>) {
      const failed = row.state === 'failed' || row.state === 'cancelled';
      out.set(row.id, {
        id: row.id,
        state: row.state,
        output: row.state === 'completed' ? ((row.output as O | null) ?? null) : null,
        error: failed ? errorText(row.output) : null,
      });
    }
    return out;
  }

  /** Calls onSettled once per job as it completes or fails; resolves when all have. */
  async waitFor(
    ids: readonly string[],
    onSettled: (status: JobStatus<O>) => void,
    options: { pollMs?: number; signal?: AbortSignal } = {},
  ): Promise<void> {
    const open = new Set(ids);
    while (open.size) {
      options.signal?.throwIfAborted();
      const statuses = await this.statuses([...open]);
      for (const id of [...open]) {
        const s = statuses.get(id);
        if (s && isSettled(s.state)) {
          open.delete(id);
          onSettled(s);
        }
      }
      if (open.size) await sleep(options.pollMs ?? 300);
    }
  }

  /**
   * Starts `concurrency` loops in this process, each taking one job at a time. `gate` wraps
   * taking a job and doing it (e.g. a lock shared by every worker process): with a lock there,
   * jobs are done strictly in the order they were enqueued, across all processes.
   */
  async work(
    handler: (data: I, jobId: string) => Promise<O>,
    concurrency = 1,
    gate: Gate = (fn) => fn(),
  ): Promise<void> {
    for (let i = 0; i < concurrency; i++) this.loops.push(this.loop(handler, gate));
  }

  private async loop(handler: (data: I, jobId: string) => Promise<O>, gate: Gate): Promise<void> {
    const idleMs = Math.max(100, (this.opts.pollSeconds ?? 0.5) * 1000);
    while (!this.stopping) {
      const did = await gate(() => this.takeRun(handler)).catch((e: unknown) => {
        (this.opts.onError ?? defaultOnError)(e as Error);
        return false;
      });
      if (!did && !this.stopping) await this.idle(idleMs);
    }
  }

  /**
   * Takes jobs one after another while there are some, for up to a second: a process that
   * holds the gate keeps it for a run of jobs rather than handing it over after each one
   * (handing over costs the next holder a reload of what changed).
   */
  private async takeRun(handler: (data: I, jobId: string) => Promise<O>): Promise<boolean> {
    const until = Date.now() + 1000;
    let done = 0;
    while (done < 50 && Date.now() < until && (await this.takeOne(handler))) done++;
    return done > 0;
  }

  /** Takes the next job and does it; false when there was none. */
  private async takeOne(handler: (data: I, jobId: string) => Promise<O>): Promise<boolean> {
    if (this.stopping) return false;
    const [job] = await this.boss.fetch<I>(this.name, { batchSize: 1 });
    if (!job) return false;
    let output: O;
    try {
      output = await handler(job.data, job.id);
    } catch (e) {
      await this.boss.fail(this.name, job.id, { message: (e as Error).message ?? String(e) });
      return true;
    }
    await this.boss.complete(this.name, job.id, output);
    return true;
  }

  private idle(ms: number): Promise<void> {
    return new Promise((done) => {
      const timer = setTimeout(finish, ms);
      const wake = this.wake;
      function finish() {
        clearTimeout(timer);
        wake.delete(finish);
        done();
      }
      wake.add(finish);
    });
  }

  /** Jobs active for at least `seconds`, oldest first. */
  async activeFor(seconds: number): Promise<string[]> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT id::text AS id FROM ${jobSchema}.job
        WHERE name = $1 AND state = 'active' AND started_on < now() - make_interval(secs => $2)
        ORDER BY created_on, id`,
      [this.name, seconds],
    );
    return (rows as Array<{ id: string }>).map((r) => r.id);
  }

  /** Hands jobs whose worker died back to the queue now (a retry, counted as one). */
  async requeueLost(ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.boss.fail(this.name, id, { message: 'its worker died' });
  }

  /** Pending (created, retry, active) jobs in the whole queue. */
  async pendingCount(): Promise<number> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(
        `SELECT count(*)::int AS n FROM ${jobSchema}.job WHERE name = $1 AND state < 'completed'`,
        [this.name],
      );
    return (rows[0] as { n: number } | undefined)?.n ?? 0;
  }

  /** Stops the workers (letting a running job finish, up to timeoutMs) and closes. */
  async stop(timeoutMs = 30_000): Promise<void> {
    this.stopping = true;
    for (const wake of this.wake) wake();
    this.wake.clear();
    // The give-up timer is cleared once the loops end: left running, it would hold the process
    // open for timeoutMs after its work was done (every `habeas ingest` and `habeas worker`).
    let giveUp: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((done) => {
      giveUp = setTimeout(done, timeoutMs);
    });
    try {
      await Promise.race([Promise.all(this.loops), timedOut]);
    } finally {
      clearTimeout(giveUp);
    }
    await this.boss.stop({ graceful: true, timeout: timeoutMs, close: true });
  }
}

function errorText(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output)
    return String((output as { message: unknown }).message);
  return output === null || output === undefined ? 'failed' : JSON.stringify(output);
}

function defaultOnError(e: Error): void {
  process.stderr.write(`habeas: job queue: ${e.message}\n`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
