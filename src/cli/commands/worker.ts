import { loadConfig } from '../../config.ts';
import { watchReader } from '../../wiring.ts';
import { type Command, jsonLine, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';
import { configuredSender, hookIntervalMs, startHookRunner } from '../hooks-runner.ts';
import { type IngestJobOutput, openIngestQueue, startWorkers } from '../ingest-jobs.ts';
import { startWatchWorkers, type WatchWorkers } from '../watch-jobs.ts';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'Process queued ingest jobs (PostgreSQL)',
  help: `Usage: habeas worker [--concurrency N] [--exit-when-idle]

Takes ingest jobs from the queue in the PostgreSQL database (DATABASE_URL) and stores their
reports. Start as many workers, on as many machines, as you like: each job is done once. A job
whose worker is killed goes back to the queue after HABEAS_JOB_TIMEOUT_SECONDS and another
worker does it. 'habeas ingest' with DATABASE_URL set enqueues the jobs and waits for them.
Prints one JSON line per job done. Stops after the running jobs on SIGINT or SIGTERM.
Workers also send the webhooks (habeas hooks), sharing the work with every other worker and
server on the database (docs/whats-new.md).

Workers also run the watch schedule (docs/watch.md): every HABEAS_WATCH_TICK_SECONDS (30; 0
turns it off) a worker takes the watched sources that are due and queues a job for each, and
workers read them; however many workers run, each due source is read once.

Options:
  --concurrency N    jobs taken at once by this process, of each queue (default 1)
  --exit-when-idle   stop once the ingest queue is empty instead of waiting for more jobs
                     (no watch schedule then)
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      concurrency: { type: 'string' },
      'exit-when-idle': { type: 'boolean' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const concurrency = values.concurrency === undefined ? 1 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
      throw new UsageError(
        `--concurrency: expected a whole number 1-64, got '${values.concurrency}'`,
      );
    const config = loadConfig(io.env);
    const url = config.DATABASE_URL;
    if (!url) {
      io.err(
        'habeas worker: needs DATABASE_URL (PostgreSQL). With the embedded database, habeas ingest stores reports in its own process.\n',
      );
      return 1;
    }
    return withApp(io, async (ctx) => {
      const queue = await openIngestQueue({ ...config, DATABASE_URL: url });
      let done = 0;
      const workers = await startWorkers(ctx, queue, url, concurrency, (job, output) => {
        done += 1;
        jsonLine(io, { job, ...summary(output) });
      });
      const watching = !values['exit-when-idle'] && config.HABEAS_WATCH_TICK_SECONDS > 0;
      const watch: WatchWorkers | null = watching
        ? await startWatchWorkers(ctx, { ...config, DATABASE_URL: url }, watchReader(config), {
            tickMs: config.HABEAS_WATCH_TICK_SECONDS * 1000,
            concurrency,
            onDone: (output) => jsonLine(io, { watch: output }),
            onError: (e) => io.err(`habeas worker: watch: ${e.message}\n`),
          })
        : null;
      const hooks = startHookRunner(ctx, configuredSender(config), {
        intervalMs: hookIntervalMs,
        log: io.err,
      });
      io.err(
        `habeas worker: processing ingest jobs${watch ? ' and watched sources' : ''} (concurrency ${concurrency})\n`,
      );
      await untilStopped(values['exit-when-idle'] ? () => queue.pendingCount() : null);
      await watch?.stop();
      await hooks.stop();
      await workers.stop();
      io.err(`habeas worker: stopped after ${done} jobs\n`);
      return 0;
    });
  },
};

function summary(output: IngestJobOutput) {
  if ('invalid' in output) return { problem: output.invalid };
  const r = output.result;
  return {
    sourceId: r.source.id,
    url: r.source.url,
    created: r.created,
    duplicateOf: r.duplicateOf,
    claims: r.claims,
    events: r.events.map((e) => ({ id: e.id, role: e.role, created: e.created })),
    problems: r.problems,
  };
}

/** Resolves on SIGINT/SIGTERM, or (with pending) once no job is left in the queue. */
function untilStopped(pending: (() => Promise<number>) | null): Promise<void> {
  return new Promise((done) => {
    let timer: NodeJS.Timeout | null = null;
    let stopped = false;
    const finish = () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      process.off('SIGINT', finish);
      process.off('SIGTERM', finish);
      done();
    };
    process.once('SIGINT', finish);
    process.once('SIGTERM', finish);
    if (!pending) return;
    const check = async () => {
      const left = await pending().catch(() => 1);
      if (stopped) return;
      if (left === 0) finish();
      else timer = setTimeout(check, 1000);
    };
    timer = setTimeout(check, 1000);
  });
}
