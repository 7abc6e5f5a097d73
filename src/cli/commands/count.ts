import { publicStores } from '../../app/publish/public-view.ts';
import { countPrisoners } from '../../app/read/count-prisoners.ts';
import { parsePartialDate } from '../../core/model/dates.ts';
import { type Command, jsonLine, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';
import { cliLocale, langOption, speaker } from '../i18n.ts';

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
  --lang L       language of the text: be, ru, uk or en (default: from LC_ALL, LC_MESSAGES
                 or LANG; English otherwise). JSON is the same in every language.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      country: { type: 'string' },
      at: { type: 'string' },
      json: { type: 'boolean' },
      ...langOption,
    });
    const say = speaker(cliLocale(io.env, values.lang));
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
    const held = say.t('count.held', {
      country: say.country(country),
      code: country,
      date: say.date(result.at),
      count: result.registry.count,
      named: say.number(result.registry.named),
    });
    io.out(`${held}\n`);
    const r = result.reported?.latest;
    if (r) {
      let line = say.t('count.reported', { value: say.count(r), date: say.date(r.asOf.value) });
      if (r.attributedTo) line = say.t('count.attributed', { text: line, who: r.attributedTo });
      if (r.sourceId) line = say.t('count.source', { text: line, id: r.sourceId });
      io.out(`${line}\n`);
    } else {
      io.out(`${say.t('count.noReported')}\n`);
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
