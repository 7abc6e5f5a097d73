import { rebuildReadModels } from '../../app/read/refresh-read-models.ts';
import { type Command, jsonLine, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';

export const reindexCommand: Command = {
  name: 'reindex',
  summary: 'Rebuild the read models (kept answers of dossiers, summaries, releases, deals)',
  help: `Usage: habeas reindex [--staff] [--json]

Drops every kept answer of the read models (docs/read-models.md) and builds the public ones
again from the claims: each person's dossier and summary, each release event, each deal. Run it
after a bulk load that bypassed Habeas (SQL straight into the tables), or to reclaim space.
Answers are also built on first read and kept current by \`habeas serve\`, so this is never
needed for correctness: a kept answer is never served once something it was read from changed.

Options:
  --staff   also build the answers signed-in staff read (otherwise built when first read)
  --json    print the figures as one JSON line
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      staff: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const started = Date.now();
    const result = await withApp(io, (ctx) =>
      rebuildReadModels(ctx.db, { staff: values.staff === true }),
    );
    const seconds = (Date.now() - started) / 1000;
    if (!result) {
      io.err('this database keeps no read models: nothing to rebuild\n');
      return 1;
    }
    if (values.json) jsonLine(io, { ...result, seconds });
    else
      io.out(
        `rebuilt ${result.rebuilt} answers (dropped ${result.dropped}) at ledger version ${result.version} in ${seconds.toFixed(1)} s\n`,
      );
    return 0;
  },
};
