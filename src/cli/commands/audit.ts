import { type AuditQuery, auditCsv, listAudit } from '../../app/review/audit-log.ts';
import { revertChange } from '../../app/review/revert-change.ts';
import { isUnfit, type ReadAuditLine } from '../../core/model/audit.ts';
import { cliActor } from '../actor.ts';
import { type CliIo, type Command, jsonLine, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';
import { table } from '../table.ts';

const formats = ['table', 'json', 'csv'];

/** A line that does not fit its action says so first (--format json gives its `problem`). */
const summaryOf = (l: ReadAuditLine) => (isUnfit(l) ? `[does not fit] ${l.summary}` : l.summary);

function tableOf(lines: ReadAuditLine[]): string {
  return table(
    ['id', 'at', 'actor', 'role', 'origin', 'action', 'summary'],
    lines.map((l) => [
      l.id,
      l.at.replace('T', ' ').slice(0, 19),
      l.actor,
      l.actorRole ?? '',
      l.origin,
      l.action,
      summaryOf(l).length > 80 ? `${summaryOf(l).slice(0, 79)}…` : summaryOf(l),
    ]),
  );
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    since: { type: 'string' },
    until: { type: 'string' },
    actor: { type: 'string' },
    action: { type: 'string' },
    subject: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const format = values.format ?? 'table';
  if (!formats.includes(format)) {
    throw new UsageError(`--format: expected table, json or csv, got '${format}'`);
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    throw new UsageError(`--limit: expected a whole number above 0, got '${values.limit}'`);
  }
  const { limit: _l, format: _f, ...filters } = values;
  const q: AuditQuery = { ...filters, ...(limit ? { limit } : {}) };
  return withApp(io, async (ctx) => {
    if (format === 'csv') {
      for await (const chunk of auditCsv(ctx.db, q)) io.out(chunk);
      return 0;
    }
    const { items, total } = await listAudit(ctx.db, { ...q, limit: limit ?? 1_000_000 });
    if (format === 'json') for (const l of items) jsonLine(io, l);
    else {
      io.out(tableOf(items));
      io.err(`${items.length} of ${total} lines\n`);
    }
    return 0;
  });
}

async function revert(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {});
  if (positionals.length !== 1) throw new UsageError('give one audit line ID to revert');
  const r = await withApp(io, (ctx) => revertChange(ctx, positionals[0]!, cliActor()));
  jsonLine(io, r);
  io.err(`${r.line.summary}\n`);
  return 0;
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Show, export or revert the audit log of changes',
  help: `Usage: habeas audit [--since D] [--until D] [--actor A] [--action X] [--subject ID]
                    [--limit N] [--format table|json|csv]
       habeas audit revert ID

Lists the audit log, newest first: who changed what, when, from where (client IP, 'cli' or
'worker'), with the state before and after. Every change to the ledger writes one line in
the same transaction as the change; the log is append-only.

Options:
  --since D      lines at or after D (YYYY-MM-DD from the start of that day, or ISO time)
  --until D      lines at or before D (YYYY-MM-DD to the end of that day, or ISO time)
  --actor A      one actor: a username, 'cli:<OS user>' or 'worker'
  --action X     one action (claim.review) or a prefix ending in * (claim.*)
  --subject ID   lines touching a claim, entity, source or user id
  --limit N      at most N lines
  --format F     table (default), json (one line per JSON object) or csv

'habeas audit revert ID' undoes the change of line ID by new records (reviews; nothing is
deleted) and records an audit.revert line pointing at it, as 'cli:<OS user>'. What cannot be
reverted (a revert, user changes, a claim changed again since) is refused with the reason.
See docs/audit.md.
`,
  async run(argv, io) {
    if (argv[0] === 'revert') return revert(argv.slice(1), io);
    return list(argv, io);
  },
};
