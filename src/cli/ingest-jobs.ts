/**
 * Ingestion as jobs (PostgreSQL only): `habeas ingest` enqueues one job per report and waits;
 * `habeas worker` processes (and the waiting ingest itself) take jobs and run ingestReport.
 *
 * A job runs under the ledger lock (adapters/jobs/ledger-lock.ts) so two processes never
 * reconcile at the same moment, and with an ingest session that has seen what other processes
 * stored since (it is reloaded when the ledger version moved behind its back).
 */
import { WorkerLocks } from '../adapters/jobs/ledger-lock.ts';
import { JobQueue, type JobStatus } from '../adapters/jobs/queue.ts';
import type { AppContext } from '../app/context.ts';
import type { AcquiredItem } from '../app/ingest/acquire.ts';
import {
  addToSummary,
  type BatchOptions,
  type BatchResult,
  emptySummary,
  ingestBatch,
} from '../app/ingest/ingest-batch.ts';
import { type IngestResult, ingestReport, type ReportInput } from '../app/ingest/ingest-report.ts';
import { sessionFor } from '../app/ingest/ingest-session.ts';
import { type Config, loadConfig } from '../config.ts';
import { DomainError } from '../core/errors.ts';
import { workerActor } from './actor.ts';
import type { CliIo } from './command.ts';

/** What a job leaves behind: the ingest result, or why its input can never be ingested. */
export type IngestJobOutput = { result: IngestResult } | { invalid: string };

export type IngestQueue = JobQueue<ReportInput, IngestJobOutput>;

export type JobConfig = Pick<Config, 'HABEAS_JOB_TIMEOUT_SECONDS'> & { DATABASE_URL: string };

export function openIngestQueue(config: JobConfig): Promise<IngestQueue> {
  return JobQueue.open<ReportInput, IngestJobOutput>({
    databaseUrl: config.DATABASE_URL,
    jobTimeoutSeconds: config.HABEAS_JOB_TIMEOUT_SECONDS,
    pollSeconds: 0.5,
  });
}

/**
 * The work of one job, done under the ledger lock (the queue's gate, see startWorkers).
 * Invalid input is an outcome, not a failure: retrying cannot fix it.
 */
export function ingestJobHandler(ctx: AppContext) {
  return async (input: ReportInput): Promise<IngestJobOutput> => {
    // The session reloads first when another process (or route) wrote since (ledger version).
    const session = await sessionFor(ctx);
    try {
      return { result: await ingestReport(ctx, input, { session, by: workerActor() }) };
    } catch (e) {
      // Bad input (as ingestBatch treats it): retrying cannot fix it.
      if (e instanceof DomainError) return { invalid: e.message };
      throw e;
    }
  };
}

/**
 * Puts the jobs of dead workers back in the queue; returns how many. Call it holding the
 * ledger lock: every job is done under that lock, so any job still active then was left by a
 * worker that died. A job put back keeps its place: it is the next one taken.
 */
export async function reapLostJobs(queue: IngestQueue): Promise<number> {
  const lost = await queue.activeFor(0);
  await queue.requeueLost(lost);
  return lost.length;
}

export interface Workers {
  stop(): Promise<void>;
}

/** Starts `concurrency` workers on the ingest queue in this process. */
export async function startWorkers(
  ctx: AppContext,
  queue: IngestQueue,
  databaseUrl: string,
  concurrency: number,
  onDone?: (jobId: string, output: IngestJobOutput) => void,
): Promise<Workers> {
  const locks = await WorkerLocks.open(databaseUrl);
  const handle = ingestJobHandler(ctx);
  // Taking a job and doing it happen under the ledger lock: one report at a time across every
  // process, in the order they were enqueued, so a shared queue reconciles as one process would.
  const gate = <T>(fn: () => Promise<T>) =>
    locks.withLedger(async () => {
      await reapLostJobs(queue);
      return fn();
    });
  await queue.work(
    async (input, jobId) => {
      const output = await handle(input);
      onDone?.(jobId, output);
      return output;
    },
    concurrency,
    gate,
  );
  return {
    async stop() {
      await queue.stop();
      await locks.close();
    },
  };
}

/**
 * `ingestBatch` through the queue: the same result (items in input order, problems, summary),
 * but every report is a job that any worker may do. Reports are enqueued as they are read; with
 * helpers > 0 this process works on the queue as well, so an ingest finishes even when no
 * `habeas worker` runs. A report given twice in one batch is one job; its second mention is
 * reported as a duplicate, as ingestBatch would.
 */
export async function ingestBatchThroughQueue(
  ctx: AppContext,
  config: JobConfig,
  items: AsyncIterable<AcquiredItem> | Iterable<AcquiredItem>,
  opts: { helpers: number; onProgress?: BatchOptions['onProgress']; signal?: AbortSignal },
): Promise<BatchResult> {
  const queue = await openIngestQueue(config);
  let workers: Workers | null = null;
  const out: BatchResult = { items: [], problems: [], summary: emptySummary() };
  try {
    if (opts.helpers > 0)
      workers = await startWorkers(ctx, queue, config.DATABASE_URL, opts.helpers);
    const order: Array<{ origin: string; job?: string; problem?: string }> = [];
    const earlier = new Set<string>();
    for await (const item of items) {
      if ('problem' in item) order.push({ origin: item.origin, problem: item.problem });
      else {
        const [job] = await queue.enqueue([item.input], (input) => input.url);
        // Done by an earlier run: this run stores nothing for it.
        if (job?.previous === 'completed') earlier.add(job.id);
        order.push({ origin: item.origin, job: job?.id });
      }
    }
    const settled = new Map<string, JobStatus<IngestJobOutput>>();
    let done = order.filter((o) => o.problem).length;
    const jobs = new Set(order.flatMap((o) => (o.job ? [o.job] : [])));
    await queue.waitFor(
      [...jobs],
      (status) => {
        settled.set(status.id, status);
        done += order.filter((o) => o.job === status.id).length;
        opts.onProgress?.(done, out.summary);
      },
      { signal: opts.signal },
    );
    collect(order, settled, earlier, out);
    return out;
  } finally {
    if (workers) await workers.stop();
    else await queue.stop();
  }
}

function collect(
  order: Array<{ origin: string; job?: string; problem?: string }>,
  settled: Map<string, JobStatus<IngestJobOutput>>,
  earlier: Set<string>,
  out: BatchResult,
): void {
  const reported = new Set<string>(earlier);
  for (const o of order) {
    out.summary.read++;
    const status = o.job ? settled.get(o.job) : undefined;
    const output = status?.state === 'completed' ? status.output : null;
    if (o.problem !== undefined || !o.job || !output || 'invalid' in output) {
      const message =
        o.problem ??
        (output && 'invalid' in output
          ? output.invalid
          : `job ${o.job} ${status?.state ?? 'lost'}: ${status?.error ?? 'no result'}`);
      out.problems.push({ origin: o.origin, message });
      continue;
    }
    const first = !reported.has(o.job);
    reported.add(o.job);
    const result: IngestResult = first
      ? output.result
      : {
          ...output.result,
          created: false,
          duplicateOf: output.result.source.id,
          claims: 0,
          problems: [],
        };
    out.items.push({ origin: o.origin, result });
    addToSummary(out.summary, result);
  }
  out.summary.problems = out.problems.length;
}

/**
 * How `habeas ingest` stores a batch: through the job queue when DATABASE_URL is set (workers
 * share the work; this process helps), in this process with the embedded database.
 */
export function batchRunner(io: CliIo): typeof ingestBatch {
  const config = loadConfig(io.env);
  const url = config.DATABASE_URL;
  if (!url) return ingestBatch;
  return (ctx, items, opts = {}) =>
    ingestBatchThroughQueue(ctx, { ...config, DATABASE_URL: url }, items, {
      helpers: 1,
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
}

/**
 * Runs fn with, on PostgreSQL, the workers' ledger lock to pass as `exclusive` to what ingests
 * (workers may be reconciling at the same moment); on the embedded database, which one process
 * holds, with nothing.
 */
export async function withLedgerLock<T>(
  databaseUrl: string | undefined,
  fn: (opts: { exclusive?: <R>(work: () => Promise<R>) => Promise<R> }) => Promise<T>,
): Promise<T> {
  if (!databaseUrl) return fn({});
  const locks = await WorkerLocks.open(databaseUrl);
  try {
    return await fn({ exclusive: (work) => locks.withLedger(work) });
  } finally {
    await locks.close();
  }
}
