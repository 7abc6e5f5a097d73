import { importLedger } from '../../app/import-ledger.ts';
import { csvToDump } from '../../app/ledger-csv.ts';
import { ValidationError } from '../../core/errors.ts';
import { type Command, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';
import { readInput } from '../read-input.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a ledger exported by `habeas export` (JSON or CSV)',
  help: `Usage: habeas import [--format json|csv] FILE|-

Imports a whole ledger (sources, entities, claims, reviews) in one transaction: either all
of it is stored or, on any problem, nothing is and every problem found is printed with
where it is (e.g. 'claims[12].evidence: ...' or 'csv line 40: ...'). Ids already in the
database are refused, never overwritten.

Options:
  --format F   json or csv; by default from the file name (.csv means CSV), else JSON
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' } });
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
    const s = await withApp(io, (ctx) => importLedger(ctx.db, doc));
    io.err(
      `imported ${s.sources} sources, ${s.entities} entities, ${s.claims} claims, ${s.reviews} reviews\n`,
    );
    return 0;
  },
};
