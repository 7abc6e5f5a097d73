import { type ImportProgress, importLedger } from '../../app/transfer/import-ledger.ts';
import { csvToDump } from '../../app/transfer/ledger-csv.ts';
import { ValidationError } from '../../core/errors.ts';
import { cliActor } from '../actor.ts';
import { type Command, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';
import { readInput } from '../read-input.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a ledger exported by `habeas export` (JSON or CSV)',
  help: `Usage: habeas import [--format json|csv] FILE|-

Imports a whole ledger (sources, entities, claims, reviews) in one transaction: either all
of it is stored or, on any problem, nothing is and every problem found is printed with
where it is (e.g. 'claims[12].evidence: ...' or 'csv line 40: ...'). A crash or kill -9
leaves nothing of the import. Records already stored exactly as in the file are skipped, so
importing the same file again adds nothing; a stored record the file would change is
refused, never overwritten.

A full backup ('habeas export --all', JSON) also restores user accounts (password hashes,
so everyone signs in with their old password), API tokens and the audit log, with their
ids and times; the import's own audit line follows them. Restore it into an empty
database, before the first 'habeas serve' (which creates the user 'admin'): a stored
account with the same username but other content is refused, never overwritten.

Options:
  --format F   json or csv; by default from the file name (.csv means CSV), else JSON
  --progress   print 'progress STAGE DONE/TOTAL' lines to standard error (stages sources,
               entities, claims, reviews, users, apiTokens, auditLog, then
               'progress committed')
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string' },
      progress: { type: 'boolean' },
    });
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('give a FILE to import (or - for standard input)');
    if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);
    const format = values.format ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'json');
    if (format !== 'json' && format !== 'csv')
      throw new UsageError(`--format: expected json or csv, got '${format}'`);
    const text = await readInput(io, file);
    let doc: unknown;
    if (format === 'csv') doc = csvToDump(text);
    else {
      try {
        doc = JSON.parse(text);
      } catch (e) {
        throw new ValidationError(`${file} is not valid JSON: ${(e as Error).message}`);
      }
    }
    const progress = values.progress
      ? (p: ImportProgress) =>
          io.err(
            p.stage === 'committed'
              ? 'progress committed\n'
              : `progress ${p.stage} ${p.done}/${p.total}\n`,
          )
      : undefined;
    const s = await withApp(io, (ctx) =>
      importLedger(ctx.db, doc, progress, cliActor(), { accounts: true }),
    );
    const restored = (s.users ?? 0) + (s.apiTokens ?? 0) + (s.auditLines ?? 0);
    const added = s.sources + s.entities + s.claims + s.reviews + restored;
    if (!added && s.alreadyStored)
      io.err(`nothing to import: all ${s.alreadyStored} records are already stored\n`);
    else
      io.err(
        `imported ${s.sources} sources, ${s.entities} entities, ${s.claims} claims, ${s.reviews} reviews${s.users === undefined ? '' : `, ${s.users} users, ${s.apiTokens} API tokens, ${s.auditLines} audit lines`}${s.alreadyStored ? ` (${s.alreadyStored} records already stored were left as they are)` : ''}\n`,
      );
    if (s.auditProblems?.length)
      io.err(
        `warning: audit lines that do not fit their action were restored as they are (the log shows them with their problem; they cannot be reverted):\n  ${s.auditProblems.join('\n  ')}\n`,
      );
    return 0;
  },
};
