/**
 * The watch schedule on PostgreSQL (docs/watch.md): every `habeas worker` looks for due
 * sources each tick, takes them atomically (claimDue: a source taken by one worker is invisible
 * to the others until its lease ends) and queues one pg-boss job per source taken on the
 * `habeas-watch` queue, whose 'exclusive' policy also keeps at most one job per source queued or
 * running. Any worker takes the jobs; each reads its source and ingests what is new under the
 * ledger lock, as ingest jobs do (ingest-jobs.ts). A worker killed mid-read leaves its job to
 * expire and be done again (items already read are skipped: they are stored).
 */
import { WorkerLocks } from '../adapters/jobs/ledger-lock.ts';
import { JobQueue } from '../adapters/jobs/queue.ts';
import type { AppContext } from '../app/context.ts';
import {
  claimWatchedSources,
  type PollResult,
  pollWatchedSource,
  type ReadWatched,
} from '../app/ingest/watch-poll.ts';
import { repeat, type Schedule } from '../app/ingest/watch-schedule.ts';
import { watchActor } from './actor.ts';
import type { JobConfig } from './ingest-jobs.ts';

export const watchQueueName = 'habeas-watch';

/** A job: read this source, taken at this time (so every take is a job of its own). */
export interface WatchJob {
  sourceId: string;
  takenUntil: string;
}

/** What a job did: the read, or why nothing was read (removed or paused since it was queued). */
export type WatchJobOutput = PollResult | { id: string; skipped: 'removed' | 'paused' };

export type WatchQueue = JobQueue<WatchJob, WatchJobOutput>;

export function openWatchQueue(config: JobConfig): Promise<WatchQueue> {
  return JobQueue.open<WatchJob, WatchJobOutput>({
    databaseUrl: config.DATABASE_URL,
    queue: watchQueueName,
    jobTimeoutSeconds: config.HABEAS_JOB_TIMEOUT_SECONDS,
    retryLimit: 1,
    policy: 'exclusive',
    pollSeconds: 0.5,
  });
}

/** Takes the due sources and queues a job for each; returns how many were queued. */
export async function queueDueSources(
  ctx: AppContext,
  queue: WatchQueue,
  limit = 100,
): Promise<number> {
  const taken = await claimWatchedSources(ctx, limit);
  if (!taken.length) return 0;
  const sent = await queue.enqueue(
    taken.map((w) => ({ sourceId: w.id, takenUntil: w.nextCheckAt })),
    (job) => job.sourceId,
  );
  return sent.filter((s) => s.created).length;
}

export interface WatchWorkers {
  schedule: Schedule | null;
  stop(): Promise<void>;
}

/**
 * Starts the schedule (every `tickMs`; none with 0) and `concurrency` job loops in this process.
 */
export async function startWatchWorkers(
  ctx: AppContext,
  config: JobConfig,
  read: ReadWatched,
  opts: {
    tickMs: number;
    concurrency: number;
    onDone?: (output: WatchJobOutput) => void;
    onError?: (e: Error) => void;
  },
): Promise<WatchWorkers> {
  const onError =
    opts.onError ?? ((e: Error) => process.stderr.write(`habeas: watch: ${e.message}\n`));
  const queue = await openWatchQueue(config);
  const locks = await WorkerLocks.open(config.DATABASE_URL);
  const exclusive = <T>(fn: () => Promise<T>) => locks.withLedger(fn);
  await queue.work(async ({ sourceId }) => {
    const w = await ctx.db.watched.get(sourceId);
    const output: WatchJobOutput = !w
      ? { id: sourceId, skipped: 'removed' }
      : w.paused
        ? { id: sourceId, skipped: 'paused' }
        : await pollWatchedSource(ctx, read, w, { by: watchActor(), exclusive });
    opts.onDone?.(output);
    return output;
  }, opts.concurrency);
  const schedule =
    opts.tickMs > 0 ? repeat(() => queueDueSources(ctx, queue), opts.tickMs, onError) : null;
  return {
    schedule,
    async stop() {
      await schedule?.stop();
      await queue.stop();
      await locks.close();
    },
  };
}
