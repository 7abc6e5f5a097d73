import { watchedReader } from '../../adapters/news/url-source.ts';
import type { AppContext } from '../../app/context.ts';
import { addWatchedSource, pollWatchedSources, type ReadWatched } from '../../app/ingest/watch.ts';
import { loadConfig } from '../../config.ts';
import { ValidationError } from '../../core/errors.ts';
import { parseEvery } from '../../core/watch.ts';
import { fetchOptions } from '../../wiring.ts';
import { cliActor } from '../actor.ts';
import {
  type CliIo,
  type Command,
  jsonLine,
  parseCommandArgs,
  runSubcommand,
  type Subcommands,
  UsageError,
} from '../command.ts';
import { withApp } from '../context.ts';
import { table } from '../table.ts';

const help = `Usage:
  habeas sources add URL [--every 30m]
  habeas sources list [--json]
  habeas sources remove ID
  habeas sources poll [--all] [--watch]

Watched sources (docs/watch.md): pages and feeds Habeas reads again on a schedule, under the
address checks of \`habeas ingest URL\` (docs/fetching.md). Each read is conditional (ETag,
Last-Modified): an unchanged source costs a 304 and stores nothing; new items are ingested
like \`habeas ingest URL\`. A failed read waits twice as long each time in a row (at most a
day), and one success brings the source back to its schedule.

  add      watch URL, read every --every (1m to 7d; default 30m); a URL already watched is
           left as it is
  list     every watched source: schedule, next read, last result
  remove   stop watching (what was ingested stays)
  poll     read the sources that are due now, print one JSON line each; --all reads every
           source now; --watch keeps polling once a minute until interrupted (the in-process
           scheduler; run it beside \`habeas serve\` on PostgreSQL, or alone on PGlite)
`;

function reader(io: CliIo): ReadWatched {
  const config = loadConfig(io.env);
  return watchedReader({
    fetch: fetchOptions(config),
    fetchArticles: config.HABEAS_FEED_FETCH_ARTICLES,
  });
}

async function add(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { every: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('give one URL to watch');
  const every = parseEvery(values.every ?? '30m');
  const { source, created } = await withApp(io, (ctx) =>
    addWatchedSource(ctx, positionals[0]!, every),
  );
  io.err(`${created ? 'watching' : 'already watched'}: ${source.url} (${source.id})\n`);
  jsonLine(io, source);
  return 0;
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, false);
  const all = await withApp(io, (ctx) => ctx.db.watched.list());
  if (values.json) for (const w of all) jsonLine(io, w);
  else
    io.out(
      table(
        ['id', 'url', 'every', 'next read', 'failures', 'last'],
        all.map((w) => [
          w.id,
          w.url,
          `${w.everySeconds / 60}m`,
          w.nextCheckAt,
          String(w.failures),
          w.lastStatus ?? '–',
        ]),
      ),
    );
  return 0;
}

async function remove(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {});
  if (positionals.length !== 1) throw new UsageError('give the id of the source to stop watching');
  const gone = await withApp(io, (ctx) => ctx.db.watched.remove(positionals[0]!));
  if (!gone) {
    io.err(`habeas sources: no watched source '${positionals[0]}'\n`);
    return 1;
  }
  return 0;
}

async function pollOnce(ctx: AppContext, io: CliIo, all: boolean): Promise<boolean> {
  const results = await pollWatchedSources(ctx, reader(io), { by: cliActor(), all });
  for (const r of results) jsonLine(io, r);
  return results.every((r) => r.status !== 'failed');
}

async function poll(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    { all: { type: 'boolean' }, watch: { type: 'boolean' } },
    false,
  );
  if (!values.watch)
    return (await withApp(io, (ctx) => pollOnce(ctx, io, values.all === true))) ? 0 : 1;
  await withApp(io, async (ctx) => {
    let stop = false;
    const halt = () => {
      stop = true;
    };
    process.once('SIGINT', halt);
    process.once('SIGTERM', halt);
    while (!stop) {
      await pollOnce(ctx, io, false);
      for (let i = 0; i < 60 && !stop; i++) await new Promise((r) => setTimeout(r, 1000));
    }
  });
  return 0;
}

const verbs: Subcommands = {
  add,
  list,
  remove,
  poll,
};

export const sourcesCommand: Command = {
  name: 'sources',
  summary: 'Watch pages and feeds: add, list, remove, poll',
  help,
  run: (argv, io) =>
    runSubcommand(
      verbs,
      argv,
      io,
      (e) =>
        // A bad address or interval typed on the command line is a usage error (exit 2).
        e instanceof ValidationError,
    ),
};
