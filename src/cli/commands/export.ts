import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportLedger } from '../../app/transfer/export-ledger.ts';
import { dumpToCsv } from '../../app/transfer/ledger-csv.ts';
import { type Command, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the published ledger (or, with --all, everything) as JSON or CSV',
  help: `Usage: habeas export [--all] [--format json|csv] [--out FILE]

Writes the published ledger: accepted claims that are not private, of records that are not
private; confidential sources only as 'confidential source'; no reviews (docs/privacy.md).

With --all, writes everything, for backups: every source, entity, claim and review, private
and unpublished ones included, and (JSON only) every user account with its password hash,
every API token by digest and the whole audit log. Sessions are not kept: restored users
sign in again. 'habeas import' of an --all export into an empty database gives back the same
export, plus the import's own audit line (docs/operations.md).

Options:
  --all        everything (a full backup); handle it as confidential
  --format F   json (default) or csv (one row per record; see the README). CSV holds the
               ledger only, never accounts or the audit log: a full backup is JSON
  --out FILE   write to FILE instead of standard output
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string' },
      out: { type: 'string' },
      all: { type: 'boolean' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'csv')
      throw new UsageError(`--format: expected json or csv, got '${format}'`);
    const all = values.all === true;
    // Accounts and the audit log go into JSON only: a spreadsheet table is no place for
    // password hashes, and CSV exports are what people open and pass around.
    const dump = await withApp(io, (ctx) =>
      exportLedger(ctx.db, { all, accounts: all && format === 'json' }),
    );
    if (all && format === 'csv')
      io.err(
        'habeas: the CSV holds the ledger only, not user accounts, API tokens or the audit log; for a full backup use --format json\n',
      );
    const text = format === 'csv' ? dumpToCsv(dump) : `${JSON.stringify(dump, null, 2)}\n`;
    if (values.out) await writeFile(resolve(io.cwd, values.out), text);
    else io.out(text);
    return 0;
  },
};
