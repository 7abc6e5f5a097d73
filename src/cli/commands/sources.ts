import type { AppContext } from '../../app/context.ts';
import { addWatchedSource, removeWatchedSource, setWatchedPaused } from '../../app/ingest/watch.ts';
import { type PollOptions, pollWatchedSources } from '../../app/ingest/watch-poll.ts';
import { loadConfig } from '../../config.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import type { By } from '../../core/model/audit.ts';
import { formatEvery, parseEvery, type WatchedSource } from '../../core/watch.ts';
import { watchReader } from '../../wiring.ts';
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
import { withLedgerLock } from '../ingest-jobs.ts';
import { table } from '../table.ts';

const help = `Usage:
  habeas sources add URL [--kind auto|feed|links|page] [--every 30m] [--name N]
                        [--language L] [--hosts H,H]
  habeas sources list [--json]
  habeas sources pause ID|URL
  habeas sources resume ID|URL
  habeas sources remove ID|URL
  habeas sources poll [--all] [--watch]

Watched sources (docs/watch.md): feeds and pages Habeas reads again on a schedule, under the
address checks of \`habeas ingest URL\` (docs/fetching.md). A feed (RSS, Atom, JSON Feed) gives
one report per item; a page that lists articles gives one report per article it links to; a
page read as itself is one report. Each read is conditional (ETag,
Last-Modified): an unchanged source costs a 304 and stores nothing; an item read before (by
address or content) is never fetched or ingested again; new items are ingested like
\`habeas ingest URL\`. A failed read waits twice as long each time in a row (at most a day),
never less than the server's Retry-After; one success brings the source back to its schedule.

\`habeas serve\` (embedded database) and \`habeas worker\` (PostgreSQL) read due sources by
themselves; \`poll\` reads them now.

  add      watch URL, read every --every (1m to 7d; default 30m); --name: what to call it;
           --language: ISO 639-1 code of its reports (default: detected per report);
           --kind: feed (RSS, Atom or JSON Feed), links (an HTML page listing articles:
           each article it links to is fetched once and is one report), page (the page
           itself is one report) or auto (the default: a feed if the first read finds one,
           else links for an HTML page, page for plain text); --hosts: for links, other
           hosts whose articles the page lists (comma-separated); a URL already watched is
           left as it is
  list     every watched source: schedule, last read, last new item, items, failures and
           the last reason, paused
  pause    stop reading a source until it is resumed
  resume   read it again, at once
  remove   stop watching (what was ingested stays)
  poll     read the sources that are due now, print one JSON line each; --all reads every
           source that is not paused now; --watch keeps polling once a minute until
           interrupted (on the embedded database only while \`habeas serve\` is stopped)
`;

async function add(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    every: { type: 'string' },
    name: { type: 'string' },
    language: { type: 'string' },
    kind: { type: 'string' },
    hosts: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('give one URL to watch');
  const everySeconds = parseEvery(values.every ?? '30m');
  const { source, created } = await withApp(io, (ctx) =>
    addWatchedSource(
      ctx,
      {
        url: positionals[0]!,
        everySeconds,
        name: values.name ?? null,
        language: values.language ?? null,
        kind: values.kind ?? null,
        linkHosts: values.hosts?.split(',') ?? null,
      },
      cliActor(),
    ),
  );
  io.err(`${created ? 'watching' : 'already watched'}: ${source.url} (${source.id})\n`);
  jsonLine(io, source);
  return 0;
}

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '–');

function row(w: WatchedSource): string[] {
  const failures = w.failures ? `${w.failures}: ${(w.lastError ?? '').slice(0, 60)}` : '0';
  return [
    w.id,
    w.name ?? w.url,
    w.kind,
    formatEvery(w.everySeconds),
    w.paused ? 'paused' : when(w.nextCheckAt),
    when(w.lastCheckedAt),
    when(w.lastNewAt),
    String(w.items),
    failures,
  ];
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, false);
  const all = await withApp(io, (ctx) => ctx.db.watched.list());
  if (values.json) for (const w of all) jsonLine(io, w);
  else
    io.out(
      table(
        [
          'id',
          'source',
          'kind',
          'every',
          'next read',
          'last read',
          'last new',
          'items',
          'failures',
        ],
        all.map(row),
      ),
    );
  return 0;
}

function one(
  verb: string,
  change: (ctx: AppContext, ref: string, by: By) => Promise<WatchedSource>,
) {
  return async (argv: string[], io: CliIo): Promise<number> => {
    const { positionals } = parseCommandArgs(argv, {});
    if (positionals.length !== 1)
      throw new UsageError(`give the id or URL of the source to ${verb}`);
    try {
      jsonLine(io, await withApp(io, (ctx) => change(ctx, positionals[0]!, cliActor())));
      return 0;
    } catch (e) {
      if (!(e instanceof NotFoundError)) throw e;
      io.err(`habeas sources: no watched source '${positionals[0]}'\n`);
      return 1;
    }
  };
}

async function pollOnce(ctx: AppContext, io: CliIo, opts: PollOptions & { all?: boolean }) {
  const read = watchReader(loadConfig(io.env));
  const results = await pollWatchedSources(ctx, read, opts);
  for (const r of results) jsonLine(io, r);
  return results.every((r) => r.status !== 'failed');
}

async function poll(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    { all: { type: 'boolean' }, watch: { type: 'boolean' } },
    false,
  );
  const config = loadConfig(io.env);
  return withApp(io, (ctx) =>
    // On PostgreSQL, workers may be ingesting too: reconcile under their ledger lock.
    withLedgerLock(config.DATABASE_URL, async (exclusive) => {
      const opts = { by: cliActor(), all: values.all === true, ...exclusive };
      if (!values.watch) return (await pollOnce(ctx, io, opts)) ? 0 : 1;
      let stop = false;
      const halt = () => {
        stop = true;
      };
      process.once('SIGINT', halt);
      process.once('SIGTERM', halt);
      while (!stop) {
        await pollOnce(ctx, io, { ...opts, all: false });
        for (let i = 0; i < 60 && !stop; i++) await new Promise((r) => setTimeout(r, 1000));
      }
      return 0;
    }),
  );
}

const verbs: Subcommands = {
  add,
  list,
  pause: one('pause', (ctx, ref, by) => setWatchedPaused(ctx, ref, true, by)),
  resume: one('resume', (ctx, ref, by) => setWatchedPaused(ctx, ref, false, by)),
  remove: one('stop watching', removeWatchedSource),
  poll,
};

export const sourcesCommand: Command = {
  name: 'sources',
  summary: 'Watch feeds and pages: add, list, pause, resume, remove, poll',
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
