import { NodeSecrets } from '../../adapters/auth/secrets.ts';
import { addHook, listHooks, removeHook } from '../../app/changes/hooks.ts';
import { ValidationError } from '../../core/errors.ts';
import { hookEvents, parseHookEvents } from '../../core/hooks.ts';
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
  habeas hooks add URL --events EVENTS [--secret S]
  habeas hooks list [--json]
  habeas hooks log ID [--limit N] [--json]
  habeas hooks remove ID

Webhooks (docs/whats-new.md): Habeas POSTs a JSON payload to URL when the ledger changes.
Events: ${hookEvents.join(', ')} (comma-separated in --events).

Each delivery is signed: the header X-Habeas-Signature is sha256=<hex> of the HMAC-SHA256,
keyed with the hook's secret, of the X-Habeas-Timestamp header, a dot and the body. Without
--secret one is generated and printed once. A delivery not answered 2xx is tried again
(30 s, 1 min, 2 min, ... at most 6 h apart, 8 attempts). 'habeas serve' and 'habeas worker'
send them; the address must be public unless HABEAS_ALLOW_PRIVATE_FETCH=1.

  add      add a hook; prints {id, url, events, secret} as JSON
  list     every hook with its deliveries: delivered, pending, failed, the last attempt
  log      the newest deliveries of one hook (default 20): attempts, last status, error
  remove   remove a hook and its deliveries
`;

async function add(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    events: { type: 'string' },
    secret: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('give one URL to send events to');
  if (!values.events)
    throw new UsageError(`--events: give the events to send (${hookEvents.join(', ')})`);
  const events = parseHookEvents(values.events);
  const generated = values.secret === undefined;
  const secret = values.secret ?? new NodeSecrets().token();
  const hook = await withApp(io, (ctx) => addHook(ctx, { url: positionals[0]!, events, secret }));
  io.err(
    `added hook ${hook.id}: ${hook.url} (${hook.events.join(', ')})${generated ? '; the secret is shown once' : ''}\n`,
  );
  jsonLine(io, { id: hook.id, url: hook.url, events: hook.events, secret: hook.secret });
  return 0;
}

const when = (iso: string | null) => (iso ? iso.slice(0, 19).replace('T', ' ') : '–');

async function list(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, false);
  const all = await withApp(io, (ctx) => listHooks(ctx));
  if (values.json) for (const h of all) jsonLine(io, h);
  else
    io.out(
      table(
        ['id', 'url', 'events', 'delivered', 'pending', 'failed', 'last attempt', 'last result'],
        all.map((h) => [
          h.id,
          h.url,
          h.events.join(','),
          String(h.deliveries.delivered),
          String(h.deliveries.pending),
          String(h.deliveries.failed),
          when(h.last?.lastAttemptAt ?? null),
          h.last ? outcome(h.last) : '–',
        ]),
      ),
    );
  return 0;
}

function outcome(d: {
  status: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
}): string {
  const got = d.lastStatus === null ? (d.lastError ?? 'no answer') : `HTTP ${d.lastStatus}`;
  return `${d.status} after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'} (${got})`;
}

async function log(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('give the id of a hook');
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new UsageError(`--limit: expected a whole number 1-1000, got '${values.limit}'`);
  const found = await withApp(io, async (ctx) => {
    const hooks = await listHooks(ctx);
    if (!hooks.some((h) => h.id === positionals[0])) return null;
    return ctx.db.hooks.deliveries(positionals[0]!, limit);
  });
  if (!found) {
    io.err(`habeas hooks: no hook '${positionals[0]}'\n`);
    return 1;
  }
  if (values.json) for (const d of found) jsonLine(io, { ...d, body: JSON.parse(d.body) });
  else
    io.out(
      table(
        [
          'delivery',
          'event',
          'created',
          'status',
          'attempts',
          'last attempt',
          'next attempt',
          'last result',
        ],
        found.map((d) => [
          d.id,
          d.event,
          when(d.createdAt),
          d.status,
          String(d.attempts),
          when(d.lastAttemptAt),
          d.status === 'pending' ? when(d.nextAttemptAt) : '–',
          d.attempts ? outcome(d) : '–',
        ]),
      ),
    );
  return 0;
}

async function remove(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {});
  if (positionals.length !== 1) throw new UsageError('give the id of the hook to remove');
  const gone = await withApp(io, (ctx) => removeHook(ctx, positionals[0]!));
  if (!gone) {
    io.err(`habeas hooks: no hook '${positionals[0]}'\n`);
    return 1;
  }
  io.err(`removed hook ${positionals[0]}\n`);
  return 0;
}

const verbs: Subcommands = { add, list, log, remove };

export const hooksCommand: Command = {
  name: 'hooks',
  summary: 'Webhooks: add, list, log, remove',
  help,
  run: (argv, io) =>
    runSubcommand(
      verbs,
      argv,
      io,
      // A bad address, event or secret typed on the command line is a usage error (exit 2).
      (e) => e instanceof ValidationError,
    ),
};
