import { publicStores } from '../../app/publish/public-view.ts';
import { countPrisoners } from '../../app/read/count-prisoners.ts';
import { parsePartialDate } from '../../core/model/dates.ts';
import { type Command, jsonLine, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';

export const countCommand: Command = {
  name: 'count',
  summary: 'Political prisoners held in a country on a date',
  help: `Usage: habeas count --country CC --at YYYY-MM-DD [--json]

Prints how many political prisoners the ledger holds in custody on a date (from the status
changes of registered persons) and the latest figure reported by others on or before it
(e.g. Viasna), with its attribution and source.

Options:
  --country CC   ISO two-letter country code, e.g. BY (required)
  --at DATE      the date, YYYY-MM-DD (required)
  --json         print JSON instead of text
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      country: { type: 'string' },
      at: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (!values.country) throw new UsageError('--country is required (e.g. --country BY)');
    if (!/^[A-Za-z]{2}$/.test(values.country))
      throw new UsageError(
        `--country: expected a two-letter code such as BY, got '${values.country}'`,
      );
    if (!values.at || !isDay(values.at)) {
      throw new UsageError(`--at: expected a date as YYYY-MM-DD, got '${values.at ?? ''}'`);
    }
    const country = values.country.toUpperCase();
    const result = await withApp(io, async (ctx) =>
      countPrisoners(await publicStores(ctx.db), country, values.at!),
    );
    if (values.json) {
      jsonLine(io, result);
      return 0;
    }
    io.out(
      `${country} on ${result.at}: ${result.registry.count} political prisoners held in the ledger (${result.registry.named} named)\n`,
    );
    const r = result.reported?.latest;
    if (r) {
      const q = r.qualifier === 'exact' ? '' : `${r.qualifier.replace('_', ' ')} `;
      io.out(
        `reported: ${q}${r.value} as of ${r.asOf.value}${r.attributedTo ? `, according to ${r.attributedTo}` : ''}${r.sourceId ? ` [source ${r.sourceId}]` : ''}\n`,
      );
    } else {
      io.out('reported: no published figure on or before that date\n');
    }
    return 0;
  },
};

function isDay(s: string): boolean {
  try {
    return parsePartialDate(s).precision === 'day';
  } catch {
    return false;
  }
}
