import { publicStores } from '../../app/publish/public-view.ts';
import { countPrisoners, heldIdsPage } from '../../app/read/count-prisoners.ts';
import type { IdPage } from '../../core/cursor.ts';
import { parsePartialDate } from '../../core/model/dates.ts';
import type { Stores } from '../../core/ports.ts';
import { readLimits } from '../../core/read-limits.ts';
import { type CliIo, type Command, jsonLine, parseCommandArgs, UsageError } from '../command.ts';
import { withApp } from '../context.ts';
import { cliLocale, langOption, type Speaker, speaker } from '../i18n.ts';

export const countCommand: Command = {
  name: 'count',
  summary: 'Political prisoners held in a country on a date',
  help: `Usage: habeas count --country CC --at YYYY-MM-DD [--ids] [--json]

Prints how many political prisoners the ledger holds in custody on a date (from the status
changes of registered persons) and the latest figure reported by others on or before it
(e.g. Viasna), with its attribution and source.

Options:
  --country CC   ISO two-letter country code, e.g. BY (required)
  --at DATE      the date, YYYY-MM-DD (required)
  --ids          also print the ids of the named persons held (published persons only), one
                 per line, read and printed ${readLimits.pageItems} at a time however many there are; with
                 --json they are registry.personIds
  --json         print one JSON object instead of text
  --lang L       language of the text: be, ru, uk or en (default: from LC_ALL, LC_MESSAGES
                 or LANG; English otherwise). JSON is the same in every language.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      country: { type: 'string' },
      at: { type: 'string' },
      json: { type: 'boolean' },
      ids: { type: 'boolean' },
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
    const at = values.at;
    await withApp(io, async (ctx) => {
      const stores = await publicStores(ctx.db);
      const result = await countPrisoners(stores, country, at, { ids: false });
      const ids = values.ids ? idPages(stores, country, at) : null;
      if (values.json) await printJson(io, result, ids);
      else {
        printText(io, say, result);
        if (ids) await printIds(io, say, ids);
      }
    });
    return 0;
  },
};

type CountResult = Awaited<ReturnType<typeof countPrisoners>>;

/** Every page of the ids held, following nextCursor: memory holds one page, not every id. */
async function* idPages(stores: Stores, country: string, at: string): AsyncGenerator<IdPage> {
  let cursor: string | null = null;
  do {
    const page = await heldIdsPage(stores, country, at, { limit: readLimits.pageItems, cursor });
    yield page;
    cursor = page.nextCursor;
  } while (cursor);
}

/** A line saying how many ids follow (those this reader may see), then one id per line. */
async function printIds(io: CliIo, say: Speaker, ids: AsyncGenerator<IdPage>) {
  let first = true;
  for await (const page of ids) {
    if (first) io.out(`${say.t('count.ids', { total: say.number(page.total) })}\n`);
    first = false;
    if (page.items.length) io.out(`${page.items.join('\n')}\n`);
  }
}

/**
 * One JSON object; with ids, `registry.personIds` is written a page at a time as the pages come
 * (the shape `habeas count --json` had when it carried every id at once).
 */
async function printJson(io: CliIo, result: CountResult, ids: AsyncGenerator<IdPage> | null) {
  if (!ids) return jsonLine(io, result);
  const { registry, ...rest } = result;
  const open = (value: object) => JSON.stringify(value).slice(0, -1);
  io.out(`${open(rest)},"registry":${open(registry)},"personIds":[`);
  let first = true;
  for await (const { items } of ids) {
    if (items.length === 0) continue;
    io.out(`${first ? '' : ','}${items.map((id) => JSON.stringify(id)).join(',')}`);
    first = false;
  }
  io.out(']}}\n');
}

function printText(io: CliIo, say: Speaker, result: CountResult) {
  const held = say.t('count.held', {
    country: say.country(result.country),
    code: result.country,
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
}

function isDay(s: string): boolean {
  try {
    return parsePartialDate(s).precision === 'day';
  } catch {
    return false;
  }
}
