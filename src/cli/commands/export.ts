import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkFtm } from '../../adapters/ftm/ftm-check.ts';
import { ftmLines, ledgerToFtm } from '../../adapters/ftm/ftm-export.ts';
import { exportLedger } from '../../app/transfer/export-ledger.ts';
import { dumpToCsv } from '../../app/transfer/ledger-csv.ts';
import { type Command, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';

export const exportCommand: Command = {
  name: 'export',
  summary:
    'Export the published ledger (or, with --all, everything) as JSON or CSV, or as FollowTheMoney entities',
  help: `Usage: habeas export [--all] [--format json|csv|ftm] [--out FILE]

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
               ledger only, never accounts or the audit log: a full backup is JSON.
               ftm: the published ledger as FollowTheMoney entities, one JSON object a
               line (persons, actors, release events, deals, their links, and each
               value's report and date as a Documentation; docs/open-data.md). Not with --all
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
    if (format !== 'json' && format !== 'csv' && format !== 'ftm')
      throw new UsageError(`--format: expected json, csv or ftm, got '${format}'`);
    const all = values.all === true;
    if (all && format === 'ftm')
      throw new UsageError(
        '--format ftm writes the published ledger (open data); a full backup (--all) is JSON',
      );
    // Accounts and the audit log go into JSON only: a spreadsheet table is no place for
    // password hashes, and CSV exports are what people open and pass around.
    const dump = await withApp(io, (ctx) =>
      exportLedger(ctx.db, { all, accounts: all && format === 'json' }),
    );
    if (all && format === 'csv')
      io.err(
        'habeas: the CSV holds the ledger only, not user accounts, API tokens or the audit log; for a full backup use --format json\n',
      );
    const text =
      format === 'csv'
        ? dumpToCsv(dump)
        : format === 'ftm'
          ? ftmText(dump)
          : `${JSON.stringify(dump, null, 2)}\n`;
    if (values.out) await writeFile(resolve(io.cwd, values.out), text);
    else io.out(text);
    return 0;
  },
};

/** FtM lines, checked against the model's rules first: an invalid entity is our fault, never written. */
function ftmText(dump: Parameters<typeof ledgerToFtm>[0]): string {
  const entities = ledgerToFtm(dump);
  const problems = checkFtm(entities);
  if (problems.length)
    throw new Error(
      `the FtM export breaks the model's rules:\n  ${problems.slice(0, 20).join('\n  ')}`,
    );
  return ftmLines(entities);
}
